"""SQL for 报修 / 派工单: the orders, their steps and materials, the technicians, the per-month number
sequence, the paged and filtered list, a unit's and a caller's history, and the desk's counts."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from propdesk.core.limits import OPEN_ORDER_STATES, TIMED_ORDER_STATES
from propdesk.store.connection import Database
from propdesk.store.rows import count_of, insert_row, next_in_sequence, page_of, update_row

_ORDER = (
    "SELECT w.id, w.number, w.unit_id, coalesce(u.code, '') AS unit_code, w.location, w.area, w.channel, w.caller,"
    " w.phone, w.category, w.warranty, w.urgency, w.description, w.appointment, w.reported_at, w.reported_by,"
    " w.due_at, w.state, w.technician, w.dispatched_at, w.arrived_at, w.completed_at, w.result, w.service_fee_fen,"
    " w.fee_bill_id, w.callback_at, w.callback_by, w.satisfaction, w.callback_comment, w.reopened, w.last_note_at"
    " FROM work_orders w LEFT JOIN units u ON u.id = w.unit_id"
)
_ROW = (
    "SELECT w.id, w.number, coalesce(u.code, '') AS unit_code, w.location, w.caller, w.phone, w.category,"
    " w.urgency, w.description, w.reported_at, w.due_at, w.state, w.technician, w.satisfaction"
    " FROM work_orders w LEFT JOIN units u ON u.id = w.unit_id"
)


def take_sequence(db: Database, month: int) -> int:
    return next_in_sequence(db, "work_order_sequences", month)


def insert(db: Database, values: dict[str, Any]) -> int:
    return insert_row(db, "work_orders", values, stamps=("updated_at",))


def update(db: Database, order_id: int, values: dict[str, Any]) -> None:
    update_row(db, "work_orders", order_id, values)


def insert_event(db: Database, values: dict[str, Any]) -> None:
    insert_row(db, "work_order_events", values)


def insert_materials(db: Database, order_id: int, rows: Sequence[tuple[str, str, str, int, int]]) -> None:
    db.executemany(
        "INSERT INTO work_order_materials (order_id, name, spec, quantity, unit_price_fen, amount_fen)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        [(order_id, *r) for r in rows],
    )


def order(db: Database, *, order_id: int | None = None, number: str | None = None) -> dict[str, Any] | None:
    if order_id is not None:
        return db.one(f"{_ORDER} WHERE w.id = ?", (order_id,))
    return db.one(f"{_ORDER} WHERE w.number = ?", (number,))


def events(db: Database, order_id: int) -> list[dict[str, Any]]:
    return db.rows(
        "SELECT at, action, author, technician, note, state FROM work_order_events WHERE order_id = ? ORDER BY id",
        (order_id,),
    )


def materials(db: Database, order_id: int) -> list[dict[str, Any]]:
    return db.rows(
        "SELECT name, spec, quantity, unit_price_fen, amount_fen FROM work_order_materials WHERE order_id = ?"
        " ORDER BY id",
        (order_id,),
    )


OVERDUE_VIEW, NOTE_VIEW = "逾期", "需沟通记录"  # views of the list besides the states
NOT_FINISHED = "w.state NOT IN ('已关闭', '已取消')"  # word for word the partial index work_orders_open's condition


def where(view: str, category: str, technician: str, text: str, phone: str, now: str,
          third_day_before: str) -> tuple[list[str], list[Any]]:  # fmt: skip
    """The list's filter as SQL: a state or a view, a category, a technician, and a text matched exactly
    (an order number, a phone, a caller's name or a unit code) so each is an index lookup."""
    clauses: list[str] = []
    params: list[Any] = []
    if view == OVERDUE_VIEW:
        clauses.append(f"{NOT_FINISHED} AND w.state IN ({', '.join('?' * len(TIMED_ORDER_STATES))}) AND w.due_at < ?")
        params += [*TIMED_ORDER_STATES, now]
    elif view == NOTE_VIEW:
        clauses.append(f"{NOT_FINISHED} AND w.state IN ({', '.join('?' * len(OPEN_ORDER_STATES))}) AND w.reported_at < ?"
                       " AND (w.last_note_at IS NULL OR w.last_note_at < datetime(w.reported_at, '+3 days'))")  # fmt: skip
        params += [*OPEN_ORDER_STATES, third_day_before]
    elif view:
        clauses.append("w.state = ?")
        params.append(view)
    if category:
        clauses.append("w.category = ?")
        params.append(category)
    if technician:
        clauses.append("w.technician = ?")
        params.append(technician)
    if text:
        clauses.append("(w.number = ? OR w.phone = ? OR w.caller = ? OR w.unit_id IN (SELECT id FROM units"
                       " WHERE code = ?))")  # fmt: skip
        params += [text.upper(), phone, text, text]
    return clauses, params


def page(db: Database, clauses: Sequence[str], params: Sequence[Any], offset: int, limit: int) -> list[dict[str, Any]]:
    """Newest first; ``clauses`` come from ``where``, never from input."""
    return page_of(db, _ROW, clauses, params, "w.reported_at DESC, w.id DESC", offset, limit)


def count(db: Database, clauses: Sequence[str], params: Sequence[Any]) -> int:
    return count_of(db, "work_orders w", clauses, params)


def of_unit(db: Database, unit_id: int) -> list[dict[str, Any]]:
    return db.rows(f"{_ROW} WHERE w.unit_id = ? ORDER BY w.reported_at DESC, w.id DESC", (unit_id,))


def of_phone(db: Database, phone: str, limit: int = 20) -> list[dict[str, Any]]:
    return db.rows(f"{_ROW} WHERE w.phone = ? ORDER BY w.reported_at DESC, w.id DESC LIMIT ?", (phone, limit))


def counts(db: Database, now: str, third_day_before: str) -> dict[str, int]:
    """The desk's figures: new, overdue, waiting for the callback, open three days without a 沟通记录."""
    open_states, timed_states = list(OPEN_ORDER_STATES), list(TIMED_ORDER_STATES)
    opened = ", ".join("?" * len(open_states))
    timed = ", ".join("?" * len(timed_states))
    row = db.execute(
        f"SELECT sum(state = '待派工'), sum(state IN ({timed}) AND due_at < ?), sum(state = '待回访'),"
        f" sum(state IN ({opened}) AND reported_at < ?"
        "  AND (last_note_at IS NULL OR last_note_at < datetime(reported_at, '+3 days'))),"
        f" sum(state IN ({opened})) FROM work_orders w WHERE {NOT_FINISHED}",
        (*timed_states, now, *open_states, third_day_before, *open_states),
    ).fetchone()
    return {"new": row[0] or 0, "overdue": row[1] or 0, "callbacks": row[2] or 0, "needs_note": row[3] or 0,
            "open": row[4] or 0}  # fmt: skip


def technicians(db: Database, active_only: bool = False) -> list[dict[str, Any]]:
    where = " WHERE active = 1" if active_only else ""
    return db.rows(f"SELECT id, name, trades, phone, active FROM technicians{where} ORDER BY active DESC, name")


def insert_technician(db: Database, values: dict[str, Any]) -> int:
    return insert_row(db, "technicians", values, stamps=("updated_at",))


def update_technician(db: Database, technician_id: int, values: dict[str, Any]) -> None:
    update_row(db, "technicians", technician_id, values)
