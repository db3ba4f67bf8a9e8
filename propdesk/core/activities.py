"""社区文化活动 as values: an activity from its planning to its summary, and the households signed up."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class ActivityState(StrEnum):
    PLANNED = "筹备中"
    HELD = "已举办"
    CANCELLED = "已取消"


@dataclass(frozen=True)
class Signup:
    id: int
    unit_id: int
    unit_code: str
    names: str
    people: int
    phone: str
    attended: bool | None  # None: not marked yet
    author: str
    created_at: str


@dataclass(frozen=True)
class Activity:
    id: int
    title: str
    starts_at: str  # 'YYYY-MM-DD HH:MM'
    ends_at: str
    place: str
    organiser: str
    budget_fen: int
    description: str
    signup_until: str | None  # a date
    capacity: int  # people; 0: no limit
    state: str
    summary: str
    spent_fen: int | None
    author: str
    signups: tuple[Signup, ...] = ()
    households: int = 0  # when listed without the signups
    people: int = 0
    attended: int = 0  # households that came
    photos: int = 0

    @property
    def number(self) -> str:
        """What the desk calls it (the list, the printed sheets, the CLI)."""
        return f"HD{self.id:04d}"

    @property
    def signed_households(self) -> int:
        return len(self.signups) if self.signups else self.households

    @property
    def signed_people(self) -> int:
        return sum(s.people for s in self.signups) if self.signups else self.people
