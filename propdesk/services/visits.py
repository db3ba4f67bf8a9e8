"""走访: the monthly plan drawn from the registry — at least 8 % of the occupied households (a setting),
none planned twice in the year, shared across buildings in proportion, the draw reproducible from the
month — adjusted and approved by the supervisor; visits recorded with the issues they raise, each
issue followed to its feedback; the 走访月报."""

from __future__ import annotations

import datetime as dt
import random
from collections import defaultdict

from propdesk.core.author import Actor
from propdesk.core.changes import Changes
from propdesk.core.errors import Conflict, FieldProblem, NotFound, ValidationError
from propdesk.core.permissions import Permission
from propdesk.core.visits import (
    DEFAULT_RATIO_PERCENT,
    METHODS,
    IssueState,
    MonthReport,
    PlanState,
    PlanUnit,
    Visit,
    VisitIssue,
    VisitPlan,
    allocate,
    target_count,
)
from propdesk.store import audit, registry, settings
from propdesk.store import visits as store
from propdesk.store.connection import Database

RATIO_KEY = "visits.ratio_percent"


def ratio_percent(db: Database) -> int:
    value = settings.get_value(db, RATIO_KEY, str(DEFAULT_RATIO_PERCENT))
    return int(value) if value.isdecimal() and 1 <= int(value) <= 100 else DEFAULT_RATIO_PERCENT


def save_ratio_percent(db: Database, actor: Actor, percent: int) -> Changes:
    actor.require(Permission.EDIT_SETTINGS)
    if not 1 <= percent <= 100:
        raise ValidationError.single("ratio_percent", "每月走访比例应在 1% 到 100% 之间")
    with db.atomic():
        before = ratio_percent(db)
        if percent != before:
            settings.set_value(db, RATIO_KEY, str(percent))
            audit.record(db, actor.name, "update", "settings", None, f"修改每月走访比例为 {percent}%",
                         {"ratio_percent": before}, {"ratio_percent": percent})  # fmt: skip
    return Changes()


def _month(text: str) -> str:
    try:
        return dt.date.fromisoformat(f"{text.strip()}-01").strftime("%Y-%m")
    except ValueError:
        raise ValidationError.single("month", f"月份“{text}”不对，应如 2026-11") from None


def plan(db: Database, month: str) -> VisitPlan | None:
    row = store.plan(db, _month(month))
    if row is None:
        return None
    return VisitPlan(**row, units=tuple(PlanUnit(**u) for u in store.plan_units(db, row["id"], row["month"])))


def make_plan(db: Database, actor: Actor, month: str) -> tuple[VisitPlan, Changes]:
    """Draw the month's plan: the target share of the occupied households, from those not planned yet this
    year, each building's share in proportion to what it has left; the same month draws the same."""
    actor.require(Permission.HANDLE_SERVICE)
    wanted = _month(month)
    with db.atomic():
        if store.plan(db, wanted) is not None:
            raise Conflict(f"{wanted} 的走访计划已经生成")
        ratio, occupied = ratio_percent(db), store.occupied_count(db)
        by_building: dict[str, list[int]] = defaultdict(list)
        for unit_id, building in store.candidates(db, wanted[:4]):
            by_building[building].append(unit_id)
        shares = allocate(by_building, target_count(occupied, ratio))
        rng = random.Random(f"走访 {wanted}")
        chosen = sorted(u for b, units in sorted(by_building.items()) for u in rng.sample(units, shares[b]))
        plan_id = store.insert_plan(db, {"month": wanted, "ratio_percent": ratio, "occupied": occupied,
                                         "state": PlanState.DRAFT.value, "created_by": actor.name})  # fmt: skip
        store.add_plan_units(db, plan_id, chosen, actor.name)
        audit.record(db, actor.name, "create", "visit_plan", plan_id,
                     f"生成 {wanted} 走访计划：{len(chosen)} 户（在住 {occupied} 户的 {ratio}%）", None,
                     {"month": wanted, "households": len(chosen)})  # fmt: skip
        made = plan(db, wanted)
        assert made is not None
    return made, Changes(service=True)


def _draft(db: Database, month: str) -> VisitPlan:
    """The month's plan, still a draft: the supervisor may change or approve only that."""
    found = plan(db, month)
    if found is None:
        raise NotFound(f"{month} 还没有走访计划")
    if found.state != PlanState.DRAFT:
        raise Conflict("走访计划已审批，不能再调整或重复审批")
    return found


def adjust(db: Database, actor: Actor, month: str, add: list[int], remove: list[int]) -> tuple[VisitPlan, Changes]:
    """The supervisor's changes to a draft plan: households added (not planned elsewhere this year) or taken out."""
    actor.require(Permission.REVIEW_SERVICE)
    wanted = _month(month)
    with db.atomic():
        found = _draft(db, wanted)
        for unit_id in add:
            row = registry.unit_row(db, unit_id)
            if row is None:
                raise NotFound("找不到这户房屋")
            already = store.planned_this_year(db, wanted[:4], unit_id)
            if already:
                raise Conflict(f"{row['code']} 已在 {already} 的走访计划中，同一年内不重复走访")
        store.add_plan_units(db, found.id, add, actor.name)
        for unit_id in remove:
            store.remove_plan_unit(db, found.id, unit_id)
        audit.record(db, actor.name, "update", "visit_plan", found.id, f"调整 {wanted} 走访计划：增加 {len(add)} 户，"
                     f"减少 {len(remove)} 户", None, {"add": add, "remove": remove})  # fmt: skip
        saved = plan(db, wanted)
        assert saved is not None
    return saved, Changes(service=True)


