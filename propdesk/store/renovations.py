"""SQL for 装修: the renovation records, their permit numbers, and the state of their fee bills."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from propdesk.store.connection import Database
from propdesk.store.rows import insert_row, next_in_sequence, update_row

_ROW = "SELECT r.*, u.code AS unit_code, u.owner_names FROM renovations r JOIN units u ON u.id = r.unit_id"


def insert(db: Database, values: dict[str, Any]) -> int:
    return insert_row(db, "renovations", values, stamps=("updated_at",))


def update(db: Database, renovation_id: int, values: dict[str, Any]) -> None:
    update_row(db, "renovations", renovation_id, values)


def row(db: Database, renovation_id: int) -> dict[str, Any] | None:
    return db.one(f"{_ROW} WHERE r.id = ?", (renovation_id,))


def by_permit(db: Database, permit_number: str) -> dict[str, Any] | None:
    return db.one(f"{_ROW} WHERE r.permit_number = ?", (permit_number,))


def of_unit(db: Database, unit_id: int) -> list[dict[str, Any]]:
    return db.rows(f"{_ROW} WHERE r.unit_id = ? ORDER BY r.id DESC", (unit_id,))


def ledger(db: Database, state: str = "", building: str = "", review_due_before: str = "",
           ending_before: str = "", unpatrolled_on: str = "", open_violations: bool = False) -> list[dict[str, Any]]:  # fmt: skip
    clauses, params = [], []
    if state:
        clauses.append("r.state = ?")
        params.append(state)
    if building:
        clauses.append("u.building_id = (SELECT id FROM buildings WHERE code = ?)")
        params.append(building)
    if review_due_before:  # the application's review, or a design change's
        clauses.append("((r.state = '待审核' AND r.review_due < ?) OR EXISTS (SELECT 1 FROM design_changes c"
                       " WHERE c.renovation_id = r.id AND c.state = '待审核' AND c.review_due < ?))")  # fmt: skip
        params += [review_due_before, review_due_before]
    if ending_before:
        clauses.append("r.state = '施工中' AND r.planned_end <= ?")
        params.append(ending_before)
    if unpatrolled_on:
        clauses.append("r.state = '施工中' AND NOT EXISTS (SELECT 1 FROM patrols p WHERE p.patrolled_on = ?"
                       " AND p.renovation_id = r.id)")  # fmt: skip
        params.append(unpatrolled_on)
    if open_violations:
        clauses.append("EXISTS (SELECT 1 FROM violations v WHERE v.renovation_id = r.id AND v.rectified = 0)")
    where = " WHERE " + " AND ".join(clauses) if clauses else ""
    return db.rows(f"{_ROW}{where} ORDER BY r.applied_at DESC, r.id DESC", tuple(params))


def open_for_unit(db: Database, unit_id: int, states: Sequence[str]) -> dict[str, Any] | None:
    marks = ", ".join("?" * len(states))
    return db.one(f"{_ROW} WHERE r.unit_id = ? AND r.state IN ({marks})", (unit_id, *states))


def take_permit_sequence(db: Database, year: int) -> int:
    return next_in_sequence(db, "permit_sequences", year)


def fee_bills(db: Database, bill_ids: Sequence[int]) -> list[dict[str, Any]]:
    if not bill_ids:
        return []
    return db.rows(
        "SELECT b.id AS bill_id, f.name AS item, b.amount_fen, b.settled AS paid FROM bills b"
        f" JOIN fee_items f ON f.id = b.fee_item_id WHERE b.id IN ({', '.join('?' * len(bill_ids))}) ORDER BY b.id",
        tuple(bill_ids),
    )


def counts(db: Database, today: str, ending_before: str, passes_due_before: str = "") -> dict[str, int]:
    """The desk's renovation figures: waiting for review (and overdue), waiting for fees, under way (and
    ending soon), not patrolled today, rectifications past their deadline, passes overdue for return."""
    row = db.execute(
        "SELECT sum(state = '待审核'), sum(state = '待审核' AND review_due < ?), sum(state = '待缴费'),"
        " sum(state = '施工中'), sum(state = '施工中' AND planned_end <= ?),"
        " sum(state = '施工中' AND NOT EXISTS (SELECT 1 FROM patrols p WHERE p.renovation_id = renovations.id"
        "  AND p.patrolled_on = ?)) FROM renovations",
        (today, ending_before, today),
    ).fetchone()
    violations = db.scalar("SELECT count(*) FROM violations WHERE rectified = 0 AND deadline < ?", (today,))
    passes = db.scalar("SELECT count(*) FROM worker_passes WHERE returned_at IS NULL AND valid_to < ?",
                       (passes_due_before or today,))  # fmt: skip
    later = db.execute(
        "SELECT sum(state IN ('待验收', '验收整改')), sum(state = '已验收') FROM renovations"
        " WHERE state IN ('待验收', '验收整改', '已验收')"
    ).fetchone()
    changes = db.execute("SELECT count(*), coalesce(sum(review_due < ?), 0) FROM design_changes WHERE state = '待审核'",
                         (today,)).fetchone()  # fmt: skip
    return {"waiting_review": (row[0] or 0) + changes[0], "review_overdue": (row[1] or 0) + changes[1],
            "waiting_fees": row[2] or 0, "working": row[3] or 0, "ending": row[4] or 0, "unpatrolled": row[5] or 0,
            "violations_overdue": int(violations or 0), "passes_overdue": int(passes or 0),
            "waiting_acceptance": later[0] or 0, "to_settle": later[1] or 0}  # fmt: skip


def take_pass_sequence(db: Database, year: int) -> int:
    return next_in_sequence(db, "pass_sequences", year)


def insert_pass(db: Database, values: dict[str, Any]) -> int:
    return insert_row(db, "worker_passes", values, stamps=("updated_at",))


def update_pass(db: Database, pass_id: int, values: dict[str, Any]) -> None:
    update_row(db, "worker_passes", pass_id, values)


_PASS = (
    "SELECT p.id, p.renovation_id, p.number, p.name, p.id_number, p.phone, p.photo IS NOT NULL AS has_photo,"
    " p.valid_from, p.valid_to, p.issued_at, p.returned_at, p.deposit_outcome,"
    " NOT EXISTS (SELECT 1 FROM bills b WHERE b.id IN (p.fee_bill_id, p.deposit_bill_id) AND b.settled = 0) AS paid"
    " FROM worker_passes p"
)


def passes_of(db: Database, renovation_id: int) -> list[dict[str, Any]]:
    return db.rows(f"{_PASS} WHERE p.renovation_id = ? ORDER BY p.id", (renovation_id,))


def pass_row(db: Database, pass_id: int) -> dict[str, Any] | None:
    return db.one(f"{_PASS} WHERE p.id = ?", (pass_id,))


def pass_bills(db: Database, pass_id: int) -> tuple[int | None, int | None]:
    row = db.execute("SELECT fee_bill_id, deposit_bill_id FROM worker_passes WHERE id = ?", (pass_id,)).fetchone()
    return (row[0], row[1]) if row else (None, None)


def pass_photos(db: Database, pass_ids: Sequence[int]) -> dict[int, bytes]:
    if not pass_ids:
        return {}
    return {r[0]: bytes(r[1]) for r in db.execute(
        f"SELECT id, photo FROM worker_passes WHERE photo IS NOT NULL AND id IN ({', '.join('?' * len(pass_ids))})",
        tuple(pass_ids))}  # fmt: skip


def passes_overdue(db: Database, before: str) -> int:
    return int(db.scalar("SELECT count(*) FROM worker_passes WHERE returned_at IS NULL AND valid_to < ?", (before,)))


def insert_patrol(db: Database, values: dict[str, Any]) -> int:
    return insert_row(db, "patrols", values, stamps=("created_at",))


def patrols_of(db: Database, renovation_id: int) -> list[dict[str, Any]]:
    return db.rows(
        "SELECT id, renovation_id, patrolled_on, patrolled_at, inspector, problems, note FROM patrols"
        " WHERE renovation_id = ? ORDER BY patrolled_at DESC, id DESC",
        (renovation_id,),
    )


def patrol_list(db: Database, today: str) -> list[dict[str, Any]]:
    """Renovations under way with whether they were patrolled today, their last patrol and open
    violations, the unpatrolled first: one query, each figure an index lookup."""
    return db.rows(
        "SELECT r.id AS renovation_id, r.unit_id, u.code AS unit_code, r.contractor, r.foreman, r.foreman_phone,"
        " r.planned_end,"
        " EXISTS (SELECT 1 FROM patrols p WHERE p.patrolled_on = ? AND p.renovation_id = r.id) AS patrolled_today,"
        " (SELECT max(p.patrolled_on) FROM patrols p WHERE p.renovation_id = r.id) AS last_patrolled,"
        " (SELECT count(*) FROM violations v WHERE v.renovation_id = r.id AND v.rectified = 0) AS open_violations"
        " FROM renovations r JOIN units u ON u.id = r.unit_id WHERE r.state = '施工中'"
        " ORDER BY patrolled_today, u.sort_key",
        (today,),
    )


def take_violation_sequence(db: Database, year: int) -> int:
    return next_in_sequence(db, "violation_sequences", year)


def insert_violation(db: Database, values: dict[str, Any]) -> int:
    return insert_row(db, "violations", values, stamps=("created_at", "updated_at"))


def update_violation(db: Database, violation_id: int, values: dict[str, Any]) -> None:
    update_row(db, "violations", violation_id, values)


_VIOLATION = (
    "SELECT v.id, v.number, v.renovation_id, u.code AS unit_code, v.found_at, v.found_by, v.rule, v.description,"
    " v.required, v.deadline, v.penalty_fen, v.recheck_on, v.recheck_result, v.rectified,"
    " (SELECT count(*) FROM photos p WHERE p.subject = 'violation' AND p.subject_id = v.id) AS photos"
    " FROM violations v JOIN renovations r ON r.id = v.renovation_id JOIN units u ON u.id = r.unit_id"
)


def violations_of(db: Database, renovation_id: int) -> list[dict[str, Any]]:
    return db.rows(f"{_VIOLATION} WHERE v.renovation_id = ? ORDER BY v.found_at DESC, v.id DESC", (renovation_id,))


def violation(db: Database, *, violation_id: int | None = None, number: str | None = None) -> dict[str, Any] | None:
    if violation_id is not None:
        return db.one(f"{_VIOLATION} WHERE v.id = ?", (violation_id,))
    return db.one(f"{_VIOLATION} WHERE v.number = ?", (number,))


def overdue_violations(db: Database, today: str) -> int:
    return int(db.scalar("SELECT count(*) FROM violations WHERE rectified = 0 AND deadline < ?", (today,)))


def open_violation_numbers(db: Database, renovation_id: int) -> list[str]:
    return [r[0] for r in db.execute(
        "SELECT number FROM violations WHERE renovation_id = ? AND rectified = 0 ORDER BY id", (renovation_id,))]  # fmt: skip


def previous_state(db: Database, renovation_id: int) -> str | None:
    """The unit's state when the permit made it 装修中."""
    value = db.scalar("SELECT previous_state FROM renovations WHERE id = ?", (renovation_id,))
    return str(value) if value else None


def closing_dates(db: Database) -> dict[int, tuple[str | None, str | None]]:
    """Each renovation's passed acceptance and deposit settlement dates (for the ledger as of a past day)."""
    found: dict[int, tuple[str | None, str | None]] = {}
    for renovation_id, accepted, settled in db.execute(
        "SELECT r.id, (SELECT min(a.inspected_on) FROM acceptances a WHERE a.renovation_id = r.id AND a.passed),"
        " (SELECT s.settled_at FROM deposit_settlements s WHERE s.renovation_id = r.id) FROM renovations r"
        " WHERE r.state IN ('已验收', '已结算')"):  # fmt: skip
        found[renovation_id] = (accepted, settled)
    return found
