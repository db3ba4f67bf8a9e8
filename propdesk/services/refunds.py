"""退款: a deposit given back (less any deduction) or a prepayment balance paid out, each as a 退款单
with its own number from its own per-year sequence, approved by a supervisor, paid by the cashier on
their day (it counts in their 日结). Nothing is edited to a negative: the receipt stays as it was."""

from __future__ import annotations

import datetime as dt

from propdesk.core.author import Actor
from propdesk.core.billing import PaymentMethod
from propdesk.core.changes import Changes
from propdesk.core.errors import Conflict, FieldProblem, NotFound, ValidationError
from propdesk.core.permissions import Permission
from propdesk.core.prepayments import PREPAYMENT_ITEM, Deposit, EntryKind, Refund, RefundKind, refund_number
from propdesk.core.renovation import RenovationState
from propdesk.services import day_close
from propdesk.services.payments import PREFIX_KEY
from propdesk.store import audit, prepayments, refunds, renovation_completion, settings
from propdesk.store.connection import Database


def _check(actor: Actor, approver: Actor, method: str, payee: str, reason: str) -> None:
    actor.require(Permission.TAKE_PAYMENT)
    approver.require(Permission.APPROVE_REFUND)
    problems = []
    if method not in {m.value for m in PaymentMethod}:
        problems.append(FieldProblem("method", "请选择退款方式"))
    if not payee.strip():
        problems.append(FieldProblem("payee", "请填写领款人"))
    if not reason.strip():
        problems.append(FieldProblem("reason", "请填写退款原因"))
    if problems:
        raise ValidationError(problems)


def _issue(db: Database, actor: Actor, approver: Actor, now: dt.datetime, values: dict[str, object]) -> tuple[int, str]:
    day_close.ensure_open(db, actor.name, now.date().isoformat())
    sequence = refunds.take_sequence(db, now.year)
    number = refund_number(now.year, sequence, settings.get_value(db, PREFIX_KEY))
    refund_id = refunds.insert_refund(db, {
        **values, "number": number, "year": now.year, "sequence": sequence, "cashier": actor.name,
        "approved_by": approver.name, "refunded_at": now.isoformat(sep=" "),
    })  # fmt: skip
    return refund_id, number


def refund_deposit(db: Database, actor: Actor, approver: Actor, bill_id: int, method: str, payee: str, reason: str,
                   deducted_fen: int = 0, deduction_reason: str = "", now: dt.datetime | None = None,
                   settlement: bool = False) -> tuple[Refund, Changes]:  # fmt: skip
    """退押金: the whole deposit, or what is left after a deduction (扣押金, with its reason); a deposit is
    refunded once. A renovation's deposit goes back only through its settlement after 竣工验收 (or when the
    application was withdrawn or rejected); a worker pass's only once the pass is back in time."""
    _check(actor, approver, method, payee, reason)
    at = (now or dt.datetime.now()).replace(microsecond=0)
    with db.atomic():
        row = refunds.deposit(db, bill_id)
        if row is None:
            raise NotFound("找不到这笔已交的押金")
        held = Deposit(**row)
        if not held.held:
            raise Conflict(f"这笔押金已由退款单 {held.refund_number} 处理，不能重复退还")
        if not settlement:
            _renovation_rule(db, bill_id)
        if not 0 <= deducted_fen <= held.amount_fen:
            raise ValidationError.single("deducted", f"扣除金额应在 0 到 {held.amount_fen / 100:.2f} 元之间")
        if deducted_fen and not deduction_reason.strip():
            raise ValidationError.single("deduction_reason", "扣除押金时请写明扣除原因")
        refund_id, number = _issue(db, actor, approver, at, {
            "unit_id": held.unit_id, "kind": RefundKind.DEPOSIT.value, "item": held.item, "bill_id": bill_id,
            "held_fen": held.amount_fen, "deducted_fen": deducted_fen, "deduction_reason": deduction_reason.strip(),
            "amount_fen": held.amount_fen - deducted_fen, "method": method, "payee": payee.strip(),
            "reason": reason.strip(),
        })  # fmt: skip
        audit.record(db, actor.name, "refund", "refund", refund_id,
                     f"{held.unit_code} 退押金 {number}：{(held.amount_fen - deducted_fen) / 100:.2f} 元"
                     + (f"（扣除 {deducted_fen / 100:.2f} 元：{deduction_reason.strip()}）" if deducted_fen else ""),
                     None, {"number": number, "bill_id": bill_id, "approved_by": approver.name,
                            "amount_fen": held.amount_fen - deducted_fen, "deducted_fen": deducted_fen},
                     unit_id=held.unit_id)  # fmt: skip
        issued = get_refund(db, number)
    return issued, Changes(units=frozenset({held.unit_id}))


def _renovation_rule(db: Database, bill_id: int) -> None:
    owner = renovation_completion.deposit_owner(db, bill_id)
    if owner is None or owner["state"] in (RenovationState.WITHDRAWN, RenovationState.REJECTED):
        return
    if owner["pass_number"] is None:
        raise Conflict("装修押金在竣工验收通过后，到“装修”页办理押金结算时退还")
    if owner["returned_at"] is None:
        raise Conflict(f"出入证 {owner['pass_number']} 还没有交回，押金不能退")
    if owner["deposit_outcome"] != "可退":
        raise Conflict(f"出入证 {owner['pass_number']} 逾期交回或遗失，押金已没收")


def refund_prepayment(db: Database, actor: Actor, approver: Actor, unit_id: int, amount_fen: int, method: str,
                      payee: str, reason: str, now: dt.datetime | None = None) -> tuple[Refund, Changes]:  # fmt: skip
    """退预存: pay out part or all of a unit's prepayment balance."""
    _check(actor, approver, method, payee, reason)
    if amount_fen <= 0:
        raise ValidationError.single("amount", "退款金额应大于 0")
    at = (now or dt.datetime.now()).replace(microsecond=0)
    with db.atomic():
        left = prepayments.balance(db, unit_id)
        if amount_fen > left:
            raise Conflict(f"预存余额只有 {left / 100:.2f} 元，不能退 {amount_fen / 100:.2f} 元")
        refund_id, number = _issue(db, actor, approver, at, {
            "unit_id": unit_id, "kind": RefundKind.PREPAYMENT.value, "item": PREPAYMENT_ITEM, "bill_id": None,
            "held_fen": amount_fen, "deducted_fen": 0, "deduction_reason": "", "amount_fen": amount_fen,
            "method": method, "payee": payee.strip(), "reason": reason.strip(),
        })  # fmt: skip
        prepayments.insert_entry(db, unit_id, at.isoformat(sep=" "), EntryKind.REFUND, amount_fen, actor.name,
                                 refund_id=refund_id, note=reason.strip())  # fmt: skip
        audit.record(db, actor.name, "refund", "refund", refund_id, f"退预存 {number}：{amount_fen / 100:.2f} 元",
                     None, {"number": number, "amount_fen": amount_fen, "approved_by": approver.name},
                     unit_id=unit_id)  # fmt: skip
        issued = get_refund(db, number)
    return issued, Changes(units=frozenset({unit_id}))


def get_refund(db: Database, number: str) -> Refund:
    row = refunds.refund(db, number=number.strip())
    if row is None:
        raise NotFound(f"找不到退款单 {number}")
    return Refund(**row)


def deposit_ledger(db: Database, held_only: bool = False) -> list[Deposit]:
    """押金台账: deposits paid and not voided, with the refund that closed each."""
    return [Deposit(**r) for r in refunds.deposits(db, held_only)]
