"""抽查: the supervisor draws a month's sample (20 % by default, a setting) of the repairs and complaints
closed in it and the household archives it opened, once the month has ended. The sample is stored with
its seed and population, so it can be drawn again to the same records and never re-drawn in its place.
Each sampled record is checked once (how, archive complete?, result, the problem found); a problem
becomes a follow-up item assigned to a clerk, who closes it with what was done."""

from __future__ import annotations

import datetime as dt
import json
import secrets
from typing import Any

from propdesk.core.author import Actor
from propdesk.core.changes import Changes
from propdesk.core.errors import Conflict, FieldProblem, NotFound, ValidationError
from propdesk.core.monthly_report import month_bounds
from propdesk.core.permissions import Permission
from propdesk.core.spot_checks import (
    DEFAULT_RATIO_PERCENT,
    METHODS,
    FollowUp,
    FollowUpState,
    Result,
    SpotCheck,
    SpotItem,
    draw,
)
from propdesk.store import audit, settings
from propdesk.store import spot_checks as store
from propdesk.store.connection import Database

RATIO_KEY = "spot_checks.ratio_percent"


def ratio_percent(db: Database) -> int:
    value = settings.get_value(db, RATIO_KEY, str(DEFAULT_RATIO_PERCENT))
    return int(value) if value.isdecimal() and 1 <= int(value) <= 100 else DEFAULT_RATIO_PERCENT


def save_ratio_percent(db: Database, actor: Actor, percent: int) -> Changes:
    actor.require(Permission.REVIEW_SERVICE)
    if not 1 <= percent <= 100:
        raise ValidationError.single("ratio_percent", "抽查比例应在 1% 到 100% 之间")
    with db.atomic():
        before = ratio_percent(db)
        if percent != before:
            settings.set_value(db, RATIO_KEY, str(percent))
            audit.record(db, actor.name, "update", "settings", None, f"修改每月抽查比例为 {percent}%",
                         {"ratio_percent": before}, {"ratio_percent": percent})  # fmt: skip
    return Changes()


def _spot_check(db: Database, row: dict[str, Any] | None) -> SpotCheck | None:
    if row is None:
        return None
    found = [SpotItem(**{**r, "archive_complete": None if r["archive_complete"] is None else bool(r["archive_complete"])})
             for r in store.items(db, row["id"])]  # fmt: skip
    return SpotCheck(**{**row, "population": json.loads(row["population"])}, items=tuple(found))


def get(db: Database, month: str) -> SpotCheck | None:
    start = month_bounds(month)[0]
    return _spot_check(db, store.sample(db, start[:7]))


def history(db: Database) -> list[dict[str, object]]:
    """Every month drawn so far, newest first, with how far its checks have got."""
    return store.samples(db)


def draw_sample(db: Database, actor: Actor, month: str, today: dt.date | None = None,
                seed: int | None = None) -> tuple[SpotCheck, Changes]:  # fmt: skip
    """Draw the month's sample. Only a month that has ended (its population is complete), and only once."""
    actor.require(Permission.REVIEW_SERVICE)
    start, end, _last = month_bounds(month)
    wanted = start[:7]
    if start[:7] >= (today or dt.date.today()).isoformat()[:7]:
        raise ValidationError.single("month", f"{wanted} 还没有结束，月底之后再抽取这个月的样本")
    with db.atomic():
        existing = store.sample(db, wanted)
        if existing is not None:
            raise Conflict(f"{wanted} 的抽查样本已由 {existing['drawn_by']} 于 {existing['drawn_at']} 抽取，不能重抽")
        ratio = ratio_percent(db)
        chosen_seed = secrets.randbelow(2**31) if seed is None else seed
        population = store.population(db, start, end)
        sample_id = store.insert_sample(db, {"month": wanted, "ratio_percent": ratio, "seed": chosen_seed,
                                             "population": json.dumps(population), "drawn_by": actor.name})  # fmt: skip
        drawn = draw(population, ratio, chosen_seed)
        for kind, ids in drawn.items():
            labels = store.labels(db, kind, ids)
            for record_id in ids:
                label, unit_id = labels.get(record_id, (str(record_id), None))
                store.insert_item(db, {"spot_check_id": sample_id, "kind": kind, "record_id": record_id,
                                       "label": label, "unit_id": unit_id})  # fmt: skip
        sizes = "，".join(f"{k} {len(drawn[k])}/{len(population[k])}" for k in population)
        audit.record(db, actor.name, "create", "spot_check", sample_id, f"抽取 {wanted} 抽查样本（{ratio}%：{sizes}）",
                     None, {"month": wanted, "seed": chosen_seed, "ratio_percent": ratio})  # fmt: skip
        saved = get(db, wanted)
        assert saved is not None
    return saved, Changes(service=True)


