"""钥匙托管 as values: a key set kept for an empty unit and its movements — who took it, why, who
approved, when it is due back — and which are overdue."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from enum import StrEnum


class KeyReason(StrEnum):
    VIEWING = "看房"  # staff open the door themselves: the key is never lent for a viewing
    REPAIR = "维修"
    OWNER = "业主取回"


# Units whose keys the office may hold: handed over and nobody living there.
EMPTY_STATES = frozenset({"已交付未入住", "空置"})


@dataclass(frozen=True)
class KeyMovement:
    id: int
    out_at: str
    taken_by: str
    reason: str
    approved_by: str
    due_back: str
    back_at: str | None
    note: str

    def overdue(self, now: dt.datetime) -> bool:
        return self.back_at is None and self.due_back < now.isoformat(sep=" ", timespec="minutes")


@dataclass(frozen=True)
class KeySet:
    id: int
    number: str
    unit_id: int
    unit_code: str
    contents: str
    location: str
    deposited_on: str
    depositor: str
    depositor_phone: str
    signed: bool
    ended_on: str | None
    end_note: str
    movements: tuple[KeyMovement, ...] = ()

    @property
    def out(self) -> KeyMovement | None:
        """The movement still open: the set is out of the cabinet."""
        return next((m for m in self.movements if m.back_at is None), None)

    def as_of(self, moment: dt.datetime) -> KeySet:
        """The set as the ledger stood at ``moment``: later movements, returns and its end not yet there."""
        stamp = moment.isoformat(sep=" ", timespec="seconds")
        moves = tuple(replace(m, back_at=m.back_at if m.back_at and m.back_at <= stamp else None)
                      for m in self.movements if m.out_at <= stamp)  # fmt: skip
        ended = self.ended_on if self.ended_on and self.ended_on <= stamp[:10] else None
        return replace(self, movements=moves, ended_on=ended)

    def state(self, now: dt.datetime) -> str:
        if self.ended_on:
            return "已退还业主"
        out = self.out
        if out is None:
            return "在柜"
        return "逾期未还" if out.overdue(now) else f"借出（{out.reason}）"


def key_set_number(sequence: int) -> str:
    return f"YS{sequence:04d}"
