"""The owner list (业主档案), paged in SQL."""

from __future__ import annotations

from propdesk.core.paging import Page
from propdesk.store import registry
from propdesk.store.connection import Database
from propdesk.store.registry import OwnerRow

__all__ = ["OwnerRow", "list_owners"]


def list_owners(
    db: Database, text: str = "", offset: int = 0, limit: int = 100, descending: bool = False
) -> Page[OwnerRow]:
    text = text.strip()
    return Page(
        total=registry.count_owners(db, text),
        offset=offset,
        rows=registry.page_owners(db, text, offset, limit, descending),
    )
