"""Importing the office's existing unit-and-owner ledger (Excel rows already read as text).

Legacy data is messy: a row is rejected only when it cannot be understood (no building or room,
an area that is not a number, an unknown type); odd IDs and phones import with a warning.
Re-importing updates in place — a unit is its code, an owner is matched by ID number or name —
so an exported file re-imports with nothing changed. Each row is applied whole or not at all.
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any

from propdesk.core.author import Actor
from propdesk.core.changes import Changes
from propdesk.core.clock import today_iso
from propdesk.core.errors import PropdeskError, ValidationError
from propdesk.core.identity import IdKind
from propdesk.core.ledger import HEADER_TO_FIELD, ImportResult, LedgerRow, RowProblem
from propdesk.core.progress import Progress
from propdesk.core.registry import OwnerRole, PersonInput, UnitState, UnitType, parse_area
from propdesk.core.unit_codes import unit_code
from propdesk.services.buildings import building_name
from propdesk.services.validation import clean_person
from propdesk.store import audit, registry, search
from propdesk.store.connection import Database

_FIELD_HEADER = {f: h for h, f in HEADER_TO_FIELD.items()}
_FIELD_HEADER.update({"building": "楼栋", "entrance": "单元", "room": "房号", "floor": "楼层", "area": "建筑面积(㎡)",
                      "unit_type": "房屋类型", "state": "房屋状态", "owner_name": "业主姓名", "id_kind": "证件类型",
                      "id_number": "证件号码", "mobile": "手机", "landline": "座机", "co_owners": "共有人",
                      "emergency_name": "紧急联系人", "emergency_phone": "紧急联系电话", "note": "备注"})
_PERSON_TO_LEDGER = {"name": "owner_name"}


class _RowRejected(Exception):
    def __init__(self, problems: list[RowProblem]) -> None:
        super().__init__(problems)
        self.problems = problems


def import_ledger(db: Database, actor: Actor, rows: list[LedgerRow], progress: Progress | None = None) -> tuple[
        ImportResult, Changes]:
    result = ImportResult()
    touched: set[int] = set()
    buildings_added = False
    with db.atomic():
        buildings = registry.building_ids(db)
        units = registry.unit_rows_by_code(db)
        owners = registry.current_owner_rows(db)
        seen: dict[str, int] = {}
        for index, row in enumerate(rows):
            if progress is not None and index % 200 == 0:
                progress.step(index, len(rows), "正在导入…")
            try:
                with db.atomic():  # a savepoint: the row goes in whole or not at all
                    outcome = _import_row(db, actor, row, buildings, units, owners, result, seen)
            except _RowRejected as rejected:
                result.rejected.extend(rejected.problems)  # type: ignore[union-attr]
                continue
            if outcome.building_added:
                buildings_added = True
            if outcome.unit_id is not None and outcome.changed:
                touched.add(outcome.unit_id)
        if touched:
            registry.refresh_owner_names_many(db, touched)
            search.reindex_units(db, touched)
        audit.record(db, actor.name, "import", "ledger", None,
                     f"导入房屋业主台账：新增 {result.units_added} 户，更新 {result.units_updated} 户，"
                     f"拒绝 {result.rejected_rows} 行", None,
                     {"rows": len(rows), "added": result.units_added, "updated": result.units_updated,
                      "rejected_rows": result.rejected_rows})
        if progress is not None:
            progress.step(len(rows), len(rows), "导入完成")
    return result, Changes(units=frozenset(touched), buildings=buildings_added, all_units=buildings_added)


@dataclasses.dataclass
class _Outcome:
    unit_id: int | None
    changed: bool
    building_added: bool = False


def _problem(row: LedgerRow, field: str, message: str) -> RowProblem:
    return RowProblem(row.row_number, _FIELD_HEADER.get(field, field), message)


def _import_row(db: Database, actor: Actor, row: LedgerRow, buildings: dict[str, int],
                units: dict[str, dict[str, Any]], owners: dict[int, list[dict[str, Any]]], result: ImportResult,
                seen: dict[str, int]) -> _Outcome:
    warnings = result.warnings
    assert warnings is not None
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
    floor_default = int(room[:-2]) if len(room) > 2 and room[:-2].isdigit() else 1
    floor = _int_cell(row, "floor", row.floor, floor_default, problems)
    code = unit_code(building, entrance, room)
    existing = units.get(code)
    area: int | None = None
    if row.area.strip():
        try:
            area = parse_area(row.area)
        except ValidationError as exc:
            problems.append(_problem(row, "area", exc.message))
    elif existing is None:
        problems.append(_problem(row, "area", "新房屋必须填写建筑面积"))
    unit_type = row.unit_type.strip() or (existing["unit_type"] if existing else UnitType.RESIDENCE)
    if unit_type not in {t.value for t in UnitType}:
        problems.append(_problem(row, "unit_type", f"“{unit_type}”不是房屋类型（住宅/商铺/车位/储藏室）"))
    state = row.state.strip() or (existing["state"] if existing else UnitState.NOT_DELIVERED)
    if state not in {s.value for s in UnitState}:
        problems.append(_problem(row, "state", f"“{state}”不是房屋状态（{'/'.join(s.value for s in UnitState)}）"))
    person: PersonInput | None = None
    has_owner_data = any(getattr(row, f).strip() for f in ("id_number", "mobile", "landline", "co_owners"))
    if row.owner_name.strip():
        try:
            person, person_warnings = clean_person(PersonInput(
                name=row.owner_name, id_kind=row.id_kind.strip() or IdKind.RESIDENT, id_number=row.id_number,
                mobile=row.mobile, landline=row.landline, emergency_name=row.emergency_name,
                emergency_phone=row.emergency_phone), strict=False)
            warnings.extend(_problem(row, "", w) for w in person_warnings)
        except ValidationError as exc:
            problems.extend(_problem(row, _PERSON_TO_LEDGER.get(p.field, p.field), p.message) for p in exc.problems)
    elif has_owner_data:
        problems.append(_problem(row, "owner_name", "填了业主的证件或电话，但没有填业主姓名"))
    if problems:
        raise _RowRejected(problems)
    if code in seen:
        warnings.append(_problem(row, "room", f"房号 {code} 与第 {seen[code]} 行重复，按后一行更新"))
    seen[code] = row.row_number

    changed = False
    added = existing is None
    building_added = False
    if building not in buildings:
        buildings[building] = registry.insert_building(db, building, building_name(building), entrance, floor)
        building_added = True
    if existing is None:
        assert area is not None
        [unit_id] = registry.insert_units(db, [registry.NewUnit(
            building_id=buildings[building], building_code=building, entrance=entrance, floor=floor, room=room,
            area_centi_m2=area, unit_type=unit_type, state=state, note=row.note.strip())])
        registry.update_building_shape(db, buildings[building], entrance, floor)
        existing = {"id": unit_id, "code": code, "floor": floor, "area_centi_m2": area, "unit_type": unit_type,
                    "state": state, "note": row.note.strip()}
        units[code] = existing
        audit.record(db, actor.name, "import", "unit", unit_id, f"导入新增房屋 {code}", None, dict(existing))
        result.units_added += 1
        changed = True
    else:
        unit_id = existing["id"]
        wanted = {"floor": floor, "area_centi_m2": area if area is not None else existing["area_centi_m2"],
                  "unit_type": unit_type, "state": state, "note": row.note.strip()}
        diff = {k: v for k, v in wanted.items() if existing[k] != v}
        if diff:
            registry.update_unit(db, unit_id, diff)
            audit.record(db, actor.name, "import", "unit", unit_id, f"导入更新房屋 {code}",
                         {k: existing[k] for k in diff}, diff)
            existing.update(diff)
            changed = True
    if person is not None:
        changed = _import_owner(db, actor, row, unit_id, code, person, owners, result) or changed
    if not added:
        if changed:
            result.units_updated += 1
        else:
            result.units_unchanged += 1
    return _Outcome(unit_id=unit_id, changed=changed, building_added=building_added)


def _import_owner(db: Database, actor: Actor, row: LedgerRow, unit_id: int, code: str, person: PersonInput,
                  owners: dict[int, list[dict[str, Any]]], result: ImportResult) -> bool:
    current = owners.setdefault(unit_id, [])
    primary = next((o for o in current if o["role"] == OwnerRole.OWNER), None)
    changed = False
    if primary is None:
        person_id = registry.insert_person(db, person)
        registry.insert_ownership(db, unit_id, person_id, OwnerRole.OWNER, today_iso())
        current.insert(0, {"role": OwnerRole.OWNER, "person_id": person_id, **registry.person_as_dict(person)})
        audit.record(db, actor.name, "import", "ownership", unit_id, f"导入业主 {code} {person.name}", None,
                     registry.person_as_dict(person))
        result.owners_added += 1
        changed = True
    else:
        same = (person.id_number and primary["id_number"] == person.id_number) or primary["name"] == person.name
        if not same:
            raise _RowRejected([_problem(row, "owner_name",
                                         f"{code} 的业主是 {primary['name']}，与表中的 {person.name} 不同；"
                                         "换业主请在系统中办理过户")])
        before = {k: primary[k] for k in registry.person_as_dict(person)}
        # Blank cells in a legacy sheet mean "not recorded there", not "erase what we know".
        after = {k: (v if v or k in ("name",) else before[k]) for k, v in registry.person_as_dict(person).items()}
        after["note"] = before["note"]
        after["work_unit"] = before["work_unit"]
        after["address"] = before["address"]
        diff = {k: v for k, v in after.items() if before[k] != v}
        if diff:
            registry.update_person(db, primary["person_id"], PersonInput(**after))
            audit.record(db, actor.name, "import", "person", primary["person_id"], f"导入更新业主 {person.name}",
                         {k: before[k] for k in diff}, diff)
            primary.update(diff)
            result.owners_updated += 1
            changed = True
    co_names = [n for n in re.split(r"[、，,；;/\s]+", row.co_owners.strip()) if n]
    have = {o["name"] for o in current}
    for name in co_names:
        if name in have:
            continue
        person_id = registry.insert_person(db, PersonInput(name=name))
        registry.insert_ownership(db, unit_id, person_id, OwnerRole.CO_OWNER, today_iso())
        current.append({"role": OwnerRole.CO_OWNER, "person_id": person_id,
                        **registry.person_as_dict(PersonInput(name=name))})
        have.add(name)
        audit.record(db, actor.name, "import", "ownership", unit_id, f"导入共有人 {code} {name}", None, {"name": name})
        changed = True
    return changed


def _int_cell(row: LedgerRow, field: str, text: str, default: int, problems: list[RowProblem]) -> int:
    cleaned = _integer_text(text.strip().removesuffix("单元").removesuffix("层"))
    if not cleaned:
        return default
    if not cleaned.isdigit() or int(cleaned) < 1:
        problems.append(_problem(row, field, f"“{text}”应为正整数"))
        return default
    return int(cleaned)


def _integer_text(text: str) -> str:
    """Excel hands numbers back as ``1502.0``; a room number is text."""
    return text[:-2] if re.fullmatch(r"\d+\.0", text) else text


def summarize(result: ImportResult) -> str:
    return (f"新增 {result.units_added} 户，更新 {result.units_updated} 户，未变 {result.units_unchanged} 户；"
            f"新增业主 {result.owners_added} 人，更新业主 {result.owners_updated} 人；"
            f"拒绝 {result.rejected_rows} 行，提示 {len(result.warnings or [])} 条")


__all__ = ["ImportResult", "LedgerRow", "PropdeskError", "RowProblem", "import_ledger", "summarize"]
