"""滞纳金 per bill: off by default; when on, a daily ‰ of the bill from its due date plus a grace
period, shown apart from the bill and waived by a supervisor with a reason."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from propdesk.core.billing import Bill, late_fee


@dataclass(frozen=True)
class LateFeeRule:
    enabled: bool = False
    permille_per_day: Decimal = Decimal("0.5")
    grace_days: int = 30  # days after the due date before the late fee starts

    def grace_until(self, due_date: str) -> dt.date:
        return dt.date.fromisoformat(due_date) + dt.timedelta(days=self.grace_days)

    def fee(self, bill: Bill, today: dt.date) -> int:
        if not self.enabled:
            return 0
        return late_fee(bill.amount_fen, self.permille_per_day, self.grace_until(bill.due_date), today)

    def describe(self) -> str:
        if not self.enabled:
            return "不收滞纳金"
        return f"到期 {self.grace_days} 天后按每日 {self.permille_per_day}‰ 计收"


def late_fees(rule: LateFeeRule, bills: Iterable[Bill], today: dt.date, waived: frozenset[int]) -> dict[int, int]:
    """bill id → late fee today (only bills that have one; waived bills have none)."""
    if not rule.enabled:
        return {}
    found = {}
    for bill in bills:
        if bill.id in waived:
            continue
        fee = rule.fee(bill, today)
        if fee:
            found[bill.id] = fee
    return found
