"""Taking payments: whole bills paid, one receipt per payment, its number taken from the year's
sequence inside the same transaction (no gap, no duplicate, never reused), voids by a supervisor."""

from __future__ import annotations

import datetime as dt

from propdesk.core import billing as billing_rules
from propdesk.core.account import Account
from propdesk.core.author import Actor
from propdesk.core.billing import (
    ArrearsRow,
    Bill,
    DunningContact,
    DunningNotice,
    PaymentMethod,
    Period,
    Receipt,
    ReceiptLine,
    ReceiptSummary,
    arrears_rows,
    period_range_label,
    receipt_number,
)
from propdesk.core.changes import Changes
from propdesk.core.errors import Conflict, NotFound, ValidationError
from propdesk.core.permissions import Permission
from propdesk.core.prepayments import PREPAYMENT_ITEM, Deposit, EntryKind, Refund
from propdesk.services import day_close, late_fees, prepayments
from propdesk.store import audit, dunning, receipts, registry, settings
from propdesk.store import prepayments as prepayment_store
from propdesk.store import refunds as refund_store
from propdesk.store.connection import Database

PREFIX_KEY = "receipts.prefix"


def owed(db: Database, unit_id: int) -> list[Bill]:
    """Everything a unit owes, oldest first."""
    return receipts.unpaid_bills(db, unit_id)


def account(db: Database, unit_id: int, today: dt.date | None = None) -> Account:
    """The counter's view of a unit: owed bills oldest first with today's late fees, receipts newest first,
    the prepayment statement, deposits, refunds and the dunning record."""
    owed_bills = tuple(receipts.unpaid_bills(db, unit_id))
    issued = tuple(ReceiptSummary(**r) for r in receipts.receipts_of_unit(db, unit_id))
    chased = tuple(DunningContact(**r) for r in dunning.contacts_of_unit(db, unit_id))
    waived = late_fees.waived_bills(db, unit_id)
    return Account(
        unit_id, owed_bills, issued, chased,
        prepayments=prepayments.statement(db, unit_id),
        deposits=tuple(Deposit(**r) for r in refund_store.deposits_of_unit(db, unit_id)),
        refunds=tuple(Refund(**r) for r in refund_store.refunds_of_unit(db, unit_id)),
        late_fees=late_fees.rule_fees(db, owed_bills, today or dt.date.today(), waived),
        waived=waived,
    )  # fmt: skip


def arrears(db: Database, today: dt.date | None = None, building: str = "") -> list[ArrearsRow]:
    """欠费: every unit with bills past their due date, aged (≤1, 1–3, 3–6, 6–12, >12 months), in unit order."""
    day = today or dt.date.today()
    return arrears_rows(receipts.overdue_by_due_date(db, day.isoformat(), building.strip()), day)


def dunning_notices(db: Database, today: dt.date | None = None, building: str = "") -> list[DunningNotice]:
    """催缴通知书 contents: per unit with overdue bills, what it owes per fee item."""
    day = today or dt.date.today()
    return billing_rules.dunning_notices(receipts.overdue_by_item(db, day.isoformat(), building.strip()))


def _checked_payment(method: str, payer: str) -> str:
    if method not in {m.value for m in PaymentMethod}:
        raise ValidationError.single("method", "请选择收款方式：现金、微信、支付宝、银行卡或转账")
    payer = payer.strip()
    if not payer:
        raise ValidationError.single("payer", "请填写交款人")
    return payer


def _change(method: str, total: int, cash_given_fen: int | None) -> int | None:
    if cash_given_fen is None:
        return None
    if method != PaymentMethod.CASH:
        raise ValidationError.single("cash_given", "只有现金收款才填实收金额")
    if cash_given_fen < total:
        raise ValidationError.single("cash_given", "实收现金少于应收金额")
    return cash_given_fen - total


def _issue(db: Database, actor: Actor, unit_id: int, lines: list[ReceiptLine], method: str, payer: str,
           reference: str, cash_given_fen: int | None, now: dt.datetime) -> tuple[int, str]:  # fmt: skip
    """The receipt of a payment, its number taken from the year's sequence in the caller's transaction."""
    total = sum(line.amount_fen for line in lines)
    change = _change(method, total, cash_given_fen)
    sequence = receipts.take_sequence(db, now.year)
    number = receipt_number(now.year, sequence, settings.get_value(db, PREFIX_KEY))
    receipt_id = receipts.insert_receipt(db, {
        "number": number, "year": now.year, "sequence": sequence, "unit_id": unit_id, "payer": payer,
        "method": method, "reference": reference.strip(), "total_fen": total, "cash_given_fen": cash_given_fen,
        "change_fen": change, "cashier": actor.name, "paid_at": now.isoformat(sep=" "),
    }, lines)  # fmt: skip
    return receipt_id, number


def _unit_code(db: Database, unit_id: int) -> str:
    unit = registry.unit_row(db, unit_id)
    if unit is None:
        raise NotFound("找不到这户房屋")
    return str(unit["code"])


