"""滞纳金: off by default; a daily ‰ after the grace period, its own receipt line; a supervisor's waiver."""

import datetime as dt
from decimal import Decimal

import pytest

from propdesk.core.author import Actor
from propdesk.core.errors import ValidationError
from propdesk.core.late_fees import LateFeeRule
from propdesk.core.permissions import PermissionDenied
from propdesk.services import late_fees, payments
from propdesk.store import audit
from propdesk.store.connection import Database
from tests.services.test_payments import CASHIER, SUPERVISOR

# September's bills fall due on 2026-09-30; 30 days' grace runs to 2026-10-30, so on 11-09 ten days are late.
LATE = dt.datetime(2026, 11, 9, 10, 0)


def test_off_by_default(billed: tuple[Database, int]) -> None:
    db, unit_id = billed
    assert late_fees.rule(db) == LateFeeRule() and not LateFeeRule().enabled
    assert payments.account(db, unit_id, LATE.date()).late_fees == {}
    receipt, _ = payments.pay_bills(db, CASHIER, unit_id, [payments.owed(db, unit_id)[0].id], "现金", "张三", now=LATE)
    assert [ln.item for ln in receipt.lines] == ["2026年9月物业服务费"]


def test_charged_per_day_after_the_grace_period_on_its_own_line(billed: tuple[Database, int], actor: Actor) -> None:
    db, unit_id = billed
    late_fees.save_rule(db, actor, LateFeeRule(True, Decimal("0.5"), 30))
    account = payments.account(db, unit_id, LATE.date())
    september = [b for b in account.owed if b.period == "2026-09"]
    # 165.58 × 0.5‰ × 10 days = 0.8279 → 0.83; 10.00 × 0.5‰ × 10 = 0.05 (half-up per bill)
    assert [account.late_fees[b.id] for b in september] == [83, 5]
    assert all(b.id not in account.late_fees for b in account.owed if b.period != "2026-09")
    on_grace_day = payments.account(db, unit_id, dt.date(2026, 10, 30))
    assert on_grace_day.late_fees == {}
    receipt, _ = payments.pay_bills(db, CASHIER, unit_id, [b.id for b in september], "现金", "张三", now=LATE)
    assert [(ln.item, ln.period_label, ln.unit_price, ln.quantity, ln.amount_fen) for ln in receipt.lines][-1] == (
        "滞纳金",
        "2026年9月",
        "0.5‰/日",
        "2笔",
        88,
    )
    assert receipt.total_fen == 16558 + 1000 + 88
    assert payments.owed(db, unit_id)[0].period == "2026-10"  # the late fee line settles no bill


def test_a_supervisor_waives_with_a_reason(billed: tuple[Database, int], actor: Actor) -> None:
    db, unit_id = billed
    late_fees.save_rule(db, actor, LateFeeRule(True, Decimal("1"), 0))
    september = [b.id for b in payments.owed(db, unit_id) if b.period == "2026-09"]
    with pytest.raises(PermissionDenied):
        late_fees.waive(db, CASHIER, unit_id, september, "业主困难")
    with pytest.raises(ValidationError, match="原因"):
        late_fees.waive(db, SUPERVISOR, unit_id, september, " ")
    made, _ = late_fees.waive(db, SUPERVISOR, unit_id, september, "业主长期在外，首次逾期", now=LATE)
    assert made == 2 and audit.recent(db, 1)[0].action == "waive"
    account = payments.account(db, unit_id, LATE.date())
    assert not any(b in account.late_fees for b in september) and account.waived == frozenset(september)
    assert account.late_fees  # October's are still charged
    receipt, _ = payments.pay_bills(db, CASHIER, unit_id, september, "现金", "张三", now=LATE)
    assert all(ln.item != "滞纳金" for ln in receipt.lines)


def test_bad_rules_are_refused(billed: tuple[Database, int], actor: Actor) -> None:
    db, _ = billed
    for text in ("0", "abc", "6", "0.123"):
        with pytest.raises(ValidationError):
            late_fees.parse_permille(text)
    assert late_fees.parse_permille("0.5‰") == Decimal("0.5")
    with pytest.raises(ValidationError):
        late_fees.save_rule(db, actor, LateFeeRule(True, Decimal("0.5"), 400))
    with pytest.raises(PermissionDenied):
        late_fees.save_rule(db, CASHIER, LateFeeRule(True))
    assert late_fees.rule(db) == LateFeeRule()
