"""SQL for 日结: a cashier's receipts of one day, the closes and their reopening."""

from __future__ import annotations

from typing import Any

from propdesk.store.connection import Database
from propdesk.store.rows import insert_row


def receipts_of_day(db: Database, cashier: str, day: str) -> list[dict[str, Any]]:
    return db.rows(
        "SELECT r.number, r.paid_at, coalesce(u.code, '') AS unit_code, r.payer, r.method, r.total_fen,"
        " r.voided_at, r.voided_by, r.void_reason FROM receipts r LEFT JOIN units u ON u.id = r.unit_id"
        " WHERE r.paid_at >= ? AND r.paid_at < ? AND r.cashier = ? ORDER BY r.sequence",
        (day, day + "~", cashier),  # '~' sorts after every time of day: an index range, not substr()
    )


def open_close(db: Database, cashier: str, day: str) -> dict[str, Any] | None:
    return db.one("SELECT * FROM day_closes WHERE cashier = ? AND day = ? AND reopened_at IS NULL", (cashier, day))


def insert_close(db: Database, values: dict[str, Any]) -> int:
    return insert_row(db, "day_closes", values)


def reopen(db: Database, close_id: int, by: str, reason: str, at: str) -> None:
    db.execute(
        "UPDATE day_closes SET reopened_at = ?, reopened_by = ?, reopen_reason = ? WHERE id = ?",
        (at, by, reason, close_id),
    )


def unclosed_days(db: Database, before_day: str) -> list[tuple[str, str]]:
    """(cashier, day) of every day with receipts or refunds before ``before_day`` that nobody closed."""
    return [
        (r[0], r[1])
        for r in db.execute(
            "SELECT DISTINCT cashier, day FROM (SELECT cashier, substr(paid_at, 1, 10) AS day FROM receipts"
            " WHERE paid_at < ? UNION SELECT cashier, substr(refunded_at, 1, 10) FROM refunds WHERE refunded_at < ?)"
            " AS d WHERE NOT EXISTS (SELECT 1 FROM day_closes c WHERE c.cashier = d.cashier AND c.day = d.day"
            " AND c.reopened_at IS NULL) ORDER BY day, cashier",
            (before_day, before_day),
        )
    ]
