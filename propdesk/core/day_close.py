"""日结: one cashier's day at the counter — totals by method, the receipt numbers used, the voids, the
refunds paid out, and the cash to hand over — as a value the report, the PDF and the Excel export share."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from propdesk.core.billing import PaymentMethod


@dataclass(frozen=True)
class DayReceipt:
    number: str
    paid_at: str
    unit_code: str
    payer: str
    method: str
    total_fen: int
    voided_at: str | None
    voided_by: str | None
    void_reason: str | None

    @property
    def void(self) -> bool:
        return self.voided_at is not None


@dataclass(frozen=True)
class DayRefund:
    number: str
    refunded_at: str
    unit_code: str
    payee: str
    method: str
    item: str
    amount_fen: int
    approved_by: str


@dataclass(frozen=True)
class DayClose:
    """A confirmed close (reopened ones keep who reopened it and why)."""

    cashier: str
    day: str
    closed_at: str
    closed_by: str
    total_fen: int
    reopened_at: str | None = None
    reopened_by: str | None = None
    reopen_reason: str | None = None


@dataclass(frozen=True)
class DayReport:
    cashier: str
    day: str
    receipts: tuple[DayReceipt, ...]
    closed: DayClose | None
    refunds: tuple[DayRefund, ...] = ()

    @property
    def valid(self) -> tuple[DayReceipt, ...]:
        return tuple(r for r in self.receipts if not r.void)

    @property
    def voids(self) -> tuple[DayReceipt, ...]:
        return tuple(r for r in self.receipts if r.void)

    @property
    def total_fen(self) -> int:
        return sum(r.total_fen for r in self.valid)

    def by_method(self) -> dict[str, int]:
        """Every method in the usual order, zero included: finance checks each line against its channel."""
        return _by_method((r.method, r.total_fen) for r in self.valid)

    @property
    def refund_fen(self) -> int:
        return sum(r.amount_fen for r in self.refunds)

    def refunds_by_method(self) -> dict[str, int]:
        return _by_method((r.method, r.amount_fen) for r in self.refunds)

    @property
    def net_fen(self) -> int:
        """Taken in less paid out."""
        return self.total_fen - self.refund_fen

    @property
    def cash_fen(self) -> int:
        """Cash to hand over: cash kept on receipts (change already taken out) less cash refunds paid out."""
        return self.by_method()[PaymentMethod.CASH.value] - self.refunds_by_method()[PaymentMethod.CASH.value]

    @property
    def refund_range(self) -> tuple[str, str] | None:
        numbers = sorted(r.number for r in self.refunds)
        return (numbers[0], numbers[-1]) if numbers else None

    @property
    def number_range(self) -> tuple[str, str] | None:
        numbers = sorted(r.number for r in self.receipts)
        return (numbers[0], numbers[-1]) if numbers else None


def _by_method(amounts: Iterable[tuple[str, int]]) -> dict[str, int]:
    totals = {m.value: 0 for m in PaymentMethod}
    for method, fen in amounts:
        totals[method] = totals.get(method, 0) + fen
    return totals
