"""钥匙托管: an owner leaves a key set with the office for an empty unit (signing the 承诺书); every time
it leaves the cabinet the clerk records who takes it, why, who approved and when it is due back —
for a viewing a member of staff opens the door, the key is never lent — and when it comes back;
overdue keys are flagged. Nothing here is deleted."""

from __future__ import annotations

import datetime as dt

from propdesk.core.author import Actor
from propdesk.core.changes import Changes
from propdesk.core.errors import Conflict, FieldProblem, NotFound, ValidationError
from propdesk.core.keys import EMPTY_STATES, KeyMovement, KeyReason, KeySet, key_set_number
from propdesk.core.permissions import Permission
from propdesk.store import audit, keys, move_ins
from propdesk.store.connection import Database

MAX_DAYS_OUT = 30


def _now(now: dt.datetime | None) -> dt.datetime:
    return (now or dt.datetime.now()).replace(second=0, microsecond=0)


def _with_movements(db: Database, rows: list[dict[str, object]]) -> list[KeySet]:
    moves: dict[int, list[KeyMovement]] = {}
    for m in keys.movements(db, [int(str(r["id"])) for r in rows]):
        moves.setdefault(m["key_set_id"], []).append(KeyMovement(**{k: v for k, v in m.items() if k != "key_set_id"}))
    return [KeySet(**{**r, "signed": bool(r["signed"])}, movements=tuple(moves.get(int(str(r["id"])), [])))  # type: ignore[arg-type]
            for r in rows]  # fmt: skip


def sets_of_unit(db: Database, unit_id: int) -> list[KeySet]:
    return _with_movements(db, keys.sets_of_unit(db, unit_id))


def ledger(db: Database, held_only: bool = False) -> list[KeySet]:
    """钥匙托管清册: every key set with its movements, in unit order."""
    return _with_movements(db, keys.all_sets(db, held_only))


def get(db: Database, number: str) -> KeySet:
    row = keys.key_set_by_number(db, number.strip())
    if row is None:
        raise NotFound(f"找不到钥匙托管编号 {number}")
    return _with_movements(db, [row])[0]


def deposit(db: Database, actor: Actor, unit_id: int, contents: str, location: str, depositor: str,
            depositor_phone: str, signed: bool, day: dt.date | None = None) -> tuple[KeySet, Changes]:  # fmt: skip
    """托管: only for an empty unit, only one set at a time, and only with the owner's signed 承诺书."""
    actor.require(Permission.EDIT_REGISTRY)
    problems = []
    if not contents.strip():
        problems.append(FieldProblem("contents", "请写明钥匙和门卡的种类与数量"))
    if not depositor.strip():
        problems.append(FieldProblem("depositor", "请填写委托人（业主）姓名"))
    if not signed:
        problems.append(FieldProblem("signed", "业主须先签署钥匙托管承诺书"))
    if problems:
        raise ValidationError(problems)
    with db.atomic():
        state = move_ins.unit_handover(db, unit_id)
        if state is None:
            raise NotFound("找不到这户房屋")
        if state[0] not in EMPTY_STATES:
            raise Conflict(f"只托管空置房屋的钥匙，这户是“{state[0]}”")
        if keys.held_set_of_unit(db, unit_id) is not None:
            raise Conflict("这户已有托管中的钥匙")
        number = key_set_number(keys.next_number(db))
        key_set_id = keys.insert_set(db, {
            "number": number, "unit_id": unit_id, "contents": contents.strip(), "location": location.strip(),
            "deposited_on": (day or dt.date.today()).isoformat(), "depositor": depositor.strip(),
            "depositor_phone": depositor_phone.strip(), "signed": 1, "author": actor.name,
        })  # fmt: skip
        audit.record(db, actor.name, "create", "key_set", key_set_id, f"钥匙托管 {number}：{contents.strip()}", None,
                     {"number": number, "location": location.strip(), "depositor": depositor.strip()},
                     unit_id=unit_id)  # fmt: skip
        saved = get(db, number)
    return saved, Changes(units=frozenset({unit_id}))


