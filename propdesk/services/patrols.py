"""日检巡查 and 违章: every renovation under way is on today's patrol list until someone patrols it; a
patrol walks the checklist (成品保护, 垃圾堆放, 装修时间 …) and notes what was wrong; a violation keeps
the rule broken, the evidence (photos), what must be done by when and any penalty (扣押金), prints as
a numbered 整改通知书, and is re-checked until rectified; overdue rectifications are flagged."""

from __future__ import annotations

import datetime as dt
import json

from propdesk.core.author import Actor
from propdesk.core.changes import Changes
from propdesk.core.errors import Conflict, FieldProblem, NotFound, ValidationError
from propdesk.core.permissions import Permission
from propdesk.core.renovation import (
    PATROL_ITEMS,
    Patrol,
    PatrolListRow,
    RenovationState,
    Violation,
    violation_number,
)
from propdesk.services import renovations
from propdesk.store import audit
from propdesk.store import renovations as store
from propdesk.store.connection import Database


def patrol_list(db: Database, today: dt.date | None = None) -> list[PatrolListRow]:
    """Today's patrol list: every renovation under way, those not yet patrolled today first."""
    day = (today or dt.date.today()).isoformat()
    rows = store.patrol_list(db, day)
    return [PatrolListRow(**{**r, "patrolled_today": bool(r["patrolled_today"])}) for r in rows]


def record_patrol(db: Database, actor: Actor, renovation_id: int, inspector: str, problems: dict[str, str],
                  note: str = "", now: dt.datetime | None = None) -> tuple[Patrol, Changes]:  # fmt: skip
    """A patrol as walked: the items found wrong with a note each (the rest were fine)."""
    actor.require(Permission.EDIT_REGISTRY)
    problems = {k: v.strip() for k, v in problems.items()}
    issues = []
    if not inspector.strip():
        issues.append(FieldProblem("inspector", "请填写巡查人"))
    if any(k not in PATROL_ITEMS for k in problems):
        issues.append(FieldProblem("problems", "巡查项目不对"))
    if any(not v for v in problems.values()):
        issues.append(FieldProblem("problems", "有问题的项目请写明情况"))
    if issues:
        raise ValidationError(issues)
    at = (now or dt.datetime.now()).replace(microsecond=0)
    with db.atomic():
        renovation = renovations.get(db, renovation_id)
        if renovation.state != RenovationState.WORKING:
            raise Conflict(f"装修“{renovation.state}”，不在巡查范围内")
        patrol_id = store.insert_patrol(db, {
            "renovation_id": renovation_id, "patrolled_on": at.date().isoformat(),
            "patrolled_at": at.isoformat(sep=" "), "inspector": inspector.strip(),
            "problems": json.dumps(problems, ensure_ascii=False) if problems else "", "note": note.strip(),
            "author": actor.name,
        })  # fmt: skip
        summary = "、".join(problems) if problems else "无问题"
        audit.record(db, actor.name, "create", "patrol", patrol_id, f"装修巡查（{inspector.strip()}）：{summary}", None,
                     {"problems": problems}, unit_id=renovation.unit_id)  # fmt: skip
        saved = patrols(db, renovation_id)[0]
    return saved, Changes(units=frozenset({renovation.unit_id}))


def patrols(db: Database, renovation_id: int) -> list[Patrol]:
    return [Patrol(r["id"], r["renovation_id"], r["patrolled_on"], r["patrolled_at"], r["inspector"],
                   json.loads(r["problems"]) if r["problems"] else {}, r["note"])
            for r in store.patrols_of(db, renovation_id)]  # fmt: skip


