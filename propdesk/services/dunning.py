"""催缴记录: record each contact about a unit's arrears (上门, 电话, 短信, 张贴 …) with its result
and next step; the amount owed that day is kept with it."""

from __future__ import annotations

import datetime as dt

from propdesk.core.author import Actor
from propdesk.core.billing import DunningContact, DunningMethod
from propdesk.core.changes import Changes
from propdesk.core.errors import FieldProblem, NotFound, ValidationError
from propdesk.core.permissions import Permission
from propdesk.store import audit, dunning, receipts, registry
from propdesk.store.connection import Database


def record_contact(db: Database, actor: Actor, unit_id: int, method: str, result: str, next_step: str = "",
                   contacted_on: dt.date | None = None) -> tuple[int, Changes]:  # fmt: skip
    actor.require(Permission.EDIT_REGISTRY)
    day = contacted_on or dt.date.today()
    problems = []
    if method not in {m.value for m in DunningMethod}:
        problems.append(FieldProblem("method", "请选择催缴方式：上门、电话、短信、张贴或书面通知"))
    if not result.strip():
        problems.append(FieldProblem("result", "请填写催缴结果，如“业主答应月底前交清”"))
    if len(result) > 200 or len(next_step) > 200:
        problems.append(FieldProblem("result", "结果和下一步各最多 200 个字"))
    if day > dt.date.today():
        problems.append(FieldProblem("contacted_on", "催缴日期不能晚于今天"))
    if problems:
        raise ValidationError(problems)
    with db.atomic():
        unit = registry.unit_row(db, unit_id)
        if unit is None:
            raise NotFound("找不到这户房屋")
        owed = sum(b.amount_fen for b in receipts.unpaid_bills(db, unit_id) if b.due_date < day.isoformat())
        values = {"unit_id": unit_id, "contacted_on": day.isoformat(), "method": method, "owed_fen": owed,
                  "result": result.strip(), "next_step": next_step.strip(), "author": actor.name}  # fmt: skip
        contact_id = dunning.insert_contact(db, values)
        audit.record(db, actor.name, "create", "dunning", contact_id,
                     f"{unit['code']} {method}催缴：{result.strip()}", None, values, unit_id=unit_id)  # fmt: skip
    return contact_id, Changes(units=frozenset({unit_id}))


def contacts(db: Database, unit_id: int) -> list[DunningContact]:
    return [DunningContact(**r) for r in dunning.contacts_of_unit(db, unit_id)]
