"""SQL for buildings, units, people, ownership, households and vehicles."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from propdesk.core.clock import now_iso
from propdesk.core.pinyin import initials
from propdesk.core.registry import (
    Building,
    Ownership,
    Person,
    PersonInput,
    Resident,
    ResidentInput,
    Transfer,
    Unit,
    UnitFilter,
    Vehicle,
    VehicleInput,
)
from propdesk.core.unit_codes import natural_key, unit_code
from propdesk.store import unit_counts
from propdesk.store.connection import Database

# ---------------------------------------------------------------- buildings


def building_by_code(db: Database, code: str) -> Building | None:
    row = db.one(
        "SELECT b.*, (SELECT count(*) FROM units u WHERE u.building_id = b.id) AS unit_count "
        "FROM buildings b WHERE code = ?",
        (code,),
    )
    return None if row is None else _building(row)


def list_buildings(db: Database) -> list[Building]:
    rows = db.rows(
        "SELECT b.*, (SELECT count(*) FROM units u WHERE u.building_id = b.id) AS unit_count"
        " FROM buildings b ORDER BY sort_key"
    )
    return [_building(r) for r in rows]


def insert_building(db: Database, code: str, name: str, entrances: int, floors: int) -> int:
    return db.insert(
        "INSERT INTO buildings (code, name, entrances, floors, sort_key, created_at) VALUES (?, ?, ?, ?, ?, ?)",
        (code, name, entrances, floors, natural_key(code), now_iso()),
    )


def update_building_shape(db: Database, building_id: int, entrances: int, floors: int) -> None:
    db.execute(
        "UPDATE buildings SET entrances = max(entrances, ?), floors = max(floors, ?) WHERE id = ?",
        (entrances, floors, building_id),
    )


def _building(row: dict[str, Any]) -> Building:
    return Building(
        id=row["id"],
        code=row["code"],
        name=row["name"],
        entrances=row["entrances"],
        floors=row["floors"],
        unit_count=row.get("unit_count", 0),
    )


# ---------------------------------------------------------------- units

_UNIT_COLUMNS = (
    "u.id, u.code, b.code AS building, u.entrance, u.floor, u.room, u.area_centi_m2,"
    " u.unit_type, u.state, u.note, u.owner_names"
)


@dataclass(frozen=True)
class NewUnit:
    building_id: int
    building_code: str
    entrance: int
    floor: int
    room: str
    area_centi_m2: int
    unit_type: str
    state: str
    note: str = ""

    @property
    def code(self) -> str:
        return unit_code(self.building_code, self.entrance, self.room)


def insert_units(db: Database, units: Sequence[NewUnit]) -> list[int]:
    """Insert many units at once; returns their ids in order."""
    stamp = now_iso()
    ids: list[int] = []
    for u in units:
        ids.append(
            db.insert(
                "INSERT INTO units (building_id, entrance, floor, room, code, sort_key, area_centi_m2,"
                " unit_type, state, note, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                (
                    u.building_id,
                    u.entrance,
                    u.floor,
                    u.room,
                    u.code,
                    natural_key(u.building_code, u.entrance, u.room),
                    u.area_centi_m2,
                    u.unit_type,
                    u.state,
                    u.note,
                    stamp,
                    stamp,
                ),
            )
        )
    return ids


def existing_codes(db: Database, codes: Iterable[str]) -> set[str]:
    wanted = list(codes)
    found: set[str] = set()
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        marks = ",".join("?" * len(chunk))
        found.update(r["code"] for r in db.rows(f"SELECT code FROM units WHERE code IN ({marks})", chunk))
    return found


def unit_by_id(db: Database, unit_id: int) -> Unit | None:
    row = db.one(
        f"SELECT {_UNIT_COLUMNS} FROM units u JOIN buildings b ON b.id = u.building_id WHERE u.id = ?", (unit_id,)
    )
    return None if row is None else Unit(**row)


def unit_by_code(db: Database, code: str) -> Unit | None:
    row = db.one(
        f"SELECT {_UNIT_COLUMNS} FROM units u JOIN buildings b ON b.id = u.building_id WHERE u.code = ?", (code,)
    )
    return None if row is None else Unit(**row)


def unit_row(db: Database, unit_id: int) -> dict[str, Any] | None:
    return db.one("SELECT * FROM units WHERE id = ?", (unit_id,))


def update_unit(db: Database, unit_id: int, values: dict[str, Any]) -> None:
    allowed = {"floor", "area_centi_m2", "unit_type", "state", "note"}
    keys = sorted(k for k in values if k in allowed)
    sets = ", ".join(f"{k} = ?" for k in keys)
    db.execute(
        f"UPDATE units SET {sets}, updated_at = ? WHERE id = ?", [values[k] for k in keys] + [now_iso(), unit_id]
    )


_UNIT_SORTS = {
    "code": "u.sort_key",
    "area": "u.area_centi_m2",
    "owner": "u.owner_names",
    "state": "u.state",
    "type": "u.unit_type",
    "floor": "u.floor",
}


def _unit_where(f: UnitFilter) -> tuple[str, list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    if f.building:
        clauses.append("b.code = ?")
        params.append(f.building)
    if f.state:
        clauses.append("u.state = ?")
        params.append(f.state)
    if f.unit_type:
        clauses.append("u.unit_type = ?")
        params.append(f.unit_type)
    if f.text:
        clauses.append("(u.code LIKE ? OR u.owner_names LIKE ? OR u.note LIKE ?)")
        like = f"%{f.text}%"
        params += [like, like, like]
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def count_units(db: Database, f: UnitFilter) -> int:
    if not f.text:  # the kept counts: the same for 1,000 units or 30,000
        clauses, params = [], []
        for column, value in (("b.code", f.building), ("c.state", f.state), ("c.unit_type", f.unit_type)):
            if value:
                clauses.append(f"{column} = ?")
                params.append(value)
        where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
        return int(db.scalar(f"SELECT coalesce(sum(c.n), 0) FROM unit_counts c JOIN buildings b ON b.id = c.building_id"
                             f"{where}", params))  # fmt: skip
    where, params = _unit_where(f)
    return int(db.scalar(f"SELECT count(*) FROM units u JOIN buildings b ON b.id = u.building_id{where}", params))


def page_units(db: Database, f: UnitFilter, offset: int, limit: int) -> list[Unit]:
    where, params = _unit_where(f)
    order = _UNIT_SORTS.get(f.sort, "u.sort_key")
    direction = "DESC" if f.descending else "ASC"
    tie = "" if order == "u.sort_key" else f", u.sort_key {direction}"
    rows = db.rows(
        f"SELECT {_UNIT_COLUMNS} FROM units u JOIN buildings b ON b.id = u.building_id{where}"
        f" ORDER BY {order} {direction}{tie} LIMIT ? OFFSET ?",
        [*params, limit, offset],
    )
    return [Unit(**r) for r in rows]


def unit_ids_in_building(db: Database, building_code: str) -> list[int]:
    return [
        r["id"]
        for r in db.rows(
            "SELECT u.id FROM units u JOIN buildings b ON b.id = u.building_id WHERE b.code = ? ORDER BY u.sort_key",
            (building_code,),
        )
    ]


def refresh_owner_names(db: Database, unit_id: int) -> None:
    """Keep the list's denormalised owner column in step with current ownership."""
    db.execute(
        "UPDATE units SET owner_names = coalesce((SELECT group_concat(name, '、') FROM ("
        " SELECT p.name FROM ownerships o JOIN persons p ON p.id = o.person_id"
        " WHERE o.unit_id = ? AND o.end_date IS NULL ORDER BY o.role = '共有人', o.id)), '')"
        " WHERE id = ?",
        (unit_id, unit_id),
    )


