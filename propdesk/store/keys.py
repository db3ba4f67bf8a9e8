"""SQL for 钥匙托管: key sets, their movements, the overdue ones."""

from __future__ import annotations

from typing import Any

from propdesk.store.connection import Database
from propdesk.store.rows import insert_row

_SET = (
    "SELECT k.id, k.number, k.unit_id, u.code AS unit_code, k.contents, k.location, k.deposited_on, k.depositor,"
    " k.depositor_phone, k.signed, k.ended_on, k.end_note FROM key_sets k JOIN units u ON u.id = k.unit_id"
)


def next_number(db: Database) -> int:
    return int(db.scalar("SELECT coalesce(max(id), 0) + 1 FROM key_sets"))


def insert_set(db: Database, values: dict[str, Any]) -> int:
    return insert_row(db, "key_sets", values, stamps=("created_at",))


def key_set(db: Database, key_set_id: int) -> dict[str, Any] | None:
    return db.one(f"{_SET} WHERE k.id = ?", (key_set_id,))


def key_set_by_number(db: Database, number: str) -> dict[str, Any] | None:
    return db.one(f"{_SET} WHERE k.number = ?", (number,))


def sets_of_unit(db: Database, unit_id: int) -> list[dict[str, Any]]:
    return db.rows(f"{_SET} WHERE k.unit_id = ? ORDER BY k.id DESC", (unit_id,))


def all_sets(db: Database, held_only: bool = False) -> list[dict[str, Any]]:
    where = " WHERE k.ended_on IS NULL" if held_only else ""
    return db.rows(f"{_SET}{where} ORDER BY u.sort_key, k.id")


def held_set_of_unit(db: Database, unit_id: int) -> dict[str, Any] | None:
    return db.one(f"{_SET} WHERE k.unit_id = ? AND k.ended_on IS NULL", (unit_id,))


def movements(db: Database, key_set_ids: list[int]) -> list[dict[str, Any]]:
    if not key_set_ids:
        return []
    return db.rows(
        "SELECT id, key_set_id, out_at, taken_by, reason, approved_by, due_back, back_at, note FROM key_movements"
        f" WHERE key_set_id IN ({', '.join('?' * len(key_set_ids))}) ORDER BY out_at DESC, id DESC",
        tuple(key_set_ids),
    )


def insert_movement(db: Database, values: dict[str, Any]) -> int:
    return insert_row(db, "key_movements", values, stamps=("created_at",))


def open_movement(db: Database, key_set_id: int) -> dict[str, Any] | None:
    return db.one("SELECT * FROM key_movements WHERE key_set_id = ? AND back_at IS NULL", (key_set_id,))


def close_movement(db: Database, movement_id: int, at: str) -> None:
    db.execute("UPDATE key_movements SET back_at = ? WHERE id = ?", (at, movement_id))


def end_set(db: Database, key_set_id: int, day: str, note: str) -> None:
    db.execute("UPDATE key_sets SET ended_on = ?, end_note = ? WHERE id = ?", (day, note, key_set_id))


def overdue(db: Database, now: str) -> list[dict[str, Any]]:
    """Key sets out past their due time: the today view's warning."""
    return db.rows(
        "SELECT k.number, u.code AS unit_code, m.taken_by, m.reason, m.due_back FROM key_movements m"
        " JOIN key_sets k ON k.id = m.key_set_id JOIN units u ON u.id = k.unit_id"
        " WHERE m.back_at IS NULL AND m.due_back < ? ORDER BY m.due_back",
        (now,),
    )
