"""装修设置: the review deadline in working days, the grace days for handing back a worker pass before
its deposit is forfeited, the works an application can tick, and the working hours printed on the
permit and the promise."""

from __future__ import annotations

from dataclasses import asdict

from propdesk.core.author import Actor
from propdesk.core.changes import Changes
from propdesk.core.errors import FieldProblem, ValidationError
from propdesk.core.limits import PASS_RETURN_DAYS_KEY
from propdesk.core.permissions import Permission
from propdesk.core.renovation import RenovationRules
from propdesk.store import audit, settings
from propdesk.store.connection import Database

REVIEW_DAYS_KEY = "renovation.review_days"
PASS_DAYS_KEY = PASS_RETURN_DAYS_KEY
WORK_ITEMS_KEY = "renovation.work_items"
HOURS_KEY = "renovation.working_hours"


def _number(db: Database, key: str, default: int) -> int:
    value = settings.get_value(db, key, str(default))
    return int(value) if value.isdecimal() else default


def load(db: Database) -> RenovationRules:
    default = RenovationRules()
    items = tuple(i for i in settings.get_value(db, WORK_ITEMS_KEY).split("\n") if i.strip())
    return RenovationRules(
        review_days=_number(db, REVIEW_DAYS_KEY, default.review_days),
        pass_return_days=_number(db, PASS_DAYS_KEY, default.pass_return_days),
        work_items=items or default.work_items,
        working_hours=settings.get_value(db, HOURS_KEY) or default.working_hours,
    )


def pass_return_days(db: Database) -> int:
    return _number(db, PASS_DAYS_KEY, RenovationRules().pass_return_days)


def save(db: Database, actor: Actor, wanted: RenovationRules) -> Changes:
    actor.require(Permission.EDIT_SETTINGS)
    items = tuple(dict.fromkeys(i.strip() for i in wanted.work_items if i.strip()))
    problems = []
    if not 1 <= wanted.review_days <= 30:
        problems.append(FieldProblem("review_days", "审核期限应在 1 到 30 个工作日之间"))
    if not 0 <= wanted.pass_return_days <= 60:
        problems.append(FieldProblem("pass_return_days", "出入证逾期交回的宽限天数应在 0 到 60 天之间"))
    if not items:
        problems.append(FieldProblem("work_items", "至少要有一个装修项目"))
    elif any(len(i) > 12 or "," in i or "，" in i for i in items):
        problems.append(FieldProblem("work_items", "每个装修项目一行，最多 12 个字，不能有逗号"))
    if not wanted.working_hours.strip():
        problems.append(FieldProblem("working_hours", "请填写施工时间"))
    if problems:
        raise ValidationError(problems)
    after = RenovationRules(wanted.review_days, wanted.pass_return_days, items, wanted.working_hours.strip())
    with db.atomic():
        before = load(db)
        if after == before:
            return Changes()
        settings.set_value(db, REVIEW_DAYS_KEY, str(after.review_days))
        settings.set_value(db, PASS_DAYS_KEY, str(after.pass_return_days))
        settings.set_value(db, WORK_ITEMS_KEY, "\n".join(after.work_items))
        settings.set_value(db, HOURS_KEY, after.working_hours)
        audit.record(db, actor.name, "update", "settings", None, "修改装修设置",
                     {k: str(v) for k, v in asdict(before).items()}, {k: str(v) for k, v in asdict(after).items()})  # fmt: skip
    return Changes()
