"""Importing the office's existing unit-and-owner ledger (Excel rows already read as text).

Legacy data is messy: a row is rejected only when it cannot be understood (no building or room,
an area that is not a number, an unknown type, a different owner than the one on file); odd IDs
and phones import with a warning. Re-importing updates in place — a unit is its code, an owner
is matched by ID number or name — so an exported file re-imports with nothing changed.

Each row is checked completely before anything of it is written, so a rejected row leaves
nothing behind; the whole import is one transaction.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field
from typing import Any

from propdesk.core.author import Actor
from propdesk.core.changes import Changes
from propdesk.core.clock import today_iso
from propdesk.core.errors import ValidationError
from propdesk.core.identity import IdKind
from propdesk.core.ledger import ImportResult, LedgerRow, RowProblem
from propdesk.core.permissions import Permission
from propdesk.core.progress import Progress
from propdesk.core.registry import OwnerRole, PersonInput, UnitState, UnitType, parse_area
from propdesk.core.unit_codes import unit_code
from propdesk.services.buildings import building_name
from propdesk.services.validation import clean_person
from propdesk.store import audit, registry, search
from propdesk.store.connection import Database

_HEADERS = {
    "building": "楼栋", "entrance": "单元", "room": "房号", "floor": "楼层", "area": "建筑面积(㎡)",
    "unit_type": "房屋类型", "state": "房屋状态", "owner_name": "业主姓名", "name": "业主姓名", "id_kind": "证件类型",
    "id_number": "证件号码", "mobile": "手机", "landline": "座机", "co_owners": "共有人",
    "emergency_name": "紧急联系人", "emergency_phone": "紧急联系电话", "note": "备注",
}  # fmt: skip
_UNIT_TYPES = {t.value for t in UnitType}
_UNIT_STATES = {s.value for s in UnitState}
# Blank cells in a legacy sheet mean "not recorded there", not "erase what we know"; fields the
# ledger does not carry are kept as they are.
_LEDGER_PERSON_FIELDS = ("name", "id_kind", "id_number", "mobile", "landline", "emergency_name", "emergency_phone")


@dataclass
class _Plan:
    """What one checked row will write."""

    code: str
    building: str
    entrance: int
    room: str
    floor: int
    area: int | None
    unit_type: str
    state: str
    note: str
    person: PersonInput | None
    co_owners: list[str]
    warnings: list[RowProblem] = field(default_factory=list)


@dataclass
class _State:
    """The registry as the import sees it, loaded once and kept current as rows are applied."""

    buildings: dict[str, int]
    units: dict[str, dict[str, Any]]
    owners: dict[int, list[dict[str, Any]]]
    batch: registry.RegistryBatch
    log: audit.Batch
    terms: search.TermBatch = field(default_factory=search.TermBatch)
    added: set[int] = field(default_factory=set)  # new units: their search terms come from memory
    changed_after_add: set[int] = field(default_factory=set)  # ... unless a later row changed them
    shapes: dict[int, tuple[int, int]] = field(default_factory=dict)
    today: str = field(default_factory=today_iso)
    seen: dict[str, int] = field(default_factory=dict)
    touched: set[int] = field(default_factory=set)
    buildings_added: bool = False


def import_ledger(
    db: Database, actor: Actor, rows: list[LedgerRow], progress: Progress | None = None
) -> tuple[ImportResult, Changes]:
    actor.require(Permission.EDIT_REGISTRY)
    result = ImportResult()
    with db.atomic():
        state = _State(registry.building_ids(db), registry.unit_rows_by_code(db), registry.current_owner_rows(db),
                       registry.RegistryBatch(db), audit.Batch(db, actor.name))  # fmt: skip
        for index, row in enumerate(rows):
            if progress is not None and index % 200 == 0:
                progress.step(index, len(rows), "正在导入…")
            problems, plan = _check_row(row, state)
            if plan is None:
                result.rejected.extend(problems)  # type: ignore[union-attr]
                continue
            result.warnings.extend(plan.warnings)  # type: ignore[union-attr]
            _apply(db, plan, state, result)
        state.batch.flush()
        state.log.flush()
        for building_id, (entrances, floors) in state.shapes.items():
            registry.update_building_shape(db, building_id, entrances, floors)
        registry.refresh_owner_names_many(db, state.touched)
        state.terms.flush(db)
        search.reindex_units(db, (state.touched - state.added) | state.changed_after_add)
        audit.record(
            db, actor.name, "import", "ledger", None,
            f"导入房屋业主台账：新增 {result.units_added} 户，更新 {result.units_updated} 户，拒绝 {result.rejected_rows} 行",
            None,
            {"rows": len(rows), "added": result.units_added, "updated": result.units_updated,
             "rejected_rows": result.rejected_rows},
        )  # fmt: skip
        if progress is not None:
            progress.step(len(rows), len(rows), "导入完成")
    changes = Changes(units=frozenset(state.touched), buildings=state.buildings_added, all_units=state.buildings_added)
    return result, changes


def _problem(row: LedgerRow, key: str, message: str) -> RowProblem:
    return RowProblem(row.row_number, _HEADERS.get(key, ""), message)


def _check_row(row: LedgerRow, state: _State) -> tuple[list[RowProblem], _Plan | None]:
    problems: list[RowProblem] = []
    building = row.building.strip().removesuffix("号楼").removesuffix("栋").strip().upper()
    room = _integer_text(row.room.strip())
    if not building:
        problems.append(_problem(row, "building", "楼栋不能为空"))
    elif "-" in building:
        problems.append(_problem(row, "building", "楼栋号不能含“-”"))
    if not room:
        problems.append(_problem(row, "room", "房号不能为空"))
    entrance = _int_cell(row, "entrance", row.entrance, 1, problems)
    floor_default = int(room[:-2]) if len(room) > 2 and room[:-2].isdecimal() else 1
    floor = _int_cell(row, "floor", row.floor, floor_default, problems)
    code = unit_code(building, entrance, room)
    existing = state.units.get(code)
    area: int | None = None
    if row.area.strip():
        try:
            area = parse_area(row.area)
        except ValidationError as exc:
            problems.append(_problem(row, "area", exc.message))
    elif existing is None:
        problems.append(_problem(row, "area", "新房屋必须填写建筑面积"))
    unit_type = row.unit_type.strip() or (existing["unit_type"] if existing else UnitType.RESIDENCE)
    if unit_type not in _UNIT_TYPES:
        problems.append(_problem(row, "unit_type", f"“{unit_type}”不是房屋类型（{'/'.join(_UNIT_TYPES)}）"))
    state_text = row.state.strip() or (existing["state"] if existing else UnitState.NOT_DELIVERED)
    if state_text not in _UNIT_STATES:
        problems.append(_problem(row, "state", f"“{state_text}”不是房屋状态（{'/'.join(s.value for s in UnitState)}）"))
    plan = _Plan(code, building, entrance, room, floor, area, unit_type, state_text, row.note.strip(), None,
                 _names(row.co_owners))  # fmt: skip
    row = _without_masked(row, plan)
    if row.owner_name.strip():
        person_input = PersonInput(
            name=row.owner_name, id_kind=row.id_kind.strip() or IdKind.RESIDENT, id_number=row.id_number,
            mobile=row.mobile, landline=row.landline, emergency_name=row.emergency_name,
            emergency_phone=row.emergency_phone,
        )  # fmt: skip
        try:
            plan.person, person_warnings = clean_person(person_input, strict=False)
            plan.warnings += [_problem(row, "", w) for w in person_warnings]
        except ValidationError as exc:
            problems += [_problem(row, p.field, p.message) for p in exc.problems]
    elif any(getattr(row, f).strip() for f in ("id_number", "mobile", "landline", "co_owners")):
        problems.append(_problem(row, "owner_name", "填了业主的证件或电话，但没有填业主姓名"))
    if plan.person is not None and existing is not None:
        primary = _primary(state.owners.get(existing["id"], []))
        if primary is not None and not _same_person(primary, plan.person):
            problems.append(
                _problem(row, "owner_name", f"{code} 的业主是 {primary['name']}，与表中的 {plan.person.name} 不同；"
                         "换业主请在系统中办理过户")
            )  # fmt: skip
    if problems:
        return problems, None
    if code in state.seen:
        plan.warnings.append(_problem(row, "room", f"房号 {code} 与第 {state.seen[code]} 行重复，按后一行更新"))
    state.seen[code] = row.row_number
    return [], plan


def _apply(db: Database, plan: _Plan, state: _State, result: ImportResult) -> None:
    building_id = state.buildings.get(plan.building)
    if building_id is None:
        building_id = registry.insert_building(db, plan.building, building_name(plan.building), 1, 1)
        state.buildings[plan.building] = building_id
        state.buildings_added = True
    entrances, floors = state.shapes.get(building_id, (0, 0))
    state.shapes[building_id] = (max(entrances, plan.entrance), max(floors, plan.floor))
    existing = state.units.get(plan.code)
    added = existing is None
    before: dict[str, Any] | None = None
    after: dict[str, Any] = {}
    if existing is None:
        assert plan.area is not None
        unit_id = state.batch.add_unit(registry.NewUnit(
            building_id=building_id, building_code=plan.building, entrance=plan.entrance, floor=plan.floor,
            room=plan.room, area_centi_m2=plan.area, unit_type=plan.unit_type, state=plan.state, note=plan.note,
        ))  # fmt: skip
        existing = {"id": unit_id, "code": plan.code, "floor": plan.floor, "area_centi_m2": plan.area,
                    "unit_type": plan.unit_type, "state": plan.state, "note": plan.note}  # fmt: skip
        state.units[plan.code] = existing
        state.added.add(unit_id)
        state.terms.add_unit(unit_id, plan.code, plan.building, plan.entrance, plan.room)
        after = dict(existing)
        result.units_added += 1
    else:
        unit_id = existing["id"]
        wanted = {"floor": plan.floor, "area_centi_m2": existing["area_centi_m2"] if plan.area is None else plan.area,
                  "unit_type": plan.unit_type, "state": plan.state, "note": plan.note}  # fmt: skip
        diff = {k: v for k, v in wanted.items() if existing[k] != v}
        if diff:
            state.batch.flush()  # the unit may still be waiting in the batch (a repeated row)
            registry.update_unit(db, unit_id, diff)
            before = {k: existing[k] for k in diff}
            existing.update(diff)
            after = dict(diff)
    owner_before, owner_after = _apply_owners(db, unit_id, plan, state, result)
    after.update(owner_after)
    if owner_before:
        before = {**(before or {}), **owner_before}
    if after:
        state.touched.add(unit_id)
        if not added and unit_id in state.added:
            state.changed_after_add.add(unit_id)
        state.log.add("import", "unit", unit_id, f"导入台账 {plan.code}", before, after, unit_id)
    if added:
        return
    if after:
        result.units_updated += 1
    else:
        result.units_unchanged += 1


def _apply_owners(
    db: Database, unit_id: int, plan: _Plan, state: _State, result: ImportResult
) -> tuple[dict[str, Any], dict[str, Any]]:
    """Write the owner and co-owners of a checked row; returns (before, after) for the change log."""
    current = state.owners.setdefault(unit_id, [])
    before: dict[str, Any] = {}
    after: dict[str, Any] = {}
    person = plan.person
    if person is not None:
        primary = _primary(current)
        if primary is None:
            person_id = state.batch.add_person(person)
            state.batch.add_ownership(unit_id, person_id, OwnerRole.OWNER, state.today)
            if unit_id in state.added:
                state.terms.add_owner(unit_id, person.name, person.mobile, person.landline)
            fields = registry.person_as_dict(person)
            current.insert(0, {"role": OwnerRole.OWNER, "person_id": person_id, **fields})
            after["owner"] = fields
            result.owners_added += 1
        else:
            wanted = dict(primary)
            wanted.update({k: getattr(person, k) for k in _LEDGER_PERSON_FIELDS if getattr(person, k)})
            diff = {k: wanted[k] for k in _LEDGER_PERSON_FIELDS if primary[k] != wanted[k]}
            if diff:
                before["owner"] = {k: primary[k] for k in diff}
                primary.update(diff)
                state.batch.flush()
                registry.update_person(db, primary["person_id"], PersonInput(
                    **{k: primary[k] for k in registry.person_as_dict(person)}))  # fmt: skip
                after["owner"] = diff
                result.owners_updated += 1
    have = {o["name"] for o in current}
    added = [name for name in dict.fromkeys(plan.co_owners) if name not in have]
    for name in added:
        person_id = state.batch.add_person(PersonInput(name=name))
        state.batch.add_ownership(unit_id, person_id, OwnerRole.CO_OWNER, state.today)
        if unit_id in state.added:
            state.terms.add_owner(unit_id, name, "", "")
        current.append({"role": OwnerRole.CO_OWNER, "person_id": person_id,
                        **registry.person_as_dict(PersonInput(name=name))})  # fmt: skip
    if added:
        after["co_owners_added"] = added
    return before, after


_MASKABLE = ("id_number", "mobile", "landline", "emergency_phone")


def _without_masked(row: LedgerRow, plan: _Plan) -> LedgerRow:
    """A masked value (``3301**********1234``, ``138****5678``) from an export is not data: it is
    treated as a blank cell, which never erases what is on file."""
    masked = [f for f in _MASKABLE if "*" in getattr(row, f)]
    if not masked:
        return row
    plan.warnings.append(_problem(row, masked[0], "脱敏（含 *）的证件号或电话未导入，系统中的原值保留"))
    blanks: dict[str, Any] = dict.fromkeys(masked, "")
    return dataclasses.replace(row, **blanks)


def _names(text: str) -> list[str]:
    return [n for n in _NAME_SEPARATORS.split(text.strip()) if n] if text.strip() else []


_NAME_SEPARATORS = re.compile(r"[、，,；;/\s]+")


def _primary(owners: list[dict[str, Any]]) -> dict[str, Any] | None:
    return next((o for o in owners if o["role"] == OwnerRole.OWNER), None)


def _same_person(on_file: dict[str, Any], person: PersonInput) -> bool:
    if person.id_number and on_file["id_number"]:
        return bool(on_file["id_number"] == person.id_number)
    return bool(on_file["name"] == person.name)


def _int_cell(row: LedgerRow, key: str, text: str, default: int, problems: list[RowProblem]) -> int:
    cleaned = _integer_text(text.strip().removesuffix("单元").removesuffix("层"))
    if not cleaned:
        return default
    if not cleaned.isdecimal() or int(cleaned) < 1:
        problems.append(_problem(row, key, f"“{text}”应为正整数"))
        return default
    return int(cleaned)


def _integer_text(text: str) -> str:
    """Excel hands numbers back as ``1502.0``; a room number is text."""
    return text[:-2] if text.endswith(".0") and text[:-2].isdecimal() else text


def summarize(result: ImportResult) -> str:
    return (
        f"新增 {result.units_added} 户，更新 {result.units_updated} 户，未变 {result.units_unchanged} 户；"
        f"新增业主 {result.owners_added} 人，更新业主 {result.owners_updated} 人；"
        f"拒绝 {result.rejected_rows} 行，提示 {len(result.warnings or [])} 条"
    )