def reproduces(sample: SpotCheck) -> bool:
    """Drawing again from the stored population and seed gives exactly the stored records."""
    again = draw(sample.population, sample.ratio_percent, sample.seed)
    stored: dict[str, list[int]] = {kind: [] for kind in sample.population}
    for item in sample.items:
        stored.setdefault(item.kind, []).append(item.record_id)
    return again == {kind: sorted(ids) for kind, ids in stored.items()}


def record_check(db: Database, actor: Actor, item_id: int, method: str, archive_complete: bool | None, result: str,
                 problem: str = "", assignee: str = "", due_on: dt.date | None = None,
                 now: dt.datetime | None = None) -> tuple[SpotCheck, Changes]:  # fmt: skip
    """Record one sampled record's check. A failed check names the problem and the clerk who follows it up."""
    actor.require(Permission.REVIEW_SERVICE)
    at = (now or dt.datetime.now()).replace(microsecond=0)
    problems = []
    if method not in METHODS:
        problems.append(FieldProblem("method", "请选择抽查方式"))
    if result not in {r.value for r in Result}:
        problems.append(FieldProblem("result", "请选择抽查结果"))
    failed = result == Result.FAILED or archive_complete is False
    if failed and not problem.strip():
        problems.append(FieldProblem("problem", "不合格或资料不全时，请写明发现的问题"))
    if failed and not assignee.strip():
        problems.append(FieldProblem("assignee", "请指定跟进整改的客服员"))
    if failed and (due_on is None or due_on < at.date()):
        problems.append(FieldProblem("due_on", "整改期限不能早于今天"))
    if result == Result.PASSED and archive_complete is False:
        problems.append(FieldProblem("result", "资料不全的记录不能判为合格"))
    if problems:
        raise ValidationError(problems)
    with db.atomic():
        row = store.item(db, item_id)
        if row is None:
            raise NotFound("找不到这条抽查记录")
        if row["checked_at"] is not None:
            raise Conflict(f"{row['label']} 已由 {row['checked_by']} 于 {row['checked_at']} 记录抽查结果")
        month = store.month_of_item(db, item_id)
        follow_up_id = None
        if failed:
            assert due_on is not None
            follow_up_id = store.insert_follow_up(db, {
                "source": f"{month} 抽查 {row['kind']} {row['label']}", "description": problem.strip(),
                "assignee": assignee.strip(), "due_on": due_on.isoformat(), "state": FollowUpState.OPEN.value,
                "created_by": actor.name})  # fmt: skip
            audit.record(db, actor.name, "create", "follow_up", follow_up_id,
                         f"跟进事项：{problem.strip()} → {assignee.strip()}（{due_on}前）", None,
                         {"assignee": assignee.strip(), "due_on": due_on.isoformat()})  # fmt: skip
        values = {"method": method, "archive_complete": archive_complete, "result": result,
                  "problem": problem.strip(), "follow_up_id": follow_up_id,
                  "checked_at": at.isoformat(sep=" "), "checked_by": actor.name}  # fmt: skip
        store.record_check(db, item_id, values)
        audit.record(db, actor.name, "update", "spot_check", item_id, f"抽查 {row['kind']} {row['label']}：{result}"
                     + (f"，{problem.strip()}" if problem.strip() else ""), None,
                     {"method": method, "result": result})  # fmt: skip
        saved = get(db, month)
        assert saved is not None
    return saved, Changes(service=True)


