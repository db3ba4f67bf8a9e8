"""The owner list (业主档案), paged in SQL."""

from __future__ import annotations

from dataclasses import dataclass

from propdesk.store import registry
from propdesk.store.connection import Database
from propdesk.store.registry import OwnerRow

__all__ = ["OwnerPage", "OwnerRow", "list_owners"]


@dataclass(frozen=True)
class OwnerPage:
    total: int
    offset: int
    rows: list[OwnerRow]


def list_owners(db: Database, text: str = "", offset: int = 0, limit: int = 100, descending: bool = False) -> OwnerPage:
    text = text.strip()
    return OwnerPage(
        total=registry.count_owners(db, text),
        offset=offset,
        rows=registry.page_owners(db, text, offset, limit, descending),
    )