def register_violation(db: Database, actor: Actor, renovation_id: int, rule: str, description: str, required: str,
                       deadline: dt.date, penalty_fen: int = 0, patrol_id: int | None = None,
                       now: dt.datetime | None = None) -> tuple[Violation, Changes]:  # fmt: skip
    """违章: numbered, with what must be done by when and the penalty taken from the deposit (0 for none)."""
    actor.require(Permission.EDIT_REGISTRY)
    at = (now or dt.datetime.now()).replace(microsecond=0)
    issues = []
    if rule not in PATROL_ITEMS:
        issues.append(FieldProblem("rule", "请选择违反的装修规定"))
    if not description.strip():
        issues.append(FieldProblem("description", "请写明违章情况"))
    if not required.strip():
        issues.append(FieldProblem("required", "请写明整改要求"))
    if deadline < at.date():
        issues.append(FieldProblem("deadline", "整改期限不能早于今天"))
    if not 0 <= penalty_fen <= 10_000_000:
        issues.append(FieldProblem("penalty", "扣押金金额不对"))
    if issues:
        raise ValidationError(issues)
    with db.atomic():
        renovation = renovations.get(db, renovation_id)
        if renovation.state != RenovationState.WORKING:
            raise Conflict(f"装修“{renovation.state}”，不能登记违章")
        number = violation_number(at.year, store.take_violation_sequence(db, at.year))
        violation_id = store.insert_violation(db, {
            "number": number, "renovation_id": renovation_id, "patrol_id": patrol_id,
            "found_at": at.isoformat(sep=" "), "found_by": actor.name, "rule": rule,
            "description": description.strip(), "required": required.strip(), "deadline": deadline.isoformat(),
            "penalty_fen": penalty_fen, "author": actor.name,
        })  # fmt: skip
        audit.record(db, actor.name, "create", "violation", violation_id,
                     f"装修违章 {number}：{rule}，{description.strip()}，限 {deadline} 前整改"
                     + (f"，扣押金 {penalty_fen / 100:.2f} 元" if penalty_fen else ""), None,
                     {"number": number, "penalty_fen": penalty_fen}, unit_id=renovation.unit_id)  # fmt: skip
        saved = get_violation(db, number)
    return saved, Changes(units=frozenset({renovation.unit_id}))


def recheck(db: Database, actor: Actor, violation_id: int, rectified: bool, result: str,
            day: dt.date | None = None) -> tuple[Violation, Changes]:  # fmt: skip
    """复查: rectified closes it; not yet keeps it open past its deadline (flagged)."""
    actor.require(Permission.EDIT_REGISTRY)
    if not result.strip():
        raise ValidationError.single("recheck_result", "请填写复查情况")
    with db.atomic():
        row = store.violation(db, violation_id=violation_id)
        if row is None:
            raise NotFound("找不到这条违章")
        if row["rectified"]:
            raise Conflict(f"{row['number']} 已整改")
        values = {"recheck_on": (day or dt.date.today()).isoformat(), "recheck_result": result.strip(),
                  "rectified": int(rectified)}  # fmt: skip
        store.update_violation(db, violation_id, values)
        renovation = renovations.get(db, row["renovation_id"])
        audit.record(db, actor.name, "update", "violation", violation_id,
                     f"违章 {row['number']} 复查：{'已整改' if rectified else '未整改'}，{result.strip()}",
                     {"rectified": bool(row["rectified"])}, values, unit_id=renovation.unit_id)  # fmt: skip
        saved = get_violation(db, str(row["number"]))
    return saved, Changes(units=frozenset({renovation.unit_id}))


def violations(db: Database, renovation_id: int) -> list[Violation]:
    return [Violation(**{**r, "rectified": bool(r["rectified"])}) for r in store.violations_of(db, renovation_id)]


def get_violation(db: Database, number: str) -> Violation:
    row = store.violation(db, number=number.strip().upper())
    if row is None:
        raise NotFound(f"找不到违章 {number}")
    return Violation(**{**row, "rectified": bool(row["rectified"])})


def overdue_count(db: Database, today: dt.date | None = None) -> int:
    return store.overdue_violations(db, (today or dt.date.today()).isoformat())
