"""BI 行为规范: the supervisor's register of what they saw each staff member do against the standards
(问好、微笑、起身服务、电话礼仪、着装…), how they checked (班前检查、暗访、神秘客户…), and each person's month.
Only supervisors record or read it: it is about people, and feeds their 绩效考核."""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict

from propdesk.core.author import Actor
from propdesk.core.changes import Changes
from propdesk.core.errors import FieldProblem, ValidationError
from propdesk.core.monthly_report import month_bounds
from propdesk.core.permissions import Permission
from propdesk.core.staff_quality import METHODS, STANDARDS, Observation, StaffMonth
from propdesk.store import audit, users
from propdesk.store import staff_quality as store
from propdesk.store.connection import Database


def staff_names(db: Database, actor: Actor) -> list[str]:
    """The desk's users and anyone observed before (guards and cleaners are not users), for completion."""
    actor.require(Permission.REVIEW_SERVICE)
    names = {u.display_name for u in users.all_users(db) if u.active} | set(store.staff_names(db))
    return sorted(names)


def record(db: Database, actor: Actor, observed_on: dt.date, staff: str, standard: str, method: str, passed: bool,
           note: str = "", today: dt.date | None = None) -> tuple[Observation, Changes]:  # fmt: skip
    actor.require(Permission.REVIEW_SERVICE)
    problems = []
    if not staff.strip():
        problems.append(FieldProblem("staff", "请填写员工姓名"))
    if standard not in STANDARDS:
        problems.append(FieldProblem("standard", "请选择检查的规范"))
    if method not in METHODS:
        problems.append(FieldProblem("method", "请选择检查方式"))
    if observed_on > (today or dt.date.today()):
        problems.append(FieldProblem("observed_on", "检查日期不能晚于今天"))
    if not passed and not note.strip():
        problems.append(FieldProblem("note", "不符合时请写明看到的情况"))
    if problems:
        raise ValidationError(problems)
    values = {"observed_on": observed_on.isoformat(), "staff": staff.strip(), "standard": standard, "method": method,
              "passed": passed, "note": note.strip(), "observer": actor.name}  # fmt: skip
    with db.atomic():
        observation_id = store.insert(db, values)
        audit.record(db, actor.name, "create", "staff_observation", observation_id,
                     f"行为规范检查：{staff.strip()} {standard} {'符合' if passed else '不符合'}", None,
                     {"staff": staff.strip(), "standard": standard, "passed": passed})  # fmt: skip
    return Observation(id=observation_id, **values), Changes()  # type: ignore[arg-type]


def observations(db: Database, actor: Actor, month: str) -> list[Observation]:
    actor.require(Permission.REVIEW_SERVICE)
    start, end, _last = month_bounds(month)
    return [Observation(**{**r, "passed": bool(r["passed"])}) for r in store.of_period(db, start, end)]


def summary(db: Database, actor: Actor, month: str) -> list[StaffMonth]:
    """Each person observed in the month: checks, how many met the standard, what fell short most often."""
    by_staff: dict[str, list[Observation]] = defaultdict(list)
    for o in observations(db, actor, month):
        by_staff[o.staff].append(o)
    found = []
    for staff, seen in sorted(by_staff.items()):
        short = Counter(o.standard for o in seen if not o.passed)
        found.append(StaffMonth(staff, len(seen), sum(1 for o in seen if o.passed),
                                tuple(s for s, _n in short.most_common())))  # fmt: skip
    return found