def approve(db: Database, actor: Actor, month: str, now: dt.datetime | None = None) -> tuple[VisitPlan, Changes]:
    actor.require(Permission.REVIEW_SERVICE)
    at = (now or dt.datetime.now()).replace(microsecond=0)
    wanted = _month(month)
    with db.atomic():
        found = _draft(db, wanted)
        if len(found.units) < found.target:
            raise Conflict(
                f"计划 {len(found.units)} 户，少于目标 {found.target} 户（在住户数的 {found.ratio_percent}%）"
            )
        store.update_plan(db, found.id, {"state": PlanState.APPROVED.value, "approved_by": actor.name,
                                         "approved_at": at.isoformat(sep=" ")})  # fmt: skip
        audit.record(db, actor.name, "update", "visit_plan", found.id, f"审批 {wanted} 走访计划（{len(found.units)} 户）",
                     {"state": found.state}, {"state": PlanState.APPROVED.value})  # fmt: skip
        saved = plan(db, wanted)
        assert saved is not None
    return saved, Changes(service=True)


def record_visit(db: Database, actor: Actor, unit_id: int, visited_on: dt.date, method: str, visitor: str, met: str,
                 notes: str, issues: list[str]) -> tuple[Visit, Changes]:  # fmt: skip
    """A visit as made: how, by whom, whom they met, what was said; each issue raised is kept to be fed back."""
    actor.require(Permission.HANDLE_SERVICE)
    problems = []
    if method not in METHODS:
        problems.append(FieldProblem("method", "请选择走访方式"))
    if not visitor.strip():
        problems.append(FieldProblem("visitor", "请填写走访人"))
    if visited_on > dt.date.today():
        problems.append(FieldProblem("visited_on", "走访日期不能晚于今天"))
    if problems:
        raise ValidationError(problems)
    with db.atomic():
        if registry.unit_row(db, unit_id) is None:
            raise NotFound("找不到这户房屋")
        visit_id = store.insert_visit(db, {"unit_id": unit_id, "visited_on": visited_on.isoformat(), "method": method,
                                           "visitor": visitor.strip(), "met": met.strip(), "notes": notes.strip(),
                                           "author": actor.name})  # fmt: skip
        for text in (i.strip() for i in issues):
            if text:
                store.insert_issue(db, {"visit_id": visit_id, "description": text, "state": IssueState.OPEN.value,
                                        "feedback": ""})  # fmt: skip
        audit.record(db, actor.name, "create", "visit", visit_id, f"走访（{method}）{visitor.strip()}"
                     + (f"，反映问题 {len([i for i in issues if i.strip()])} 项" if any(i.strip() for i in issues) else ""),
                     None, {"visited_on": visited_on.isoformat()}, unit_id=unit_id)  # fmt: skip
        saved = _visits(db, store.visits_of_unit(db, unit_id))[0]
    return saved, Changes(units=frozenset({unit_id}), service=True)


def feed_back(db: Database, actor: Actor, issue_id: int, feedback: str,
              now: dt.datetime | None = None) -> tuple[VisitIssue, Changes]:  # fmt: skip
    """What was done about an issue, told back to the owner: the issue is closed."""
    actor.require(Permission.HANDLE_SERVICE)
    if not feedback.strip():
        raise ValidationError.single("feedback", "请填写处理和反馈情况")
    at = (now or dt.datetime.now()).replace(microsecond=0)
    with db.atomic():
        row = store.issue(db, issue_id)
        if row is None:
            raise NotFound("找不到这个走访问题")
        if row["state"] != IssueState.OPEN:
            raise Conflict("这个问题已经反馈过")
        store.update_issue(db, issue_id, {"state": IssueState.FED_BACK.value, "feedback": feedback.strip(),
                                          "fed_back_at": at.isoformat(sep=" "), "fed_back_by": actor.name})  # fmt: skip
        audit.record(db, actor.name, "update", "visit", row["visit_id"], f"走访问题反馈：{feedback.strip()}",
                     {"state": row["state"]}, {"state": IssueState.FED_BACK.value})  # fmt: skip
        saved = VisitIssue(**store.issue(db, issue_id))  # type: ignore[arg-type]
    return saved, Changes(service=True)


def _visits(db: Database, rows: list[dict[str, object]]) -> list[Visit]:
    issues: dict[int, list[VisitIssue]] = defaultdict(list)
    for i in store.issues_of_visits(db, [int(r["id"]) for r in rows]):  # type: ignore[call-overload]
        issues[i["visit_id"]].append(VisitIssue(**i))
    return [Visit(**r, issues=tuple(issues[int(r["id"])])) for r in rows]  # type: ignore[arg-type, call-overload]


def visits_of_month(db: Database, month: str) -> list[Visit]:
    return _visits(db, store.visits_of_month(db, _month(month)))


def visits_of_unit(db: Database, unit_id: int) -> list[Visit]:
    return _visits(db, store.visits_of_unit(db, unit_id))


def open_issues(db: Database) -> list[VisitIssue]:
    return [VisitIssue(**i) for i in store.open_issues(db)]


def report(db: Database, month: str) -> MonthReport:
    """走访月报 of a month: planned against visited, the ratio against the target, issues raised and fed back."""
    wanted = _month(month)
    found = plan(db, wanted)
    figures = store.month_figures(db, wanted, found.id if found else None)
    return MonthReport(
        month=wanted, occupied=found.occupied if found else store.occupied_count(db),
        ratio_percent=found.ratio_percent if found else ratio_percent(db),
        planned=len(found.units) if found else 0,
        visited_planned=sum(1 for u in found.units if u.visited_on) if found else 0,
        visited_total=figures["visited_total"], issues_raised=figures["issues_raised"],
        issues_fed_back=figures["issues_fed_back"],
        by_building=tuple((b["building"], b["planned"], b["visited"] or 0) for b in figures["by_building"]),
    )  # fmt: skip
