"""预存 and 押金 as values: the prepayment ledger of a unit, how a balance is drawn down by bills,
deposits held and the refund documents that give them back."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from propdesk.core.billing import Bill

PREPAYMENT_ITEM = "预存款"  # the receipt line of money paid in ahead
LATE_FEE_ITEM = "滞纳金"  # the receipt line of late fees, apart from the bills they are charged on


class EntryKind(StrEnum):
    DEPOSIT = "存入"  # a receipt paid money in
    DRAW = "抵扣"  # a bill was settled from the balance
    REFUND = "退款"  # a refund document paid the balance out
    VOID = "作废冲回"  # the receipt that paid it in was voided

    @property
    def sign(self) -> int:
        return 1 if self is EntryKind.DEPOSIT else -1


@dataclass(frozen=True)
class PrepaymentEntry:
    """One line of a unit's prepayment statement."""

    at: str
    kind: str
    amount_fen: int
    document: str  # the receipt or refund number, or the bill settled
    author: str

    @property
    def signed_fen(self) -> int:
        return EntryKind(self.kind).sign * self.amount_fen


def balance_of(entries: Sequence[PrepaymentEntry]) -> int:
    return sum(e.signed_fen for e in entries)


def draw_down(balance_fen: int, owed: Sequence[Bill]) -> list[Bill]:
    """The bills a balance settles: oldest first, whole bills only; a bill larger than what is left is
    passed over so a smaller later one (垃圾费 beside a larger 物业服务费) is still taken."""
    taken = []
    left = balance_fen
    for bill in owed:
        if 0 < bill.amount_fen <= left:
            taken.append(bill)
            left -= bill.amount_fen
    return taken


class RefundKind(StrEnum):
    DEPOSIT = "押金退还"
    PREPAYMENT = "预存退还"


@dataclass(frozen=True)
class Deposit:
    """A deposit paid and held (a liability) until a refund document gives it back."""

    bill_id: int
    unit_id: int
    unit_code: str
    item: str
    description: str
    amount_fen: int
    receipt_number: str
    paid_at: str
    refund_number: str | None = None
    refunded_fen: int | None = None
    deducted_fen: int | None = None

    @property
    def held(self) -> bool:
        return self.refund_number is None

    @property
    def state(self) -> str:
        if self.refund_number is None:
            return "在押"
        return "已退还" if not self.deducted_fen else ("已扣除" if not self.refunded_fen else "部分扣除后退还")


@dataclass(frozen=True)
class Refund:
    """退款单 as issued: a document of its own, approved by a supervisor, never edited."""

    id: int
    number: str
    unit_id: int
    unit_code: str
    kind: str
    item: str
    bill_id: int | None
    held_fen: int
    deducted_fen: int
    deduction_reason: str
    amount_fen: int
    method: str
    payee: str
    reason: str
    cashier: str
    approved_by: str
    refunded_at: str


def refund_number(year: int, sequence: int, prefix: str = "") -> str:
    """``TK2026000007``: refunds have their own per-year numbers, never mixed with receipts."""
    return f"{prefix}TK{year:04d}{sequence:06d}"
