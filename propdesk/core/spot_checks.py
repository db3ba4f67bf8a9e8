"""抽查 as values: a month's random sample of the records closed in it (repairs, complaints, new household
archives), drawn from a stored seed so anyone can draw it again and get the same records, and the check
the supervisor records for each sampled record."""

from __future__ import annotations

import math
import random
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

DEFAULT_RATIO_PERCENT = 20  # the seed: 当月抽查 20%
METHODS = ["电话回访业主", "查阅档案", "上门核实", "抽听电话录音"]


class Kind(StrEnum):
    REPAIR = "报修"  # work orders closed (called back) in the month
    COMPLAINT = "投诉"  # complaints closed in the month
    ARCHIVE = "入住档案"  # move-ins completed in the month: the household's new archive


class Result(StrEnum):
    PASSED = "合格"
    FAILED = "不合格"


class FollowUpState(StrEnum):
    OPEN = "待处理"
    DONE = "已完成"


def sample_size(population: int, ratio_percent: int) -> int:
    """``ratio_percent`` % of the population rounded up: a month with any record gets at least one checked."""
    return min(population, math.ceil(population * ratio_percent / 100))


def draw(population: Mapping[str, Sequence[int]], ratio_percent: int, seed: int) -> dict[str, list[int]]:
    """The sample of each kind: the same population, ratio and seed always give the same records (the order
    the ids come in does not matter; a string seed is hashed the same way on every run and machine)."""
    drawn = {}
    for kind, ids in population.items():
        pool = sorted(set(ids))
        rng = random.Random(f"{seed}:{kind}")
        drawn[kind] = sorted(rng.sample(pool, sample_size(len(pool), ratio_percent)))
    return drawn


@dataclass(frozen=True)
class SpotItem:
    id: int
    kind: str
    record_id: int
    label: str  # the record's number and unit, as it was when drawn
    unit_id: int | None
    method: str
    archive_complete: bool | None
    result: str
    problem: str
    follow_up_id: int | None
    checked_at: str | None
    checked_by: str | None

    @property
    def checked(self) -> bool:
        return self.checked_at is not None


@dataclass(frozen=True)
class SpotCheck:
    id: int
    month: str
    ratio_percent: int
    seed: int
    population: dict[str, list[int]]
    drawn_by: str
    drawn_at: str
    items: tuple[SpotItem, ...] = ()

    def counts(self, kind: str) -> tuple[int, int, int, int]:
        """(population, sampled, checked, failed) of a kind."""
        mine = [i for i in self.items if i.kind == kind]
        return (len(self.population.get(kind, [])), len(mine), sum(1 for i in mine if i.checked),
                sum(1 for i in mine if i.result == Result.FAILED))  # fmt: skip

    @property
    def done(self) -> bool:
        return all(i.checked for i in self.items)


@dataclass(frozen=True)
class FollowUp:
    id: int
    source: str
    description: str
    assignee: str
    due_on: str
    state: str
    done_at: str | None
    done_by: str | None
    done_note: str
    created_by: str
    created_at: str

    def overdue(self, today: str) -> bool:
        return self.state == FollowUpState.OPEN and self.due_on < today
