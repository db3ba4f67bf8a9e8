"""投诉 as values: how a complaint arrives, its category and level, the two deadlines a level sets (to
respond, to resolve), the states and the only moves between them, and when it is overdue or near."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from propdesk.core.errors import Conflict
from propdesk.core.limits import COMPLAINT_NEAR_HOURS
from propdesk.core.working_days import add_working_days

CHANNELS = ["电话", "来访", "微信", "信函", "12345热线", "业委会转来"]
CATEGORIES = [
    "服务态度",
    "维修质量",
    "环境卫生",
    "安全秩序",
    "收费",
    "装修扰民",
    "邻里纠纷",
    "停车",
    "公共设施",
    "其他",
]


class Level(StrEnum):
    URGENT = "紧急"
    NORMAL = "一般"


@dataclass(frozen=True)
class Limits:
    """Respond within hours; resolve within hours (紧急) or working days (一般)."""

    respond_hours: int
    resolve_hours: int = 0
    resolve_working_days: int = 0

    def due(self, received: dt.datetime) -> tuple[dt.datetime, dt.datetime]:
        respond = received + dt.timedelta(hours=self.respond_hours)
        if self.resolve_working_days:
            resolve = dt.datetime.combine(add_working_days(received.date(), self.resolve_working_days), received.time())
        else:
            resolve = received + dt.timedelta(hours=self.resolve_hours)
        return respond, resolve


DEFAULT_LIMITS = {Level.URGENT: Limits(2, resolve_hours=24), Level.NORMAL: Limits(48, resolve_working_days=7)}
NEAR_HOURS = COMPLAINT_NEAR_HOURS


class ComplaintState(StrEnum):
    NEW = "待处理"
    HANDLING = "处理中"  # responded to; being resolved
    RESOLVED = "待回访"  # resolved; closed only by the callback
    CLOSED = "已办结"


class Step(StrEnum):
    RESPOND = "响应"
    NOTE = "跟进"
    RESOLVE = "办结"
    CALLBACK = "回访"
    REOPEN = "重新处理"
    REVIEW = "主管审核"


S = ComplaintState
MOVES: dict[Step, tuple[frozenset[ComplaintState], ComplaintState | None]] = {
    Step.RESPOND: (frozenset({S.NEW}), S.HANDLING),
    Step.NOTE: (frozenset({S.NEW, S.HANDLING, S.RESOLVED}), None),  # None: the state stays
    Step.RESOLVE: (frozenset({S.HANDLING}), S.RESOLVED),
    Step.CALLBACK: (frozenset({S.RESOLVED}), S.CLOSED),
    Step.REOPEN: (frozenset({S.RESOLVED}), S.HANDLING),
    Step.REVIEW: (frozenset({S.CLOSED}), None),
}


def after(state: str, step: Step) -> str:
    allowed, target = MOVES[step]
    if state not in allowed:
        raise Conflict(f"投诉“{state}”，不能{step.value}")
    return target.value if target else state


def complaint_number(month: int, sequence: int) -> str:
    return f"TS{month:06d}{sequence:04d}"


@dataclass(frozen=True)
class ComplaintEvent:
    at: str
    step: str
    author: str
    note: str
    state: str


@dataclass(frozen=True)
class Complaint:
    id: int
    number: str
    unit_id: int | None
    unit_code: str
    received_at: str
    received_by: str
    channel: str
    complainant: str
    phone: str
    place: str
    people: str  # the people involved
    description: str
    demand: str  # 诉求
    category: str
    level: str
    group_risk: bool  # 群诉风险: the supervisor is alerted
    handler: str
    respond_due: str
    resolve_due: str
    responded_at: str | None
    resolved_at: str | None
    result: str
    state: str
    callback_at: str | None
    callback_by: str | None
    satisfaction: str
    callback_comment: str
    review: str
    reviewed_by: str | None
    events: tuple[ComplaintEvent, ...] = ()

    def response_overdue(self, now: dt.datetime) -> bool:
        return self.responded_at is None and self.respond_due < now.isoformat(sep=" ", timespec="seconds")

    def resolution_overdue(self, now: dt.datetime) -> bool:
        return self.state in (S.NEW, S.HANDLING) and self.resolve_due < now.isoformat(sep=" ", timespec="seconds")


@dataclass(frozen=True)
class ComplaintRow:
    id: int
    number: str
    unit_code: str
    place: str
    complainant: str
    phone: str
    category: str
    level: str
    group_risk: bool
    received_at: str
    resolve_due: str
    state: str
    handler: str
    description: str