def pay_bills(db: Database, actor: Actor, unit_id: int, bill_ids: list[int], method: str, payer: str,
              reference: str = "", cash_given_fen: int | None = None,
              now: dt.datetime | None = None) -> tuple[Receipt, Changes]:  # fmt: skip
    """Whole bills paid on one receipt; a late fee due on them (the office's rule, unless waived) is a line of
    its own on the same receipt."""
    actor.require(Permission.TAKE_PAYMENT)
    payer = _checked_payment(method, payer)
    if not bill_ids:
        raise ValidationError.single("bills", "请选择要收的账单")
    now = (now or dt.datetime.now()).replace(microsecond=0)
    with db.atomic():
        day_close.ensure_open(db, actor.name, now.date().isoformat())
        code = _unit_code(db, unit_id)
        unpaid = {b.id: b for b in receipts.unpaid_bills(db, unit_id)}
        missing = [i for i in dict.fromkeys(bill_ids) if i not in unpaid]
        if missing:
            raise Conflict("所选账单中有已缴或不属于这户的，请刷新后重选")
        chosen = [unpaid[i] for i in dict.fromkeys(bill_ids)]
        lines = [
            ReceiptLine(b.id, b.description, _period_label(b.period), b.unit_price, b.quantity, b.amount_fen)
            for b in chosen
        ]
        charged = late_fees.due_on(db, chosen, now.date())
        if charged:
            lines.append(late_fees.receipt_line(db, chosen, charged))
        receipt_id, number = _issue(db, actor, unit_id, lines, method, payer, reference, cash_given_fen, now)
        audit.record(db, actor.name, "pay", "receipt", receipt_id, f"{code} 收款 {number}", None,
                     {"number": number, "total_fen": sum(ln.amount_fen for ln in lines), "method": method,
                      "bills": [b.id for b in chosen], "late_fees": charged}, unit_id=unit_id)  # fmt: skip
        issued = receipts.receipt(db, receipt_id=receipt_id)
    assert issued is not None
    return issued, Changes(units=frozenset({unit_id}))


def take_prepayment(db: Database, actor: Actor, unit_id: int, amount_fen: int, method: str, payer: str,
                    reference: str = "", cash_given_fen: int | None = None,
                    now: dt.datetime | None = None) -> tuple[Receipt, Changes]:  # fmt: skip
    """预存: money paid in ahead on a receipt of its own; what the unit owes now is drawn from it at once
    (oldest first, whole bills), and later bills are drawn as they are made."""
    actor.require(Permission.TAKE_PAYMENT)
    payer = _checked_payment(method, payer)
    if amount_fen <= 0:
        raise ValidationError.single("amount", "预存金额应大于 0")
    if amount_fen > 100_000_000:
        raise ValidationError.single("amount", "预存金额过大，请核对")
    now = (now or dt.datetime.now()).replace(microsecond=0)
    at = now.isoformat(sep=" ")
    with db.atomic():
        day_close.ensure_open(db, actor.name, now.date().isoformat())
        code = _unit_code(db, unit_id)
        line = ReceiptLine(None, PREPAYMENT_ITEM, "", "", "", amount_fen)
        receipt_id, number = _issue(db, actor, unit_id, [line], method, payer, reference, cash_given_fen, now)
        prepayment_store.insert_entry(db, unit_id, at, EntryKind.DEPOSIT, amount_fen, actor.name,
                                      receipt_id=receipt_id)  # fmt: skip
        settled = prepayments.draw_down(db, actor.name, at, [unit_id])
        audit.record(db, actor.name, "pay", "receipt", receipt_id, f"{code} 预存 {number}", None,
                     {"number": number, "prepaid_fen": amount_fen, "method": method, "drawn_bills": settled},
                     unit_id=unit_id)  # fmt: skip
        issued = receipts.receipt(db, receipt_id=receipt_id)
    assert issued is not None
    return issued, Changes(units=frozenset({unit_id}))


def _period_label(period: str | None) -> str:
    if not period:
        return ""
    month = Period.parse(period)
    return period_range_label(month, month)


def void_receipt(db: Database, actor: Actor, number: str, reason: str,
                 now: dt.datetime | None = None) -> tuple[Receipt, Changes]:  # fmt: skip
    """作废: the number stays, the bills it paid are owed again, who/when/why is kept."""
    actor.require(Permission.VOID_RECEIPT)
    if not reason.strip():
        raise ValidationError.single("reason", "请填写作废原因")
    at = (now or dt.datetime.now()).replace(microsecond=0).isoformat(sep=" ")
    with db.atomic():
        found = receipts.receipt(db, number=number)
        if found is None:
            raise NotFound(f"找不到收据 {number}")
        if found.void:
            raise Conflict(f"收据 {number} 已于 {found.voided_at} 作废")
        day_close.ensure_open(db, found.cashier, found.paid_at[:10])
        if any(refund_store.deposit_refunded(db, ln.bill_id) for ln in found.lines if ln.bill_id is not None):
            raise Conflict(f"收据 {number} 收的押金已经退还，不能作废")
        paid_in = prepayment_store.paid_in_by_receipt(db, found.id)
        if paid_in:
            left = prepayment_store.balance(db, found.unit_id or 0)
            if left < paid_in:
                raise Conflict(
                    f"收据 {number} 预存的 {paid_in / 100:.2f} 元已抵扣或退还，余额只剩 {left / 100:.2f} 元，不能作废"
                )
            prepayment_store.insert_entry(db, found.unit_id or 0, at, EntryKind.VOID, paid_in, actor.name,
                                          receipt_id=found.id, note=reason.strip())  # fmt: skip
        receipts.void(db, found.id, actor.name, reason.strip(), at)
        audit.record(db, actor.name, "void", "receipt", found.id, f"作废收据 {number}：{reason.strip()}",
                     {"voided_at": None}, {"voided_at": at, "reason": reason.strip()}, unit_id=found.unit_id)  # fmt: skip
        voided = receipts.receipt(db, receipt_id=found.id)
    assert voided is not None
    return voided, Changes(units=frozenset({found.unit_id}) if found.unit_id else frozenset())


def get_receipt(db: Database, number: str) -> Receipt:
    found = receipts.receipt(db, number=number)
    if found is None:
        raise NotFound(f"找不到收据 {number}")
    return found
