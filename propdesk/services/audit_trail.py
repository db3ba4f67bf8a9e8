"""Reading the change log (who changed what, when); nothing here, in the GUI or in the CLI can edit it."""

from __future__ import annotations

from propdesk.core.author import Actor
from propdesk.core.change_log import AuditFilter, ChangeLogEntry
from propdesk.core.paging import Page
from propdesk.core.permissions import Permission
from propdesk.store import audit
from propdesk.store.connection import Database

__all__ = ["AuditFilter", "ChangeLogEntry", "authors", "entries_for_unit", "list_entries", "recent"]


def list_entries(db: Database, actor: Actor, f: AuditFilter, offset: int = 0, limit: int = 100) -> Page[ChangeLogEntry]:
    actor.require(Permission.VIEW_CHANGE_LOG)
    return Page(total=audit.count_filtered(db, f), offset=offset, rows=audit.page(db, f, offset, limit))


def authors(db: Database) -> list[str]:
    return audit.authors(db)


def entries_for_unit(db: Database, unit_id: int) -> list[ChangeLogEntry]:
    return audit.entries_for_unit(db, unit_id)


def recent(db: Database, limit: int = 100) -> list[ChangeLogEntry]:
    return audit.recent(db, limit)
