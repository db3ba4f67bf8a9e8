"""SQL for the end of a renovation: 设计变更 requests, 竣工验收 inspections, the deposit settlement, and
the deposits a renovation holds (its 装修押金 bill and its worker passes' 押金 bills)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from propdesk.store.connection import Database
from propdesk.store.rows import insert_row, update_row


def insert_change(db: Database, values: dict[str, Any]) -> int:
    return insert_row(db, "design_changes", values, stamps=("updated_at",))


def update_change(db: Database, change_id: int, values: dict[str, Any]) -> None:
    update_row(db, "design_changes", change_id, values)


_CHANGE = (
    "SELECT id, renovation_id, requested_at, requested_by, description, items_added, new_end, state, review_due,"
    " reviewed_at, reviewed_by, opinion FROM design_changes"
)


def changes_of(db: Database, renovation_id: int) -> list[dict[str, Any]]:
    return db.rows(f"{_CHANGE} WHERE renovation_id = ? ORDER BY id DESC", (renovation_id,))


def change(db: Database, change_id: int) -> dict[str, Any] | None:
    return db.one(f"{_CHANGE} WHERE id = ?", (change_id,))


def changes_waiting(db: Database, due_before: str = "") -> int:
    if due_before:
        return int(db.scalar("SELECT count(*) FROM design_changes WHERE state = '待审核' AND review_due < ?",
                             (due_before,)))  # fmt: skip
    return int(db.scalar("SELECT count(*) FROM design_changes WHERE state = '待审核'"))


def insert_acceptance(db: Database, values: dict[str, Any]) -> int:
    return insert_row(db, "acceptances", values, stamps=("created_at",))


def acceptances_of(db: Database, renovation_id: int) -> list[dict[str, Any]]:
    return db.rows(
        "SELECT id, renovation_id, completed_on, inspected_on, inspector, failures, note, passed, author"
        " FROM acceptances WHERE renovation_id = ? ORDER BY id DESC",
        (renovation_id,),
    )


def insert_settlement(db: Database, values: dict[str, Any]) -> int:
    return insert_row(db, "deposit_settlements", values, stamps=("created_at",))


def settlement_of(db: Database, renovation_id: int) -> dict[str, Any] | None:
    return db.one(
        "SELECT id, renovation_id, settled_at, cashier, approved_by, held_fen, deductions, kept_fen, refunded_fen,"
        " shortfall_fen, shortfall_bill_id, passes_refunded_fen, passes_forfeited_fen, refund_ids, method, payee"
        " FROM deposit_settlements WHERE renovation_id = ?",
        (renovation_id,),
    )


def refund_numbers(db: Database, refund_ids: Sequence[int]) -> list[str]:
    if not refund_ids:
        return []
    marks = ", ".join("?" * len(refund_ids))
    return [
        r[0] for r in db.execute(f"SELECT number FROM refunds WHERE id IN ({marks}) ORDER BY id", tuple(refund_ids))
    ]


def refund_id(db: Database, number: str) -> int:
    return int(db.scalar("SELECT id FROM refunds WHERE number = ?", (number,)))


_DEPOSIT = (
    "SELECT b.id AS bill_id, i.name AS item, b.description, b.amount_fen, r.number AS receipt_number"
    " FROM bills b JOIN fee_items i ON i.id = b.fee_item_id AND i.kind = '押金'"
    " JOIN receipt_lines l ON l.bill_id = b.id JOIN receipts r ON r.id = l.receipt_id AND r.voided_at IS NULL"
)


def paid_deposits(db: Database, bill_ids: Sequence[int], held_only: bool = True) -> list[dict[str, Any]]:
    """Of these bills, the deposits paid (on a receipt not voided) — and not yet refunded, if ``held_only``."""
    if not bill_ids:
        return []
    marks = ", ".join("?" * len(bill_ids))
    held = " AND NOT EXISTS (SELECT 1 FROM refunds f WHERE f.bill_id = b.id)" if held_only else ""
    return db.rows(f"{_DEPOSIT} WHERE b.id IN ({marks}){held} ORDER BY b.id", tuple(bill_ids))


def pass_deposit_bills(db: Database, renovation_id: int) -> list[dict[str, Any]]:
    return db.rows(
        "SELECT number, deposit_bill_id, returned_at, deposit_outcome FROM worker_passes"
        " WHERE renovation_id = ? AND deposit_bill_id IS NOT NULL ORDER BY id",
        (renovation_id,),
    )


def deposit_owner(db: Database, bill_id: int) -> dict[str, Any] | None:
    """The renovation a deposit bill belongs to, with its state — and the pass, for a worker pass's 押金."""
    found = db.one(
        "SELECT r.id AS renovation_id, r.state, p.number AS pass_number, p.returned_at, p.deposit_outcome"
        " FROM worker_passes p JOIN renovations r ON r.id = p.renovation_id WHERE p.deposit_bill_id = ?",
        (bill_id,),
    )
    if found is not None:
        return found
    # a renovation's own deposit: its bill is on the renovation's fee list (a short table: a scan is fine)
    return db.one(
        "SELECT id AS renovation_id, state, NULL AS pass_number, NULL AS returned_at, NULL AS deposit_outcome"
        " FROM renovations WHERE instr(',' || fee_bills || ',', ',' || ? || ',') > 0",
        (str(bill_id),),
    )
