"""SQL for 催缴记录: the contacts made about a unit's arrears."""

from __future__ import annotations

from typing import Any

from propdesk.store.connection import Database
from propdesk.store.rows import insert_row


def insert_contact(db: Database, values: dict[str, Any]) -> int:
    return insert_row(db, "dunning_contacts", values, stamps=("created_at",))


def contacts_of_unit(db: Database, unit_id: int) -> list[dict[str, Any]]:
    return db.rows(
        "SELECT id, unit_id, contacted_on, method, owed_fen, result, next_step, author FROM dunning_contacts"
        " WHERE unit_id = ? ORDER BY contacted_on DESC, id DESC",
        (unit_id,),
    )
