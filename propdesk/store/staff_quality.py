"""SQL for BI 行为规范: the supervisor's observations (written once, kept as written)."""

from __future__ import annotations

from typing import Any

from propdesk.store.connection import Database
from propdesk.store.rows import insert_row


def insert(db: Database, values: dict[str, Any]) -> int:
    return insert_row(db, "staff_observations", values, stamps=("created_at",))


def of_period(db: Database, start: str, end: str) -> list[dict[str, Any]]:
    return db.rows("SELECT id, observed_on, staff, standard, method, passed, note, observer FROM staff_observations"
                   " WHERE observed_on >= ? AND observed_on < ? ORDER BY observed_on DESC, id DESC", (start, end))  # fmt: skip


def staff_names(db: Database) -> list[str]:
    return [r[0] for r in db.execute("SELECT DISTINCT staff FROM staff_observations ORDER BY staff")]
