"""The generic statements the store's modules share: insert a row from a dict of columns, update a row's
columns by id, take the next number of a per-year document sequence. Table and column names come from
code, never from input."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from propdesk.core.clock import now_iso
from propdesk.store.connection import Database

_NAME = re.compile(r"[a-z_]+")


def _names(names: Iterable[str]) -> list[str]:
    found = list(names)
    assert all(_NAME.fullmatch(n) for n in found), found
    return found


def insert_row(db: Database, table: str, values: Mapping[str, Any], stamps: Iterable[str] = (),
               or_ignore: bool = False) -> int:  # fmt: skip
    """INSERT the columns of ``values``, the ``stamps`` columns set to now; returns the new row id."""
    keys = _names(sorted(values))
    stamped = _names(stamps)
    stamp = now_iso()
    columns = ", ".join([*keys, *stamped])
    marks = ", ".join("?" * (len(keys) + len(stamped)))
    verb = "INSERT OR IGNORE" if or_ignore else "INSERT"
    return db.insert(f"{verb} INTO {_names([table])[0]} ({columns}) VALUES ({marks})",
                     [values[k] for k in keys] + [stamp] * len(stamped))  # fmt: skip


def update_row(db: Database, table: str, row_id: int, values: Mapping[str, Any], stamp: str = "updated_at") -> None:
    """UPDATE the columns of ``values`` on row ``row_id``, ``stamp`` set to now."""
    keys = _names(sorted(values))
    sets = ", ".join([*(f"{k} = ?" for k in keys), f"{_names([stamp])[0]} = ?"])
    db.execute(f"UPDATE {_names([table])[0]} SET {sets} WHERE id = ?", [values[k] for k in keys] + [now_iso(), row_id])


def next_in_sequence(db: Database, table: str, year: int) -> int:
    """The next number of ``year`` in a per-year sequence table; call inside the use case's transaction, so
    a rollback gives the number back and nothing is ever skipped or used twice."""
    name = _names([table])[0]
    db.execute(
        f"INSERT INTO {name} (year, last_number) VALUES (?, 1)"
        " ON CONFLICT (year) DO UPDATE SET last_number = last_number + 1",
        (year,),
    )
    return int(db.scalar(f"SELECT last_number FROM {name} WHERE year = ?", (year,)))


def _where(clauses: Sequence[str]) -> str:
    return " WHERE " + " AND ".join(clauses) if clauses else ""


def page_of(db: Database, select: str, clauses: Sequence[str], params: Sequence[Any], order_by: str, offset: int,
            limit: int) -> list[dict[str, Any]]:  # fmt: skip
    """One page of a filtered list: ``select`` and ``clauses`` come from the store module's fixed SQL."""
    return db.rows(f"{select}{_where(clauses)} ORDER BY {order_by} LIMIT ? OFFSET ?", (*params, limit, offset))


def count_of(db: Database, source: str, clauses: Sequence[str], params: Sequence[Any]) -> int:
    """How many rows of ``source`` (a table with its alias) the filter matches."""
    return int(db.scalar(f"SELECT count(*) FROM {source}{_where(clauses)}", tuple(params)))
