"""部门计划 as values: a month's plan — collection targets per building, the visit plan, the activities —
each beside what was actually done."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class PlanState(StrEnum):
    DRAFT = "草稿"
    APPROVED = "已批准"


@dataclass(frozen=True)
class CollectionLine:
    building_id: int
    building: str
    target_fen: int
    actual_fen: int  # collected in the month on bills (the month's own and arrears)

    @property
    def rate(self) -> float | None:
        return self.actual_fen / self.target_fen if self.target_fen else None


@dataclass(frozen=True)
class MonthPlan:
    month: str
    state: str  # 草稿 / 已批准; "" when nothing has been saved for the month yet
    note: str
    created_by: str
    approved_by: str | None
    approved_at: str | None
    collection: tuple[CollectionLine, ...]
    visits_target: int  # from the 走访 plan (0: no plan yet)
    visits_planned: int
    visits_done: int
    activities_planned: int  # the month's activities not cancelled
    activities_held: int

    @property
    def target_fen(self) -> int:
        return sum(c.target_fen for c in self.collection)

    @property
    def actual_fen(self) -> int:
        return sum(c.actual_fen for c in self.collection)
