"""小区 and office settings (shown on every form)."""

from __future__ import annotations

import dataclasses

from propdesk.core.author import Actor
from propdesk.core.changes import Changes
from propdesk.core.errors import FieldProblem, ValidationError
from propdesk.core.identity import phone_problem
from propdesk.core.permissions import Permission
from propdesk.core.registry import Community
from propdesk.store import audit, settings
from propdesk.store.connection import Database


def get_community(db: Database) -> Community:
    return settings.load_community(db)


def save_community(db: Database, actor: Actor, community: Community) -> Changes:
    actor.require(Permission.EDIT_SETTINGS)
    cleaned = Community(**{f.name: getattr(community, f.name).strip() for f in dataclasses.fields(Community)})
    problems = []
    if not cleaned.name:
        problems.append(FieldProblem("name", "小区名称不能为空"))
    if cleaned.office_phone and phone_problem(cleaned.office_phone):
        problems.append(FieldProblem("office_phone", f"服务中心电话：{phone_problem(cleaned.office_phone)}"))
    if problems:
        raise ValidationError(problems)
    if not cleaned.receipt_title:
        cleaned = dataclasses.replace(cleaned, receipt_title=f"{cleaned.name}物业服务中心")
    with db.atomic():
        before = settings.load_community(db)
        settings.save_community(db, cleaned)
        audit.record(
            db,
            actor.name,
            "update",
            "community",
            None,
            "修改小区信息",
            dataclasses.asdict(before),
            dataclasses.asdict(cleaned),
        )
    return Changes(community=True)
