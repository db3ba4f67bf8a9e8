"""SQL for receipts: the per-year number sequence, the receipt and its lines, voids."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from propdesk.core.billing import Bill, Receipt, ReceiptLine
from propdesk.store.connection import Database
from propdesk.store.rows import insert_row, next_in_sequence

# Kept by triggers (m0007): set by a receipt line or a prepayment draw-down, cleared by a void.
_UNPAID = "b.settled = 0"


def take_sequence(db: Database, year: int) -> int:
    """The next number of ``year``; call inside the payment's transaction so a rollback returns it."""
    return next_in_sequence(db, "receipt_sequences", year)


def unpaid_bills(db: Database, unit_id: int) -> list[Bill]:
    """What a unit owes, oldest first (a bill is paid while a receipt that is not void covers it)."""
    rows = db.rows(
        "SELECT b.id, b.unit_id, f.name AS fee_item, b.period, b.description, b.quantity, b.unit_price, b.months,"
        f" b.amount_fen, b.due_date FROM bills b JOIN fee_items f ON f.id = b.fee_item_id WHERE b.unit_id = ? AND {_UNPAID}"
        " ORDER BY b.due_date, b.period, f.sort_order, b.id",
        (unit_id,),
    )
    return [Bill(**r) for r in rows]


def insert_receipt(db: Database, values: dict[str, Any], lines: Sequence[ReceiptLine]) -> int:
    receipt_id = insert_row(db, "receipts", values)
    db.executemany(
        "INSERT INTO receipt_lines (receipt_id, bill_id, item, period_label, unit_price, quantity, amount_fen)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        [(receipt_id, ln.bill_id, ln.item, ln.period_label, ln.unit_price, ln.quantity, ln.amount_fen) for ln in lines],
    )
    return receipt_id


def receipt(db: Database, *, receipt_id: int | None = None, number: str | None = None) -> Receipt | None:
    row = db.one(
        "SELECT r.*, coalesce(u.code, '') AS unit_code FROM receipts r LEFT JOIN units u ON u.id = r.unit_id"
        " WHERE " + ("r.id = ?" if receipt_id is not None else "r.number = ?"),
        (receipt_id if receipt_id is not None else number,),
    )
    if row is None:
        return None
    lines = tuple(
        ReceiptLine(**r)
        for r in db.rows(
            "SELECT bill_id, item, period_label, unit_price, quantity, amount_fen FROM receipt_lines"
            " WHERE receipt_id = ? ORDER BY id",
            (row["id"],),
        )
    )
    fields = ("id", "number", "unit_id", "unit_code", "payer", "method", "reference", "total_fen", "cash_given_fen",
              "change_fen", "cashier", "paid_at", "voided_at", "voided_by", "void_reason")  # fmt: skip
    return Receipt(lines=lines, **{k: row[k] for k in fields})


def void(db: Database, receipt_id: int, by: str, reason: str, at: str) -> None:
    db.execute("UPDATE receipts SET voided_at = ?, voided_by = ?, void_reason = ? WHERE id = ?",
               (at, by, reason, receipt_id))  # fmt: skip


def numbers_of_year(db: Database, year: int) -> list[int]:
    return [r[0] for r in db.execute("SELECT sequence FROM receipts WHERE year = ? ORDER BY sequence", (year,))]


def receipts_of_unit(db: Database, unit_id: int) -> list[dict[str, Any]]:
    """The unit's receipts, newest first, as list rows (the lines are read when one is opened)."""
    return db.rows(
        "SELECT number, paid_at, payer, method, total_fen, cashier, voided_at, void_reason FROM receipts"
        " WHERE unit_id = ? ORDER BY paid_at DESC, id DESC",
        (unit_id,),
    )


def overdue_by_due_date(db: Database, today: str, building: str = "") -> list[tuple[int, str, str, str, int, int]]:
    """(unit, code, owners, due date, amount, bills) of every unpaid bill due before ``today``, in unit order."""
    where = " AND u.building_id = (SELECT id FROM buildings WHERE code = ?)" if building else ""
    return [
        tuple(r)
        for r in db.execute(
            "SELECT b.unit_id, u.code, u.owner_names, b.due_date, sum(b.amount_fen), count(*) FROM bills b"
            f" JOIN units u ON u.id = b.unit_id WHERE b.due_date < ? AND {_UNPAID}{where}"
            " GROUP BY b.unit_id, b.due_date ORDER BY u.sort_key, b.due_date",
            (today, building) if building else (today,),
        )
    ]


def overdue_by_item(
    db: Database, today: str, building: str = ""
) -> list[tuple[int, str, str, str, str, str, int, int]]:
    """(unit, code, owners, item, first period, last period, amount, bills) of unpaid overdue bills per unit
    and fee item, in unit order: the lines of a 催缴通知书."""
    where = " AND u.building_id = (SELECT id FROM buildings WHERE code = ?)" if building else ""
    return [
        tuple(r)
        for r in db.execute(
            "SELECT b.unit_id, u.code, u.owner_names, f.name, min(b.period), max(b.period), sum(b.amount_fen),"
            " count(*) FROM bills b JOIN units u ON u.id = b.unit_id JOIN fee_items f ON f.id = b.fee_item_id"
            f" WHERE b.due_date < ? AND {_UNPAID}{where}"
            " GROUP BY b.unit_id, b.fee_item_id ORDER BY u.sort_key, f.sort_order",
            (today, building) if building else (today,),
        )
    ]
