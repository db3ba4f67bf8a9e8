"""走访 as values: the monthly plan (at least 8 % of the occupied households, none twice in the plan year,
shared across buildings in proportion), the visit records and the issues they raise, each followed to
its feedback, and the month's figures for the 走访月报."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

DEFAULT_RATIO_PERCENT = 8
METHODS = ["上门", "电话", "微信", "社区活动"]


class PlanState(StrEnum):
    DRAFT = "草稿"
    APPROVED = "已审批"


class IssueState(StrEnum):
    OPEN = "待处理"
    FED_BACK = "已反馈"  # dealt with, and the owner told (the seed's 回访 100 %)


def allocate(candidates: Mapping[str, Sequence[int]], target: int) -> dict[str, int]:
    """How many of ``target`` households each building gets: in proportion to the households it has to
    offer, largest remainders first, never more than it has."""
    total = sum(len(units) for units in candidates.values())
    if total == 0 or target <= 0:
        return {b: 0 for b in candidates}
    target = min(target, total)
    exact = {b: target * len(units) / total for b, units in candidates.items()}
    shares = {b: min(math.floor(x), len(candidates[b])) for b, x in exact.items()}
    left = target - sum(shares.values())
    for b in sorted(candidates, key=lambda b: (exact[b] - math.floor(exact[b]), len(candidates[b])), reverse=True):
        if left <= 0:
            break
        if shares[b] < len(candidates[b]):
            shares[b] += 1
            left -= 1
    return shares


def target_count(occupied: int, ratio_percent: int) -> int:
    """At least ``ratio_percent`` % of the occupied households, rounded up."""
    return math.ceil(occupied * ratio_percent / 100)


@dataclass(frozen=True)
class PlanUnit:
    unit_id: int
    unit_code: str
    owner_names: str
    building: str
    visited_on: str | None


@dataclass(frozen=True)
class VisitPlan:
    id: int
    month: str  # YYYY-MM
    ratio_percent: int
    occupied: int  # households occupied when the plan was made
    state: str
    created_by: str
    approved_by: str | None
    approved_at: str | None
    units: tuple[PlanUnit, ...] = ()

    @property
    def target(self) -> int:
        return target_count(self.occupied, self.ratio_percent)


@dataclass(frozen=True)
class VisitIssue:
    id: int
    visit_id: int
    unit_code: str
    description: str
    state: str
    feedback: str
    fed_back_at: str | None
    fed_back_by: str | None
    raised_on: str


@dataclass(frozen=True)
class Visit:
    id: int
    unit_id: int
    unit_code: str
    visited_on: str
    method: str
    visitor: str
    met: str  # who was met
    notes: str
    issues: tuple[VisitIssue, ...] = ()


@dataclass(frozen=True)
class MonthReport:
    """走访月报: plan against done, the ratio against the target, the issues raised and closed."""

    month: str
    occupied: int
    ratio_percent: int
    planned: int
    visited_planned: int
    visited_total: int
    issues_raised: int
    issues_fed_back: int
    by_building: tuple[tuple[str, int, int], ...]  # (building, planned, visited)

    @property
    def ratio(self) -> float:
        return self.visited_total / self.occupied if self.occupied else 0.0

    @property
    def feedback_rate(self) -> float:
        return self.issues_fed_back / self.issues_raised if self.issues_raised else 1.0
