"""One page of a long list: the rows shown and how many there are in all (the lists page in SQL)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar

RowT = TypeVar("RowT")


@dataclass(frozen=True)
class Page(Generic[RowT]):
    total: int
    offset: int
    rows: list[RowT]
