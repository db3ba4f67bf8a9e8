"""报修 → 派工 → 跟进 → 回访: a call registered while the caller is on the line (the unit found from the
phone), its deadline from the urgency, dispatched to a technician and followed through the only moves
the state machine allows; a paid repair (保修期外) bills the unit on completion; an order open three
days needs a 沟通记录; only the callback closes it, and 不满意 reopens it with a new deadline."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from propdesk.core.author import Actor
from propdesk.core.billing import FeeKind
from propdesk.core.changes import Changes
from propdesk.core.errors import Conflict, FieldProblem, NotFound, ValidationError
from propdesk.core.identity import normalize_phone, phone_problem
from propdesk.core.limits import NOTE_AFTER_DAYS
from propdesk.core.paging import Page
from propdesk.core.permissions import Permission
from propdesk.core.work_orders import (
    CATEGORIES,
    OPEN_STATES,
    SATISFACTION,
    Action,
    Area,
    Channel,
    Material,
    OrderEvent,
    OrderRow,
    OrderState,
    Urgency,
    Warranty,
    WorkOrder,
    due_at,
    next_state,
    order_number,
)
from propdesk.services import fees, repair_settings
from propdesk.store import audit, registry
from propdesk.store import work_orders as store
from propdesk.store.connection import Database

REPAIR_ITEM = "有偿维修"  # the fee item a paid repair is billed by


@dataclass(frozen=True)
class RepairEntry:
    channel: str
    caller: str
    phone: str
    area: str
    unit_id: int | None
    location: str
    category: str
    warranty: str
    urgency: str
    description: str
    appointment: dt.datetime | None = None
    technician: str = ""  # dispatched at once when given


@dataclass(frozen=True)
class OrderFilter:
    view: str = ""  # a state, or 逾期 / 需沟通记录
    category: str = ""
    technician: str = ""
    text: str = ""  # an order number, a phone, a unit code or a caller's name, exactly


OVERDUE_VIEW, NOTE_VIEW = store.OVERDUE_VIEW, store.NOTE_VIEW


def _stamp(at: dt.datetime) -> str:
    return at.isoformat(sep=" ", timespec="seconds")


def _order(db: Database, row: dict[str, object] | None) -> WorkOrder:
    if row is None:
        raise NotFound("找不到这张工单")
    order_id = int(row["id"])  # type: ignore[call-overload]
    return WorkOrder(**row, materials=tuple(Material(**m) for m in store.materials(db, order_id)),  # type: ignore[arg-type]
                     events=tuple(OrderEvent(**e) for e in store.events(db, order_id)))  # fmt: skip


def get(db: Database, order_id: int) -> WorkOrder:
    return _order(db, store.order(db, order_id=order_id))


def by_number(db: Database, number: str) -> WorkOrder:
    return _order(db, store.order(db, number=number.strip().upper()))


def _check(entry: RepairEntry) -> list[FieldProblem]:
    problems = []
    if entry.channel not in {c.value for c in Channel}:
        problems.append(FieldProblem("channel", "请选择报修渠道"))
    if not entry.caller.strip():
        problems.append(FieldProblem("caller", "请填写报修人"))
    problem = phone_problem(entry.phone) if entry.phone.strip() else None
    if problem:
        problems.append(FieldProblem("phone", problem))
    if entry.area == Area.UNIT and entry.unit_id is None:
        problems.append(FieldProblem("unit", "户内报修请先找到房屋（输入房号或电话）"))
    if entry.area == Area.PUBLIC and not entry.location.strip():
        problems.append(FieldProblem("location", "公共区域报修请填写位置"))
    if entry.area not in {a.value for a in Area}:
        problems.append(FieldProblem("area", "请选择户内或公共区域"))
    if entry.category not in CATEGORIES:
        problems.append(FieldProblem("category", "请选择报修类别"))
    if entry.warranty not in {w.value for w in Warranty}:
        problems.append(FieldProblem("warranty", "请选择保修情况"))
    if entry.urgency not in {u.value for u in Urgency}:
        problems.append(FieldProblem("urgency", "请选择紧急程度"))
    if not entry.description.strip():
        problems.append(FieldProblem("description", "请写明报修内容"))
    return problems


def register(db: Database, actor: Actor, entry: RepairEntry,
             now: dt.datetime | None = None) -> tuple[WorkOrder, Changes]:  # fmt: skip
    """登记 a repair: numbered by month, due by its urgency's deadline; dispatched at once when a technician
    is named. A common-area repair is the office's own (公共维修), whatever was ticked."""
    actor.require(Permission.HANDLE_SERVICE)
    problems = _check(entry)
    if problems:
        raise ValidationError(problems)
    at = (now or dt.datetime.now()).replace(microsecond=0)
    warranty = Warranty.PUBLIC.value if entry.area == Area.PUBLIC else entry.warranty
    with db.atomic():
        if entry.unit_id is not None and registry.unit_row(db, entry.unit_id) is None:
            raise NotFound("找不到这户房屋")
        month = at.year * 100 + at.month
        number = order_number(month, store.take_sequence(db, month))
        hours = repair_settings.deadline_hours(db)
        order_id = store.insert(db, {
            "number": number, "unit_id": entry.unit_id if entry.area == Area.UNIT else None,
            "location": entry.location.strip(), "area": entry.area, "channel": entry.channel,
            "caller": entry.caller.strip(), "phone": normalize_phone(entry.phone), "category": entry.category,
            "warranty": warranty, "urgency": entry.urgency, "description": entry.description.strip(),
            "appointment": _stamp(entry.appointment) if entry.appointment else None, "reported_at": _stamp(at),
            "reported_by": actor.name, "due_at": _stamp(due_at(at, entry.urgency, hours)),
            "state": OrderState.NEW.value,
        })  # fmt: skip
        store.insert_event(db, {"order_id": order_id, "at": _stamp(at), "action": "登记", "author": actor.name,
                                "note": f"{entry.channel}报修：{entry.description.strip()}",
                                "state": OrderState.NEW.value})  # fmt: skip
        audit.record(db, actor.name, "create", "work_order", order_id,
                     f"报修 {number}：{entry.category} {entry.description.strip()}", None,
                     {"urgency": entry.urgency, "warranty": warranty}, unit_id=entry.unit_id)  # fmt: skip
        if entry.technician.strip():
            _move(db, actor, order_id, Action.DISPATCH, "", entry.technician, at)
        saved = get(db, order_id)
    return saved, _changes(saved)


