"""SQL for 催缴记录: the contacts made about a unit's arrears."""

from __future__ import annotations

from typing import Any

from propdesk.core.clock import now_iso
from propdesk.store.connection import Database


def insert_contact(db: Database, values: dict[str, Any]) -> int:
    keys = sorted(values)
    return db.insert(
        f"INSERT INTO dunning_contacts ({', '.join(keys)}, created_at) VALUES ({', '.join('?' * len(keys))}, ?)",
        [values[k] for k in keys] + [now_iso()],
    )


def contacts_of_unit(db: Database, unit_id: int) -> list[dict[str, Any]]:
    return db.rows(
        "SELECT id, unit_id, contacted_on, method, owed_fen, result, next_step, author FROM dunning_contacts"
        " WHERE unit_id = ? ORDER BY contacted_on DESC, id DESC",
        (unit_id,),
    )