def count_by_state(db: Database) -> dict[str, int]:
    return unit_counts.count_by_state(db)


# ---------------------------------------------------------------- persons

_PERSON_FIELDS = (
    "name",
    "id_kind",
    "id_number",
    "mobile",
    "landline",
    "work_unit",
    "address",
    "emergency_name",
    "emergency_phone",
    "note",
)


def insert_person(db: Database, p: PersonInput) -> int:
    stamp = now_iso()
    return db.insert(
        f"INSERT INTO persons ({', '.join(_PERSON_FIELDS)}, name_initials, created_at, updated_at)"
        f" VALUES ({', '.join('?' * (len(_PERSON_FIELDS) + 3))})",
        [getattr(p, k) for k in _PERSON_FIELDS] + [initials(p.name), stamp, stamp],
    )


def update_person(db: Database, person_id: int, p: PersonInput) -> None:
    sets = ", ".join(f"{k} = ?" for k in _PERSON_FIELDS)
    db.execute(
        f"UPDATE persons SET {sets}, name_initials = ?, updated_at = ? WHERE id = ?",
        [getattr(p, k) for k in _PERSON_FIELDS] + [initials(p.name), now_iso(), person_id],
    )


def person_by_id(db: Database, person_id: int) -> Person | None:
    row = db.one(f"SELECT id, {', '.join(_PERSON_FIELDS)} FROM persons WHERE id = ?", (person_id,))
    return None if row is None else Person(**row)


