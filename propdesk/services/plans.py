"""部门计划: the month's plan the supervisor approves — a collection target per building (suggested from the
month's bills), the 走访 plan (made in the service desk), the month's community activities — and, beside
each, what was actually done. Once approved the plan is kept as approved (the database refuses changes)."""

from __future__ import annotations

import datetime as dt

from propdesk.core.activities import ActivityState
from propdesk.core.author import Actor
from propdesk.core.changes import Changes
from propdesk.core.errors import Conflict, ValidationError
from propdesk.core.money import format_yuan
from propdesk.core.monthly_report import month_bounds
from propdesk.core.permissions import Permission
from propdesk.core.plans import CollectionLine, MonthPlan, PlanState
from propdesk.services import activities, visits
from propdesk.store import audit, registry
from propdesk.store import plans as store
from propdesk.store.connection import Database


def get(db: Database, month: str) -> MonthPlan:
    """The month's plan beside the actual figures; an unsaved month shows the suggested targets as a draft."""
    start, end, _last = month_bounds(month)
    wanted = start[:7]
    row = store.plan(db, wanted)
    targets = store.targets(db, row["id"]) if row else store.billed_by_building(db, wanted, start, end)
    actual = store.collected_by_building(db, wanted, start, end)
    lines = tuple(CollectionLine(b.id, b.name or b.code, targets.get(b.id, 0), actual.get(b.id, 0))
                  for b in registry.list_buildings(db))  # fmt: skip
    visit_plan = visits.plan(db, wanted)
    done = sum(1 for u in visit_plan.units if u.visited_on) if visit_plan else 0
    month_activities = [a for a in activities.of_month(db, wanted) if a.state != ActivityState.CANCELLED]
    return MonthPlan(
        month=wanted, state=row["state"] if row else "", note=row["note"] if row else "",
        created_by=row["created_by"] if row else "", approved_by=row["approved_by"] if row else None,
        approved_at=row["approved_at"] if row else None, collection=lines,
        visits_target=visit_plan.target if visit_plan else 0, visits_planned=len(visit_plan.units) if visit_plan else 0,
        visits_done=done, activities_planned=len(month_activities),
        activities_held=sum(1 for a in month_activities if a.state == ActivityState.HELD),
    )  # fmt: skip


def save(db: Database, actor: Actor, month: str, targets: dict[int, int], note: str = "") -> tuple[MonthPlan, Changes]:
    """Save the draft: a target (分) per building id."""
    actor.require(Permission.HANDLE_SERVICE)
    wanted = month_bounds(month)[0][:7]
    known = {b.id: b for b in registry.list_buildings(db)}
    if any(fen < 0 for fen in targets.values()):
        raise ValidationError.single("targets", "收费目标不能是负数")
    if not set(targets) <= set(known):
        raise ValidationError.single("targets", "有楼栋不在小区里")
    with db.atomic():
        row = store.plan(db, wanted)
        if row is not None and row["state"] == PlanState.APPROVED:
            raise Conflict(f"{wanted} 的计划已由 {row['approved_by']} 批准，不能再修改")
        if row is None:
            plan_id = store.insert_plan(db, {"month": wanted, "note": note.strip(), "state": PlanState.DRAFT.value,
                                             "created_by": actor.name})  # fmt: skip
            before: dict[int, int] = {}
        else:
            plan_id = row["id"]
            before = store.targets(db, plan_id)
            store.update_plan(db, plan_id, {"note": note.strip()})
        store.set_targets(db, plan_id, {b: fen for b, fen in targets.items() if fen > 0})
        total = sum(targets.values())
        audit.record(db, actor.name, "create" if row is None else "update", "month_plan", plan_id,
                     f"{wanted} 部门计划：收费目标 {format_yuan(total)} 元", {"targets": before},
                     {"targets": targets, "note": note.strip()})  # fmt: skip
        saved = get(db, wanted)
    return saved, Changes(service=True)


def approve(db: Database, actor: Actor, month: str, now: dt.datetime | None = None) -> tuple[MonthPlan, Changes]:
    actor.require(Permission.REVIEW_SERVICE)
    at = (now or dt.datetime.now()).replace(microsecond=0)
    wanted = month_bounds(month)[0][:7]
    with db.atomic():
        row = store.plan(db, wanted)
        if row is None:
            raise Conflict(f"{wanted} 还没有保存计划，先保存再批准")
        if row["state"] == PlanState.APPROVED:
            raise Conflict(f"{wanted} 的计划已由 {row['approved_by']} 于 {row['approved_at']} 批准")
        found = get(db, wanted)
        if found.target_fen == 0:
            raise Conflict("计划里没有收费目标")
        store.update_plan(db, row["id"], {"state": PlanState.APPROVED.value, "approved_by": actor.name,
                                          "approved_at": at.isoformat(sep=" ")})  # fmt: skip
        audit.record(db, actor.name, "update", "month_plan", row["id"],
                     f"批准 {wanted} 部门计划（收费目标 {format_yuan(found.target_fen)} 元，走访 {found.visits_planned} 户，"
                     f"活动 {found.activities_planned} 项）", {"state": row["state"]},
                     {"state": PlanState.APPROVED.value})  # fmt: skip
        saved = get(db, wanted)
    return saved, Changes(service=True)
