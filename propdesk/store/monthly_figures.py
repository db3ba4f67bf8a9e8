"""SQL for the monthly workbook's figures: what was billed for the month and what was collected in it (per
building and fee item, split into the month's own bills, arrears recovered and paid ahead), refunds, the
cashier-days, and the month's repairs, complaints and move-ins."""

from __future__ import annotations

from typing import Any

from propdesk.store.connection import Database

# a bill's month: its period, or for a one-off charge the month it fell due
_BILL_MONTH = "coalesce(bl.period, substr(bl.due_date, 1, 7))"


def receivable(db: Database, month: str, start: str, end: str) -> list[dict[str, Any]]:
    """应收: the bills of the month, per building and fee item."""
    return db.rows(
        "SELECT b.code AS building, i.name AS item, sum(bl.amount_fen) AS amount_fen, count(*) AS bills"
        " FROM bills bl JOIN fee_items i ON i.id = bl.fee_item_id JOIN units u ON u.id = bl.unit_id"
        " JOIN buildings b ON b.id = u.building_id"
        " WHERE bl.period = ? OR (bl.period IS NULL AND bl.due_date >= ? AND bl.due_date < ?)"
        " GROUP BY b.sort_key, i.sort_order ORDER BY b.sort_key, i.sort_order",
        (month, start, end),
    )


def collected(db: Database, month: str, start: str, end: str) -> list[dict[str, Any]]:
    """What the month's valid receipts took, per building and item: for the month's own bills, for earlier
    ones (arrears recovered) and ahead (later bills, and money paid in as 预存)."""
    return db.rows(
        "SELECT coalesce(b.code, '—') AS building, coalesce(i.name, l.item) AS item,"
        f" sum(CASE WHEN l.bill_id IS NOT NULL AND {_BILL_MONTH} = ? THEN l.amount_fen ELSE 0 END) AS current_fen,"
        f" sum(CASE WHEN l.bill_id IS NOT NULL AND {_BILL_MONTH} < ? THEN l.amount_fen ELSE 0 END) AS arrears_fen,"
        f" sum(CASE WHEN l.bill_id IS NULL OR {_BILL_MONTH} > ? THEN l.amount_fen ELSE 0 END) AS advance_fen"
        " FROM receipts r JOIN receipt_lines l ON l.receipt_id = r.id LEFT JOIN bills bl ON bl.id = l.bill_id"
        " LEFT JOIN fee_items i ON i.id = bl.fee_item_id LEFT JOIN units u ON u.id = r.unit_id"
        " LEFT JOIN buildings b ON b.id = u.building_id"
        " WHERE r.voided_at IS NULL AND r.paid_at >= ? AND r.paid_at < ?"
        " GROUP BY 1, 2 ORDER BY min(b.sort_key), 2",
        (month, month, month, start, end),
    )


def receipts_total(db: Database, start: str, end: str) -> int:
    return int(db.scalar("SELECT coalesce(sum(total_fen), 0) FROM receipts WHERE voided_at IS NULL AND paid_at >= ?"
                         " AND paid_at < ?", (start, end)))  # fmt: skip


def refunds(db: Database, start: str, end: str) -> list[dict[str, Any]]:
    return db.rows(
        "SELECT coalesce(b.code, '—') AS building, f.item, sum(f.amount_fen) AS amount_fen, count(*) AS refunds"
        " FROM refunds f LEFT JOIN units u ON u.id = f.unit_id LEFT JOIN buildings b ON b.id = u.building_id"
        " WHERE f.refunded_at >= ? AND f.refunded_at < ? GROUP BY 1, 2 ORDER BY 1, 2",
        (start, end),
    )


def cashier_days(db: Database, start: str, end: str) -> list[tuple[str, str]]:
    """(day, cashier) with receipts or refunds in the month, in order."""
    return [(r[0], r[1]) for r in db.execute(
        "SELECT substr(paid_at, 1, 10), cashier FROM receipts WHERE paid_at >= ? AND paid_at < ?"
        " UNION SELECT substr(refunded_at, 1, 10), cashier FROM refunds WHERE refunded_at >= ? AND refunded_at < ?"
        " ORDER BY 1, 2", (start, end, start, end))]  # fmt: skip


def work_orders_by_category(db: Database, start: str, end: str) -> list[dict[str, Any]]:
    """The month's repair calls per category: how many, done, on time, hours to complete, called back, how satisfied."""
    return db.rows(
        "SELECT category, count(*) AS total, sum(completed_at IS NOT NULL OR state IN ('待回访', '已关闭')) AS done,"
        " sum(state = '已关闭') AS closed, sum(completed_at IS NOT NULL AND completed_at <= due_at) AS on_time,"
        " avg(CASE WHEN completed_at IS NOT NULL THEN (julianday(completed_at) - julianday(reported_at)) * 24 END)"
        "  AS hours, sum(callback_at IS NOT NULL) AS called_back, sum(satisfaction = '满意') AS satisfied,"
        " sum(satisfaction = '基本满意') AS fairly, sum(satisfaction = '不满意') AS dissatisfied,"
        " sum(state = '已取消') AS cancelled"
        " FROM work_orders WHERE reported_at >= ? AND reported_at < ? GROUP BY category ORDER BY total DESC, category",
        (start, end),
    )


def work_orders_by_state(db: Database, start: str, end: str) -> list[tuple[str, int]]:
    return [(r[0], r[1]) for r in db.execute(
        "SELECT state, count(*) FROM work_orders WHERE reported_at >= ? AND reported_at < ? GROUP BY state"
        " ORDER BY 2 DESC", (start, end))]  # fmt: skip


def complaints_by_category(db: Database, start: str, end: str) -> list[dict[str, Any]]:
    return db.rows(
        "SELECT category, count(*) AS total, sum(group_risk) AS group_risk,"
        " sum(responded_at IS NOT NULL AND responded_at <= respond_due) AS responded_on_time,"
        " sum(resolved_at IS NOT NULL AND resolved_at <= resolve_due) AS resolved_on_time,"
        " sum(state IN ('待回访', '已办结')) AS resolved, sum(callback_at IS NOT NULL) AS called_back,"
        " sum(satisfaction = '满意') AS satisfied, sum(satisfaction = '基本满意') AS fairly,"
        " sum(satisfaction = '不满意') AS dissatisfied"
        " FROM complaints WHERE received_at >= ? AND received_at < ? GROUP BY category ORDER BY total DESC, category",
        (start, end),
    )


def move_ins(db: Database, start: str, end: str) -> dict[str, int]:
    row = db.execute(
        "SELECT sum(completed_at IS NOT NULL AND completed_at >= ? AND completed_at < ?),"
        " sum(started_at < ? AND (completed_at IS NULL OR completed_at >= ?)),"
        " sum(completed_at IS NOT NULL AND completed_at < ?) FROM move_ins",
        (start, end, end, end, end),
    ).fetchone()
    return {"finished": int(row[0] or 0), "unfinished": int(row[1] or 0), "done_by_end": int(row[2] or 0)}


def units_by_state(db: Database) -> list[tuple[str, int]]:
    return [(r[0], r[1]) for r in db.execute("SELECT state, count(*) FROM units GROUP BY state ORDER BY 2 DESC")]
