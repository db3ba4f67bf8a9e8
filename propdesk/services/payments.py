"""Taking payments: whole bills paid, one receipt per payment, its number taken from the year's
sequence inside the same transaction (no gap, no duplicate, never reused), voids by a supervisor."""

from __future__ import annotations

import datetime as dt

from propdesk.core import billing as billing_rules
from propdesk.core.author import Actor
from propdesk.core.billing import (
    Account,
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
from propdesk.services import day_close
from propdesk.store import audit, dunning, receipts, registry, settings
from propdesk.store.connection import Database

PREFIX_KEY = "receipts.prefix"


def owed(db: Database, unit_id: int) -> list[Bill]:
    """Everything a unit owes, oldest first."""
    return receipts.unpaid_bills(db, unit_id)


def account(db: Database, unit_id: int) -> Account:
    """The counter's view of a unit: its owed bills oldest first and its receipts newest first."""
    owed_bills = tuple(receipts.unpaid_bills(db, unit_id))
    issued = tuple(ReceiptSummary(**r) for r in receipts.receipts_of_unit(db, unit_id))
    chased = tuple(DunningContact(**r) for r in dunning.contacts_of_unit(db, unit_id))
    return Account(unit_id, owed_bills, issued, chased)


def arrears(db: Database, today: dt.date | None = None, building: str = "") -> list[ArrearsRow]:
    """欠费: every unit with bills past their due date, aged (≤1, 1–3, 3–6, 6–12, >12 months), in unit order."""
    day = today or dt.date.today()
    return arrears_rows(receipts.overdue_by_due_date(db, day.isoformat(), building.strip()), day)


def dunning_notices(db: Database, today: dt.date | None = None, building: str = "") -> list[DunningNotice]:
    """催缴通知书 contents: per unit with overdue bills, what it owes per fee item."""
    day = today or dt.date.today()
    return billing_rules.dunning_notices(receipts.overdue_by_item(db, day.isoformat(), building.strip()))


def pay_bills(db: Database, actor: Actor, unit_id: int, bill_ids: list[int], method: str, payer: str,
              reference: str = "", cash_given_fen: int | None = None,
              now: dt.datetime | None = None) -> tuple[Receipt, Changes]:  # fmt: skip
    actor.require(Permission.TAKE_PAYMENT)
    if method not in {m.value for m in PaymentMethod}:
        raise ValidationError.single("method", "请选择收款方式：现金、微信、支付宝、银行卡或转账")
    if not bill_ids:
        raise ValidationError.single("bills", "请选择要收的账单")
    payer = payer.strip()
    if not payer:
        raise ValidationError.single("payer", "请填写交款人")
    now = (now or dt.datetime.now()).replace(microsecond=0)
    with db.atomic():
        day_close.ensure_open(db, actor.name, now.date().isoformat())
        unit = registry.unit_row(db, unit_id)
        if unit is None:
            raise NotFound("找不到这户房屋")
        unpaid = {b.id: b for b in receipts.unpaid_bills(db, unit_id)}
        missing = [i for i in dict.fromkeys(bill_ids) if i not in unpaid]
        if missing:
            raise Conflict("所选账单中有已缴或不属于这户的，请刷新后重选")
        chosen = [unpaid[i] for i in dict.fromkeys(bill_ids)]
        total = sum(b.amount_fen for b in chosen)
        change = None
        if cash_given_fen is not None:
            if method != PaymentMethod.CASH:
                raise ValidationError.single("cash_given", "只有现金收款才填实收金额")
            if cash_given_fen < total:
                raise ValidationError.single("cash_given", "实收现金少于应收金额")
            change = cash_given_fen - total
        sequence = receipts.take_sequence(db, now.year)
        number = receipt_number(now.year, sequence, settings.get_value(db, PREFIX_KEY))
        lines = [
            ReceiptLine(b.id, b.description, _period_label(b.period), b.unit_price, b.quantity, b.amount_fen)
            for b in chosen
        ]
        receipt_id = receipts.insert_receipt(db, {
            "number": number, "year": now.year, "sequence": sequence, "unit_id": unit_id, "payer": payer,
            "method": method, "reference": reference.strip(), "total_fen": total, "cash_given_fen": cash_given_fen,
            "change_fen": change, "cashier": actor.name, "paid_at": now.isoformat(sep=" "),
        }, lines)  # fmt: skip
        audit.record(db, actor.name, "pay", "receipt", receipt_id, f"{unit['code']} 收款 {number}", None,
                     {"number": number, "total_fen": total, "method": method, "bills": [b.id for b in chosen]},
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
