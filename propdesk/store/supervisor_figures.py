"""SQL for the supervisor's desk: for a month, how many records each target applies to and how many meet it."""

from __future__ import annotations

from propdesk.store.connection import Database


def _pair(db: Database, sql: str, params: tuple[object, ...]) -> tuple[int, int]:
    row = db.execute(sql, params).fetchone()
    return int(row[0] or 0), int(row[1] or 0)


def repair_callbacks(db: Database, start: str, end: str) -> tuple[int, int]:
    """(called back, completed) of the orders completed in the month (a reopened one counts when done again)."""
    return _pair(db, "SELECT sum(callback_at IS NOT NULL), count(*) FROM work_orders WHERE completed_at >= ?"
                     " AND completed_at < ?", (start, end))  # fmt: skip


def repair_on_time(db: Database, start: str, end: str) -> tuple[int, int]:
    return _pair(db, "SELECT sum(completed_at <= due_at), count(*) FROM work_orders WHERE completed_at >= ?"
                     " AND completed_at < ?", (start, end))  # fmt: skip


def repair_notes(db: Database, start: str, end: str, now: str) -> tuple[int, int]:
    """(with a 沟通记录 after day 3, open longer than three days) of the orders reported in the month."""
    return _pair(db,
        "SELECT sum(last_note_at IS NOT NULL AND last_note_at >= datetime(reported_at, '+3 days')), count(*)"
        " FROM work_orders WHERE reported_at >= ? AND reported_at < ? AND state != '已取消'"
        " AND coalesce(completed_at, ?) > datetime(reported_at, '+3 days')", (start, end, now))  # fmt: skip


def complaint_callbacks(db: Database, start: str, end: str) -> tuple[int, int]:
    return _pair(db, "SELECT sum(callback_at IS NOT NULL), count(*) FROM complaints WHERE resolved_at >= ?"
                     " AND resolved_at < ?", (start, end))  # fmt: skip


def complaint_response(db: Database, start: str, end: str) -> tuple[int, int]:
    return _pair(db, "SELECT sum(responded_at IS NOT NULL AND responded_at <= respond_due), count(*) FROM complaints"
                     " WHERE received_at >= ? AND received_at < ?", (start, end))  # fmt: skip


def complaint_resolution(db: Database, start: str, end: str) -> tuple[int, int]:
    return _pair(db, "SELECT sum(resolved_at IS NOT NULL AND resolved_at <= resolve_due), count(*) FROM complaints"
                     " WHERE received_at >= ? AND received_at < ?", (start, end))  # fmt: skip


def visit_feedback(db: Database, start: str, end: str) -> tuple[int, int]:
    return _pair(db, "SELECT sum(i.state = '已反馈'), count(*) FROM visit_issues i JOIN visits v ON v.id = i.visit_id"
                     " WHERE v.visited_on >= ? AND v.visited_on < ?", (start, end))  # fmt: skip


def visited_households(db: Database, start: str, end: str) -> int:
    return int(db.scalar("SELECT count(DISTINCT unit_id) FROM visits WHERE visited_on >= ? AND visited_on < ?",
                         (start, end)))  # fmt: skip


def visit_repeats(db: Database, year_start: str, start: str, end: str) -> int:
    """Households visited in the month that had been visited already earlier in the plan year."""
    return int(db.scalar(
        "SELECT count(DISTINCT v.unit_id) FROM visits v WHERE v.visited_on >= ? AND v.visited_on < ?"
        " AND EXISTS (SELECT 1 FROM visits w WHERE w.unit_id = v.unit_id AND w.visited_on >= ? AND w.visited_on < ?)",
        (start, end, year_start, start)))  # fmt: skip


def defects_next_day(db: Database, start: str, end: str) -> tuple[int, int]:
    """(passed to the developer by the next day, found) of the month's defects (dismissed ones left out)."""
    return _pair(db, "SELECT sum(transferred_on IS NOT NULL AND transferred_on <= date(found_on, '+1 day')), count(*)"
                     " FROM defects WHERE found_on >= ? AND found_on < ? AND close_reason = ''", (start, end))  # fmt: skip


def patrol_coverage(db: Database, start: str, end: str, today: str) -> tuple[int, int]:
    """(days patrolled, days under way) over the month's renovations: a day is under way from the permit to the
    day the work was reported finished (or the permit's end), within the month and not after today."""
    days = db.execute(
        "WITH RECURSIVE span(day) AS (SELECT ? UNION ALL SELECT date(day, '+1 day') FROM span"
        "  WHERE date(day, '+1 day') < ? AND date(day, '+1 day') <= ?)"
        " SELECT count(*), sum(EXISTS (SELECT 1 FROM patrols p WHERE p.renovation_id = r.id AND p.patrolled_on = span.day))"
        " FROM renovations r JOIN span ON span.day >= substr(r.permit_issued_at, 1, 10)"
        "  AND span.day <= coalesce(r.completed_on, r.planned_end) WHERE r.permit_issued_at IS NOT NULL",
        (start, end, today),
    ).fetchone()
    return int(days[1] or 0), int(days[0] or 0)


def unclosed_days(db: Database, start: str, end: str, today: str) -> int:
    return int(db.scalar(
        "SELECT count(*) FROM (SELECT DISTINCT substr(paid_at, 1, 10) AS day, cashier FROM receipts"
        "  WHERE paid_at >= ? AND paid_at < ? AND substr(paid_at, 1, 10) < ?) d"
        " WHERE NOT EXISTS (SELECT 1 FROM day_closes c WHERE c.day = d.day AND c.cashier = d.cashier"
        "  AND c.reopened_at IS NULL)", (start, end, today)))  # fmt: skip