def person_by_id_number(db: Database, id_number: str) -> Person | None:
    row = db.one(
        f"SELECT id, {', '.join(_PERSON_FIELDS)} FROM persons WHERE id_number = ? ORDER BY id LIMIT 1", (id_number,)
    )
    return None if row is None else Person(**row)


def person_as_dict(p: Person | PersonInput) -> dict[str, Any]:
    return {k: getattr(p, k) for k in _PERSON_FIELDS}


def unit_ids_owned_by(db: Database, person_id: int) -> list[int]:
    return [
        r["unit_id"]
        for r in db.rows("SELECT unit_id FROM ownerships WHERE person_id = ? AND end_date IS NULL", (person_id,))
    ]


@dataclass(frozen=True)
class OwnerRow:
    """One line of the owner list."""

    person_id: int
    name: str
    id_kind: str
    id_number: str
    mobile: str
    unit_codes: str
    first_unit_id: int | None


def count_owners(db: Database, text: str = "") -> int:
    where, params = _owner_where(text)
    return int(
        db.scalar(
            "SELECT count(*) FROM persons p WHERE EXISTS (SELECT 1 FROM ownerships o WHERE o.person_id = p.id"
            f" AND o.end_date IS NULL){where}",
            params,
        )
    )


def page_owners(db: Database, text: str, offset: int, limit: int, descending: bool = False) -> list[OwnerRow]:
    where, params = _owner_where(text)
    direction = "DESC" if descending else "ASC"
    people = db.rows(
        "SELECT p.id, p.name, p.id_kind, p.id_number, p.mobile FROM persons p"
        " WHERE EXISTS (SELECT 1 FROM ownerships o WHERE o.person_id = p.id AND o.end_date IS NULL)"
        f"{where} ORDER BY p.name_initials {direction}, p.name {direction}, p.id LIMIT ? OFFSET ?",
        [*params, limit, offset],
    )
    if not people:
        return []
    marks = ",".join("?" * len(people))
    units: dict[int, list[tuple[str, int]]] = {}
    for r in db.rows(
        "SELECT o.person_id, u.code, u.id FROM ownerships o JOIN units u ON u.id = o.unit_id"
        f" WHERE o.end_date IS NULL AND o.person_id IN ({marks}) ORDER BY u.sort_key",
        [p["id"] for p in people],
    ):
        units.setdefault(r["person_id"], []).append((r["code"], r["id"]))
    return [
        OwnerRow(
            person_id=p["id"],
            name=p["name"],
            id_kind=p["id_kind"],
            id_number=p["id_number"],
            mobile=p["mobile"],
            unit_codes="、".join(c for c, _ in units.get(p["id"], [])),
            first_unit_id=units[p["id"]][0][1] if units.get(p["id"]) else None,
        )
        for p in people
    ]


