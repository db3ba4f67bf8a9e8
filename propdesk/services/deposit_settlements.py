"""押金结算 of a renovation, once it passed 竣工验收: the 装修押金 less the itemised deductions (violation
penalties, damage, cleaning) is refunded; deductions beyond it become a bill (不足追收); each worker
pass deposit is refunded, or kept when the pass came back late or was lost. Every amount paid out is an
ordinary 退款单 approved by a supervisor and counted in the cashier's day; the settlement itself is
kept, final, and prints as the 押金退还审批表."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

from propdesk.core.author import Actor
from propdesk.core.billing import FeeKind
from propdesk.core.changes import Changes
from propdesk.core.errors import Conflict, FieldProblem, NotFound, ValidationError
from propdesk.core.permissions import Permission
from propdesk.core.renovation import (
    PASS_LOST,
    RENOVATION_FEES,
    SHORTFALL_ITEM,
    Deduction,
    DeductionKind,
    HeldDeposit,
    Renovation,
    RenovationState,
    Settlement,
    SettlementDraft,
    split_deductions,
)
from propdesk.services import fees, patrols, refunds, renovations
from propdesk.store import audit, renovation_completion
from propdesk.store import renovations as renovation_store
from propdesk.store.connection import Database

DEPOSIT_ITEM = RENOVATION_FEES[1]  # 装修押金


def _deposits(db: Database, renovation: Renovation,
              held_only: bool) -> tuple[tuple[HeldDeposit, ...], tuple[HeldDeposit, ...]]:  # fmt: skip
    """The renovation's own deposits and its passes' deposits: those still held, or all those paid."""
    deposit_bills = [f.bill_id for f in renovation.fees if f.item == DEPOSIT_ITEM]
    deposits = tuple(HeldDeposit(**r) for r in renovation_completion.paid_deposits(db, deposit_bills, held_only))
    passes = renovation_completion.pass_deposit_bills(db, renovation.id)
    paid = {r["bill_id"]: r for r in renovation_completion.paid_deposits(db, [p["deposit_bill_id"] for p in passes],
                                                                         held_only)}  # fmt: skip
    pass_deposits = tuple(
        HeldDeposit(**paid[p["deposit_bill_id"]], pass_number=p["number"], pass_outcome=p["deposit_outcome"] or "")
        for p in passes if p["deposit_bill_id"] in paid
    )  # fmt: skip
    return deposits, pass_deposits


def draft(db: Database, renovation_id: int) -> SettlementDraft:
    renovation = renovations.get(db, renovation_id)
    deposits, pass_deposits = _deposits(db, renovation, held_only=True)
    suggested = tuple(
        Deduction(DeductionKind.VIOLATION.value, f"{v.number} {v.rule}：{v.description}", v.penalty_fen)
        for v in reversed(patrols.violations(db, renovation_id)) if v.penalty_fen
    )  # fmt: skip
    return SettlementDraft(renovation, deposits, pass_deposits, suggested,
                           tuple(d.pass_number for d in pass_deposits if not d.pass_outcome))  # fmt: skip


def settled_deposits(db: Database, renovation_id: int) -> tuple[tuple[HeldDeposit, ...], tuple[HeldDeposit, ...]]:
    """The deposits a settlement closed, as they were held (for the 押金退还审批表)."""
    return _deposits(db, renovations.get(db, renovation_id), held_only=False)


def _check(deductions: list[Deduction]) -> None:
    problems = []
    kinds = {k.value for k in DeductionKind}
    for index, d in enumerate(deductions, start=1):
        if d.kind not in kinds:
            problems.append(FieldProblem("deductions", f"第 {index} 项扣款的类别不对"))
        if not d.description.strip():
            problems.append(FieldProblem("deductions", f"第 {index} 项扣款请写明原因"))
        if d.amount_fen <= 0:
            problems.append(FieldProblem("deductions", f"第 {index} 项扣款金额应大于 0"))
    if problems:
        raise ValidationError(problems)


def settle(db: Database, actor: Actor, approver: Actor, renovation_id: int, deductions: list[Deduction],
           method: str, payee: str, now: dt.datetime | None = None) -> tuple[Settlement, Changes]:  # fmt: skip
    """Settle the deposits of an accepted renovation in one go: the refunds (one 退款单 per deposit), the
    shortfall bill, the forfeited pass deposits, and the renovation closed as 已结算."""
    actor.require(Permission.TAKE_PAYMENT)
    approver.require(Permission.APPROVE_REFUND)
    _check(deductions)
    at = (now or dt.datetime.now()).replace(microsecond=0)
    with db.atomic():
        found = draft(db, renovation_id)
        r = found.renovation
        if r.state == RenovationState.SETTLED:
            raise Conflict("这户装修的押金已经结算过")
        if r.state != RenovationState.ACCEPTED:
            raise Conflict(f"装修“{r.state}”：竣工验收通过后才能结算押金")
        if found.passes_out:
            raise Conflict(f"出入证 {'、'.join(found.passes_out)} 还没有交回：交回或登记遗失后再结算")
        kept, refunded, shortfall = split_deductions(found.held_fen, deductions)
        reasons = "；".join(f"{d.kind}：{d.description.strip()} {d.amount_fen / 100:.2f} 元" for d in deductions)
        issued = []
        left = kept
        for deposit in found.deposits:
            taken = min(left, deposit.amount_fen)
            left -= taken
            refund, _ = refunds.refund_deposit(db, actor, approver, deposit.bill_id, method, payee, "装修押金结算",
                                               taken, reasons if taken else "", now=at, settlement=True)  # fmt: skip
            issued.append(refund.number)
        for deposit in found.pass_deposits:
            forfeited = deposit.pass_outcome != "可退"
            why = (
                ("出入证遗失，押金没收" if deposit.pass_outcome == PASS_LOST else "出入证逾期交回，押金没收")
                if forfeited
                else ""
            )
            refund, _ = refunds.refund_deposit(db, actor, approver, deposit.bill_id, method, payee,
                                               f"出入证 {deposit.pass_number} 押金结算",
                                               deposit.amount_fen if forfeited else 0, why, now=at, settlement=True)  # fmt: skip
            issued.append(refund.number)
        shortfall_bill = None
        if shortfall:
            item_id = fees.system_item(db, actor.name, SHORTFALL_ITEM, FeeKind.SERVICE, "元/次", at.date())
            shortfall_bill = fees.charge_item(db, actor.name, r.unit_id, item_id, Decimal(1), Decimal(shortfall) / 100,
                                              f"装修 {r.permit_number or ''} 押金不足，不足追收", at.date())  # fmt: skip
        settlement_id = renovation_completion.insert_settlement(db, {
            "renovation_id": renovation_id, "settled_at": at.isoformat(sep=" "), "cashier": actor.name,
            "approved_by": approver.name, "held_fen": found.held_fen,
            "deductions": json.dumps([[d.kind, d.description.strip(), d.amount_fen] for d in deductions],
                                     ensure_ascii=False),
            "kept_fen": kept, "refunded_fen": refunded, "shortfall_fen": shortfall, "shortfall_bill_id": shortfall_bill,
            "passes_refunded_fen": found.passes_refundable_fen, "passes_forfeited_fen": found.passes_forfeited_fen,
            "refund_ids": ",".join(str(renovation_completion.refund_id(db, n)) for n in issued),
            "method": method, "payee": payee.strip(),
        })  # fmt: skip
        renovation_store.update(db, renovation_id, {"state": RenovationState.SETTLED.value})
        audit.record(db, actor.name, "update", "deposit_settlement", settlement_id,
                     f"装修押金结算：押金 {found.held_fen / 100:.2f} 元，扣除 {kept / 100:.2f} 元，退还 {refunded / 100:.2f} 元"
                     + (f"，不足追收 {shortfall / 100:.2f} 元" if shortfall else ""),
                     {"state": r.state}, {"state": RenovationState.SETTLED.value, "approved_by": approver.name,
                                          "refunds": issued}, unit_id=r.unit_id)  # fmt: skip
        saved = settlement(db, renovation_id)
        assert saved is not None
    return saved, Changes(units=frozenset({r.unit_id}))


def settlement(db: Database, renovation_id: int) -> Settlement | None:
    row = renovation_completion.settlement_of(db, renovation_id)
    if row is None:
        return None
    ids = [int(i) for i in str(row.pop("refund_ids")).split(",") if i]
    deductions = tuple(Deduction(k, d, a) for k, d, a in json.loads(row.pop("deductions")))
    return Settlement(**row, deductions=deductions, refund_numbers=tuple(renovation_completion.refund_numbers(db, ids)))


def get(db: Database, renovation_id: int) -> Settlement:
    found = settlement(db, renovation_id)
    if found is None:
        raise NotFound("这户装修的押金还没有结算")
    return found
