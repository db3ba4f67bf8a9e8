"""预存: money in, drawn down by bills (now and as they are made), voided only while unspent, refunded."""

import pytest

from propdesk.core.author import Actor
from propdesk.core.billing import Period
from propdesk.core.errors import Conflict, ValidationError
from propdesk.core.permissions import PermissionDenied
from propdesk.services import fees, payments, prepayments, refunds
from propdesk.store.connection import Database
from tests.services.test_payments import CASHIER, NOW, SUPERVISOR

PROPERTY, GARBAGE = 16558, 1000  # 89.50 ㎡ × 1.85 (half-up) and 10 per month


def test_a_prepayment_first_settles_what_is_owed_oldest_first(billed: tuple[Database, int]) -> None:
    db, unit_id = billed
    receipt, _ = payments.take_prepayment(db, CASHIER, unit_id, 40000, "现金", "张三", cash_given_fen=40000, now=NOW)
    assert [ln.item for ln in receipt.lines] == ["预存款"] and receipt.total_fen == 40000
    # 400.00 covers September and October (351.16) whole; November's 165.58 does not fit, its 10.00 does
    owed = payments.owed(db, unit_id)
    assert [(b.period, b.amount_fen) for b in owed] == [("2026-11", PROPERTY)]
    left = 40000 - 2 * (PROPERTY + GARBAGE) - GARBAGE
    assert prepayments.balance(db, unit_id) == left
    kinds = [(e.kind, e.amount_fen) for e in prepayments.statement(db, unit_id)]
    assert kinds[0] == ("存入", 40000) and [k for k, _ in kinds[1:]] == ["抵扣"] * 5
    assert kinds[1][1] == PROPERTY  # oldest first: September's property fee


def test_later_bills_are_drawn_as_they_are_made(billed: tuple[Database, int], actor: Actor) -> None:
    db, unit_id = billed
    payments.pay_bills(db, CASHIER, unit_id, [b.id for b in payments.owed(db, unit_id)], "微信", "张三", now=NOW)
    payments.take_prepayment(db, CASHIER, unit_id, 50000, "微信", "张三", now=NOW)
    assert prepayments.balance(db, unit_id) == 50000  # nothing owed: all of it kept
    run, _ = fees.generate_bills(db, actor, Period(2026, 12), Period(2027, 3))
    assert run.created == 8 and run.drawn == 6
    # December and January whole (351.16); the 148.84 left is short of a 165.58 property fee, so the
    # 垃圾费 of February and March are taken and their property fees stay owed
    assert prepayments.balance(db, unit_id) == 50000 - 2 * (PROPERTY + GARBAGE) - 2 * GARBAGE
    owed = {(b.period, b.amount_fen) for b in payments.owed(db, unit_id)}
    assert owed == {("2027-02", PROPERTY), ("2027-03", PROPERTY)}
    run_again, _ = fees.generate_bills(db, actor, Period(2026, 12), Period(2027, 3))
    assert run_again.created == 0 and run_again.drawn == 0  # idempotent, and nothing drawn twice


def test_a_prepayment_is_voided_only_while_unspent(billed: tuple[Database, int]) -> None:
    db, unit_id = billed
    spent, _ = payments.take_prepayment(db, CASHIER, unit_id, 20000, "现金", "张三", now=NOW)
    with pytest.raises(Conflict, match="已抵扣或退还"):
        payments.void_receipt(db, SUPERVISOR, spent.number, "错收", now=NOW)
    payments.pay_bills(db, CASHIER, unit_id, [b.id for b in payments.owed(db, unit_id)], "现金", "张三", now=NOW)
    kept, _ = payments.take_prepayment(db, CASHIER, unit_id, 30000, "现金", "张三", now=NOW)
    before = prepayments.balance(db, unit_id)
    payments.void_receipt(db, SUPERVISOR, kept.number, "金额输错", now=NOW)
    assert prepayments.balance(db, unit_id) == before - 30000
    assert prepayments.statement(db, unit_id)[-1].kind == "作废冲回"


def test_a_balance_is_refunded_on_its_own_numbered_document(billed: tuple[Database, int]) -> None:
    db, unit_id = billed
    payments.pay_bills(db, CASHIER, unit_id, [b.id for b in payments.owed(db, unit_id)], "现金", "张三", now=NOW)
    payments.take_prepayment(db, CASHIER, unit_id, 30000, "现金", "张三", now=NOW)
    with pytest.raises(PermissionDenied):
        refunds.refund_prepayment(db, CASHIER, CASHIER, unit_id, 10000, "现金", "张三", "搬走", now=NOW)
    with pytest.raises(Conflict, match="余额只有"):
        refunds.refund_prepayment(db, CASHIER, SUPERVISOR, unit_id, 30001, "现金", "张三", "搬走", now=NOW)
    refund, _ = refunds.refund_prepayment(db, CASHIER, SUPERVISOR, unit_id, 10000, "现金", "张三", "搬走", now=NOW)
    assert refund.number == "TK2026000001" and refund.approved_by == "李主管" and refund.amount_fen == 10000
    assert prepayments.balance(db, unit_id) == 20000
    assert prepayments.statement(db, unit_id)[-1].document == "TK2026000001"
    second, _ = refunds.refund_prepayment(db, CASHIER, SUPERVISOR, unit_id, 20000, "转账", "张三", "搬走", now=NOW)
    assert second.number == "TK2026000002" and prepayments.balance(db, unit_id) == 0
    account = payments.account(db, unit_id, NOW.date())
    assert account.prepaid_fen == 0 and [r.number for r in account.refunds] == ["TK2026000002", "TK2026000001"]


def test_bad_prepayments_are_refused(billed: tuple[Database, int]) -> None:
    db, unit_id = billed
    for amount in (0, -100):
        with pytest.raises(ValidationError):
            payments.take_prepayment(db, CASHIER, unit_id, amount, "现金", "张三", now=NOW)
    with pytest.raises(ValidationError, match="少于"):
        payments.take_prepayment(db, CASHIER, unit_id, 10000, "现金", "张三", cash_given_fen=5000, now=NOW)
    assert prepayments.balance(db, unit_id) == 0 and not db.scalar("SELECT count(*) FROM receipts")


def test_a_draw_down_takes_whole_bills_only() -> None:
    from propdesk.core.billing import Bill
    from propdesk.core.prepayments import draw_down

    def bill(i: int, fen: int) -> Bill:
        return Bill(i, 1, "x", "2026-01", "", "1", "1", "1", fen, "2026-01-31")

    owed = [bill(1, 500), bill(2, 300), bill(3, 100), bill(4, 0)]
    assert [b.id for b in draw_down(450, owed)] == [2, 3]
    assert [b.id for b in draw_down(900, owed)] == [1, 2, 3]
    assert draw_down(0, owed) == [] and draw_down(99, owed) == []