def _owner_where(text: str) -> tuple[str, list[Any]]:
    if not text:
        return "", []
    like = f"{text}%"
    return " AND (p.name LIKE ? OR p.name_initials LIKE ? OR p.mobile LIKE ?)", [like, like.lower(), f"%{text}%"]


# ---------------------------------------------------------------- ownership


def current_ownerships(db: Database, unit_id: int) -> list[Ownership]:
    return _ownerships(db, unit_id, "o.end_date IS NULL")


def former_ownerships(db: Database, unit_id: int) -> list[Ownership]:
    return _ownerships(db, unit_id, "o.end_date IS NOT NULL")


def _ownerships(db: Database, unit_id: int, condition: str) -> list[Ownership]:
    rows = db.rows(
        f"SELECT o.id AS oid, o.role, o.start_date, o.end_date, p.id, {', '.join('p.' + k for k in _PERSON_FIELDS)}"
        f" FROM ownerships o JOIN persons p ON p.id = o.person_id WHERE o.unit_id = ? AND {condition}"
        " ORDER BY o.end_date DESC, o.role = '共有人', o.id",
        (unit_id,),
    )
    result = []
    for r in rows:
        person = Person(id=r["id"], **{k: r[k] for k in _PERSON_FIELDS})
        result.append(
            Ownership(id=r["oid"], person=person, role=r["role"], start_date=r["start_date"], end_date=r["end_date"])
        )
    return result


def insert_ownership(
    db: Database, unit_id: int, person_id: int, role: str, start_date: str, transfer_id: int | None = None
) -> int:
    return db.insert(
        "INSERT INTO ownerships (unit_id, person_id, role, start_date, transfer_id, created_at)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        (unit_id, person_id, role, start_date, transfer_id, now_iso()),
    )


def end_ownerships(db: Database, unit_id: int, end_date: str) -> None:
    db.execute("UPDATE ownerships SET end_date = ? WHERE unit_id = ? AND end_date IS NULL", (end_date, unit_id))


def ownership_row(db: Database, ownership_id: int) -> dict[str, Any] | None:
    return db.one("SELECT * FROM ownerships WHERE id = ?", (ownership_id,))


def delete_current_ownership(db: Database, ownership_id: int) -> None:
    """Removing a co-owner entered by mistake; ended (historic) ownerships are never deleted."""
    db.execute("DELETE FROM ownerships WHERE id = ? AND end_date IS NULL", (ownership_id,))


def insert_transfer(
    db: Database, unit_id: int, date: str, from_names: str, to_names: str, note: str, author: str
) -> int:
    return db.insert(
        "INSERT INTO transfers (unit_id, date, from_names, to_names, note, author, created_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        (unit_id, date, from_names, to_names, note, author, now_iso()),
    )


def transfers_of(db: Database, unit_id: int) -> list[Transfer]:
    return [
        Transfer(**r)
        for r in db.rows(
            "SELECT id, date, from_names, to_names, note, author FROM transfers WHERE unit_id = ? ORDER BY date DESC, id DESC",
            (unit_id,),
        )
    ]


# ---------------------------------------------------------------- residents and vehicles

_RESIDENT_FIELDS = ("name", "kind", "relation", "id_number", "phone", "move_in_date", "note")


def insert_resident(db: Database, unit_id: int, r: ResidentInput) -> int:
    stamp = now_iso()
    return db.insert(
        f"INSERT INTO residents (unit_id, {', '.join(_RESIDENT_FIELDS)}, created_at, updated_at)"
        f" VALUES (?, {', '.join('?' * len(_RESIDENT_FIELDS))}, ?, ?)",
        [unit_id] + [getattr(r, k) for k in _RESIDENT_FIELDS] + [stamp, stamp],
    )


