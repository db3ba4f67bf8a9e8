"""完工申请 and 竣工验收: the owner reports the work finished; the office inspects it against the checklist
(闭水试验 where the waterproofing was touched, 烟感/喷淋 untouched, public areas undamaged, rubbish
cleared …). A failed item sends it back to rectify, then it is inspected again; passed, the unit
leaves 装修中 for the state it had before the permit, and the deposits can be settled."""

from __future__ import annotations

import datetime as dt
import json

from propdesk.core.author import Actor
from propdesk.core.changes import Changes
from propdesk.core.errors import Conflict, FieldProblem, ValidationError
from propdesk.core.permissions import Permission
from propdesk.core.registry import UnitState
from propdesk.core.renovation import Acceptance, RenovationState, acceptance_items
from propdesk.services import renovations
from propdesk.store import audit, move_ins, registry, renovation_completion
from propdesk.store import renovations as renovation_store
from propdesk.store.connection import Database


def acceptances(db: Database, renovation_id: int) -> list[Acceptance]:
    """The inspections of a renovation, the latest first."""
    return [
        Acceptance(**{**r, "failures": json.loads(r["failures"]) if r["failures"] else {}, "passed": bool(r["passed"])})
        for r in renovation_completion.acceptances_of(db, renovation_id)
    ]


def apply_completion(db: Database, actor: Actor, renovation_id: int, completed_on: dt.date, note: str = "",
                     today: dt.date | None = None) -> tuple[Changes, str]:  # fmt: skip
    """完工申请: the work is finished and waits for 竣工验收; patrols stop."""
    actor.require(Permission.EDIT_REGISTRY)
    if completed_on > (today or dt.date.today()):
        raise ValidationError.single("completed_on", "完工日期不能晚于今天")
    with db.atomic():
        found = renovations.get(db, renovation_id)
        if found.state != RenovationState.WORKING:
            raise Conflict(f"装修“{found.state}”，不能申请完工验收")
        if completed_on.isoformat() < found.planned_start:
            raise ValidationError.single("completed_on", f"完工日期不能早于开工日期 {found.planned_start}")
        renovation_store.update(db, renovation_id, {"state": RenovationState.WAITING_ACCEPTANCE.value,
                                                    "completed_on": completed_on.isoformat()})  # fmt: skip
        audit.record(db, actor.name, "update", "renovation", renovation_id,
                     f"完工申请：{completed_on} 完工" + (f"，{note.strip()}" if note.strip() else ""),
                     {"state": found.state}, {"state": RenovationState.WAITING_ACCEPTANCE.value},
                     unit_id=found.unit_id)  # fmt: skip
    return Changes(units=frozenset({found.unit_id})), found.unit_code


def inspect(db: Database, actor: Actor, renovation_id: int, inspector: str, failures: dict[str, str],
            note: str = "", day: dt.date | None = None) -> tuple[Acceptance, Changes]:  # fmt: skip
    """竣工验收 (or 复验 after rectification): every item not in ``failures`` passed. Passed only with every
    violation rectified; then the unit goes back to the state it had before the permit."""
    actor.require(Permission.EDIT_REGISTRY)
    today = day or dt.date.today()
    failures = {k: v.strip() for k, v in failures.items()}
    problems = []
    if not inspector.strip():
        problems.append(FieldProblem("inspector", "请填写验收人"))
    if any(not v for v in failures.values()):
        problems.append(FieldProblem("failures", "不合格的项目请写明整改要求"))
    if problems:
        raise ValidationError(problems)
    with db.atomic():
        found = renovations.get(db, renovation_id)
        if found.state not in (RenovationState.WAITING_ACCEPTANCE, RenovationState.RECTIFYING):
            raise Conflict(f"装修“{found.state}”，不能验收")
        checklist = acceptance_items(found.items)
        if any(k not in checklist for k in failures):
            raise ValidationError.single("failures", "验收项目不对")
        passed = not failures
        if passed:
            open_violations = renovation_store.open_violation_numbers(db, renovation_id)
            if open_violations:
                raise Conflict(f"还有违章未整改（{'、'.join(open_violations)}），复查合格后才能验收通过")
        acceptance_id = renovation_completion.insert_acceptance(db, {
            "renovation_id": renovation_id, "completed_on": found.completed_on or today.isoformat(),
            "inspected_on": today.isoformat(), "inspector": inspector.strip(),
            "failures": json.dumps(failures, ensure_ascii=False) if failures else "", "note": note.strip(),
            "passed": int(passed), "author": actor.name,
        })  # fmt: skip
        state = RenovationState.ACCEPTED if passed else RenovationState.RECTIFYING
        renovation_store.update(db, renovation_id, {"state": state.value})
        before, after = {"state": found.state}, {"state": state.value}
        if passed:
            unit = move_ins.unit_handover(db, found.unit_id)
            back = renovation_store.previous_state(db, renovation_id) or UnitState.OCCUPIED.value
            if back == UnitState.RENOVATING:
                back = UnitState.OCCUPIED.value
            if unit and unit[0] == UnitState.RENOVATING:  # unless someone has changed it since
                registry.update_unit(db, found.unit_id, {"state": back})
                before["unit_state"], after["unit_state"] = UnitState.RENOVATING.value, back
        audit.record(db, actor.name, "update", "acceptance", acceptance_id,
                     "竣工验收通过" if passed else f"竣工验收不通过：{'；'.join(f'{k}：{v}' for k, v in failures.items())}",
                     before, after, unit_id=found.unit_id)  # fmt: skip
        saved = acceptances(db, renovation_id)[0]
    return saved, Changes(units=frozenset({found.unit_id}))
