"""The monthly workbook as values: sheets of typed columns (text, whole numbers, money in 分, ratios), each
with its title and optional totals row — the writer only lays them out, every figure is computed before."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from propdesk.core.errors import ValidationError


class Kind(StrEnum):
    TEXT = "text"
    COUNT = "count"
    MONEY = "money"  # integer 分, written as 元 with two decimals
    RATIO = "ratio"  # 0–1, written as a percentage
    HOURS = "hours"


@dataclass(frozen=True)
class Column:
    title: str
    kind: Kind = Kind.TEXT
    width: int = 12


Cell = str | int | float | None


@dataclass(frozen=True)
class Sheet:
    title: str  # the sheet's tab (≤ 31 characters)
    heading: str  # the title row above the table
    columns: Sequence[Column]
    rows: Sequence[Sequence[Cell]]
    totals: Sequence[Cell] | None = None  # a last row in bold, already computed
    notes: Sequence[str] = field(default_factory=tuple)  # lines under the table (definitions, sources)


@dataclass(frozen=True)
class MonthlyReport:
    month: str
    community: str
    sheets: Sequence[Sheet]

    def sheet(self, title: str) -> Sheet:
        return next(s for s in self.sheets if s.title == title)


def month_bounds(month: str) -> tuple[str, str, dt.date]:
    """('YYYY-MM-01', the next month's first day, the month's last day)."""
    try:
        first = dt.date.fromisoformat(f"{month.strip()}-01")
    except ValueError:
        raise ValidationError.single("month", f"月份“{month}”不对，应如 2026-11") from None
    following = (first + dt.timedelta(days=32)).replace(day=1)
    return first.isoformat(), following.isoformat(), following - dt.timedelta(days=1)


def ratio(part: int, whole: int) -> float | None:
    return part / whole if whole else None