def update_resident(db: Database, resident_id: int, r: ResidentInput) -> None:
    sets = ", ".join(f"{k} = ?" for k in _RESIDENT_FIELDS)
    db.execute(
        f"UPDATE residents SET {sets}, updated_at = ? WHERE id = ?",
        [getattr(r, k) for k in _RESIDENT_FIELDS] + [now_iso(), resident_id],
    )


def move_out_resident(db: Database, resident_id: int, date: str) -> None:
    db.execute("UPDATE residents SET move_out_date = ?, updated_at = ? WHERE id = ?", (date, now_iso(), resident_id))


def resident_row(db: Database, resident_id: int) -> dict[str, Any] | None:
    return db.one("SELECT * FROM residents WHERE id = ?", (resident_id,))


def residents_of(db: Database, unit_id: int, include_moved_out: bool = False) -> list[Resident]:
    condition = "" if include_moved_out else " AND move_out_date IS NULL"
    rows = db.rows(
        f"SELECT id, {', '.join(_RESIDENT_FIELDS)}, move_out_date FROM residents WHERE unit_id = ?{condition}"
        " ORDER BY move_out_date IS NOT NULL, kind, id",
        (unit_id,),
    )
    return [Resident(**r) for r in rows]


def insert_vehicle(db: Database, unit_id: int, v: VehicleInput) -> int:
    return db.insert(
        "INSERT INTO vehicles (unit_id, plate, parking_space, note, created_at) VALUES (?, ?, ?, ?, ?)",
        (unit_id, v.plate, v.parking_space, v.note, now_iso()),
    )


def vehicle_row(db: Database, vehicle_id: int) -> dict[str, Any] | None:
    return db.one("SELECT * FROM vehicles WHERE id = ?", (vehicle_id,))


def delete_vehicle(db: Database, vehicle_id: int) -> None:
    db.execute("DELETE FROM vehicles WHERE id = ?", (vehicle_id,))


def vehicles_of(db: Database, unit_id: int) -> list[Vehicle]:
    return [
        Vehicle(**r)
        for r in db.rows(
            "SELECT id, plate, parking_space, note FROM vehicles WHERE unit_id = ? ORDER BY id", (unit_id,)
        )
    ]


def counts(db: Database) -> dict[str, int]:
    return unit_counts.counts(db)


# ---------------------------------------------------------------- bulk reads for the ledger import


def building_ids(db: Database) -> dict[str, int]:
    return {r["code"]: r["id"] for r in db.rows("SELECT id, code FROM buildings")}


def unit_rows_by_code(db: Database) -> dict[str, dict[str, Any]]:
    return {r["code"]: r for r in db.rows("SELECT id, code, floor, area_centi_m2, unit_type, state, note FROM units")}


def current_owner_rows(db: Database) -> dict[int, list[dict[str, Any]]]:
    """Current owners of every unit (``role``, ``person_id`` and the person's fields)."""
    grouped: dict[int, list[dict[str, Any]]] = {}
    for r in db.rows(
        f"SELECT o.unit_id, o.role, o.person_id, {', '.join('p.' + k for k in _PERSON_FIELDS)}"
        " FROM ownerships o JOIN persons p ON p.id = o.person_id WHERE o.end_date IS NULL"
        " ORDER BY o.unit_id, o.role = '共有人', o.id"
    ):
        grouped.setdefault(r["unit_id"], []).append(r)
    return grouped


def refresh_owner_names_many(db: Database, unit_ids: Iterable[int]) -> None:
    ids = list(unit_ids)
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        db.execute(f"{_REFRESH_OWNER_NAMES} WHERE id IN ({','.join('?' * len(chunk))})", chunk)


