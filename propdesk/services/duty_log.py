"""值班记录: one log per day and shift — events with their times, requests received and passed on (each
linked to the work order or complaint it became, or to the person it was handed to), what was counted
at handover (items and keys). The incoming person confirms it, and from then on it is kept exactly as
written (the database refuses any change)."""

from __future__ import annotations

import datetime as dt
import re

from propdesk.core.author import Actor
from propdesk.core.changes import Changes
from propdesk.core.duty_log import SHIFTS, DutyEntry, DutyLog, EntryKind
from propdesk.core.errors import Conflict, FieldProblem, NotFound, ValidationError
from propdesk.core.permissions import Permission
from propdesk.store import audit
from propdesk.store import duty_log as store
from propdesk.store.connection import Database

_NUMBER = re.compile(r"(WX|TS)\d{10}")


def _log(db: Database, row: dict[str, object] | None) -> DutyLog:
    if row is None:
        raise NotFound("找不到这份值班记录")
    entries = tuple(DutyEntry(**e) for e in store.entries(db, int(row["id"])))  # type: ignore[call-overload]
    return DutyLog(**row, entries=entries)  # type: ignore[arg-type]


def get(db: Database, log_id: int) -> DutyLog:
    return _log(db, store.log(db, log_id=log_id))


def find(db: Database, day: str, shift: str) -> DutyLog:
    return _log(db, store.log(db, day=day, shift=shift))


def recent(db: Database, limit: int = 60) -> list[DutyLog]:
    return [DutyLog(**r) for r in store.recent(db, limit)]


def open_shift(db: Database, actor: Actor, day: dt.date, shift: str, on_duty: str) -> tuple[DutyLog, Changes]:
    actor.require(Permission.HANDLE_SERVICE)
    problems = []
    if shift not in SHIFTS:
        problems.append(FieldProblem("shift", "请选择班次"))
    if not on_duty.strip():
        problems.append(FieldProblem("on_duty", "请填写值班人"))
    if problems:
        raise ValidationError(problems)
    with db.atomic():
        if store.log(db, day=day.isoformat(), shift=shift) is not None:
            raise Conflict(f"{day} {shift} 已有值班记录")
        log_id = store.insert_log(db, {"day": day.isoformat(), "shift": shift, "on_duty": on_duty.strip(),
                                       "author": actor.name})  # fmt: skip
        audit.record(db, actor.name, "create", "duty_log", log_id, f"值班记录 {day} {shift}：{on_duty.strip()}", None,
                     {"day": day.isoformat(), "shift": shift})  # fmt: skip
        saved = get(db, log_id)
    return saved, Changes(service=True)


def _open(db: Database, log_id: int) -> DutyLog:
    found = get(db, log_id)
    if found.confirmed:
        raise Conflict(f"{found.day} {found.shift} 的值班记录已由 {found.incoming} 确认接班，不能再修改")
    return found


def add_entry(db: Database, actor: Actor, log_id: int, at: dt.datetime, kind: str, text: str,
              passed_to: str = "") -> tuple[DutyLog, Changes]:  # fmt: skip
    """An event, or a request received and passed on: ``passed_to`` a work order or complaint number (it must
    exist) or the person it was handed to."""
    actor.require(Permission.HANDLE_SERVICE)
    problems = []
    if kind not in {k.value for k in EntryKind}:
        problems.append(FieldProblem("kind", "请选择记录类别"))
    if not text.strip():
        problems.append(FieldProblem("text", "请填写内容"))
    if problems:
        raise ValidationError(problems)
    with db.atomic():
        found = _open(db, log_id)
        target = _target(db, passed_to)
        store.insert_entry(db, {"log_id": log_id, "at": at.replace(microsecond=0).isoformat(sep=" ", timespec="minutes"),
                                "kind": kind, "text": text.strip(), "passed_to": target, "author": actor.name})  # fmt: skip
        audit.record(db, actor.name, "update", "duty_log", log_id, f"值班记录 {found.day} {found.shift}：{kind} {text.strip()}"
                     + (f" → {target}" if target else ""), None, {"kind": kind})  # fmt: skip
        saved = get(db, log_id)
    return saved, Changes(service=True)


