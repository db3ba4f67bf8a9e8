"""SQL for 部门计划: the month's plan row and its collection targets per building; what was collected."""

from __future__ import annotations

from typing import Any

from propdesk.store.connection import Database
from propdesk.store.rows import insert_row, update_row


def plan(db: Database, month: str) -> dict[str, Any] | None:
    return db.one("SELECT id, month, note, state, created_by, approved_by, approved_at FROM month_plans WHERE month = ?",
                  (month,))  # fmt: skip


def insert_plan(db: Database, values: dict[str, Any]) -> int:
    return insert_row(db, "month_plans", values, stamps=("created_at", "updated_at"))


def update_plan(db: Database, plan_id: int, values: dict[str, Any]) -> None:
    update_row(db, "month_plans", plan_id, values)


def targets(db: Database, plan_id: int) -> dict[int, int]:
    return {r[0]: r[1] for r in db.execute("SELECT building_id, target_fen FROM collection_targets WHERE plan_id = ?",
                                            (plan_id,))}  # fmt: skip


def set_targets(db: Database, plan_id: int, targets: dict[int, int]) -> None:
    db.execute("DELETE FROM collection_targets WHERE plan_id = ?", (plan_id,))
    db.executemany("INSERT INTO collection_targets (plan_id, building_id, target_fen) VALUES (?, ?, ?)",
                   [(plan_id, b, fen) for b, fen in sorted(targets.items())])  # fmt: skip


def billed_by_building(db: Database, month: str, start: str, end: str) -> dict[int, int]:
    """The month's bills per building: the suggested target."""
    return {r[0]: r[1] for r in db.execute(
        "SELECT u.building_id, sum(bl.amount_fen) FROM bills bl JOIN units u ON u.id = bl.unit_id"
        " WHERE bl.period = ? OR (bl.period IS NULL AND bl.due_date >= ? AND bl.due_date < ?) GROUP BY 1",
        (month, start, end))}  # fmt: skip


def collected_by_building(db: Database, month: str, start: str, end: str) -> dict[int, int]:
    """What the month's valid receipts took on bills of this month or earlier, per building."""
    return {r[0]: r[1] for r in db.execute(
        "SELECT u.building_id, sum(l.amount_fen) FROM receipts r JOIN receipt_lines l ON l.receipt_id = r.id"
        " JOIN bills bl ON bl.id = l.bill_id JOIN units u ON u.id = bl.unit_id"
        " WHERE r.voided_at IS NULL AND r.paid_at >= ? AND r.paid_at < ?"
        " AND coalesce(bl.period, substr(bl.due_date, 1, 7)) <= ? GROUP BY 1", (start, end, month))}  # fmt: skip
