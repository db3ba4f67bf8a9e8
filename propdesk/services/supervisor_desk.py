"""主管工作台: the seed's targets for a month, each an actual figure computed from the records with its
numerator and denominator shown, and a red / amber / green light."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace

from propdesk.core.author import Actor
from propdesk.core.changes import Changes
from propdesk.core.errors import FieldProblem, ValidationError
from propdesk.core.move_in import Step
from propdesk.core.permissions import Permission
from propdesk.core.supervisor import TARGETS, Figure, Target
from propdesk.services import monthly_report, move_ins, visits
from propdesk.store import audit, monthly_figures, settings
from propdesk.store import supervisor_figures as store
from propdesk.store.connection import Database

GOALS_KEY = "supervisor.goals"


def targets(db: Database) -> list[Target]:
    """The targets with the office's goals (a setting; the seed's values until changed)."""
    try:
        goals = json.loads(settings.get_value(db, GOALS_KEY) or "{}")
    except ValueError:
        goals = {}
    return [replace(t, goal=float(goals[t.key])) if isinstance(goals.get(t.key), int | float) else t for t in TARGETS]


def save_goals(db: Database, actor: Actor, goals: dict[str, float]) -> Changes:
    """The supervisor's goals: a rate between 0 and 100 %, a count of at least 0."""
    actor.require(Permission.REVIEW_SERVICE)
    by_key = {t.key: t for t in TARGETS}
    problems = []
    for key, goal in goals.items():
        target = by_key.get(key)
        if target is None:
            problems.append(FieldProblem(key, f"没有“{key}”这个指标"))
        elif target.at_most and (goal < 0 or goal != int(goal)):
            problems.append(FieldProblem(key, f"{target.name}的目标应是不小于 0 的整数"))
        elif not target.at_most and not 0 < goal <= 1:
            problems.append(FieldProblem(key, f"{target.name}的目标应在 0% 到 100% 之间"))
    if problems:
        raise ValidationError(problems)
    with db.atomic():
        before = {t.key: t.goal for t in targets(db)}
        after = {**before, **goals}
        if after != before:
            settings.set_value(db, GOALS_KEY, json.dumps(after))
            audit.record(db, actor.name, "update", "settings", None, "修改主管工作台目标", before, after)
    return Changes()


def desk(db: Database, month: str, now: dt.datetime | None = None) -> list[Figure]:
    """Every target's figure for ``month`` (up to now, for the month under way)."""
    at = now or dt.datetime.now()
    start, end, _last = monthly_report.month_bounds(month)
    stamp, today = at.isoformat(sep=" ", timespec="seconds"), at.date().isoformat()
    rates = {
        "repair_callbacks": store.repair_callbacks(db, start, end),
        "complaint_callbacks": store.complaint_callbacks(db, start, end),
        "visit_feedback": store.visit_feedback(db, start, end),
        "complaint_response": store.complaint_response(db, start, end),
        "complaint_resolution": store.complaint_resolution(db, start, end),
        "repair_on_time": store.repair_on_time(db, start, end),
        "repair_notes": store.repair_notes(db, start, end, stamp),
        "defects_next_day": store.defects_next_day(db, start, end),
        "patrol_coverage": store.patrol_coverage(db, start, end, today),
    }
    billed = sum(r["amount_fen"] for r in monthly_figures.receivable(db, start[:7], start, end))
    current = sum(r["current_fen"] for r in monthly_figures.collected(db, start[:7], start, end))
    rates["collection_rate"] = (current, billed)
    plan = visits.plan(db, start[:7])
    occupied = plan.occupied if plan else 0
    rates["visit_ratio"] = (store.visited_households(db, start, end), occupied)
    counts = {
        "visit_repeats": store.visit_repeats(db, f"{start[:4]}-01-01", start, end),
        "unclosed_days": store.unclosed_days(db, start, end, today),
        "move_in_documents": sum(1 for m in move_ins.open_move_ins(db) if Step.DOCUMENTS in m.missing()),
    }
    figures = []
    for target in targets(db):
        if target.key in counts:
            value = counts[target.key]
            figures.append(Figure(target, float(value), value, value))
        else:
            done, total = rates[target.key]
            figures.append(Figure(target, done / total if total else None, done, total))
    return figures


def trend(db: Database, month: str, months: int = 12, now: dt.datetime | None = None) -> list[tuple[str, list[Figure]]]:
    """The desk for ``month`` and the months before it, oldest first (the trend charts)."""
    start = dt.date.fromisoformat(monthly_report.month_bounds(month)[0])
    found = []
    for back in range(months - 1, -1, -1):
        index = start.year * 12 + start.month - 1 - back
        wanted = f"{index // 12:04d}-{index % 12 + 1:02d}"
        found.append((wanted, desk(db, wanted, now)))
    return found