def _changes(order: WorkOrder) -> Changes:
    return Changes(units=frozenset({order.unit_id}) if order.unit_id else frozenset(), service=True)


def _move(db: Database, actor: Actor, order_id: int, action: Action, note: str, technician: str,
          at: dt.datetime, values: dict[str, object] | None = None) -> WorkOrder:  # fmt: skip
    """One step of the state machine: checked, stored with its event and the audit entry."""
    found = get(db, order_id)
    target = next_state(found.state, action)
    changed: dict[str, object] = {"state": target.value, **(values or {})}
    if action in (Action.DISPATCH, Action.REASSIGN):
        changed |= {"technician": technician.strip(), "dispatched_at": _stamp(at)}
    elif action == Action.RETURN:
        changed |= {"technician": ""}
    elif action == Action.ARRIVE and not found.arrived_at:
        changed["arrived_at"] = _stamp(at)
    store.update(db, order_id, changed)
    store.insert_event(db, {"order_id": order_id, "at": _stamp(at), "action": action.value, "author": actor.name,
                            "technician": str(changed.get("technician", found.technician)), "note": note.strip(),
                            "state": target.value})  # fmt: skip
    audit.record(db, actor.name, "update", "work_order", order_id,
                 f"工单 {found.number} {action.value}" + (f"：{note.strip()}" if note.strip() else ""),
                 {"state": found.state}, {"state": target.value}, unit_id=found.unit_id)  # fmt: skip
    return found


