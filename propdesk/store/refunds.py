"""SQL for 退款单 and the deposits they give back: their own number sequence, the documents, the
deposit ledger (paid deposit bills and whether a refund has closed them)."""

from __future__ import annotations

from typing import Any

from propdesk.store.connection import Database
from propdesk.store.rows import insert_row, next_in_sequence


def take_sequence(db: Database, year: int) -> int:
    return next_in_sequence(db, "refund_sequences", year)


def insert_refund(db: Database, values: dict[str, Any]) -> int:
    return insert_row(db, "refunds", values)


_REFUND = (
    "SELECT f.id, f.number, f.unit_id, u.code AS unit_code, f.kind, f.item, f.bill_id, f.held_fen, f.deducted_fen,"
    " f.deduction_reason, f.amount_fen, f.method, f.payee, f.reason, f.cashier, f.approved_by, f.refunded_at"
    " FROM refunds f JOIN units u ON u.id = f.unit_id"
)


def refund(db: Database, *, refund_id: int | None = None, number: str | None = None) -> dict[str, Any] | None:
    if refund_id is not None:
        return db.one(f"{_REFUND} WHERE f.id = ?", (refund_id,))
    return db.one(f"{_REFUND} WHERE f.number = ?", (number,))


def refunds_of_unit(db: Database, unit_id: int) -> list[dict[str, Any]]:
    return db.rows(f"{_REFUND} WHERE f.unit_id = ? ORDER BY f.refunded_at DESC, f.id DESC", (unit_id,))


def refunds_of_day(db: Database, cashier: str, day: str) -> list[dict[str, Any]]:
    return db.rows(
        f"{_REFUND} WHERE f.refunded_at >= ? AND f.refunded_at < ? AND f.cashier = ? ORDER BY f.sequence",
        (day, day + "~", cashier),
    )


_DEPOSITS = (
    "SELECT b.id AS bill_id, b.unit_id, u.code AS unit_code, i.name AS item, b.description, b.amount_fen,"
    " r.number AS receipt_number, r.paid_at, f.number AS refund_number, f.amount_fen AS refunded_fen,"
    " f.deducted_fen FROM bills b JOIN fee_items i ON i.id = b.fee_item_id AND i.kind = '押金'"
    " JOIN units u ON u.id = b.unit_id"
    " JOIN receipt_lines l ON l.bill_id = b.id JOIN receipts r ON r.id = l.receipt_id AND r.voided_at IS NULL"
    " LEFT JOIN refunds f ON f.bill_id = b.id"
)


def deposits_of_unit(db: Database, unit_id: int) -> list[dict[str, Any]]:
    return db.rows(f"{_DEPOSITS} WHERE b.unit_id = ? ORDER BY r.paid_at DESC", (unit_id,))


def deposits(db: Database, held_only: bool = False) -> list[dict[str, Any]]:
    """押金台账: every deposit paid, in unit order (those still held, or all)."""
    where = " WHERE f.id IS NULL" if held_only else ""
    return db.rows(f"{_DEPOSITS}{where} ORDER BY u.sort_key, r.paid_at")


def deposit(db: Database, bill_id: int) -> dict[str, Any] | None:
    return db.one(f"{_DEPOSITS} WHERE b.id = ?", (bill_id,))


def deposit_refunded(db: Database, bill_id: int) -> bool:
    return db.scalar("SELECT 1 FROM refunds WHERE bill_id = ?", (bill_id,)) is not None