# ------------------------------------------------------------------ follow-up items


def _follow_up(row: dict[str, object]) -> FollowUp:
    return FollowUp(**row)  # type: ignore[arg-type]


def follow_ups(db: Database, open_only: bool = True, ids: list[int | None] | None = None) -> list[FollowUp]:
    """The open ones by deadline, or all (newest first), or the ``ids`` asked for (a sample's)."""
    if ids is not None:
        return [_follow_up(r) for r in store.follow_ups_by_id(db, [i for i in ids if i])]
    return [_follow_up(r) for r in store.follow_ups(db, open_only)]


def open_count(db: Database, assignee: str) -> int:
    return store.open_follow_ups(db, assignee)


def add_follow_up(db: Database, actor: Actor, source: str, description: str, assignee: str,
                  due_on: dt.date) -> tuple[FollowUp, Changes]:  # fmt: skip
    """A follow-up the supervisor sets without a spot check (a staff observation, a figure on the desk)."""
    actor.require(Permission.REVIEW_SERVICE)
    problems = []
    if not description.strip():
        problems.append(FieldProblem("description", "请写明要跟进的事项"))
    if not assignee.strip():
        problems.append(FieldProblem("assignee", "请指定跟进的客服员"))
    if due_on < dt.date.today():
        problems.append(FieldProblem("due_on", "期限不能早于今天"))
    if problems:
        raise ValidationError(problems)
    with db.atomic():
        follow_up_id = store.insert_follow_up(db, {
            "source": source.strip() or "主管交办", "description": description.strip(), "assignee": assignee.strip(),
            "due_on": due_on.isoformat(), "state": FollowUpState.OPEN.value, "created_by": actor.name})  # fmt: skip
        audit.record(db, actor.name, "create", "follow_up", follow_up_id,
                     f"跟进事项：{description.strip()} → {assignee.strip()}（{due_on}前）", None,
                     {"assignee": assignee.strip(), "due_on": due_on.isoformat()})  # fmt: skip
        row = store.follow_up(db, follow_up_id)
        assert row is not None
    return _follow_up(row), Changes(service=True)


def complete_follow_up(db: Database, actor: Actor, follow_up_id: int, note: str,
                       now: dt.datetime | None = None) -> tuple[FollowUp, Changes]:  # fmt: skip
    """Done, with what was done (the supervisor sees it beside the problem)."""
    actor.require(Permission.HANDLE_SERVICE)
    if not note.strip():
        raise ValidationError.single("note", "请写明整改或处理的结果")
    at = (now or dt.datetime.now()).replace(microsecond=0)
    with db.atomic():
        row = store.follow_up(db, follow_up_id)
        if row is None:
            raise NotFound("找不到这条跟进事项")
        if row["state"] != FollowUpState.OPEN:
            raise Conflict(f"这条跟进事项已由 {row['done_by']} 于 {row['done_at']} 完成")
        store.update_follow_up(db, follow_up_id, {"state": FollowUpState.DONE.value, "done_at": at.isoformat(sep=" "),
                                                  "done_by": actor.name, "done_note": note.strip()})  # fmt: skip
        audit.record(db, actor.name, "update", "follow_up", follow_up_id, f"完成跟进事项：{row['description']}——{note.strip()}",
                     {"state": row["state"]}, {"state": FollowUpState.DONE.value})  # fmt: skip
        saved = store.follow_up(db, follow_up_id)
        assert saved is not None
    return _follow_up(saved), Changes(service=True)
