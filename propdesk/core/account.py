"""账务 of one unit as the counter shows it: owed bills with their late fees, receipts, the
prepayment statement, deposits held, refunds and the dunning record."""

from __future__ import annotations

from dataclasses import dataclass, field

from propdesk.core.billing import Bill, DunningContact, ReceiptSummary
from propdesk.core.prepayments import Deposit, PrepaymentEntry, Refund, balance_of


@dataclass(frozen=True)
class Account:
    unit_id: int
    owed: tuple[Bill, ...]
    receipts: tuple[ReceiptSummary, ...]
    contacts: tuple[DunningContact, ...] = ()
    prepayments: tuple[PrepaymentEntry, ...] = ()  # oldest first, as a statement reads
    deposits: tuple[Deposit, ...] = ()
    refunds: tuple[Refund, ...] = ()
    late_fees: dict[int, int] = field(default_factory=dict)  # bill id → late fee today
    waived: frozenset[int] = frozenset()  # bills whose late fee a supervisor waived

    @property
    def owed_fen(self) -> int:
        return sum(b.amount_fen for b in self.owed)

    @property
    def late_fee_fen(self) -> int:
        return sum(self.late_fees.values())

    @property
    def paid_fen(self) -> int:
        return sum(r.total_fen for r in self.receipts if not r.void)

    @property
    def prepaid_fen(self) -> int:
        return balance_of(self.prepayments)

    @property
    def deposits_held_fen(self) -> int:
        return sum(d.amount_fen for d in self.deposits if d.held)
