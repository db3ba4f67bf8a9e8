import datetime as dt
import sqlite3

import pytest

from propdesk.core.author import Actor
from propdesk.core.billing import Period
from propdesk.core.errors import Conflict, ValidationError
from propdesk.core.permissions import PermissionDenied, Role
from propdesk.services import fees, payments, units
from propdesk.store import audit
from propdesk.store.connection import Database

CASHIER = Actor("赵收银", frozenset({Role.CASHIER.value}))
SUPERVISOR = Actor("李主管", frozenset({Role.SUPERVISOR.value}))
NOW = dt.datetime(2026, 11, 26, 10, 30)


def test_a_payment_makes_one_numbered_receipt(billed: tuple[Database, int]) -> None:
    db, unit_id = billed
    owed = payments.owed(db, unit_id)
    assert [b.period for b in owed] == [
        "2026-09",
        "2026-09",
        "2026-10",
        "2026-10",
        "2026-11",
        "2026-11",
    ]  # oldest first
    first_two = [b.id for b in owed[:2]]
    receipt, _ = payments.pay_bills(db, CASHIER, unit_id, first_two, "现金", "张三", cash_given_fen=20000, now=NOW)
    assert receipt.number == "2026000001" and receipt.total_fen == 16558 + 1000
    assert receipt.change_fen == 20000 - 17558 and receipt.cashier == "赵收银" and receipt.unit_code == "3-1-101"
    assert [ln.item for ln in receipt.lines] == ["2026年9月物业服务费", "2026年9月垃圾费"]
    assert len(payments.owed(db, unit_id)) == 4
    second, _ = payments.pay_bills(db, CASHIER, unit_id, [owed[2].id], "微信", "张三", "wx123", now=NOW)
    assert second.number == "2026000002"
    assert audit.recent(db, 1)[0].action == "pay"


def test_a_bill_cannot_be_paid_twice_and_bad_payments_change_nothing(billed: tuple[Database, int]) -> None:
    db, unit_id = billed
    bill = payments.owed(db, unit_id)[0]
    payments.pay_bills(db, CASHIER, unit_id, [bill.id], "现金", "张三", now=NOW)
    with pytest.raises(Conflict):
        payments.pay_bills(db, CASHIER, unit_id, [bill.id], "现金", "张三", now=NOW)
    with pytest.raises(ValidationError, match="少于"):
        payments.pay_bills(db, CASHIER, unit_id, [payments.owed(db, unit_id)[0].id], "现金", "张三",
                           cash_given_fen=100, now=NOW)  # fmt: skip
    with pytest.raises(ValidationError, match="收款方式"):
        payments.pay_bills(db, CASHIER, unit_id, [payments.owed(db, unit_id)[0].id], "比特币", "张三", now=NOW)
    with pytest.raises(PermissionDenied):
        payments.pay_bills(db, Actor("王小丽", frozenset({Role.CLERK.value})), unit_id,
                           [payments.owed(db, unit_id)[0].id], "现金", "张三")  # fmt: skip
    assert payments.pay_bills(db, CASHIER, unit_id, [payments.owed(db, unit_id)[0].id], "现金", "张三",
                              now=NOW)[0].number == "2026000002"  # refusals took no number  # fmt: skip


def test_void_keeps_the_number_and_returns_the_bills(billed: tuple[Database, int]) -> None:
    db, unit_id = billed
    bill = payments.owed(db, unit_id)[0]
    receipt, _ = payments.pay_bills(db, CASHIER, unit_id, [bill.id], "现金", "张三", now=NOW)
    with pytest.raises(PermissionDenied, match="客服主管"):
        payments.void_receipt(db, CASHIER, receipt.number, "收错了")
    with pytest.raises(ValidationError, match="原因"):
        payments.void_receipt(db, SUPERVISOR, receipt.number, " ")
    voided, _ = payments.void_receipt(db, SUPERVISOR, receipt.number, "金额收错", now=NOW)
    assert voided.void and voided.voided_by == "李主管" and voided.void_reason == "金额收错"
    assert bill.id in [b.id for b in payments.owed(db, unit_id)]  # owed again
    with pytest.raises(Conflict, match="已于"):
        payments.void_receipt(db, SUPERVISOR, receipt.number, "再作废一次")
    again, _ = payments.pay_bills(db, CASHIER, unit_id, [bill.id], "现金", "张三", now=NOW)
    assert again.number == "2026000002"  # a voided number is never reused
    assert payments.get_receipt(db, receipt.number).void


