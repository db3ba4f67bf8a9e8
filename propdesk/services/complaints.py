"""投诉: 安抚 → 登记 (time, place, people involved, what happened, the 诉求) → a handler with the level's
two deadlines (respond, resolve) → 跟进 notes → 办结 with the result → 回访 (不满意 sends it back) → the
supervisor's review. A complaint at risk of becoming a group complaint (群诉) is flagged for the
supervisor from the moment it is registered."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from propdesk.core.author import Actor
from propdesk.core.changes import Changes
from propdesk.core.complaints import (
    CATEGORIES,
    CHANNELS,
    DEFAULT_LIMITS,
    NEAR_HOURS,
    Complaint,
    ComplaintEvent,
    ComplaintRow,
    ComplaintState,
    Level,
    Limits,
    Step,
    after,
    complaint_number,
)
from propdesk.core.errors import FieldProblem, NotFound, ValidationError
from propdesk.core.identity import normalize_phone, phone_problem
from propdesk.core.paging import Page
from propdesk.core.permissions import Permission
from propdesk.core.work_orders import SATISFACTION
from propdesk.store import audit, registry, settings
from propdesk.store import complaints as store
from propdesk.store.connection import Database

LIMITS_KEY = "complaints.limits"
OVERDUE_VIEW, NEAR_VIEW, RISK_VIEW = store.OVERDUE_VIEW, store.NEAR_VIEW, store.RISK_VIEW


@dataclass(frozen=True)
class ComplaintEntry:
    channel: str
    complainant: str
    phone: str
    unit_id: int | None
    place: str
    people: str
    description: str
    demand: str
    category: str
    level: str
    handler: str
    group_risk: bool = False


def _stamp(at: dt.datetime) -> str:
    return at.isoformat(sep=" ", timespec="seconds")


def limits(db: Database) -> dict[str, Limits]:
    """Per level: respond within hours, resolve within hours or working days (a setting; the seed's values)."""
    found = {level.value: value for level, value in DEFAULT_LIMITS.items()}
    try:
        stored = json.loads(settings.get_value(db, LIMITS_KEY) or "{}")
        found.update({k: Limits(**v) for k, v in stored.items() if k in found})
    except (ValueError, TypeError):
        pass
    return found


def save_limits(db: Database, actor: Actor, wanted: dict[str, Limits]) -> Changes:
    """The deadlines per level: 紧急 in hours, 一般 resolved in working days (the seed's shape)."""
    actor.require(Permission.EDIT_SETTINGS)
    problems = []
    for level, found in wanted.items():
        if level not in {lv.value for lv in Level}:
            problems.append(FieldProblem("level", f"没有“{level}”这个级别"))
        elif not 1 <= found.respond_hours <= 240:
            problems.append(FieldProblem(f"{level}.respond", f"{level}投诉的响应时限应在 1 到 240 小时之间"))
        elif not (1 <= found.resolve_hours <= 720 or 1 <= found.resolve_working_days <= 60):
            problems.append(FieldProblem(f"{level}.resolve", f"{level}投诉的办结时限不对"))
    if problems:
        raise ValidationError(problems)
    with db.atomic():
        before = limits(db)
        after = {**before, **wanted}
        if after != before:
            settings.set_value(
                db, LIMITS_KEY, json.dumps({k: v.__dict__ for k, v in after.items()}, ensure_ascii=False)
            )
            audit.record(db, actor.name, "update", "settings", None, "修改投诉处理时限",
                         {k: str(v) for k, v in before.items()}, {k: str(v) for k, v in after.items()})  # fmt: skip
    return Changes()


def _complaint(db: Database, row: dict[str, object] | None) -> Complaint:
    if row is None:
        raise NotFound("找不到这件投诉")
    complaint_id = int(row["id"])  # type: ignore[call-overload]
    return Complaint(**{**row, "group_risk": bool(row["group_risk"])},  # type: ignore[arg-type]
                     events=tuple(ComplaintEvent(**e) for e in store.events(db, complaint_id)))  # fmt: skip


def get(db: Database, complaint_id: int) -> Complaint:
    return _complaint(db, store.complaint(db, complaint_id=complaint_id))


def by_number(db: Database, number: str) -> Complaint:
    return _complaint(db, store.complaint(db, number=number.strip().upper()))


def _changes(c: Complaint) -> Changes:
    return Changes(units=frozenset({c.unit_id}) if c.unit_id else frozenset(), service=True)


def register(db: Database, actor: Actor, entry: ComplaintEntry,
             now: dt.datetime | None = None) -> tuple[Complaint, Changes]:  # fmt: skip
    """登记: numbered by month, with the level's response and resolution deadlines."""
    actor.require(Permission.HANDLE_SERVICE)
    problems = []
    if entry.channel not in CHANNELS:
        problems.append(FieldProblem("channel", "请选择投诉渠道"))
    if not entry.complainant.strip():
        problems.append(FieldProblem("complainant", "请填写投诉人"))
    problem = phone_problem(entry.phone) if entry.phone.strip() else None
    if problem:
        problems.append(FieldProblem("phone", problem))
    if not entry.description.strip():
        problems.append(FieldProblem("description", "请写明投诉内容"))
    if entry.category not in CATEGORIES:
        problems.append(FieldProblem("category", "请选择投诉类别"))
    if entry.level not in {lv.value for lv in Level}:
        problems.append(FieldProblem("level", "请选择紧急程度"))
    if not entry.handler.strip():
        problems.append(FieldProblem("handler", "请指定处理人"))
    if problems:
        raise ValidationError(problems)
    at = (now or dt.datetime.now()).replace(microsecond=0)
    with db.atomic():
        if entry.unit_id is not None and registry.unit_row(db, entry.unit_id) is None:
            raise NotFound("找不到这户房屋")
        month = at.year * 100 + at.month
        number = complaint_number(month, store.take_sequence(db, month))
        respond, resolve = limits(db)[entry.level].due(at)
        complaint_id = store.insert(db, {
            "number": number, "unit_id": entry.unit_id, "received_at": _stamp(at), "received_by": actor.name,
            "channel": entry.channel, "complainant": entry.complainant.strip(), "phone": normalize_phone(entry.phone),
            "place": entry.place.strip(), "people": entry.people.strip(), "description": entry.description.strip(),
            "demand": entry.demand.strip(), "category": entry.category, "level": entry.level,
            "group_risk": int(entry.group_risk), "handler": entry.handler.strip(), "respond_due": _stamp(respond),
            "resolve_due": _stamp(resolve), "state": ComplaintState.NEW.value,
        })  # fmt: skip
        note = f"{entry.channel}投诉：{entry.description.strip()}" + (
            "（群诉风险，已报主管）" if entry.group_risk else ""
        )
        store.insert_event(db, {"complaint_id": complaint_id, "at": _stamp(at), "step": "登记", "author": actor.name,
                                "note": note, "state": ComplaintState.NEW.value})  # fmt: skip
        audit.record(db, actor.name, "create", "complaint", complaint_id, f"投诉 {number}：{entry.category} {note}",
                     None, {"level": entry.level, "handler": entry.handler.strip(), "group_risk": entry.group_risk},
                     unit_id=entry.unit_id)  # fmt: skip
        saved = get(db, complaint_id)
    return saved, _changes(saved)


def _step(db: Database, actor: Actor, complaint_id: int, step: Step, note: str, at: dt.datetime,
          values: dict[str, object] | None = None) -> Complaint:  # fmt: skip
    found = get(db, complaint_id)
    state = after(found.state, step)
    store.update(db, complaint_id, {"state": state, **(values or {})})
    store.insert_event(db, {"complaint_id": complaint_id, "at": _stamp(at), "step": step.value, "author": actor.name,
                            "note": note.strip(), "state": state})  # fmt: skip
    audit.record(db, actor.name, "update", "complaint", complaint_id,
                 f"投诉 {found.number} {step.value}" + (f"：{note.strip()}" if note.strip() else ""),
                 {"state": found.state}, {"state": state}, unit_id=found.unit_id)  # fmt: skip
    return found


_NOTES = {Step.RESPOND: "请写明如何回应了投诉人", Step.NOTE: "请填写跟进情况", Step.RESOLVE: "请写明处理结果",
          Step.REVIEW: "请填写审核意见"}  # fmt: skip


def proceed(db: Database, actor: Actor, complaint_id: int, step: Step, note: str,
            now: dt.datetime | None = None) -> tuple[Complaint, Changes]:  # fmt: skip
    """响应, 跟进, 办结, 主管审核: each a dated note; 回访 is ``callback``."""
    actor.require(Permission.REVIEW_SERVICE if step == Step.REVIEW else Permission.HANDLE_SERVICE)
    if step in (Step.CALLBACK, Step.REOPEN):
        raise ValueError("the callback has its own use case")
    if not note.strip():
        raise ValidationError.single("note", _NOTES[step])
    at = (now or dt.datetime.now()).replace(microsecond=0)
    values: dict[str, object] = {}
    if step == Step.RESPOND:
        values["responded_at"] = _stamp(at)
    elif step == Step.RESOLVE:
        values |= {"resolved_at": _stamp(at), "result": note.strip()}
    elif step == Step.REVIEW:
        values |= {"review": note.strip(), "reviewed_by": actor.name}
    with db.atomic():
        _step(db, actor, complaint_id, step, note, at, values)
        saved = get(db, complaint_id)
    return saved, _changes(saved)


def callback(db: Database, actor: Actor, complaint_id: int, satisfaction: str, comment: str = "",
             now: dt.datetime | None = None) -> tuple[Complaint, Changes]:  # fmt: skip
    """回访: 满意 or 基本满意 closes it (办结); 不满意 (with what the complainant said) sends it back to the handler."""
    actor.require(Permission.HANDLE_SERVICE)
    if satisfaction not in SATISFACTION:
        raise ValidationError.single("satisfaction", "请选择满意度")
    if satisfaction == "不满意" and not comment.strip():
        raise ValidationError.single("comment", "不满意时请记下投诉人的意见")
    at = (now or dt.datetime.now()).replace(microsecond=0)
    values: dict[str, object] = {"callback_at": _stamp(at), "callback_by": actor.name, "satisfaction": satisfaction,
                                 "callback_comment": comment.strip()}  # fmt: skip
    note = satisfaction + (f"：{comment.strip()}" if comment.strip() else "")
    with db.atomic():
        if satisfaction == "不满意":
            values |= {"resolved_at": None}
            _step(db, actor, complaint_id, Step.REOPEN, note, at, values)
        else:
            _step(db, actor, complaint_id, Step.CALLBACK, note, at, values)
        saved = get(db, complaint_id)
    return saved, _changes(saved)


def page(db: Database, view: str = "", category: str = "", text: str = "", offset: int = 0, limit: int = 100,
         now: dt.datetime | None = None) -> Page[ComplaintRow]:  # fmt: skip
    at = now or dt.datetime.now()
    clauses, params = store.where(view, category, text.strip(), _stamp(at), _stamp(at + dt.timedelta(hours=NEAR_HOURS)))
    rows = [ComplaintRow(**{**r, "group_risk": bool(r["group_risk"])}) for r in store.page(db, clauses, params, offset,
                                                                                        limit)]  # fmt: skip
    return Page(rows=rows, total=store.count(db, clauses, params), offset=offset)


def of_unit(db: Database, unit_id: int) -> list[ComplaintRow]:
    return [ComplaintRow(**{**r, "group_risk": bool(r["group_risk"])}) for r in store.of_unit(db, unit_id)]


def counts(db: Database, now: dt.datetime | None = None) -> dict[str, int]:
    at = now or dt.datetime.now()
    return store.counts(db, _stamp(at), _stamp(at + dt.timedelta(hours=NEAR_HOURS)))