def check_out(db: Database, actor: Actor, number: str, taken_by: str, reason: str, due_back: dt.datetime,
              approved_by: str = "", note: str = "", now: dt.datetime | None = None) -> tuple[KeySet, Changes]:  # fmt: skip
    """借出: who takes it (for a viewing, the member of staff who opens the door), why, approved by whom (a
    viewing or a repair needs an approver), and when it is due back (within 30 days)."""
    actor.require(Permission.EDIT_REGISTRY)
    at = _now(now)
    problems = []
    if reason not in {r.value for r in KeyReason}:
        problems.append(FieldProblem("reason", "请选择借出原因：看房、维修或业主取回"))
    if not taken_by.strip():
        problems.append(FieldProblem("taken_by", "看房请填开门的员工，维修或取回请填领取人"))
    if reason != KeyReason.OWNER and not approved_by.strip():
        problems.append(FieldProblem("approved_by", "看房和维修借出钥匙须经主管同意，请填写批准人"))
    if not at < due_back <= at + dt.timedelta(days=MAX_DAYS_OUT):
        problems.append(FieldProblem("due_back", f"应还时间应在现在之后、{MAX_DAYS_OUT} 天以内"))
    if problems:
        raise ValidationError(problems)
    with db.atomic():
        found = get(db, number)
        if found.ended_on:
            raise Conflict(f"{number} 已于 {found.ended_on} 退还业主")
        if found.out is not None:
            raise Conflict(f"{number} 已于 {found.out.out_at} 借出（{found.out.taken_by}），还没有归还")
        movement_id = keys.insert_movement(db, {
            "key_set_id": found.id, "out_at": at.isoformat(sep=" ", timespec="minutes"), "taken_by": taken_by.strip(),
            "reason": reason, "approved_by": approved_by.strip(), "due_back": due_back.isoformat(sep=" ", timespec="minutes"),
            "note": note.strip(), "author": actor.name,
        })  # fmt: skip
        audit.record(db, actor.name, "update", "key_set", found.id,
                     f"钥匙 {number} 借出：{reason}，{taken_by.strip()}，应还 {due_back:%m-%d %H:%M}", None,
                     {"movement": movement_id, "approved_by": approved_by.strip()}, unit_id=found.unit_id)  # fmt: skip
        saved = get(db, number)
    return saved, Changes(units=frozenset({found.unit_id}))


def check_in(db: Database, actor: Actor, number: str, now: dt.datetime | None = None) -> tuple[KeySet, Changes]:
    """归还: the set is back in the cabinet."""
    actor.require(Permission.EDIT_REGISTRY)
    at = _now(now).isoformat(sep=" ", timespec="minutes")
    with db.atomic():
        found = get(db, number)
        if found.out is None:
            raise Conflict(f"{number} 在柜，没有借出")
        keys.close_movement(db, found.out.id, at)
        audit.record(db, actor.name, "update", "key_set", found.id, f"钥匙 {number} 归还（{found.out.taken_by}）",
                     {"back_at": None}, {"back_at": at}, unit_id=found.unit_id)  # fmt: skip
        saved = get(db, number)
    return saved, Changes(units=frozenset({found.unit_id}))


def end(db: Database, actor: Actor, number: str, note: str, day: dt.date | None = None) -> tuple[KeySet, Changes]:
    """托管结束: the owner takes the set back for good (it must be in the cabinet)."""
    actor.require(Permission.EDIT_REGISTRY)
    if not note.strip():
        raise ValidationError.single("end_note", "请写明由谁领回、核对了什么证件")
    with db.atomic():
        found = get(db, number)
        if found.ended_on:
            raise Conflict(f"{number} 已于 {found.ended_on} 退还业主")
        if found.out is not None:
            raise Conflict(f"{number} 借出未还，不能结束托管")
        keys.end_set(db, found.id, (day or dt.date.today()).isoformat(), note.strip())
        audit.record(db, actor.name, "update", "key_set", found.id, f"钥匙 {number} 退还业主：{note.strip()}",
                     {"ended_on": None}, {"ended_on": (day or dt.date.today()).isoformat()}, unit_id=found.unit_id)  # fmt: skip
        saved = get(db, number)
    return saved, Changes(units=frozenset({found.unit_id}))


def overdue(db: Database, now: dt.datetime | None = None) -> list[dict[str, object]]:
    return keys.overdue(db, _now(now).isoformat(sep=" ", timespec="minutes"))
