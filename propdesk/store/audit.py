"""The append-only change log: who, when, what entity, before and after (triggers forbid edits)."""

from __future__ import annotations

import json
from typing import Any

from propdesk.core.change_log import AuditFilter, ChangeLogEntry
from propdesk.core.clock import now_iso
from propdesk.store.connection import Database


def record(
    db: Database,
    author: str,
    action: str,
    entity: str,
    entity_id: int | None,
    summary: str = "",
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
    *,
    unit_id: int | None = None,
) -> None:
    """Append one row; call inside the use case's transaction so it commits with the change.

    ``unit_id`` names the household the change belongs to, so the unit page can list it.
    """
    db.execute(
        "INSERT INTO change_log (at, author, action, entity, entity_id, unit_id, summary, before, after)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (now_iso(), author, action, entity, entity_id, unit_id, summary, _dump(before), _dump(after)),
    )


def entries_for(db: Database, entity: str, entity_id: int, limit: int = 200) -> list[ChangeLogEntry]:
    rows = db.rows(
        "SELECT * FROM change_log WHERE entity = ? AND entity_id = ? ORDER BY id DESC LIMIT ?",
        (entity, entity_id, limit),
    )
    return [_entry(r) for r in rows]


def entries_for_unit(db: Database, unit_id: int, limit: int = 500) -> list[ChangeLogEntry]:
    """Every change that concerns a household: the unit, its people, vehicles, prints, and edits
    to the records of anyone who owns or owned it."""
    rows = db.rows(
        "SELECT * FROM change_log WHERE unit_id = ? OR (entity = 'person' AND entity_id IN"
        " (SELECT person_id FROM ownerships WHERE unit_id = ?)) ORDER BY id DESC LIMIT ?",
        (unit_id, unit_id, limit),
    )
    return [_entry(r) for r in rows]


def _where(f: AuditFilter) -> tuple[str, list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    if f.author:
        clauses.append("author = ?")
        params.append(f.author)
    if f.entity:
        clauses.append("entity = ?")
        params.append(f.entity)
    if f.date_from:
        clauses.append("at >= ?")
        params.append(f.date_from)
    if f.date_to:
        clauses.append("at < date(?, '+1 day')")
        params.append(f.date_to)
    if f.text:
        clauses.append("(summary LIKE ? OR before LIKE ? OR after LIKE ?)")
        params += [f"%{f.text}%"] * 3
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def count_filtered(db: Database, f: AuditFilter) -> int:
    where, params = _where(f)
    return int(db.scalar(f"SELECT count(*) FROM change_log{where}", params))


def page(db: Database, f: AuditFilter, offset: int, limit: int) -> list[ChangeLogEntry]:
    where, params = _where(f)
    rows = db.rows(f"SELECT * FROM change_log{where} ORDER BY id DESC LIMIT ? OFFSET ?", [*params, limit, offset])
    return [_entry(r) for r in rows]


def authors(db: Database) -> list[str]:
    return [r["author"] for r in db.rows("SELECT DISTINCT author FROM change_log ORDER BY author")]


def recent(db: Database, limit: int = 100) -> list[ChangeLogEntry]:
    return [_entry(r) for r in db.rows("SELECT * FROM change_log ORDER BY id DESC LIMIT ?", (limit,))]


def count(db: Database) -> int:
    return int(db.scalar("SELECT count(*) FROM change_log"))


def _dump(value: dict[str, Any] | None) -> str | None:
    return (
        None
        if value is None
        else json.dumps(value, ensure_ascii=False, default=str, separators=(",", ":"), check_circular=False)
    )


def _entry(row: dict[str, Any]) -> ChangeLogEntry:
    return ChangeLogEntry(
        id=row["id"],
        at=row["at"],
        author=row["author"],
        action=row["action"],
        entity=row["entity"],
        entity_id=row["entity_id"],
        unit_id=row["unit_id"],
        summary=row["summary"],
        before=json.loads(row["before"]) if row["before"] else None,
        after=json.loads(row["after"]) if row["after"] else None,
    )


class Batch:
    """Change-log rows for a bulk job, appended with one ``executemany`` in the same transaction."""

    def __init__(self, db: Database, author: str) -> None:
        self.db = db
        self.author = author
        self.at = now_iso()
        self.rows: list[tuple[Any, ...]] = []

    def add(self, action: str, entity: str, entity_id: int | None, summary: str,
            before: dict[str, Any] | None, after: dict[str, Any] | None, unit_id: int | None = None) -> None:  # fmt: skip
        self.rows.append(
            (self.at, self.author, action, entity, entity_id, unit_id, summary, _dump(before), _dump(after))
        )

    def flush(self) -> None:
        self.db.executemany(
            "INSERT INTO change_log (at, author, action, entity, entity_id, unit_id, summary, before, after)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            self.rows,
        )
        self.rows = []