def ledger_rows(db: Database, f: UnitFilter | None = None) -> list[dict[str, Any]]:
    """The units the list shows (filter and order kept), each with its owner and co-owners."""
    f = f or UnitFilter()
    where, params = _unit_where(f)
    order = _UNIT_SORTS.get(f.sort, "u.sort_key")
    direction = "DESC" if f.descending else "ASC"
    units = db.rows(
        "SELECT u.id, b.code AS building, u.entrance, u.room, u.floor, u.area_centi_m2, u.unit_type, u.state, u.note"
        f" FROM units u JOIN buildings b ON b.id = u.building_id{where} ORDER BY {order} {direction}, u.sort_key",
        params,
    )
    owners = current_owner_rows(db)
    for u in units:
        people = owners.get(u["id"], [])
        u["owner"] = next((p for p in people if p["role"] == "业主"), people[0] if people else None)
        u["co_owners"] = [p["name"] for p in people if p is not u["owner"]]
    return units


def unit_ids_all(db: Database) -> list[int]:
    return [r["id"] for r in db.rows("SELECT id FROM units ORDER BY sort_key")]


def refresh_owner_names_all(db: Database) -> None:
    db.execute(_REFRESH_OWNER_NAMES)


_REFRESH_OWNER_NAMES = (
    "UPDATE units SET owner_names = coalesce((SELECT group_concat(name, '、') FROM ("
    " SELECT p.name FROM ownerships o JOIN persons p ON p.id = o.person_id"
    " WHERE o.unit_id = units.id AND o.end_date IS NULL ORDER BY o.role = '共有人', o.id)), '')"
)


class RegistryBatch:
    """New units, people and ownerships for a bulk job (the ledger import), written with
    ``executemany`` on ``flush``. Ids are assigned up front, which is safe because the caller
    holds the write transaction (BEGIN IMMEDIATE) for the whole job."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.stamp = now_iso()
        self._next = {
            table: int(db.scalar(f"SELECT coalesce(max(id), 0) FROM {table}")) + 1
            for table in ("units", "persons", "ownerships")
        }
        self.units: list[tuple[Any, ...]] = []
        self.persons: list[list[Any]] = []
        self.ownerships: list[tuple[Any, ...]] = []

    def _take(self, table: str) -> int:
        value = self._next[table]
        self._next[table] = value + 1
        return value

    def add_unit(self, u: NewUnit) -> int:
        unit_id = self._take("units")
        self.units.append((unit_id, u.building_id, u.entrance, u.floor, u.room, u.code,
                           natural_key(u.building_code, u.entrance, u.room), u.area_centi_m2, u.unit_type, u.state,
                           u.note, self.stamp, self.stamp))  # fmt: skip
        return unit_id

    def add_person(self, p: PersonInput) -> int:
        person_id = self._take("persons")
        self.persons.append([person_id, *(getattr(p, k) for k in _PERSON_FIELDS), initials(p.name), self.stamp,
                             self.stamp])  # fmt: skip
        return person_id

    def add_ownership(self, unit_id: int, person_id: int, role: str, start_date: str) -> int:
        ownership_id = self._take("ownerships")
        self.ownerships.append((ownership_id, unit_id, person_id, role, start_date, None, self.stamp))
        return ownership_id

    def flush(self) -> None:
        self.db.executemany(
            "INSERT INTO units (id, building_id, entrance, floor, room, code, sort_key, area_centi_m2, unit_type,"
            " state, note, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
            self.units,
        )
        self.db.executemany(
            f"INSERT INTO persons (id, {', '.join(_PERSON_FIELDS)}, name_initials, created_at, updated_at)"
            f" VALUES ({', '.join('?' * (len(_PERSON_FIELDS) + 4))})",
            self.persons,
        )
        self.db.executemany(
            "INSERT INTO ownerships (id, unit_id, person_id, role, start_date, transfer_id, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            self.ownerships,
        )
        self.units, self.persons, self.ownerships = [], [], []
