"""SQL for 投诉: the complaints and their steps, the per-month number, the list (paged, filtered), a unit's
complaints, and the desk's figures (waiting, past a deadline, near one, group-complaint risks)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from propdesk.store.connection import Database
from propdesk.store.rows import count_of, insert_row, next_in_sequence, page_of, update_row

_FULL = (
    "SELECT c.id, c.number, c.unit_id, coalesce(u.code, '') AS unit_code, c.received_at, c.received_by, c.channel,"
    " c.complainant, c.phone, c.place, c.people, c.description, c.demand, c.category, c.level, c.group_risk,"
    " c.handler, c.respond_due, c.resolve_due, c.responded_at, c.resolved_at, c.result, c.state, c.callback_at,"
    " c.callback_by, c.satisfaction, c.callback_comment, c.review, c.reviewed_by"
    " FROM complaints c LEFT JOIN units u ON u.id = c.unit_id"
)
_ROW = (
    "SELECT c.id, c.number, coalesce(u.code, '') AS unit_code, c.place, c.complainant, c.phone, c.category, c.level,"
    " c.group_risk, c.received_at, c.resolve_due, c.state, c.handler, c.description"
    " FROM complaints c LEFT JOIN units u ON u.id = c.unit_id"
)
UNFINISHED = "c.state IN ('待处理', '处理中')"  # word for word the partial index complaints_open's condition
OVERDUE_VIEW, NEAR_VIEW, RISK_VIEW = "已超期", "临近期限", "群诉风险"


def take_sequence(db: Database, month: int) -> int:
    return next_in_sequence(db, "complaint_sequences", month)


def insert(db: Database, values: dict[str, Any]) -> int:
    return insert_row(db, "complaints", values, stamps=("updated_at",))


def update(db: Database, complaint_id: int, values: dict[str, Any]) -> None:
    update_row(db, "complaints", complaint_id, values)


def insert_event(db: Database, values: dict[str, Any]) -> None:
    insert_row(db, "complaint_events", values)


def complaint(db: Database, *, complaint_id: int | None = None, number: str | None = None) -> dict[str, Any] | None:
    if complaint_id is not None:
        return db.one(f"{_FULL} WHERE c.id = ?", (complaint_id,))
    return db.one(f"{_FULL} WHERE c.number = ?", (number,))


def events(db: Database, complaint_id: int) -> list[dict[str, Any]]:
    return db.rows("SELECT at, step, author, note, state FROM complaint_events WHERE complaint_id = ? ORDER BY id",
                   (complaint_id,))  # fmt: skip


def where(view: str, category: str, text: str, now: str, near: str) -> tuple[list[str], list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    if view == OVERDUE_VIEW:
        clauses.append(f"{UNFINISHED} AND c.resolve_due < ?")
        params.append(now)
    elif view == NEAR_VIEW:
        clauses.append(f"{UNFINISHED} AND c.resolve_due >= ? AND c.resolve_due < ?")
        params += [now, near]
    elif view == RISK_VIEW:
        clauses.append("c.group_risk = 1")
    elif view:
        clauses.append("c.state = ?")
        params.append(view)
    if category:
        clauses.append("c.category = ?")
        params.append(category)
    if text:
        clauses.append("(c.number = ? OR c.phone = ? OR c.complainant = ? OR c.unit_id IN (SELECT id FROM units"
                       " WHERE code = ?))")  # fmt: skip
        params += [text.upper(), text, text, text]
    return clauses, params


def page(db: Database, clauses: Sequence[str], params: Sequence[Any], offset: int, limit: int) -> list[dict[str, Any]]:
    """Newest first; ``clauses`` come from ``where``, never from input."""
    return page_of(db, _ROW, clauses, params, "c.received_at DESC, c.id DESC", offset, limit)


def count(db: Database, clauses: Sequence[str], params: Sequence[Any]) -> int:
    return count_of(db, "complaints c", clauses, params)


def of_unit(db: Database, unit_id: int) -> list[dict[str, Any]]:
    return db.rows(f"{_ROW} WHERE c.unit_id = ? ORDER BY c.received_at DESC, c.id DESC", (unit_id,))


def counts(db: Database, now: str, near: str) -> dict[str, int]:
    """Waiting for a response, past the response or the resolution deadline, near it, open group risks,
    waiting for the callback."""
    row = db.execute(
        "SELECT sum(c.state = '待处理'), sum(c.state = '待处理' AND c.respond_due < ?), sum(c.resolve_due < ?),"
        " sum(c.resolve_due >= ? AND c.resolve_due < ?), sum(c.group_risk)"
        f" FROM complaints c WHERE {UNFINISHED}",
        (now, now, now, near),
    ).fetchone()
    callbacks = db.scalar("SELECT count(*) FROM complaints WHERE state = '待回访'")
    return {"new": row[0] or 0, "response_overdue": row[1] or 0, "overdue": row[2] or 0, "near": row[3] or 0,
            "group_risk": row[4] or 0, "callbacks": int(callbacks or 0)}  # fmt: skip
