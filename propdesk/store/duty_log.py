"""SQL for 值班记录: the shift logs and their entries (append-only; a confirmed log is frozen by triggers)."""

from __future__ import annotations

from typing import Any

from propdesk.store.connection import Database
from propdesk.store.rows import insert_row, update_row

_LOG = ("SELECT id, day, shift, on_duty, handover_items, keys_counted, incoming, confirmed_at, author"
        " FROM duty_logs")  # fmt: skip


def insert_log(db: Database, values: dict[str, Any]) -> int:
    return insert_row(db, "duty_logs", values, stamps=("created_at", "updated_at"))


def update_log(db: Database, log_id: int, values: dict[str, Any]) -> None:
    update_row(db, "duty_logs", log_id, values)


def insert_entry(db: Database, values: dict[str, Any]) -> None:
    insert_row(db, "duty_entries", values, stamps=("created_at",))


def log(db: Database, *, log_id: int | None = None, day: str = "", shift: str = "") -> dict[str, Any] | None:
    if log_id is not None:
        return db.one(f"{_LOG} WHERE id = ?", (log_id,))
    return db.one(f"{_LOG} WHERE day = ? AND shift = ?", (day, shift))


def recent(db: Database, limit: int = 60) -> list[dict[str, Any]]:
    return db.rows(f"{_LOG} ORDER BY day DESC, shift = '白班', id DESC LIMIT ?", (limit,))  # the night after the day


def entries(db: Database, log_id: int) -> list[dict[str, Any]]:
    return db.rows("SELECT id, at, kind, text, passed_to, author FROM duty_entries WHERE log_id = ? ORDER BY at, id",
                   (log_id,))  # fmt: skip


def unconfirmed_before(db: Database, day: str) -> int:
    return int(db.scalar("SELECT count(*) FROM duty_logs WHERE confirmed_at IS NULL AND day < ?", (day,)))


def number_exists(db: Database, number: str) -> bool:
    return db.scalar("SELECT 1 FROM work_orders WHERE number = ? UNION ALL SELECT 1 FROM complaints WHERE number = ?",
                     (number, number)) is not None  # fmt: skip


def set_passed_to(db: Database, entry_id: int, target: str) -> None:
    db.execute("UPDATE duty_entries SET passed_to = ? WHERE id = ?", (target, entry_id))
