"""社区文化活动: a clerk plans an activity (what, when, where, who organises it, its budget), households sign
up at the desk until the closing day or the places run out, who came is marked, and a short summary with
what was spent closes it. Photos go with it; the notice and the sign-up sheet print; the month's activities
are in the supervisor's plan and the monthly workbook."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from propdesk.core.activities import Activity, ActivityState, Signup
from propdesk.core.author import Actor
from propdesk.core.changes import Changes
from propdesk.core.errors import Conflict, FieldProblem, NotFound, ValidationError
from propdesk.core.money import format_yuan
from propdesk.core.monthly_report import month_bounds
from propdesk.core.permissions import Permission
from propdesk.store import activities as store
from propdesk.store import audit, registry
from propdesk.store.connection import Database


@dataclass(frozen=True)
class ActivityEntry:
    title: str
    starts_at: dt.datetime
    ends_at: dt.datetime
    place: str
    organiser: str
    budget_fen: int
    description: str = ""
    signup_until: dt.date | None = None
    capacity: int = 0  # people; 0: no limit


def _stamp(at: dt.datetime) -> str:
    return at.strftime("%Y-%m-%d %H:%M")


def _activity(row: dict[str, object] | None, signups: list[dict[str, object]] | None = None) -> Activity:
    if row is None:
        raise NotFound("找不到这个活动")
    found = tuple(Signup(**{**s, "attended": None if s["attended"] is None else bool(s["attended"])})  # type: ignore[arg-type]
                  for s in signups or [])  # fmt: skip
    return Activity(**row, signups=found)  # type: ignore[arg-type]


def get(db: Database, activity_id: int) -> Activity:
    return _activity(store.activity(db, activity_id), store.signups(db, activity_id))


def recent(db: Database, limit: int = 200) -> list[Activity]:
    return [_activity(r) for r in store.recent(db, limit)]


def of_month(db: Database, month: str) -> list[Activity]:
    start, end, _last = month_bounds(month)
    return [_activity(r) for r in store.between(db, start, end)]


def _check(entry: ActivityEntry) -> None:
    problems = []
    if not entry.title.strip():
        problems.append(FieldProblem("title", "请填写活动名称"))
    if entry.ends_at <= entry.starts_at:
        problems.append(FieldProblem("ends_at", "结束时间应晚于开始时间"))
    if not entry.place.strip():
        problems.append(FieldProblem("place", "请填写活动地点"))
    if not entry.organiser.strip():
        problems.append(FieldProblem("organiser", "请填写组织人"))
    if entry.budget_fen < 0:
        problems.append(FieldProblem("budget", "预算不能是负数"))
    if entry.signup_until is not None and entry.signup_until > entry.starts_at.date():
        problems.append(FieldProblem("signup_until", "报名截止日期不能晚于活动当天"))
    if entry.capacity < 0:
        problems.append(FieldProblem("capacity", "名额不能是负数"))
    if problems:
        raise ValidationError(problems)


def save(db: Database, actor: Actor, activity_id: int | None, entry: ActivityEntry) -> tuple[Activity, Changes]:
    """Plan a new activity or change one still being prepared."""
    actor.require(Permission.HANDLE_SERVICE)
    _check(entry)
    values = {"title": entry.title.strip(), "starts_at": _stamp(entry.starts_at), "ends_at": _stamp(entry.ends_at),
              "place": entry.place.strip(), "organiser": entry.organiser.strip(), "budget_fen": entry.budget_fen,
              "description": entry.description.strip(),
              "signup_until": entry.signup_until.isoformat() if entry.signup_until else None,
              "capacity": entry.capacity}  # fmt: skip
    with db.atomic():
        if activity_id is None:
            activity_id = store.insert(db, {**values, "state": ActivityState.PLANNED.value, "author": actor.name})
            audit.record(db, actor.name, "create", "activity", activity_id,
                         f"社区活动：{values['title']}（{values['starts_at']}，{values['place']}）", None, values)  # fmt: skip
        else:
            before = get(db, activity_id)
            if before.state != ActivityState.PLANNED:
                raise Conflict(f"“{before.title}”{before.state}，不能再修改")
            if entry.capacity and entry.capacity < before.signed_people:
                raise ValidationError.single("capacity", f"已有 {before.signed_people} 人报名，名额不能少于报名人数")
            store.update(db, activity_id, values)
            audit.record(db, actor.name, "update", "activity", activity_id, f"修改社区活动：{values['title']}",
                         {k: getattr(before, k) for k in values}, values)  # fmt: skip
        saved = get(db, activity_id)
    return saved, Changes(service=True)


def _planned(db: Database, activity_id: int) -> Activity:
    found = get(db, activity_id)
    if found.state != ActivityState.PLANNED:
        raise Conflict(f"“{found.title}”{found.state}")
    return found


def sign_up(db: Database, actor: Actor, activity_id: int, unit_id: int, names: str, people: int, phone: str = "",
            today: dt.date | None = None) -> tuple[Activity, Changes]:  # fmt: skip
    """A household signs up at the desk: refused after the closing day, once the places are taken, or twice."""
    actor.require(Permission.HANDLE_SERVICE)
    problems = []
    if not names.strip():
        problems.append(FieldProblem("names", "请填写报名人姓名"))
    if people < 1:
        problems.append(FieldProblem("people", "报名人数至少 1 人"))
    if problems:
        raise ValidationError(problems)
    day = today or dt.date.today()
    with db.atomic():
        found = _planned(db, activity_id)
        unit = registry.unit_row(db, unit_id)
        if unit is None:
            raise NotFound("找不到这个房屋")
        last_day = found.signup_until or found.starts_at[:10]
        if day.isoformat() > last_day:
            raise Conflict(f"“{found.title}”的报名已于 {last_day} 截止")
        existing = store.signup_of(db, activity_id, unit_id)
        if existing is not None:
            raise Conflict(f"{unit['code']} 已经报名（{existing['names']}，{existing['people']} 人）")
        if found.capacity and found.signed_people + people > found.capacity:
            left = found.capacity - found.signed_people
            raise Conflict(f"名额 {found.capacity} 人，只剩 {left} 人" if left > 0 else f"名额 {found.capacity} 人已满")
        store.insert_signup(db, {"activity_id": activity_id, "unit_id": unit_id, "names": names.strip(),
                                 "people": people, "phone": phone.strip(), "author": actor.name})  # fmt: skip
        audit.record(db, actor.name, "update", "activity", activity_id,
                     f"“{found.title}”报名：{unit['code']} {names.strip()}（{people} 人）", None,
                     {"unit_id": unit_id, "people": people})  # fmt: skip
        saved = get(db, activity_id)
    return saved, Changes(service=True)


def withdraw(db: Database, actor: Actor, activity_id: int, signup_id: int) -> tuple[Activity, Changes]:
    actor.require(Permission.HANDLE_SERVICE)
    with db.atomic():
        found = _planned(db, activity_id)
        signup = next((s for s in found.signups if s.id == signup_id), None)
        if signup is None:
            raise NotFound("找不到这条报名")
        store.delete_signup(db, signup_id)
        audit.record(db, actor.name, "update", "activity", activity_id,
                     f"“{found.title}”取消报名：{signup.unit_code} {signup.names}",
                     {"unit_id": signup.unit_id, "people": signup.people}, None)  # fmt: skip
        saved = get(db, activity_id)
    return saved, Changes(service=True)


def close(db: Database, actor: Actor, activity_id: int, came: list[int], summary: str, spent_fen: int,
          now: dt.datetime | None = None) -> tuple[Activity, Changes]:  # fmt: skip
    """After the activity: who came (sign-up ids), a short summary, what was spent."""
    actor.require(Permission.HANDLE_SERVICE)
    at = now or dt.datetime.now()
    problems = []
    if not summary.strip():
        problems.append(FieldProblem("summary", "请写几句活动小结"))
    if spent_fen < 0:
        problems.append(FieldProblem("spent", "实际花费不能是负数"))
    if problems:
        raise ValidationError(problems)
    with db.atomic():
        found = _planned(db, activity_id)
        if _stamp(at) < found.starts_at:
            raise Conflict(f"“{found.title}”{found.starts_at} 才开始，结束后再写小结")
        known = {s.id for s in found.signups}
        if not set(came) <= known:
            raise NotFound("有签到的报名不在这个活动里")
        store.set_attended(db, activity_id, came)
        store.update(db, activity_id, {"state": ActivityState.HELD.value, "summary": summary.strip(),
                                       "spent_fen": spent_fen})  # fmt: skip
        over = f"，超出预算 {format_yuan(spent_fen - found.budget_fen)} 元" if spent_fen > found.budget_fen else ""
        audit.record(db, actor.name, "update", "activity", activity_id,
                     f"“{found.title}”已举办：到场 {len(came)}/{len(found.signups)} 户，花费 {format_yuan(spent_fen)} 元{over}",
                     {"state": found.state}, {"state": ActivityState.HELD.value, "spent_fen": spent_fen})  # fmt: skip
        saved = get(db, activity_id)
    return saved, Changes(service=True)


def cancel(db: Database, actor: Actor, activity_id: int, reason: str) -> tuple[Activity, Changes]:
    actor.require(Permission.HANDLE_SERVICE)
    if not reason.strip():
        raise ValidationError.single("reason", "请写明取消的原因")
    with db.atomic():
        found = _planned(db, activity_id)
        store.update(db, activity_id, {"state": ActivityState.CANCELLED.value, "summary": f"取消：{reason.strip()}"})
        audit.record(db, actor.name, "update", "activity", activity_id, f"取消社区活动“{found.title}”：{reason.strip()}",
                     {"state": found.state}, {"state": ActivityState.CANCELLED.value})  # fmt: skip
        saved = get(db, activity_id)
    return saved, Changes(service=True)