def test_receipts_cannot_be_deleted_or_edited_even_with_sql(billed: tuple[Database, int]) -> None:
    db, unit_id = billed
    receipt, _ = payments.pay_bills(db, CASHIER, unit_id, [payments.owed(db, unit_id)[0].id], "现金", "张三", now=NOW)
    for statement in ("DELETE FROM receipts", "UPDATE receipts SET total_fen = 1", "UPDATE receipts SET number = 'x'",
                      "DELETE FROM receipt_lines", "UPDATE receipt_lines SET amount_fen = 0"):  # fmt: skip
        with pytest.raises(sqlite3.DatabaseError):
            db.execute(statement)
    assert payments.get_receipt(db, receipt.number).total_fen == receipt.total_fen


def test_the_sequence_restarts_each_year(billed: tuple[Database, int]) -> None:
    db, unit_id = billed
    owed = payments.owed(db, unit_id)
    assert payments.pay_bills(db, CASHIER, unit_id, [owed[0].id], "现金", "张三", now=dt.datetime(2026, 12, 31, 23, 59))[
        0].number == "2026000001"  # fmt: skip
    assert payments.pay_bills(db, CASHIER, unit_id, [owed[1].id], "现金", "张三", now=dt.datetime(2027, 1, 1, 8, 0))[
        0].number == "2027000001"  # fmt: skip


def test_receipt_pdf_has_every_field_three_copies_and_the_marks(billed: tuple[Database, int]) -> None:
    import io

    import pypdf

    from propdesk.documents import catalog
    from propdesk.services import printing

    db, unit_id = billed
    owed = payments.owed(db, unit_id)
    receipt, _ = payments.pay_bills(db, CASHIER, unit_id, [b.id for b in owed[:2]], "现金", "张三", cash_given_fen=20000,
                                    now=NOW)  # fmt: skip

    def text_of(pdf: bytes) -> str:
        return pypdf.PdfReader(io.BytesIO(pdf)).pages[0].extract_text()

    first = catalog.make(db, CASHIER, "receipt", receipt.number)
    text = text_of(first.pdf)
    for expected in ["收款收据", "NO. 2026000001", "今收到：张三", "房号：3-1-101", "2026年9月物业服务费", "2026年9月",
                     "165.58", "¥175.58", "壹佰柒拾伍元伍角捌分", "收款方式：现金", "找零 24.42", "收款人：赵收银",
                     "第一联 存根", "第二联 记账", "第三联 客户", "本收据手写无效", "收款单位（盖章）"]:  # fmt: skip
        assert expected in text, expected
    assert "补打" not in text and "作废" not in text
    printing.record_printed(db, CASHIER, first.kind, first.key, first.title, first.unit_id, first.pdf)
    again = catalog.make(db, CASHIER, "receipt", receipt.number)
    assert "补打" in again.title and text_of(again.pdf).count("补打") == 3
    payments.void_receipt(db, SUPERVISOR, receipt.number, "收错", now=NOW)
    voided = catalog.make(db, CASHIER, "receipt", receipt.number)
    assert text_of(voided.pdf).count("作废") == 3