NEEDS_NOTE = {Action.RETURN: "退单原因", Action.PAUSE: "暂停原因", Action.CANCEL: "取消原因",
              Action.TRANSFER: "转交开发商的对接人和说明"}  # fmt: skip


def act(db: Database, actor: Actor, order_id: int, action: Action, note: str = "", technician: str = "",
        now: dt.datetime | None = None) -> tuple[WorkOrder, Changes]:  # fmt: skip
    """派工, 改派, 退单, 接单, 到场, 暂停, 恢复, 转开发商, 取消: the steps that carry no more than a note or a
    technician. 完工 and 回访 have their own use cases."""
    actor.require(Permission.HANDLE_SERVICE)
    if action in (Action.COMPLETE, Action.CALLBACK, Action.REOPEN):
        raise ValueError(f"{action} has its own use case")
    if action in (Action.DISPATCH, Action.REASSIGN) and not technician.strip():
        raise ValidationError.single("technician", "请选择维修人员")
    if action in NEEDS_NOTE and not note.strip():
        raise ValidationError.single("note", f"请填写{NEEDS_NOTE[action]}")
    at = (now or dt.datetime.now()).replace(microsecond=0)
    with db.atomic():
        found = get(db, order_id)
        if action == Action.TRANSFER and found.warranty != Warranty.IN:
            raise Conflict("只有保修期内的户内报修才转交开发商")
        if action == Action.REASSIGN and technician.strip() == found.technician:
            raise ValidationError.single("technician", f"工单已派给 {found.technician}，请选择另一位维修人员")
        _move(db, actor, order_id, action, note, technician, at)
        saved = get(db, order_id)
    return saved, _changes(saved)


def add_note(db: Database, actor: Actor, order_id: int, text: str,
             now: dt.datetime | None = None) -> tuple[WorkOrder, Changes]:  # fmt: skip
    """沟通记录: what the owner was told, and when; required once an order has been open three days."""
    actor.require(Permission.HANDLE_SERVICE)
    if not text.strip():
        raise ValidationError.single("note", "请填写沟通内容")
    at = (now or dt.datetime.now()).replace(microsecond=0)
    with db.atomic():
        found = get(db, order_id)
        if found.state not in OPEN_STATES and found.state != OrderState.COMPLETED:
            raise Conflict(f"工单“{found.state}”，不用再记录沟通")
        store.update(db, order_id, {"last_note_at": _stamp(at)})
        store.insert_event(db, {"order_id": order_id, "at": _stamp(at), "action": "沟通", "author": actor.name,
                                "technician": found.technician, "note": text.strip(), "state": found.state})  # fmt: skip
        saved = get(db, order_id)
    return saved, _changes(saved)


def complete(db: Database, actor: Actor, order_id: int, result: str, materials: list[Material],
             service_fee_fen: int = 0, now: dt.datetime | None = None) -> tuple[WorkOrder, Changes]:  # fmt: skip
    """完工 with what was done, the materials and the service fee; a paid repair (保修期外) bills the unit for
    materials and fee together. An order open three days is completed only with a 沟通记录."""
    actor.require(Permission.HANDLE_SERVICE)
    problems = []
    if not result.strip():
        problems.append(FieldProblem("result", "请填写处理结果"))
    if service_fee_fen < 0:
        problems.append(FieldProblem("service_fee", "服务费不能为负数"))
    for index, m in enumerate(materials, start=1):
        if not m.name.strip() or m.amount_fen < 0 or m.unit_price_fen < 0:
            problems.append(FieldProblem("materials", f"第 {index} 项材料请填写名称和金额"))
    if problems:
        raise ValidationError(problems)
    at = (now or dt.datetime.now()).replace(microsecond=0)
    with db.atomic():
        found = get(db, order_id)
        if found.needs_note(at):
            raise Conflict(f"工单已超过 {NOTE_AFTER_DAYS} 天，请先填写沟通记录再完工")
        total = sum(m.amount_fen for m in materials) + service_fee_fen
        values: dict[str, object] = {"completed_at": _stamp(at), "result": result.strip(),
                                     "service_fee_fen": service_fee_fen}  # fmt: skip
        if found.warranty == Warranty.OUT and total > 0 and found.unit_id is not None:
            item_id = fees.system_item(db, actor.name, REPAIR_ITEM, FeeKind.SERVICE, "元/次", at.date())
            values["fee_bill_id"] = fees.charge_item(db, actor.name, found.unit_id, item_id, Decimal(1),
                                                     Decimal(total) / 100, f"工单 {found.number}", at.date())  # fmt: skip
        _move(db, actor, order_id, Action.COMPLETE, result, found.technician, at, values)
        store.insert_materials(db, order_id, [(m.name.strip(), m.spec.strip(), m.quantity.strip(), m.unit_price_fen,
                                               m.amount_fen) for m in materials])  # fmt: skip
        saved = get(db, order_id)
    return saved, _changes(saved)