def _target(db: Database, passed_to: str) -> str:
    text = passed_to.strip()
    if _NUMBER.fullmatch(text.upper()):
        if not store.number_exists(db, text.upper()):
            raise ValidationError.single("passed_to", f"找不到工单或投诉 {text.upper()}")
        return text.upper()
    return text


def pass_on(db: Database, actor: Actor, log_id: int, entry_id: int, passed_to: str) -> tuple[DutyLog, Changes]:
    """A request received earlier in the shift, now passed on: to the work order or complaint it became, or to
    the person who took it."""
    actor.require(Permission.HANDLE_SERVICE)
    if not passed_to.strip():
        raise ValidationError.single("passed_to", "请填写转交给谁，或工单号、投诉编号")
    with db.atomic():
        found = _open(db, log_id)
        entry = next((e for e in found.entries if e.id == entry_id), None)
        if entry is None or entry.kind != EntryKind.REQUEST:
            raise NotFound("找不到这条来电来访")
        target = _target(db, passed_to)
        store.set_passed_to(db, entry_id, target)
        audit.record(db, actor.name, "update", "duty_log", log_id, f"值班记录 {found.day} {found.shift}：{entry.text} → {target}",
                     {"passed_to": entry.passed_to}, {"passed_to": target})  # fmt: skip
        saved = get(db, log_id)
    return saved, Changes(service=True)


def handover(db: Database, actor: Actor, log_id: int, items: str, keys: str) -> tuple[DutyLog, Changes]:
    """What was counted at handover: the items (对讲机, 记录本 …) and the keys."""
    actor.require(Permission.HANDLE_SERVICE)
    if not items.strip() and not keys.strip():
        raise ValidationError.single("handover_items", "请填写交接清点的物品或钥匙")
    with db.atomic():
        found = _open(db, log_id)
        store.update_log(db, log_id, {"handover_items": items.strip(), "keys_counted": keys.strip()})
        audit.record(db, actor.name, "update", "duty_log", log_id, f"值班记录 {found.day} {found.shift} 交接清点",
                     {"handover_items": found.handover_items, "keys_counted": found.keys_counted},
                     {"handover_items": items.strip(), "keys_counted": keys.strip()})  # fmt: skip
        saved = get(db, log_id)
    return saved, Changes(service=True)


def confirm(db: Database, actor: Actor, log_id: int, incoming: str,
            now: dt.datetime | None = None) -> tuple[DutyLog, Changes]:  # fmt: skip
    """接班确认 by the incoming person: the handover must be counted, every request passed on."""
    actor.require(Permission.HANDLE_SERVICE)
    if not incoming.strip():
        raise ValidationError.single("incoming", "请填写接班人")
    at = (now or dt.datetime.now()).replace(microsecond=0)
    with db.atomic():
        found = _open(db, log_id)
        if incoming.strip() in {n.strip() for n in re.split(r"[、,，\s]+", found.on_duty)}:
            raise ValidationError.single("incoming", "接班人不能是本班值班人")
        if not found.handover_items and not found.keys_counted:
            raise Conflict("还没有交接清点物品和钥匙")
        if found.requests_not_passed_on:
            raise Conflict(f"还有 {found.requests_not_passed_on} 条来电来访没有转交处理")
        store.update_log(db, log_id, {"incoming": incoming.strip(), "confirmed_at": at.isoformat(sep=" ")})
        audit.record(db, actor.name, "update", "duty_log", log_id, f"值班记录 {found.day} {found.shift} 由 {incoming.strip()} 确认接班",
                     None, {"incoming": incoming.strip()})  # fmt: skip
        saved = get(db, log_id)
    return saved, Changes(service=True)
