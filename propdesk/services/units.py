"""房屋: single-unit edits, the paged unit list and the unit page (一户一页)."""

from __future__ import annotations

import dataclasses

from propdesk.core.author import Actor
from propdesk.core.changes import Changes
from propdesk.core.errors import Conflict, NotFound, ValidationError
from propdesk.core.paging import Page
from propdesk.core.permissions import Permission
from propdesk.core.registry import Unit, UnitFilter, UnitInput, UnitRecord
from propdesk.core.unit_codes import unit_code
from propdesk.services.buildings import building_name
from propdesk.services.validation import check_unit_state, check_unit_type
from propdesk.store import audit, printed, registry, search
from propdesk.store.connection import Database

__all__ = ["UnitFilter", "add_unit", "get_unit", "list_units", "unit_record", "update_unit"]


def list_units(db: Database, f: UnitFilter, offset: int = 0, limit: int = 100) -> Page[Unit]:
    return Page(total=registry.count_units(db, f), offset=offset, rows=registry.page_units(db, f, offset, limit))


def get_unit(db: Database, unit_id: int) -> Unit:
    unit = registry.unit_by_id(db, unit_id)
    if unit is None:
        raise NotFound("找不到这户房屋，可能已被删除")
    return unit


def unit_record(db: Database, unit_id: int) -> UnitRecord:
    """Everything the unit page shows, read in one go."""
    return UnitRecord(
        unit=get_unit(db, unit_id),
        owners=registry.current_ownerships(db, unit_id),
        former_owners=registry.former_ownerships(db, unit_id),
        residents=registry.residents_of(db, unit_id, include_moved_out=True),
        vehicles=registry.vehicles_of(db, unit_id),
        transfers=registry.transfers_of(db, unit_id),
        printed=printed.for_unit(db, unit_id),
        history=audit.entries_for_unit(db, unit_id),
    )


def _check_input(u: UnitInput) -> UnitInput:
    building = u.building.strip().removesuffix("号楼").removesuffix("栋").upper()
    room = u.room.strip()
    if not building or not room:
        raise ValidationError.single("room", "楼栋和房号不能为空")
    if u.entrance < 1:
        raise ValidationError.single("entrance", "单元号应从 1 开始")
    if u.area_centi_m2 <= 0:
        raise ValidationError.single("area", "建筑面积必须大于 0")
    check_unit_type(u.unit_type)
    check_unit_state(u.state)
    return dataclasses.replace(u, building=building, room=room, note=u.note.strip())


def add_unit(db: Database, actor: Actor, u: UnitInput) -> tuple[int, Changes]:
    actor.require(Permission.EDIT_REGISTRY)
    u = _check_input(u)
    with db.atomic():
        building = registry.building_by_code(db, u.building)
        building_id = (
            building.id
            if building
            else registry.insert_building(db, u.building, building_name(u.building), u.entrance, max(u.floor, 1))
        )
        code = unit_code(u.building, u.entrance, u.room)
        if registry.unit_by_code(db, code) is not None:
            raise Conflict(f"房号 {code} 已存在")
        [unit_id] = registry.insert_units(
            db,
            [
                registry.NewUnit(
                    building_id=building_id,
                    building_code=u.building,
                    entrance=u.entrance,
                    floor=u.floor,
                    room=u.room,
                    area_centi_m2=u.area_centi_m2,
                    unit_type=u.unit_type,
                    state=u.state,
                    note=u.note,
                )
            ],
        )
        registry.update_building_shape(db, building_id, u.entrance, u.floor)
        search.reindex_units(db, [unit_id])
        audit.record(
            db, actor.name, "create", "unit", unit_id, f"新增房屋 {code}", None, dataclasses.asdict(u), unit_id=unit_id
        )
    return unit_id, Changes(units=frozenset({unit_id}), buildings=building is None)


def update_unit(
    db: Database, actor: Actor, unit_id: int, *, floor: int, area_centi_m2: int, unit_type: str, state: str, note: str
) -> Changes:
    """Edit what may change about a unit; its code (building-entrance-room) is its identity."""
    actor.require(Permission.EDIT_REGISTRY)
    if area_centi_m2 <= 0:
        raise ValidationError.single("area", "建筑面积必须大于 0")
    check_unit_type(unit_type)
    check_unit_state(state)
    with db.atomic():
        before = registry.unit_row(db, unit_id)
        if before is None:
            raise NotFound("找不到这户房屋")
        after = {
            "floor": floor,
            "area_centi_m2": area_centi_m2,
            "unit_type": unit_type,
            "state": state,
            "note": note.strip(),
        }
        changed = {k: v for k, v in after.items() if before[k] != v}
        if not changed:
            return Changes()
        registry.update_unit(db, unit_id, changed)
        audit.record(
            db,
            actor.name,
            "update",
            "unit",
            unit_id,
            f"修改房屋 {before['code']}",
            {k: before[k] for k in changed},
            changed,
            unit_id=unit_id,
        )
    return Changes(units=frozenset({unit_id}))
