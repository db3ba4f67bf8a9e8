"""SQL for 走访: the occupied households and those already planned this year, the monthly plans and their
households, the visits, their issues and feedback, and the month's figures."""

from __future__ import annotations

from typing import Any

from propdesk.store.connection import Database
from propdesk.store.rows import insert_row, update_row

OCCUPIED = "u.state IN ('已入住', '出租')"


def occupied_count(db: Database) -> int:
    return int(db.scalar(f"SELECT count(*) FROM units u WHERE {OCCUPIED}"))


def occupied_ids(db: Database) -> list[int]:
    return [r[0] for r in db.execute(f"SELECT u.id FROM units u WHERE {OCCUPIED} ORDER BY u.id")]


def candidates(db: Database, year: str) -> list[tuple[int, str]]:
    """(unit id, building code) of the occupied households not in any plan of ``year`` yet, in unit order."""
    return [(r[0], r[1]) for r in db.execute(
        f"SELECT u.id, b.code FROM units u JOIN buildings b ON b.id = u.building_id WHERE {OCCUPIED}"
        " AND u.id NOT IN (SELECT pu.unit_id FROM visit_plan_units pu JOIN visit_plans p ON p.id = pu.plan_id"
        "  WHERE p.month LIKE ? || '-%') ORDER BY u.sort_key", (year,))]  # fmt: skip


def planned_this_year(db: Database, year: str, unit_id: int) -> str | None:
    value = db.scalar(
        "SELECT p.month FROM visit_plan_units pu JOIN visit_plans p ON p.id = pu.plan_id"
        " WHERE p.month LIKE ? || '-%' AND pu.unit_id = ?",
        (year, unit_id),
    )
    return str(value) if value else None


def insert_plan(db: Database, values: dict[str, Any]) -> int:
    return insert_row(db, "visit_plans", values, stamps=("created_at", "updated_at"))


def update_plan(db: Database, plan_id: int, values: dict[str, Any]) -> None:
    update_row(db, "visit_plans", plan_id, values)


def add_plan_units(db: Database, plan_id: int, unit_ids: list[int], author: str) -> None:
    db.executemany("INSERT INTO visit_plan_units (plan_id, unit_id, added_by) VALUES (?, ?, ?)",
                   [(plan_id, u, author) for u in unit_ids])  # fmt: skip


def remove_plan_unit(db: Database, plan_id: int, unit_id: int) -> None:
    db.execute("DELETE FROM visit_plan_units WHERE plan_id = ? AND unit_id = ?", (plan_id, unit_id))


def plan(db: Database, month: str) -> dict[str, Any] | None:
    return db.one(
        "SELECT id, month, ratio_percent, occupied, state, created_by, approved_by, approved_at FROM visit_plans"
        " WHERE month = ?",
        (month,),
    )


def plan_units(db: Database, plan_id: int, month: str) -> list[dict[str, Any]]:
    return db.rows(
        "SELECT u.id AS unit_id, u.code AS unit_code, u.owner_names, b.code AS building,"
        " (SELECT min(v.visited_on) FROM visits v WHERE v.unit_id = u.id AND v.visited_on LIKE ? || '-%')"
        " AS visited_on FROM visit_plan_units pu JOIN units u ON u.id = pu.unit_id"
        " JOIN buildings b ON b.id = u.building_id WHERE pu.plan_id = ? ORDER BY u.sort_key",
        (month, plan_id),
    )


def insert_visit(db: Database, values: dict[str, Any]) -> int:
    return insert_row(db, "visits", values, stamps=("created_at",))


def insert_issue(db: Database, values: dict[str, Any]) -> int:
    return insert_row(db, "visit_issues", values, stamps=("updated_at",))


def update_issue(db: Database, issue_id: int, values: dict[str, Any]) -> None:
    update_row(db, "visit_issues", issue_id, values)


_VISIT = (
    "SELECT v.id, v.unit_id, u.code AS unit_code, v.visited_on, v.method, v.visitor, v.met, v.notes"
    " FROM visits v JOIN units u ON u.id = v.unit_id"
)
_ISSUE = (
    "SELECT i.id, i.visit_id, u.code AS unit_code, i.description, i.state, i.feedback, i.fed_back_at, i.fed_back_by,"
    " v.visited_on AS raised_on FROM visit_issues i JOIN visits v ON v.id = i.visit_id JOIN units u ON u.id = v.unit_id"
)


def visits_of_month(db: Database, month: str) -> list[dict[str, Any]]:
    return db.rows(f"{_VISIT} WHERE v.visited_on LIKE ? || '-%' ORDER BY v.visited_on, u.sort_key", (month,))


def visits_of_unit(db: Database, unit_id: int) -> list[dict[str, Any]]:
    return db.rows(f"{_VISIT} WHERE v.unit_id = ? ORDER BY v.visited_on DESC", (unit_id,))


def issues_of_visits(db: Database, visit_ids: list[int]) -> list[dict[str, Any]]:
    if not visit_ids:
        return []
    marks = ", ".join("?" * len(visit_ids))
    return db.rows(f"{_ISSUE} WHERE i.visit_id IN ({marks}) ORDER BY i.id", tuple(visit_ids))


def open_issues(db: Database) -> list[dict[str, Any]]:
    return db.rows(f"{_ISSUE} WHERE i.state = '待处理' ORDER BY v.visited_on, i.id")


def issue(db: Database, issue_id: int) -> dict[str, Any] | None:
    return db.one(f"{_ISSUE} WHERE i.id = ?", (issue_id,))


def month_figures(db: Database, month: str, plan_id: int | None) -> dict[str, Any]:
    visited_total = db.scalar("SELECT count(DISTINCT unit_id) FROM visits WHERE visited_on LIKE ? || '-%'", (month,))
    issues = db.execute(
        "SELECT count(*), coalesce(sum(i.state = '已反馈'), 0) FROM visit_issues i JOIN visits v ON v.id = i.visit_id"
        " WHERE v.visited_on LIKE ? || '-%'",
        (month,),
    ).fetchone()
    by_building = db.rows(
        "SELECT b.code AS building, count(*) AS planned, sum(EXISTS (SELECT 1 FROM visits v WHERE v.unit_id = u.id"
        "  AND v.visited_on LIKE ? || '-%')) AS visited FROM visit_plan_units pu JOIN units u ON u.id = pu.unit_id"
        " JOIN buildings b ON b.id = u.building_id WHERE pu.plan_id = ? GROUP BY b.code ORDER BY b.sort_key",
        (month, plan_id or 0),
    )
    return {"visited_total": int(visited_total or 0), "issues_raised": int(issues[0]),
            "issues_fed_back": int(issues[1]), "by_building": by_building}  # fmt: skip


def desk_figures(db: Database, month: str) -> dict[str, int]:
    """The today view's line: this month's plan, how many of it are visited, issues waiting for feedback."""
    row = db.execute(
        "SELECT count(pu.unit_id), coalesce(sum(EXISTS (SELECT 1 FROM visits v WHERE v.unit_id = pu.unit_id"
        "  AND v.visited_on LIKE ? || '-%')), 0) FROM visit_plans p JOIN visit_plan_units pu ON pu.plan_id = p.id"
        " WHERE p.month = ?",
        (month, month),
    ).fetchone()
    waiting = db.scalar("SELECT count(*) FROM visit_issues WHERE state = '待处理'")
    return {"planned": int(row[0] or 0), "visited": int(row[1] or 0), "issues_open": int(waiting or 0)}
