"""SQL for 抄表: the reading sheet of an item and month, and the readings with the bills they made."""

from __future__ import annotations

from typing import Any

from propdesk.core.clock import now_iso
from propdesk.store.connection import Database
from propdesk.store.rows import insert_row


def sheet(db: Database, fee_item_id: int, period: str, building: str = "") -> list[dict[str, Any]]:
    """Every delivered unit (of a building, or all) in unit order with its last reading before ``period``
    and its reading of ``period`` if entered, and whether that reading's bill is paid."""
    where = " AND b.code = ?" if building else ""
    return db.rows(
        "SELECT u.id AS unit_id, u.code AS unit_code, u.owner_names,"
        " (SELECT m.current FROM meter_readings m WHERE m.unit_id = u.id AND m.fee_item_id = ? AND m.period < ?"
        "  ORDER BY m.period DESC LIMIT 1) AS previous,"
        " (SELECT m.current FROM meter_readings m WHERE m.unit_id = u.id AND m.fee_item_id = ? AND m.period = ?)"
        "  AS current,"
        " coalesce((SELECT bl.settled FROM meter_readings m JOIN bills bl ON bl.id = m.bill_id WHERE m.unit_id = u.id"
        "  AND m.fee_item_id = ? AND m.period = ?), 0) AS paid"
        f" FROM units u JOIN buildings b ON b.id = u.building_id WHERE u.state != '未交付'{where} ORDER BY u.sort_key",
        (fee_item_id, period, fee_item_id, period, fee_item_id, period, *((building,) if building else ())),
    )


def reading(db: Database, unit_id: int, fee_item_id: int, period: str) -> dict[str, Any] | None:
    return db.one(
        "SELECT m.*, coalesce(b.settled, 0) AS paid FROM meter_readings m LEFT JOIN bills b ON b.id = m.bill_id"
        " WHERE m.unit_id = ? AND m.fee_item_id = ? AND m.period = ?",
        (unit_id, fee_item_id, period),
    )


def last_before(db: Database, unit_id: int, fee_item_id: int, period: str) -> str | None:
    value = db.scalar(
        "SELECT current FROM meter_readings WHERE unit_id = ? AND fee_item_id = ? AND period < ?"
        " ORDER BY period DESC LIMIT 1",
        (unit_id, fee_item_id, period),
    )
    return None if value is None else str(value)


def insert_reading(db: Database, values: dict[str, Any]) -> int:
    return insert_row(db, "meter_readings", values, stamps=("created_at",))


def correct_reading(db: Database, reading_id: int, previous: str, current: str, usage: str, bill_id: int | None,
                    author: str) -> None:  # fmt: skip
    db.execute(
        "UPDATE meter_readings SET previous = ?, current = ?, usage = ?, bill_id = ?, author = ?, created_at = ?"
        " WHERE id = ?",
        (previous, current, usage, bill_id, author, now_iso(), reading_id),
    )


def insert_bill(db: Database, values: dict[str, Any]) -> int:
    return insert_row(db, "bills", values, stamps=("created_at",))


def correct_bill(db: Database, bill_id: int, quantity: str, amount_fen: int, description: str) -> None:
    db.execute(
        "UPDATE bills SET quantity = ?, amount_fen = ?, description = ? WHERE id = ? AND settled = 0",
        (quantity, amount_fen, description, bill_id),
    )


def set_base_reading(db: Database, unit_id: int, fee_item_id: int, period: str, value: str, author: str) -> None:
    """The 底数 at handover: a reading with no usage and no bill; kept as is once a later month is read."""
    db.execute(
        "INSERT INTO meter_readings (unit_id, fee_item_id, period, previous, current, usage, author, created_at)"
        " VALUES (?, ?, ?, ?, ?, '0', ?, datetime('now', 'localtime'))"
        " ON CONFLICT (unit_id, fee_item_id, period) DO UPDATE SET previous = excluded.previous,"
        " current = excluded.current WHERE meter_readings.bill_id IS NULL",
        (unit_id, fee_item_id, period, value, value, author),
    )
