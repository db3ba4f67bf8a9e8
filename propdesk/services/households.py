"""业主 and 家庭情况: owners, co-owners, 过户 with history, household members, tenants, vehicles."""

from __future__ import annotations

import dataclasses

from propdesk.core.author import Actor
from propdesk.core.changes import Changes
from propdesk.core.clock import parse_date, today_iso
from propdesk.core.errors import Conflict, NotFound, ValidationError
from propdesk.core.permissions import Permission
from propdesk.core.registry import OwnerRole, PersonInput, ResidentInput, VehicleInput
from propdesk.services.validation import clean_person, clean_resident, clean_vehicle
from propdesk.store import audit, registry, search
from propdesk.store.connection import Database


def _unit_code(db: Database, unit_id: int) -> str:
    row = registry.unit_row(db, unit_id)
    if row is None:
        raise NotFound("找不到这户房屋")
    return str(row["code"])


def _after_owner_change(db: Database, unit_id: int) -> None:
    registry.refresh_owner_names(db, unit_id)
    search.reindex_units(db, [unit_id])


def add_owner(
    db: Database, actor: Actor, unit_id: int, person: PersonInput, role: str = OwnerRole.OWNER, start_date: str = ""
) -> tuple[int, Changes]:
    """Register an owner (or co-owner) of a unit; the first owner of a unit is its 业主."""
    actor.require(Permission.EDIT_REGISTRY)
    person, _ = clean_person(person, strict=True)
    start = parse_date(start_date, "start_date") or today_iso()
    with db.atomic():
        code = _unit_code(db, unit_id)
        current = registry.current_ownerships(db, unit_id)
        if role == OwnerRole.OWNER and any(o.role == OwnerRole.OWNER for o in current):
            role = OwnerRole.CO_OWNER
        if person.id_number and any(o.person.id_number == person.id_number for o in current):
            raise Conflict(f"证件号 {person.id_number} 已经是 {code} 的业主")
        person_id = registry.insert_person(db, person)
        registry.insert_ownership(db, unit_id, person_id, role, start)
        _after_owner_change(db, unit_id)
        audit.record(
            db,
            actor.name,
            "create",
            "ownership",
            unit_id,
            f"{code} 登记{role} {person.name}",
            None,
            {**registry.person_as_dict(person), "role": role, "start_date": start},
            unit_id=unit_id,
        )
    return person_id, Changes(units=frozenset({unit_id}), persons=frozenset({person_id}))


def update_person(db: Database, actor: Actor, person_id: int, person: PersonInput) -> Changes:
    actor.require(Permission.EDIT_REGISTRY)
    person, _ = clean_person(person, strict=True)
    with db.atomic():
        before = registry.person_by_id(db, person_id)
        if before is None:
            raise NotFound("找不到这位业主")
        before_dict = registry.person_as_dict(before)
        after_dict = registry.person_as_dict(person)
        changed = {k: v for k, v in after_dict.items() if before_dict[k] != v}
        if not changed:
            return Changes()
        registry.update_person(db, person_id, person)
        unit_ids = registry.unit_ids_owned_by(db, person_id)
        for unit_id in unit_ids:
            registry.refresh_owner_names(db, unit_id)
        search.reindex_units(db, unit_ids)
        audit.record(
            db,
            actor.name,
            "update",
            "person",
            person_id,
            f"修改业主资料 {person.name}",
            {k: before_dict[k] for k in changed},
            changed,
        )
    return Changes(units=frozenset(unit_ids), persons=frozenset({person_id}))


def remove_co_owner(db: Database, actor: Actor, ownership_id: int, reason: str) -> Changes:
    """Take off a co-owner entered by mistake. The 业主 himself changes only by 过户."""
    actor.require(Permission.EDIT_REGISTRY)
    if not reason.strip():
        raise ValidationError.single("reason", "请填写删除原因")
    with db.atomic():
        row = registry.ownership_row(db, ownership_id)
        if row is None or row["end_date"] is not None:
            raise NotFound("找不到这条共有人记录")
        if row["role"] != OwnerRole.CO_OWNER:
            raise Conflict("业主不能直接删除，请办理过户")
        registry.delete_current_ownership(db, ownership_id)
        _after_owner_change(db, row["unit_id"])
        audit.record(
            db,
            actor.name,
            "delete",
            "ownership",
            row["unit_id"],
            f"删除共有人：{reason.strip()}",
            row,
            None,
            unit_id=row["unit_id"],
        )
    return Changes(units=frozenset({row["unit_id"]}))


def transfer_ownership(
    db: Database, actor: Actor, unit_id: int, new_owners: list[PersonInput], date: str, note: str = ""
) -> Changes:
    """过户: the current owners' ownership ends on ``date`` and stays visible as history."""
    actor.require(Permission.EDIT_REGISTRY)
    if not new_owners:
        raise ValidationError.single("name", "请填写新业主")
    cleaned = [clean_person(p, strict=True)[0] for p in new_owners]
    when = parse_date(date, "date") or today_iso()
    with db.atomic():
        code = _unit_code(db, unit_id)
        current = registry.current_ownerships(db, unit_id)
        if any(when < o.start_date for o in current):
            raise ValidationError.single("date", "过户日期不能早于原业主的登记日期")
        from_names = "、".join(o.person.name for o in current)
        to_names = "、".join(p.name for p in cleaned)
        transfer_id = registry.insert_transfer(db, unit_id, when, from_names, to_names, note.strip(), actor.name)
        registry.end_ownerships(db, unit_id, when)
        person_ids = []
        for index, person in enumerate(cleaned):
            existing = registry.person_by_id_number(db, person.id_number) if person.id_number else None
            person_id = existing.id if existing else registry.insert_person(db, person)
            person_ids.append(person_id)
            role = OwnerRole.OWNER if index == 0 else OwnerRole.CO_OWNER
            registry.insert_ownership(db, unit_id, person_id, role, when, transfer_id)
        _after_owner_change(db, unit_id)
        audit.record(
            db,
            actor.name,
            "transfer",
            "unit",
            unit_id,
            f"{code} 过户：{from_names or '无'} → {to_names}",
            {"owners": from_names},
            {"owners": to_names, "date": when, "note": note.strip()},
            unit_id=unit_id,
        )
    return Changes(units=frozenset({unit_id}), persons=frozenset(person_ids))


