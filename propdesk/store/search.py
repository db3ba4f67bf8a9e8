"""The search index: every spelling a household can be found by, one indexed row each.

Searching is a prefix range scan on ``search_terms.term`` (an index), so a keystroke costs the
same with 1,000 or 30,000 units. The index for a unit is rebuilt by ``reindex_units`` whenever
the store changes what it is found by; services call it in the same transaction.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from propdesk.core.identity import normalize_phone
from propdesk.core.pinyin import initials
from propdesk.core.start_values import SearchHit
from propdesk.core.unit_codes import search_spellings
from propdesk.store.connection import Database

_TOP = "\U0010ffff"


def reindex_units(db: Database, unit_ids: Iterable[int]) -> None:
    ids = list(dict.fromkeys(unit_ids))
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        db.execute(f"DELETE FROM search_terms WHERE unit_id IN ({marks})", chunk)
        rows: list[tuple[str, int, str, str]] = []
        for u in db.rows(
            "SELECT u.id, u.code, u.entrance, u.room, b.code AS building FROM units u"
            f" JOIN buildings b ON b.id = u.building_id WHERE u.id IN ({marks})",
            chunk,
        ):
            rows += unit_terms(u["id"], u["code"], u["building"], u["entrance"], u["room"])
        for p in db.rows(
            "SELECT o.unit_id, p.name, p.mobile, p.landline FROM ownerships o JOIN persons p ON p.id = o.person_id"
            f" WHERE o.end_date IS NULL AND o.unit_id IN ({marks})",
            chunk,
        ):
            rows += person_terms(p["unit_id"], "owner", p["name"], p["mobile"], p["landline"])
        for r in db.rows(
            f"SELECT unit_id, name, phone, kind FROM residents WHERE move_out_date IS NULL AND unit_id IN ({marks})",
            chunk,
        ):
            rows += person_terms(r["unit_id"], "tenant" if r["kind"] == "租户" else "member", r["name"], r["phone"], "")
        for v in db.rows(f"SELECT unit_id, plate FROM vehicles WHERE unit_id IN ({marks})", chunk):
            plate = re.sub(r"[\s·.\-]", "", v["plate"]).lower()
            rows.append((plate, v["unit_id"], "vehicle", v["plate"]))
        insert_terms(db, rows)


class TermBatch:
    """Search terms for units made in a bulk job, built from what the job already holds in memory
    and written once (a new unit has no residents or vehicles yet)."""

    def __init__(self) -> None:
        self.rows: list[tuple[str, int, str, str]] = []

    def add_unit(self, unit_id: int, code: str, building: str, entrance: int, room: str) -> None:
        self.rows += unit_terms(unit_id, code, building, entrance, room)

    def add_owner(self, unit_id: int, name: str, mobile: str, landline: str) -> None:
        self.rows += person_terms(unit_id, "owner", name, mobile, landline)

    def flush(self, db: Database) -> None:
        insert_terms(db, self.rows)
        self.rows = []


def insert_terms(db: Database, rows: list[tuple[str, int, str, str]]) -> None:
    db.executemany(
        "INSERT OR IGNORE INTO search_terms (term, unit_id, kind, label) VALUES (?, ?, ?, ?)",
        list(dict.fromkeys(rows)),
    )


def unit_terms(unit_id: int, code: str, building: str, entrance: int, room: str) -> list[tuple[str, int, str, str]]:
    rows = [(spelling, unit_id, "unit", code) for spelling in search_spellings(building, entrance, room)]
    rows.append((room.lower(), unit_id, "room", code))
    return rows


def person_terms(unit_id: int, kind: str, name: str, mobile: str, landline: str) -> list[tuple[str, int, str, str]]:
    rows = [(name.lower(), unit_id, kind, name)]
    letters = initials(name)
    if letters and letters != name.lower():
        rows.append((letters, unit_id, kind, name))
    for phone in (normalize_phone(mobile), normalize_phone(landline).replace("-", "")):
        if phone:
            label = f"{name} {phone}"
            rows.append((phone, unit_id, kind, label))
            if len(phone) > 4:
                rows.append((phone[-4:], unit_id, kind, label))
    return rows


def search(db: Database, query: str, limit: int = 30) -> list[SearchHit]:
    """Units whose terms start with ``query`` (already normalised), best (exact) matches first."""
    if not query:
        return []
    rows = db.rows(
        # Index order (term) lets SQLite stop after 400 rows whatever the size of the community;
        # an exact match is the shortest term with this prefix, so it sorts first anyway.
        "SELECT unit_id, kind, label, term FROM search_terms WHERE term >= ? AND term < ? ORDER BY term LIMIT 400",
        (query, query + _TOP),
    )
    # Exact matches first, then by what matched: the unit itself, its owners, then residents and cars.
    rows.sort(key=lambda r: (r["term"] != query, _KIND_RANK.get(r["kind"], 9), r["term"]))
    best: dict[int, tuple[str, str]] = {}
    for r in rows:
        if r["unit_id"] not in best:
            best[r["unit_id"]] = (r["kind"], r["label"])
        if len(best) >= limit:
            break
    if not best:
        return []
    marks = ",".join("?" * len(best))
    units = {
        u["id"]: u for u in db.rows(f"SELECT id, code, owner_names, state FROM units WHERE id IN ({marks})", list(best))
    }
    return [
        SearchHit(
            unit_id=uid,
            code=units[uid]["code"],
            owner_names=units[uid]["owner_names"],
            matched=_describe(kind, label),
            state=units[uid]["state"],
        )
        for uid, (kind, label) in best.items()
        if uid in units
    ]


_KIND_RANK = {"unit": 0, "room": 1, "owner": 2, "tenant": 3, "member": 4, "vehicle": 5}
_KIND_NAMES = {"unit": "房号", "room": "房号", "owner": "业主", "member": "住户", "tenant": "租户", "vehicle": "车牌"}


def _describe(kind: str, label: str) -> str:
    return f"{_KIND_NAMES.get(kind, kind)}：{label}"
