"""SQL for the 遗留工程台账 (defects), their transfers to the developer, and photos."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from propdesk.core.clock import now_iso
from propdesk.store.connection import Database
from propdesk.store.rows import insert_row, update_row

_DEFECT = (
    "SELECT d.id, d.unit_id, u.code AS unit_code, d.location, d.description, d.responsible, d.found_on,"
    " d.transferred_on, d.deadline, d.recheck_on, d.recheck_result, d.closed_on, d.close_reason,"
    " (SELECT count(*) FROM photos p WHERE p.subject IN ('defect', 'inspection_item')"
    "  AND p.subject_id = CASE p.subject WHEN 'defect' THEN d.id ELSE d.inspection_item_id END) AS photos"
    " FROM defects d JOIN units u ON u.id = d.unit_id"
)


def insert_defect(db: Database, values: dict[str, Any]) -> int:
    return insert_row(db, "defects", values, stamps=("created_at", "updated_at"), or_ignore=True)


def defect_of_item(db: Database, item_id: int) -> dict[str, Any] | None:
    return db.one("SELECT * FROM defects WHERE inspection_item_id = ?", (item_id,))


def update_defect(db: Database, defect_id: int, values: dict[str, Any]) -> None:
    update_row(db, "defects", defect_id, values)


def defect(db: Database, defect_id: int) -> dict[str, Any] | None:
    return db.one(f"{_DEFECT} WHERE d.id = ?", (defect_id,))


def defects_of_unit(db: Database, unit_id: int) -> list[dict[str, Any]]:
    return db.rows(f"{_DEFECT} WHERE d.unit_id = ? ORDER BY d.found_on, d.id", (unit_id,))


def ledger(db: Database, *, building: str = "", state: str = "", overdue_before: str = "", offset: int = 0,
           limit: int = 200) -> list[dict[str, Any]]:  # fmt: skip
    """A page of the ledger, filtered (state: 待转交 / 整改中 / 已销项 / 已关闭 / open), newest found first."""
    where, params = _filters(building, state, overdue_before)
    return db.rows(f"{_DEFECT}{where} ORDER BY d.found_on DESC, d.id DESC LIMIT ? OFFSET ?", (*params, limit, offset))


def ledger_count(db: Database, *, building: str = "", state: str = "", overdue_before: str = "") -> int:
    where, params = _filters(building, state, overdue_before)
    return int(db.scalar(f"SELECT count(*) FROM defects d{where}", params))


def _filters(building: str, state: str, overdue_before: str) -> tuple[str, tuple[Any, ...]]:
    clauses, params = [], []
    if building:
        # an IN list lets the (unit, closed) index answer a building's count without reading other buildings
        clauses.append(
            "d.unit_id IN (SELECT id FROM units WHERE building_id = (SELECT id FROM buildings WHERE code = ?))"
        )
        params.append(building)
    if state == "待转交":
        clauses.append("d.closed_on IS NULL AND d.transferred_on IS NULL")
    elif state == "整改中":
        clauses.append("d.closed_on IS NULL AND d.transferred_on IS NOT NULL")
    elif state == "open":
        clauses.append("d.closed_on IS NULL")
    elif state == "已销项":
        clauses.append("d.closed_on IS NOT NULL AND d.close_reason = ''")
    elif state == "已关闭":
        clauses.append("d.closed_on IS NOT NULL AND d.close_reason != ''")
    if overdue_before:
        clauses.append("d.closed_on IS NULL AND d.deadline < ?")
        params.append(overdue_before)
    return (" WHERE " + " AND ".join(clauses) if clauses else ""), tuple(params)


def untransferred(db: Database, found_until: str) -> list[int]:
    return [r[0] for r in db.execute(
        "SELECT id FROM defects WHERE transferred_on IS NULL AND closed_on IS NULL AND found_on <= ? ORDER BY id",
        (found_until,))]  # fmt: skip


def insert_transfer(db: Database, day: str, receiver: str, defect_ids: Sequence[int], deadline: str,
                    author: str) -> int:  # fmt: skip
    transfer_id = db.insert(
        "INSERT INTO defect_transfers (transferred_on, receiver, defects, author, created_at) VALUES (?, ?, ?, ?, ?)",
        (day, receiver, len(defect_ids), author, now_iso()),
    )
    db.executemany(
        "UPDATE defects SET transfer_id = ?, transferred_on = ?, deadline = coalesce(deadline, ?), updated_at = ?"
        " WHERE id = ?",
        [(transfer_id, day, deadline, now_iso(), defect_id) for defect_id in defect_ids],
    )
    return transfer_id


def defects_of_transfer(db: Database, transfer_id: int) -> list[dict[str, Any]]:
    return db.rows(f"{_DEFECT} WHERE d.transfer_id = ? ORDER BY u.sort_key, d.id", (transfer_id,))


def transfer(db: Database, transfer_id: int) -> dict[str, Any] | None:
    return db.one("SELECT * FROM defect_transfers WHERE id = ?", (transfer_id,))


def last_transfer_id(db: Database) -> int | None:
    value = db.scalar("SELECT max(id) FROM defect_transfers")
    return None if value is None else int(value)


def summary(db: Database, today: str) -> dict[str, int]:
    row = db.execute(
        "SELECT count(*), sum(closed_on IS NULL AND transferred_on IS NULL),"
        " sum(closed_on IS NULL AND transferred_on IS NOT NULL), sum(closed_on IS NOT NULL),"
        " sum(closed_on IS NULL AND deadline < ?) FROM defects",
        (today,),
    ).fetchone()
    return {"all": row[0] or 0, "new": row[1] or 0, "with_developer": row[2] or 0, "closed": row[3] or 0,
            "overdue": row[4] or 0}  # fmt: skip


# ------------------------------------------------------------ photos


def insert_photo(db: Database, values: dict[str, Any]) -> int:
    return insert_row(db, "photos", values, stamps=("created_at",))


def photos_of(db: Database, subject: str, subject_id: int, with_image: bool = False) -> list[dict[str, Any]]:
    columns = "id, taken_on, file_name, width, height, thumbnail" + (", jpeg" if with_image else "")
    return db.rows(f"SELECT {columns} FROM photos WHERE subject = ? AND subject_id = ? ORDER BY id",
                   (subject, subject_id))  # fmt: skip


def defect_source(db: Database, defect_id: int) -> dict[str, Any] | None:
    return db.one("SELECT id, inspection_item_id FROM defects WHERE id = ?", (defect_id,))
