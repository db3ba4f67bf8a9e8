"""SQL for the prepayment ledger (预存): entries, balances, and the draw-downs that settle bills."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from propdesk.store.connection import Database


def insert_entry(db: Database, unit_id: int, at: str, kind: str, amount_fen: int, author: str, *,
                 receipt_id: int | None = None, bill_id: int | None = None, refund_id: int | None = None,
                 note: str = "") -> int:  # fmt: skip
    return db.insert(
        "INSERT INTO prepayment_entries (unit_id, at, kind, amount_fen, receipt_id, bill_id, refund_id, note, author)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (unit_id, at, kind, amount_fen, receipt_id, bill_id, refund_id, note, author),
    )


def insert_draws(db: Database, unit_id: int, at: str, bills: Iterable[tuple[int, int, str]], author: str) -> None:
    """Settle bills (id, amount, description) from the unit's balance; a trigger marks each bill settled."""
    db.executemany(
        "INSERT INTO prepayment_entries (unit_id, at, kind, amount_fen, bill_id, note, author)"
        " VALUES (?, ?, '抵扣', ?, ?, ?, ?)",
        [(unit_id, at, amount, bill_id, note, author) for bill_id, amount, note in bills],
    )


_SIGNED = "CASE kind WHEN '存入' THEN amount_fen ELSE -amount_fen END"


def balance(db: Database, unit_id: int) -> int:
    return int(db.scalar(f"SELECT coalesce(sum({_SIGNED}), 0) FROM prepayment_entries WHERE unit_id = ?", (unit_id,)))


def units_in_credit(db: Database, unit_ids: Iterable[int] | None = None) -> dict[int, int]:
    """unit → balance of every unit with money left in its prepayment (all units, or those given)."""
    rows = db.execute(
        f"SELECT unit_id, sum({_SIGNED}) AS left FROM prepayment_entries GROUP BY unit_id HAVING left > 0"
    ).fetchall()
    wanted = None if unit_ids is None else set(unit_ids)
    return {r[0]: r[1] for r in rows if wanted is None or r[0] in wanted}


def entries_of_unit(db: Database, unit_id: int) -> list[dict[str, Any]]:
    """The statement lines, oldest first, each with the document it came from."""
    return db.rows(
        "SELECT e.at, e.kind, e.amount_fen, e.author,"
        " coalesce(r.number, f.number, b.description, '') AS document FROM prepayment_entries e"
        " LEFT JOIN receipts r ON r.id = e.receipt_id LEFT JOIN refunds f ON f.id = e.refund_id"
        " LEFT JOIN bills b ON b.id = e.bill_id WHERE e.unit_id = ? ORDER BY e.at, e.id",
        (unit_id,),
    )


def paid_in_by_receipt(db: Database, receipt_id: int) -> int:
    return int(
        db.scalar(
            "SELECT coalesce(sum(amount_fen), 0) FROM prepayment_entries WHERE receipt_id = ? AND kind = '存入'",
            (receipt_id,),
        )
    )
