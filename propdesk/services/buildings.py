"""楼栋 and the unit generator for the common case: "3 号楼, 2 个单元, 18 层, 每层 4 户"."""

from __future__ import annotations

import dataclasses

from propdesk.core.author import Actor
from propdesk.core.changes import Changes
from propdesk.core.errors import Conflict, FieldProblem, ValidationError
from propdesk.core.permissions import Permission
from propdesk.core.registry import Building, BuildingPlan
from propdesk.core.unit_codes import room_number, unit_code
from propdesk.services.validation import check_unit_state, check_unit_type
from propdesk.store import audit, registry, search
from propdesk.store.connection import Database

MAX_UNITS_PER_BUILDING = 5000


def list_buildings(db: Database) -> list[Building]:
    return registry.list_buildings(db)


def building_name(code: str) -> str:
    return f"{code}号楼" if code.isdigit() else f"{code}栋"


def check_plan(plan: BuildingPlan) -> BuildingPlan:
    code = plan.code.strip().removesuffix("号楼").removesuffix("栋").strip().upper()
    problems: list[FieldProblem] = []
    if not code:
        problems.append(FieldProblem("code", "楼栋号不能为空"))
    elif "-" in code or len(code) > 10:
        problems.append(FieldProblem("code", "楼栋号不能含“-”，最多 10 个字符"))
    if not 1 <= plan.entrances <= 20:
        problems.append(FieldProblem("entrances", "单元数应在 1 到 20 之间"))
    if not 1 <= plan.floors <= 99:
        problems.append(FieldProblem("floors", "层数应在 1 到 99 之间"))
    if not 1 <= plan.units_per_floor <= 20:
        problems.append(FieldProblem("units_per_floor", "每层户数应在 1 到 20 之间"))
    if len(plan.areas_centi_m2) not in (1, plan.units_per_floor):
        problems.append(FieldProblem("areas", f"面积模板应填 1 个或 {plan.units_per_floor} 个面积（每层每户一个）"))
    if any(a <= 0 for a in plan.areas_centi_m2):
        problems.append(FieldProblem("areas", "面积必须大于 0"))
    if problems:
        raise ValidationError(problems)
    check_unit_type(plan.unit_type)
    check_unit_state(plan.state)
    if plan.unit_total > MAX_UNITS_PER_BUILDING:
        raise ValidationError.single("floors", f"一栋楼最多 {MAX_UNITS_PER_BUILDING} 户")
    return dataclasses.replace(plan, code=code)


def preview_codes(plan: BuildingPlan) -> list[str]:
    plan = check_plan(plan)
    return [unit_code(plan.code, e, room_number(f, n)) for e, f, n, _ in _positions(plan)]


def generate_building(db: Database, actor: Actor, plan: BuildingPlan) -> Changes:
    """Create the building (or extend it) and every unit the plan describes, in one transaction.

    Units that already exist are refused as a whole: the clerk sees which codes clash.
    """
    actor.require(Permission.EDIT_REGISTRY)
    plan = check_plan(plan)
    with db.atomic():
        existing = registry.building_by_code(db, plan.code)
        if existing is None:
            building_id = registry.insert_building(db, plan.code, building_name(plan.code), plan.entrances, plan.floors)
        else:
            building_id = existing.id
            registry.update_building_shape(db, building_id, plan.entrances, plan.floors)
        new_units = [
            registry.NewUnit(
                building_id=building_id,
                building_code=plan.code,
                entrance=e,
                floor=f,
                room=room_number(f, n),
                area_centi_m2=area,
                unit_type=plan.unit_type,
                state=plan.state,
            )
            for e, f, n, area in _positions(plan)
        ]
        clashes = registry.existing_codes(db, [u.code for u in new_units])
        if clashes:
            sample = "、".join(sorted(clashes)[:5])
            raise Conflict(f"有 {len(clashes)} 户已存在（如 {sample}），未生成任何房屋")
        ids = registry.insert_units(db, new_units)
        search.reindex_units(db, ids)
        audit.record(
            db,
            actor.name,
            "generate",
            "building",
            building_id,
            f"生成 {building_name(plan.code)} {len(ids)} 户",
            None,
            {
                "code": plan.code,
                "entrances": plan.entrances,
                "floors": plan.floors,
                "units_per_floor": plan.units_per_floor,
                "areas_centi_m2": plan.areas_centi_m2,
                "unit_type": plan.unit_type,
                "state": plan.state,
            },
        )
    return Changes(buildings=True, all_units=True)


def _positions(plan: BuildingPlan) -> list[tuple[int, int, int, int]]:
    areas = plan.areas_centi_m2 * plan.units_per_floor if len(plan.areas_centi_m2) == 1 else plan.areas_centi_m2
    return [
        (e, f, n, areas[n - 1])
        for e in range(1, plan.entrances + 1)
        for f in range(plan.first_floor, plan.first_floor + plan.floors)
        for n in range(1, plan.units_per_floor + 1)
    ]