def test_account_shows_owed_oldest_first_and_receipts_newest_first(billed: tuple[Database, int]) -> None:
    db, unit_id = billed
    owed = payments.owed(db, unit_id)
    first, _ = payments.pay_bills(db, CASHIER, unit_id, [owed[0].id], "微信", "张三", "4200001", now=NOW)
    second, _ = payments.pay_bills(db, CASHIER, unit_id, [owed[1].id], "现金", "张三",
                                   now=NOW + dt.timedelta(minutes=5))  # fmt: skip
    payments.void_receipt(db, SUPERVISOR, first.number, "方式选错", now=NOW + dt.timedelta(minutes=9))
    account = payments.account(db, unit_id)
    assert [r.number for r in account.receipts] == [second.number, first.number]
    assert account.receipts[1].void and account.receipts[1].void_reason == "方式选错"
    assert [b.id for b in account.owed] == [owed[0].id] + [b.id for b in owed[2:]]  # the voided bill is owed again
    assert account.owed_fen == sum(b.amount_fen for b in account.owed)
    assert account.paid_fen == second.total_fen  # a void is not money received


def test_arrears_age_overdue_bills_by_months_and_skip_what_is_not_yet_due(billed: tuple[Database, int]) -> None:
    db, unit_id = billed  # bills for 2026-09, -10 and -11, each due at the end of its month
    rows = payments.arrears(db, dt.date(2026, 11, 26))
    assert [r.unit_id for r in rows] == [unit_id]
    row = rows[0]
    owed = payments.owed(db, unit_id)
    by_period = {p: sum(b.amount_fen for b in owed if b.period == p) for p in ("2026-09", "2026-10")}
    # due 09-30 is 1 whole month overdue on 11-26 (1–3), due 10-31 is less than a month (≤1); November is not yet due
    assert row.buckets == (by_period["2026-10"], by_period["2026-09"], 0, 0, 0)
    assert row.bills == 4 and row.oldest_due == "2026-09-30" and row.total_fen == sum(by_period.values())
    later = payments.arrears(db, dt.date(2027, 12, 1))[0]
    assert later.buckets[4] == row.total_fen + sum(b.amount_fen for b in owed if b.period == "2026-11")  # > 12 months
    payments.pay_bills(db, CASHIER, unit_id, [b.id for b in owed], "转账", "张三", "TX1", now=NOW)
    assert payments.arrears(db, dt.date(2026, 11, 26)) == []
    assert payments.arrears(db, dt.date(2026, 11, 26), building="99") == []


def test_dunning_notices_one_page_per_unit_with_items_and_total(billed: tuple[Database, int], actor: Actor) -> None:
    import io

    import pypdf

    from propdesk.core.money import to_capital
    from propdesk.documents import catalog

    db, unit_id = billed
    notices = payments.dunning_notices(db, dt.date(2026, 11, 26))
    assert [n.unit_id for n in notices] == [unit_id]
    notice = notices[0]
    assert [(ln.item, ln.periods, ln.bills) for ln in notice.lines] == [
        ("物业服务费", "2026年9月–10月", 2),
        ("垃圾费", "2026年9月–10月", 2),
    ]
    assert notice.total_fen == payments.arrears(db, dt.date(2026, 11, 26))[0].total_fen
    other = next(u.id for u in units.list_units(db, units.UnitFilter(), 0, 5).rows if u.id != unit_id)
    units.update_unit(db, actor, other, floor=1, area_centi_m2=10000, unit_type="住宅", state="已入住", note="")
    fees.generate_bills(db, actor, Period(2026, 1), Period(2026, 1))  # a second unit owes January
    job = catalog.make(db, actor, "dunning", "all")
    reader = pypdf.PdfReader(io.BytesIO(job.pdf))
    pages = [p.extract_text().replace(" ", "") for p in reader.pages]
    owing = payments.dunning_notices(db)
    assert len(pages) == len(owing) >= 2  # one page per unit
    for page, n in zip(pages, owing, strict=True):
        assert n.unit_code in page and to_capital(n.total_fen) in page and "回执" in page
        assert f"{n.total_fen // 100:,}.{n.total_fen % 100:02d}" in page
