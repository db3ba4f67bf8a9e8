"""SQL for 入伙: the move-in records with their documents and keys, the inspection template, the
inspections and their items."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from propdesk.core.clock import now_iso
from propdesk.store.connection import Database
from propdesk.store.rows import update_row


def move_in_of_unit(db: Database, unit_id: int) -> dict[str, Any] | None:
    return db.one(
        "SELECT m.*, u.code AS unit_code, u.owner_names FROM move_ins m JOIN units u ON u.id = m.unit_id"
        " WHERE m.unit_id = ?",
        (unit_id,),
    )


def move_in(db: Database, move_in_id: int) -> dict[str, Any] | None:
    return db.one(
        "SELECT m.*, u.code AS unit_code, u.owner_names FROM move_ins m JOIN units u ON u.id = m.unit_id"
        " WHERE m.id = ?",
        (move_in_id,),
    )


def insert_move_in(db: Database, unit_id: int, author: str, at: str) -> int:
    return db.insert(
        "INSERT INTO move_ins (unit_id, started_at, started_by, updated_at) VALUES (?, ?, ?, ?)",
        (unit_id, at, author, at),
    )


_EDITABLE = frozenset({"identity_kind", "identity_name", "identity_id_number", "agent_letter", "identity_checked_at",
                       "handed_over_on", "water_reading", "electricity_reading", "gas_reading", "owner_signed",
                       "clerk_signed", "note", "completed_at", "completed_by"})  # fmt: skip


def update_move_in(db: Database, move_in_id: int, values: dict[str, Any]) -> None:
    assert set(values) <= _EDITABLE, set(values) - _EDITABLE
    update_row(db, "move_ins", move_in_id, values)


def documents(db: Database, move_in_id: int) -> dict[str, str]:
    return {r[0]: r[1] for r in db.execute(
        "SELECT document, done_on FROM move_in_documents WHERE move_in_id = ?", (move_in_id,))}  # fmt: skip


def set_documents(db: Database, move_in_id: int, done: dict[str, str], author: str) -> None:
    """The checklist as ticked now: documents ticked keep their first date, unticked ones are removed."""
    db.execute(
        f"DELETE FROM move_in_documents WHERE move_in_id = ? AND document NOT IN ({', '.join('?' * len(done))})",
        (move_in_id, *done),
    )
    db.executemany(
        "INSERT OR IGNORE INTO move_in_documents (move_in_id, document, done_on, author) VALUES (?, ?, ?, ?)",
        [(move_in_id, document, day, author) for document, day in done.items()],
    )


def keys(db: Database, move_in_id: int) -> dict[str, int]:
    return {r[0]: r[1] for r in db.execute(
        "SELECT kind, count FROM move_in_keys WHERE move_in_id = ? ORDER BY rowid", (move_in_id,))}  # fmt: skip


def set_keys(db: Database, move_in_id: int, handed: dict[str, int]) -> None:
    db.execute("DELETE FROM move_in_keys WHERE move_in_id = ?", (move_in_id,))
    db.executemany("INSERT INTO move_in_keys (move_in_id, kind, count) VALUES (?, ?, ?)",
                   [(move_in_id, kind, count) for kind, count in handed.items() if count > 0])  # fmt: skip


def open_move_ins(db: Database) -> list[dict[str, Any]]:
    """Every move-in not completed, in unit order."""
    return db.rows(
        "SELECT m.*, u.code AS unit_code, u.owner_names FROM move_ins m JOIN units u ON u.id = m.unit_id"
        " WHERE m.completed_at IS NULL ORDER BY u.sort_key"
    )


def counts(db: Database) -> tuple[int, int]:
    """(completed, open) move-ins."""
    row = db.execute("SELECT count(completed_at), count(*) - count(completed_at) FROM move_ins").fetchone()
    return int(row[0]), int(row[1])


# ------------------------------------------------------------ inspection


def template(db: Database) -> list[tuple[str, str]]:
    return [(r[0], r[1]) for r in db.execute("SELECT room, item FROM inspection_template ORDER BY sort_order, id")]


def replace_template(db: Database, rows: Sequence[tuple[str, str]]) -> None:
    db.execute("DELETE FROM inspection_template")
    db.executemany("INSERT INTO inspection_template (room, item, sort_order) VALUES (?, ?, ?)",
                   [(room, item, index) for index, (room, item) in enumerate(rows)])  # fmt: skip


def insert_inspection(db: Database, unit_id: int, move_in_id: int | None, day: str, inspector: str,
                      rows: Sequence[tuple[str, str]]) -> int:  # fmt: skip
    inspection_id = db.insert(
        "INSERT INTO inspections (unit_id, move_in_id, inspected_on, inspector, created_at) VALUES (?, ?, ?, ?, ?)",
        (unit_id, move_in_id, day, inspector, now_iso()),
    )
    db.executemany("INSERT INTO inspection_items (inspection_id, room, item, sort_order) VALUES (?, ?, ?, ?)",
                   [(inspection_id, room, item, index) for index, (room, item) in enumerate(rows)])  # fmt: skip
    return inspection_id


def inspection_of_unit(db: Database, unit_id: int) -> dict[str, Any] | None:
    return db.one("SELECT * FROM inspections WHERE unit_id = ? ORDER BY id DESC LIMIT 1", (unit_id,))


def inspection_items(db: Database, inspection_id: int) -> list[dict[str, Any]]:
    return db.rows(
        "SELECT i.id, i.room, i.item, i.result, i.description,"
        " (SELECT count(*) FROM photos p WHERE p.subject = 'inspection_item' AND p.subject_id = i.id) AS photos"
        " FROM inspection_items i WHERE i.inspection_id = ? ORDER BY i.sort_order",
        (inspection_id,),
    )


def set_item_results(db: Database, inspection_id: int, results: Sequence[tuple[int, str | None, str]]) -> None:
    db.executemany(
        "UPDATE inspection_items SET result = ?, description = ? WHERE id = ? AND inspection_id = ?",
        [(result, description, item_id, inspection_id) for item_id, result, description in results],
    )


def update_inspection(db: Database, inspection_id: int, day: str, inspector: str) -> None:
    db.execute("UPDATE inspections SET inspected_on = ?, inspector = ? WHERE id = ?", (day, inspector, inspection_id))


def unit_handover(db: Database, unit_id: int) -> tuple[str, str | None] | None:
    row = db.execute("SELECT state, billing_from FROM units WHERE id = ?", (unit_id,)).fetchone()
    return None if row is None else (row[0], row[1])


def set_unit_handover(db: Database, unit_id: int, state: str, billing_from: str) -> None:
    db.execute("UPDATE units SET state = ?, billing_from = ?, updated_at = ? WHERE id = ?",
               (state, billing_from, now_iso(), unit_id))  # fmt: skip


def undelivered_units(db: Database, building: str = "") -> list[dict[str, Any]]:
    where = " AND b.code = ?" if building else ""
    return db.rows(
        "SELECT u.id, u.code, u.owner_names, u.area_centi_m2 FROM units u JOIN buildings b ON b.id = u.building_id"
        f" WHERE u.state = '未交付'{where} ORDER BY u.sort_key",
        (building,) if building else (),
    )


def units_by_code(db: Database, codes: Sequence[str]) -> list[dict[str, Any]]:
    return db.rows(
        f"SELECT id, code, owner_names, area_centi_m2 FROM units WHERE code IN ({', '.join('?' * len(codes))})"
        " ORDER BY sort_key",
        tuple(codes),
    )