def add_resident(db: Database, actor: Actor, unit_id: int, resident: ResidentInput) -> tuple[int, Changes]:
    actor.require(Permission.EDIT_REGISTRY)
    resident, _ = clean_resident(resident, strict=True)
    resident = dataclasses.replace(resident, move_in_date=parse_date(resident.move_in_date, "move_in_date"))
    with db.atomic():
        code = _unit_code(db, unit_id)
        resident_id = registry.insert_resident(db, unit_id, resident)
        search.reindex_units(db, [unit_id])
        audit.record(
            db,
            actor.name,
            "create",
            "resident",
            resident_id,
            f"{code} 登记{resident.kind} {resident.name}",
            None,
            dataclasses.asdict(resident),
            unit_id=unit_id,
        )
    return resident_id, Changes(units=frozenset({unit_id}))


def update_resident(db: Database, actor: Actor, resident_id: int, resident: ResidentInput) -> Changes:
    actor.require(Permission.EDIT_REGISTRY)
    resident, _ = clean_resident(resident, strict=True)
    resident = dataclasses.replace(resident, move_in_date=parse_date(resident.move_in_date, "move_in_date"))
    with db.atomic():
        before = registry.resident_row(db, resident_id)
        if before is None:
            raise NotFound("找不到这位住户")
        after = dataclasses.asdict(resident)
        changed = {k: v for k, v in after.items() if before[k] != v}
        if not changed:
            return Changes()
        registry.update_resident(db, resident_id, resident)
        search.reindex_units(db, [before["unit_id"]])
        audit.record(
            db,
            actor.name,
            "update",
            "resident",
            resident_id,
            f"修改住户 {resident.name}",
            {k: before[k] for k in changed},
            changed,
            unit_id=before["unit_id"],
        )
    return Changes(units=frozenset({before["unit_id"]}))


def move_out_resident(db: Database, actor: Actor, resident_id: int, date: str = "") -> Changes:
    actor.require(Permission.EDIT_REGISTRY)
    when = parse_date(date, "date") or today_iso()
    with db.atomic():
        before = registry.resident_row(db, resident_id)
        if before is None:
            raise NotFound("找不到这位住户")
        if before["move_out_date"]:
            raise Conflict(f"{before['name']} 已于 {before['move_out_date']} 迁出")
        registry.move_out_resident(db, resident_id, when)
        search.reindex_units(db, [before["unit_id"]])
        audit.record(
            db,
            actor.name,
            "move_out",
            "resident",
            resident_id,
            f"{before['name']} 迁出",
            {"move_out_date": None},
            {"move_out_date": when},
            unit_id=before["unit_id"],
        )
    return Changes(units=frozenset({before["unit_id"]}))


def add_vehicle(db: Database, actor: Actor, unit_id: int, vehicle: VehicleInput) -> tuple[int, Changes]:
    actor.require(Permission.EDIT_REGISTRY)
    vehicle = clean_vehicle(vehicle)
    with db.atomic():
        code = _unit_code(db, unit_id)
        vehicle_id = registry.insert_vehicle(db, unit_id, vehicle)
        search.reindex_units(db, [unit_id])
        audit.record(
            db,
            actor.name,
            "create",
            "vehicle",
            vehicle_id,
            f"{code} 登记车辆 {vehicle.plate}",
            None,
            dataclasses.asdict(vehicle),
            unit_id=unit_id,
        )
    return vehicle_id, Changes(units=frozenset({unit_id}))


def remove_vehicle(db: Database, actor: Actor, vehicle_id: int) -> Changes:
    actor.require(Permission.EDIT_REGISTRY)
    with db.atomic():
        before = registry.vehicle_row(db, vehicle_id)
        if before is None:
            raise NotFound("找不到这辆车")
        registry.delete_vehicle(db, vehicle_id)
        search.reindex_units(db, [before["unit_id"]])
        audit.record(
            db,
            actor.name,
            "delete",
            "vehicle",
            vehicle_id,
            f"删除车辆 {before['plate']}",
            before,
            None,
            unit_id=before["unit_id"],
        )
    return Changes(units=frozenset({before["unit_id"]}))


def reveal_personal_data(db: Database, actor: Actor, unit_id: int) -> tuple[bool, Changes]:
    """Showing a household's full ID numbers is a right (主管、管理员) and is itself logged."""
    actor.require(Permission.VIEW_PERSONAL_DATA)
    with db.atomic():
        code = _unit_code(db, unit_id)
        audit.record(db, actor.name, "view_personal", "unit", unit_id, f"查看 {code} 的完整证件号", unit_id=unit_id)
    return True, Changes(units=frozenset({unit_id}))