def callback(db: Database, actor: Actor, order_id: int, satisfaction: str, comment: str = "",
             now: dt.datetime | None = None) -> tuple[WorkOrder, Changes]:  # fmt: skip
    """回访: 满意 or 基本满意 closes the order; 不满意 (with what is wrong) reopens it to the same technician with a
    new deadline from now."""
    actor.require(Permission.HANDLE_SERVICE)
    if satisfaction not in SATISFACTION:
        raise ValidationError.single("satisfaction", "请选择满意度")
    if satisfaction == "不满意" and not comment.strip():
        raise ValidationError.single("comment", "不满意时请记下业主的意见")
    at = (now or dt.datetime.now()).replace(microsecond=0)
    with db.atomic():
        found = get(db, order_id)
        values: dict[str, object] = {"callback_at": _stamp(at), "callback_by": actor.name,
                                     "satisfaction": satisfaction, "callback_comment": comment.strip()}  # fmt: skip
        note = f"{satisfaction}" + (f"：{comment.strip()}" if comment.strip() else "")
        if satisfaction == "不满意":
            hours = repair_settings.deadline_hours(db)
            values |= {"reopened": found.reopened + 1, "completed_at": None,
                       "due_at": _stamp(due_at(at, found.urgency, hours))}  # fmt: skip
            _move(db, actor, order_id, Action.REOPEN, note, found.technician, at, values)
        else:
            _move(db, actor, order_id, Action.CALLBACK, note, found.technician, at, values)
        saved = get(db, order_id)
    return saved, _changes(saved)


def page(db: Database, f: OrderFilter, offset: int = 0, limit: int = 100,
         now: dt.datetime | None = None) -> Page[OrderRow]:  # fmt: skip
    """The work-order list, newest first, one page at a time (with the total the filter matches)."""
    at = now or dt.datetime.now()
    clauses, params = store.where(f.view, f.category, f.technician, f.text.strip(), normalize_phone(f.text),
                                  _stamp(at), _stamp(at - dt.timedelta(days=NOTE_AFTER_DAYS)))  # fmt: skip
    rows = [OrderRow(**r) for r in store.page(db, clauses, params, offset, limit)]
    return Page(rows=rows, total=store.count(db, clauses, params), offset=offset)


def of_unit(db: Database, unit_id: int) -> list[OrderRow]:
    return [OrderRow(**r) for r in store.of_unit(db, unit_id)]


def of_phone(db: Database, phone: str) -> list[OrderRow]:
    """The caller's past calls, newest first, while a new one is being registered."""
    number = normalize_phone(phone)
    return [OrderRow(**r) for r in store.of_phone(db, number)] if number else []


def counts(db: Database, now: dt.datetime | None = None) -> dict[str, int]:
    at = now or dt.datetime.now()
    return store.counts(db, _stamp(at), _stamp(at - dt.timedelta(days=NOTE_AFTER_DAYS)))
