"""报修 and 派工单 as values: where a call comes from, what and where it is, how urgent (its deadline), the
states an order passes through and the only moves between them, the number, and the overdue and
three-day-note rules."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum

from propdesk.core.errors import Conflict
from propdesk.core.limits import NOTE_AFTER_DAYS, OPEN_ORDER_STATES, TIMED_ORDER_STATES


class Channel(StrEnum):
    PHONE = "电话"
    WALK_IN = "来访"
    VISIT = "走访"
    PATROL = "巡查"
    ONLINE = "微信"


class Area(StrEnum):
    UNIT = "户内"
    PUBLIC = "公共区域"


class Warranty(StrEnum):
    IN = "保修期内"  # passed to the developer, with a transfer record
    OUT = "保修期外"  # 有偿服务 at the owner's cost
    PUBLIC = "公共维修"  # the office's own: common parts


class Urgency(StrEnum):
    URGENT = "紧急"
    NORMAL = "一般"
    PLANNED = "计划"


CATEGORIES = ["水电", "门窗", "土建", "管道疏通", "电梯", "公共设施", "消防", "绿化", "其他"]
PUBLIC_LOCATIONS = ["单元大堂", "电梯", "楼道/楼梯间", "地下车库", "屋面", "外墙", "道路", "绿化带", "水泵房",
                    "配电房", "门岗", "会所", "健身区", "垃圾房"]  # fmt: skip
DEFAULT_DEADLINE_HOURS = {Urgency.URGENT: 4, Urgency.NORMAL: 24, Urgency.PLANNED: 72}
SATISFACTION = ["满意", "基本满意", "不满意"]


class OrderState(StrEnum):
    NEW = "待派工"
    DISPATCHED = "已派工"
    ACCEPTED = "已接单"
    WORKING = "处理中"  # the technician is there
    PAUSED = "暂停"
    TRANSFERRED = "转开发商"  # under warranty: the developer repairs it
    COMPLETED = "待回访"  # done; closed only by the callback
    CLOSED = "已关闭"
    CANCELLED = "已取消"


class Action(StrEnum):
    DISPATCH = "派工"
    REASSIGN = "改派"
    RETURN = "退单"
    ACCEPT = "接单"
    ARRIVE = "到场"
    PAUSE = "暂停"
    RESUME = "恢复"
    TRANSFER = "转开发商"
    COMPLETE = "完工"
    CALLBACK = "回访"
    REOPEN = "重开"  # a callback 不满意
    CANCEL = "取消"


S = OrderState
# the whole state machine: an action is allowed only from these states, and leads to that one
TRANSITIONS: dict[Action, tuple[frozenset[OrderState], OrderState]] = {
    Action.DISPATCH: (frozenset({S.NEW}), S.DISPATCHED),
    Action.REASSIGN: (frozenset({S.DISPATCHED, S.ACCEPTED, S.WORKING, S.PAUSED}), S.DISPATCHED),
    Action.RETURN: (frozenset({S.DISPATCHED, S.ACCEPTED}), S.NEW),
    Action.ACCEPT: (frozenset({S.DISPATCHED}), S.ACCEPTED),
    Action.ARRIVE: (frozenset({S.DISPATCHED, S.ACCEPTED}), S.WORKING),
    Action.PAUSE: (frozenset({S.ACCEPTED, S.WORKING}), S.PAUSED),
    Action.RESUME: (frozenset({S.PAUSED}), S.WORKING),
    Action.TRANSFER: (frozenset({S.NEW, S.DISPATCHED}), S.TRANSFERRED),
    Action.COMPLETE: (frozenset({S.WORKING, S.TRANSFERRED}), S.COMPLETED),
    Action.CALLBACK: (frozenset({S.COMPLETED}), S.CLOSED),
    Action.REOPEN: (frozenset({S.COMPLETED}), S.DISPATCHED),
    Action.CANCEL: (frozenset({S.NEW, S.DISPATCHED}), S.CANCELLED),
}
OPEN_STATES = frozenset(OrderState(s) for s in OPEN_ORDER_STATES)
# the deadline runs for these: a transferred order waits on the developer, a completed one on the callback
TIMED_STATES = frozenset(OrderState(s) for s in TIMED_ORDER_STATES)


def next_state(state: str, action: Action) -> OrderState:
    """Where ``action`` leads from ``state``; refused (with the reason in Chinese) when it is not allowed."""
    allowed, target = TRANSITIONS[action]
    if state not in allowed:
        raise Conflict(f"工单“{state}”，不能{action.value}")
    return target


def order_number(month: int, sequence: int) -> str:
    """年+月+序号: ``month`` as 202611."""
    return f"WX{month:06d}{sequence:04d}"


def due_at(start: dt.datetime, urgency: str, hours: dict[str, int]) -> dt.datetime:
    return start + dt.timedelta(hours=hours.get(urgency, DEFAULT_DEADLINE_HOURS[Urgency.NORMAL]))


@dataclass(frozen=True)
class Material:
    name: str
    spec: str
    quantity: str  # as typed: 1, 2.5, 3 米
    unit_price_fen: int
    amount_fen: int


@dataclass(frozen=True)
class OrderEvent:
    at: str
    action: str
    author: str
    technician: str
    note: str
    state: str


@dataclass(frozen=True)
class WorkOrder:
    id: int
    number: str
    unit_id: int | None
    unit_code: str
    location: str  # 户内: the room; 公共区域: the place
    area: str
    channel: str
    caller: str
    phone: str
    category: str
    warranty: str
    urgency: str
    description: str
    appointment: str | None
    reported_at: str
    reported_by: str
    due_at: str
    state: str
    technician: str
    dispatched_at: str | None
    arrived_at: str | None
    completed_at: str | None
    result: str
    service_fee_fen: int
    fee_bill_id: int | None
    callback_at: str | None
    callback_by: str | None
    satisfaction: str
    callback_comment: str
    reopened: int
    last_note_at: str | None  # the latest 沟通记录
    materials: tuple[Material, ...] = ()
    events: tuple[OrderEvent, ...] = field(default=())

    @property
    def materials_fen(self) -> int:
        return sum(m.amount_fen for m in self.materials)

    @property
    def total_fen(self) -> int:
        return self.materials_fen + self.service_fee_fen

    def overdue(self, now: dt.datetime) -> bool:
        """Past its deadline and still being worked on: never for completed, closed or cancelled orders."""
        return self.state in TIMED_STATES and self.due_at < now.isoformat(sep=" ", timespec="seconds")

    def needs_note(self, now: dt.datetime) -> bool:
        """Open more than three days with no 沟通记录 since the third day."""
        if self.state not in OPEN_STATES:
            return False
        third_day = dt.datetime.fromisoformat(self.reported_at) + dt.timedelta(days=NOTE_AFTER_DAYS)
        if now < third_day:
            return False
        return self.last_note_at is None or self.last_note_at < third_day.isoformat(sep=" ")


@dataclass(frozen=True)
class OrderRow:
    """A work order as the list shows it (the list pages through 150,000)."""

    id: int
    number: str
    unit_code: str
    location: str
    caller: str
    phone: str
    category: str
    urgency: str
    description: str
    reported_at: str
    due_at: str
    state: str
    technician: str
    satisfaction: str


@dataclass(frozen=True)
class Technician:
    id: int
    name: str
    trades: tuple[str, ...]
    phone: str
    active: bool
