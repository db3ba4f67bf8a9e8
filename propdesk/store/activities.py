"""SQL for 社区文化活动: the activities and their sign-ups."""

from __future__ import annotations

from typing import Any

from propdesk.store.connection import Database
from propdesk.store.rows import insert_row, update_row

_ACTIVITY = (
    "SELECT a.id, a.title, a.starts_at, a.ends_at, a.place, a.organiser, a.budget_fen, a.description, a.signup_until,"
    " a.capacity, a.state, a.summary, a.spent_fen, a.author,"
    " (SELECT count(*) FROM activity_signups s WHERE s.activity_id = a.id) AS households,"
    " (SELECT coalesce(sum(people), 0) FROM activity_signups s WHERE s.activity_id = a.id) AS people,"
    " (SELECT count(*) FROM activity_signups s WHERE s.activity_id = a.id AND s.attended = 1) AS attended,"
    " (SELECT count(*) FROM photos p WHERE p.subject = 'activity' AND p.subject_id = a.id) AS photos"
    " FROM activities a"
)


def insert(db: Database, values: dict[str, Any]) -> int:
    return insert_row(db, "activities", values, stamps=("created_at", "updated_at"))


def update(db: Database, activity_id: int, values: dict[str, Any]) -> None:
    update_row(db, "activities", activity_id, values)


def activity(db: Database, activity_id: int) -> dict[str, Any] | None:
    return db.one(f"{_ACTIVITY} WHERE a.id = ?", (activity_id,))


def between(db: Database, start: str, end: str) -> list[dict[str, Any]]:
    return db.rows(f"{_ACTIVITY} WHERE a.starts_at >= ? AND a.starts_at < ? ORDER BY a.starts_at, a.id", (start, end))


def recent(db: Database, limit: int) -> list[dict[str, Any]]:
    return db.rows(f"{_ACTIVITY} ORDER BY a.starts_at DESC, a.id DESC LIMIT ?", (limit,))


def signups(db: Database, activity_id: int) -> list[dict[str, Any]]:
    return db.rows("SELECT s.id, s.unit_id, u.code AS unit_code, s.names, s.people, s.phone, s.attended, s.author,"
                   " s.created_at FROM activity_signups s JOIN units u ON u.id = s.unit_id WHERE s.activity_id = ?"
                   " ORDER BY u.sort_key", (activity_id,))  # fmt: skip


def insert_signup(db: Database, values: dict[str, Any]) -> int:
    return insert_row(db, "activity_signups", values, stamps=("created_at",))


def signup_of(db: Database, activity_id: int, unit_id: int) -> dict[str, Any] | None:
    return db.one("SELECT id, names, people FROM activity_signups WHERE activity_id = ? AND unit_id = ?",
                  (activity_id, unit_id))  # fmt: skip


def delete_signup(db: Database, signup_id: int) -> None:
    db.execute("DELETE FROM activity_signups WHERE id = ?", (signup_id,))


def set_attended(db: Database, activity_id: int, came: list[int]) -> None:
    db.execute("UPDATE activity_signups SET attended = 0 WHERE activity_id = ?", (activity_id,))
    db.executemany("UPDATE activity_signups SET attended = 1 WHERE activity_id = ? AND id = ?",
                   [(activity_id, signup_id) for signup_id in came])  # fmt: skip
