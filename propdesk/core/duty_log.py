"""值班记录 as values: a shift's log — who was on duty, what happened when, the requests received (at night)
and passed on to the repair or complaint they became, what was counted at handover — confirmed by the
incoming person, after which it is kept exactly as written."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

SHIFTS = ["白班", "夜班"]


class EntryKind(StrEnum):
    EVENT = "事件"
    REQUEST = "来电来访"  # passed on: to a work order (WX…) or a complaint (TS…), or to a named person


@dataclass(frozen=True)
class DutyEntry:
    id: int
    at: str
    kind: str
    text: str
    passed_to: str  # a work order or complaint number, or whom it was handed to
    author: str


@dataclass(frozen=True)
class DutyLog:
    id: int
    day: str
    shift: str
    on_duty: str
    handover_items: str
    keys_counted: str
    incoming: str | None
    confirmed_at: str | None
    author: str
    entries: tuple[DutyEntry, ...] = ()

    @property
    def confirmed(self) -> bool:
        return self.confirmed_at is not None

    @property
    def requests_not_passed_on(self) -> int:
        return sum(1 for e in self.entries if e.kind == EntryKind.REQUEST and not e.passed_to)
