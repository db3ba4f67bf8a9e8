"""The registry's figures the today view shows, from the counts the triggers keep (m0021) and four plain
counts: no dataclasses, so the start-up path need not import the registry's row types."""

from __future__ import annotations

from propdesk.store.connection import Database


def counts(db: Database) -> dict[str, int]:
    return {
        "units": int(db.scalar("SELECT coalesce(sum(n), 0) FROM unit_counts")),
        "buildings": int(db.scalar("SELECT count(*) FROM buildings")),
        "owners": int(db.scalar("SELECT count(DISTINCT person_id) FROM ownerships WHERE end_date IS NULL")),
        "residents": int(db.scalar("SELECT count(*) FROM residents WHERE move_out_date IS NULL")),
        "vehicles": int(db.scalar("SELECT count(*) FROM vehicles")),
    }


def count_by_state(db: Database) -> dict[str, int]:
    return {
        r["state"]: r["n"] for r in db.rows("SELECT state, sum(n) AS n FROM unit_counts GROUP BY state HAVING n > 0")
    }
