"""报修设置: the deadline of each urgency in hours, and the 维修人员 orders are dispatched to (name, trades,
phone; a technician who left is made inactive, never deleted — old orders keep the name)."""

from __future__ import annotations

import json

from propdesk.core.author import Actor
from propdesk.core.changes import Changes
from propdesk.core.errors import Conflict, FieldProblem, NotFound, ValidationError
from propdesk.core.identity import normalize_phone, phone_problem
from propdesk.core.permissions import Permission
from propdesk.core.work_orders import CATEGORIES, DEFAULT_DEADLINE_HOURS, Technician, Urgency
from propdesk.store import audit, settings
from propdesk.store import work_orders as store
from propdesk.store.connection import Database

HOURS_KEY = "service.deadline_hours"


def deadline_hours(db: Database) -> dict[str, int]:
    hours = {u.value: h for u, h in DEFAULT_DEADLINE_HOURS.items()}
    try:
        stored = json.loads(settings.get_value(db, HOURS_KEY) or "{}")
    except ValueError:
        stored = {}
    hours.update({k: int(v) for k, v in stored.items() if k in hours and isinstance(v, int)})
    return hours


def save_deadline_hours(db: Database, actor: Actor, hours: dict[str, int]) -> Changes:
    actor.require(Permission.EDIT_SETTINGS)
    problems = [FieldProblem(u.value, f"“{u.value}”的处理时限应在 1 到 720 小时之间")
                for u in Urgency if not 1 <= hours.get(u.value, 0) <= 720]  # fmt: skip
    if problems:
        raise ValidationError(problems)
    with db.atomic():
        before = deadline_hours(db)
        wanted = {u.value: hours[u.value] for u in Urgency}
        if wanted != before:
            settings.set_value(db, HOURS_KEY, json.dumps(wanted, ensure_ascii=False))
            audit.record(db, actor.name, "update", "settings", None, "修改报修处理时限", before, wanted)
    return Changes()


def technicians(db: Database, active_only: bool = False) -> list[Technician]:
    return [Technician(r["id"], r["name"], tuple(t for t in r["trades"].split(",") if t), r["phone"], bool(r["active"]))
            for r in store.technicians(db, active_only)]  # fmt: skip


def save_technician(db: Database, actor: Actor, technician_id: int | None, name: str, trades: tuple[str, ...],
                    phone: str, active: bool = True) -> tuple[Technician, Changes]:  # fmt: skip
    """Add a technician (``technician_id`` None) or change one."""
    actor.require(Permission.EDIT_SETTINGS)
    problems = []
    if not name.strip() or len(name.strip()) > 20:
        problems.append(FieldProblem("name", "请填写维修人员姓名（最多 20 个字）"))
    if any(t not in CATEGORIES for t in trades):
        problems.append(FieldProblem("trades", "工种请从报修类别中选"))
    problem = phone_problem(phone) if phone.strip() else None
    if problem:
        problems.append(FieldProblem("phone", problem))
    if problems:
        raise ValidationError(problems)
    values = {"name": name.strip(), "trades": ",".join(trades), "phone": normalize_phone(phone), "active": int(active)}
    with db.atomic():
        same = next((t for t in technicians(db) if t.name == name.strip() and t.id != technician_id), None)
        if same is not None:
            raise Conflict(f"已有维修人员“{same.name}”")
        if technician_id is None:
            technician_id = store.insert_technician(db, values)
            audit.record(db, actor.name, "create", "technician", technician_id, f"新增维修人员 {name.strip()}", None,
                         values)  # fmt: skip
        else:
            before = next((t for t in technicians(db) if t.id == technician_id), None)
            if before is None:
                raise NotFound("找不到这位维修人员")
            store.update_technician(db, technician_id, values)
            audit.record(db, actor.name, "update", "technician", technician_id, f"修改维修人员 {name.strip()}",
                         {"name": before.name, "trades": ",".join(before.trades), "phone": before.phone,
                          "active": int(before.active)}, values)  # fmt: skip
        saved = next(t for t in technicians(db) if t.id == technician_id)
    return saved, Changes()
