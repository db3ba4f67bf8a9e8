"""设计变更: a change to a renovation's works or period after it was approved, requested at the desk and
reviewed by a supervisor like the application (within the same working-day deadline). Approved, its
works join the renovation's and the permitted period ends on the new date."""

from __future__ import annotations

import datetime as dt

from propdesk.core.author import Actor
from propdesk.core.changes import Changes
from propdesk.core.errors import Conflict, FieldProblem, NotFound, ValidationError
from propdesk.core.permissions import Permission
from propdesk.core.renovation import CHANGEABLE_STATES, DesignChange
from propdesk.core.working_days import add_working_days
from propdesk.services import renovation_settings, renovations
from propdesk.store import audit, renovation_completion
from propdesk.store import renovations as renovation_store
from propdesk.store.connection import Database

WAITING, APPROVED, REJECTED = "待审核", "已通过", "已驳回"


def _change(row: dict[str, object]) -> DesignChange:
    return DesignChange(**{**row, "items_added": tuple(i for i in str(row["items_added"]).split(",") if i)})  # type: ignore[arg-type]


def changes(db: Database, renovation_id: int) -> list[DesignChange]:
    return [_change(r) for r in renovation_completion.changes_of(db, renovation_id)]


def get(db: Database, change_id: int) -> DesignChange:
    row = renovation_completion.change(db, change_id)
    if row is None:
        raise NotFound("找不到这份设计变更申请")
    return _change(row)


def request(db: Database, actor: Actor, renovation_id: int, description: str, items_added: tuple[str, ...] = (),
            new_end: dt.date | None = None, now: dt.datetime | None = None) -> tuple[DesignChange, Changes]:  # fmt: skip
    """A 设计变更 request: what changes, works added, and a later end date if the work needs longer."""
    actor.require(Permission.EDIT_REGISTRY)
    at = (now or dt.datetime.now()).replace(microsecond=0)
    rules = renovation_settings.load(db)
    with db.atomic():
        renovation = renovations.get(db, renovation_id)
        problems = []
        if not description.strip():
            problems.append(FieldProblem("description", "请写明变更内容"))
        if any(i not in rules.work_items for i in items_added):
            problems.append(FieldProblem("items_added", "装修项目不对"))
        if new_end is not None and new_end.isoformat() <= renovation.planned_end:
            problems.append(FieldProblem("new_end", f"新的完工日期应晚于原计划 {renovation.planned_end}"))
        elif new_end is not None and (new_end - dt.date.fromisoformat(renovation.planned_start)).days > 366:
            problems.append(FieldProblem("new_end", "装修期最长一年"))
        if problems:
            raise ValidationError(problems)
        if renovation.state not in CHANGEABLE_STATES:
            raise Conflict(f"装修“{renovation.state}”，不能申请设计变更")
        if any(c.state == WAITING for c in changes(db, renovation_id)):
            raise Conflict("这户已有一份待审核的设计变更，请先审核")
        due = add_working_days(at.date(), rules.review_days)
        added = tuple(i for i in items_added if i not in renovation.items)
        change_id = renovation_completion.insert_change(db, {
            "renovation_id": renovation_id, "requested_at": at.isoformat(sep=" "), "requested_by": actor.name,
            "description": description.strip(), "items_added": ",".join(added),
            "new_end": new_end.isoformat() if new_end else None, "state": WAITING, "review_due": due.isoformat(),
            "author": actor.name,
        })  # fmt: skip
        audit.record(db, actor.name, "create", "design_change", change_id,
                     f"设计变更申请：{description.strip()}" + (f"（延期至 {new_end}）" if new_end else ""), None,
                     {"items_added": ",".join(added), "review_due": due.isoformat()}, unit_id=renovation.unit_id)  # fmt: skip
        saved = get(db, change_id)
    return saved, Changes(units=frozenset({renovation.unit_id}))


def review(db: Database, actor: Actor, change_id: int, approve: bool, opinion: str,
           now: dt.datetime | None = None) -> tuple[DesignChange, Changes]:  # fmt: skip
    """审核 a 设计变更 like the application: rejected with a reason, or approved — the works are added and
    the permitted period ends on the new date (passes keep their dates until extended)."""
    actor.require(Permission.APPROVE_RENOVATION)
    if not approve and not opinion.strip():
        raise ValidationError.single("opinion", "驳回时请写明原因")
    at = (now or dt.datetime.now()).replace(microsecond=0)
    with db.atomic():
        found = get(db, change_id)
        if found.state != WAITING:
            raise Conflict(f"这份设计变更已是“{found.state}”，不能再审核")
        renovation = renovations.get(db, found.renovation_id)
        if approve and renovation.state not in CHANGEABLE_STATES:
            raise Conflict(f"装修已是“{renovation.state}”，不能再变更")
        state = APPROVED if approve else REJECTED
        text = opinion.strip() or "同意"
        renovation_completion.update_change(db, change_id, {"state": state, "reviewed_at": at.isoformat(sep=" "),
                                                            "reviewed_by": actor.name, "opinion": text})  # fmt: skip
        if approve:
            values: dict[str, object] = {"items": ",".join((*renovation.items, *found.items_added))}
            if found.new_end:
                values["planned_end"] = found.new_end
            renovation_store.update(db, renovation.id, values)
        audit.record(db, actor.name, "review", "design_change", change_id,
                     f"设计变更{'通过' if approve else '驳回'}：{text}",
                     {"items": ",".join(renovation.items), "planned_end": renovation.planned_end},
                     {"state": state, "new_end": found.new_end}, unit_id=renovation.unit_id)  # fmt: skip
        saved = get(db, change_id)
    return saved, Changes(units=frozenset({renovation.unit_id}))
