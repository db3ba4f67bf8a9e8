"""Reading the change log (who changed what, when); nothing here can edit it."""

from __future__ import annotations

from propdesk.core.change_log import ChangeLogEntry
from propdesk.store import audit
from propdesk.store.connection import Database

__all__ = ["ChangeLogEntry", "entries_for_unit", "recent"]


def entries_for_unit(db: Database, unit_id: int) -> list[ChangeLogEntry]:
    return audit.entries_for_unit(db, unit_id)


def recent(db: Database, limit: int = 100) -> list[ChangeLogEntry]:
    return audit.recent(db, limit)
