"""临时收费 (one-off, deposit, paid service) and the deposit ledger with its refunds."""

import datetime as dt
from decimal import Decimal

import pytest

from propdesk.core.author import Actor
from propdesk.core.billing import FeeKind, Period
from propdesk.core.errors import Conflict, NotFound, ValidationError
from propdesk.core.permissions import PermissionDenied
from propdesk.services import day_close, fees, payments, refunds
from propdesk.store import audit
from propdesk.store.connection import Database
from tests.services.test_payments import CASHIER, NOW, SUPERVISOR


@pytest.fixture
def items(billed: tuple[Database, int], actor: Actor) -> dict[str, int]:
    db, _ = billed
    made = {}
    for name, kind, price in [("装修管理费", FeeKind.ONE_OFF, "300"), ("装修押金", FeeKind.DEPOSIT, "2000"),
                              ("有偿维修", FeeKind.SERVICE, "0"), ("出入证工本费", FeeKind.ONE_OFF, "10")]:  # fmt: skip
        made[name], _ = fees.add_fee_item(
            db, actor, name, kind, "元", frozenset(), 100, Decimal(price), Period(2020, 1)
        )
    return made


def test_one_off_charges_are_owed_at_their_price(billed: tuple[Database, int], items: dict[str, int]) -> None:
    db, unit_id = billed
    fees.charge(db, CASHIER, unit_id, items["出入证工本费"], Decimal(3), note="3 张", today=NOW.date())
    fees.charge(db, CASHIER, unit_id, items["有偿维修"], Decimal(1), Decimal("85.50"), "更换水龙头", NOW.date())
    fees.charge(db, CASHIER, unit_id, items["出入证工本费"], Decimal(1), today=NOW.date())  # no period: may repeat
    one_offs = [(b.description, b.quantity, b.unit_price, b.amount_fen) for b in payments.owed(db, unit_id)
                if b.period is None]  # fmt: skip
    assert sorted(one_offs) == sorted([("出入证工本费（3 张）", "3", "10", 3000), ("出入证工本费", "1", "10", 1000),
                                       ("有偿维修（更换水龙头）", "1", "85.50", 8550)])  # fmt: skip
    assert audit.recent(db, 1)[0].summary == "临时收费 出入证工本费 10.00 元"


def test_bad_charges_are_refused(billed: tuple[Database, int], items: dict[str, int]) -> None:
    db, unit_id = billed
    monthly = fees.list_fee_items(db)[0].id
    with pytest.raises(NotFound):
        fees.charge(db, CASHIER, unit_id, monthly, Decimal(1))  # monthly items are billed by runs
    with pytest.raises(ValidationError, match="金额应大于 0"):
        fees.charge(db, CASHIER, unit_id, items["有偿维修"], Decimal(1))  # a service needs its price
    for quantity in (Decimal(0), Decimal("-1"), Decimal("1.005")):
        with pytest.raises(ValidationError):
            fees.charge(db, CASHIER, unit_id, items["出入证工本费"], quantity)
    with pytest.raises(PermissionDenied):
        fees.charge(db, Actor("前台", frozenset({"前台客服"})), unit_id, items["出入证工本费"], Decimal(1))
    assert all(b.period for b in payments.owed(db, unit_id))


def _pay_deposit(db: Database, unit_id: int, item: int, when: dt.datetime = NOW) -> int:
    bill_id, _ = fees.charge(db, CASHIER, unit_id, item, Decimal(1), today=when.date())
    payments.pay_bills(db, CASHIER, unit_id, [bill_id], "现金", "张三", now=when)
    return bill_id


def test_a_deposit_is_held_until_a_refund_gives_it_back(billed: tuple[Database, int], items: dict[str, int]) -> None:
    db, unit_id = billed
    bill_id = _pay_deposit(db, unit_id, items["装修押金"])
    fees.charge(db, CASHIER, unit_id, items["装修押金"], Decimal(1))  # charged but not paid: not held
    [held] = refunds.deposit_ledger(db, held_only=True)
    assert (held.bill_id, held.amount_fen, held.state) == (bill_id, 200000, "在押")
    assert payments.account(db, unit_id, NOW.date()).deposits_held_fen == 200000
    with pytest.raises(PermissionDenied):
        refunds.refund_deposit(db, CASHIER, CASHIER, bill_id, "现金", "张三", "装修验收合格")
    with pytest.raises(ValidationError, match="扣除原因"):
        refunds.refund_deposit(db, CASHIER, SUPERVISOR, bill_id, "现金", "张三", "验收", 50000, now=NOW)
    with pytest.raises(ValidationError, match="扣除金额"):
        refunds.refund_deposit(db, CASHIER, SUPERVISOR, bill_id, "现金", "张三", "验收", 200001, "违规", now=NOW)
    refund, _ = refunds.refund_deposit(db, CASHIER, SUPERVISOR, bill_id, "现金", "张三", "装修验收", 50000,
                                       "擅自改动外立面", now=NOW + dt.timedelta(hours=1))  # fmt: skip
    assert (refund.number, refund.amount_fen, refund.deducted_fen, refund.held_fen) == ("TK2026000001", 150000,
                                                                                          50000, 200000)  # fmt: skip
    assert refunds.deposit_ledger(db, held_only=True) == []
    [closed] = refunds.deposit_ledger(db)
    assert closed.state == "部分扣除后退还" and closed.refund_number == "TK2026000001"
    with pytest.raises(Conflict, match="不能重复退还"):
        refunds.refund_deposit(db, CASHIER, SUPERVISOR, bill_id, "现金", "张三", "再退一次", now=NOW)
    receipt_number = closed.receipt_number
    with pytest.raises(Conflict, match="押金已经退还"):
        payments.void_receipt(db, SUPERVISOR, receipt_number, "错收", now=NOW)


def test_refunds_count_in_the_cashiers_day_and_respect_its_close(billed: tuple[Database, int],
                                                                 items: dict[str, int]) -> None:  # fmt: skip
    db, unit_id = billed
    bill_id = _pay_deposit(db, unit_id, items["装修押金"])
    refunds.refund_deposit(db, CASHIER, SUPERVISOR, bill_id, "现金", "张三", "验收合格", now=NOW)
    report = day_close.day_report(db, CASHIER.name, NOW.date())
    assert report.total_fen == 200000 and report.refund_fen == 200000 and report.cash_fen == 0
    assert [r.number for r in report.refunds] == ["TK2026000001"]
    day_close.close_day(db, CASHIER, NOW.date(), now=NOW + dt.timedelta(hours=8))
    other = _pay_deposit(db, unit_id, items["装修押金"], NOW + dt.timedelta(days=1))
    with pytest.raises(Conflict, match="已日结"):
        refunds.refund_deposit(db, CASHIER, SUPERVISOR, other, "现金", "张三", "验收", now=NOW + dt.timedelta(hours=9))


def _pdf_text(pdf: bytes) -> str:
    import io

    import pypdf

    return "\n".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(pdf)).pages)


def test_refund_slip_day_report_and_statement_print_the_money_out(billed: tuple[Database, int],
                                                                  items: dict[str, int], tmp_path: object) -> None:  # fmt: skip
    from pathlib import Path

    from openpyxl import load_workbook

    from propdesk.documents import catalog
    from propdesk.reports.day_report_xlsx import write_day_report

    db, unit_id = billed
    bill_id = _pay_deposit(db, unit_id, items["装修押金"])
    payments.take_prepayment(db, CASHIER, unit_id, 60000, "现金", "张三", now=NOW)
    refund, _ = refunds.refund_deposit(db, CASHIER, SUPERVISOR, bill_id, "现金", "张三", "装修验收合格", 30000,
                                       "损坏公共墙面", now=NOW)  # fmt: skip
    slip = _pdf_text(catalog.make(db, CASHIER, "refund", refund.number).pdf)
    for text in ("退款单", "TK2026000001", "1,700.00", "壹仟柒佰元整", "损坏公共墙面", "李主管", "领款人"):
        assert text in slip, text
    report = day_close.day_report(db, CASHIER.name, NOW.date())
    assert report.cash_fen == 200000 + 60000 - 170000
    day_pdf = _pdf_text(catalog.make(db, CASHIER, "day-report", f"{NOW.date()} {CASHIER.name}").pdf)
    assert "退款明细" in day_pdf and "TK2026000001" in day_pdf and "900.00" in day_pdf
    out = Path(str(tmp_path)) / "day.xlsx"
    write_day_report(out, report, "阳光花园")
    sheet = load_workbook(out)["退款明细"]
    assert sheet["A2"].value == "TK2026000001" and sheet["G2"].value == 1700
    statement = _pdf_text(catalog.make(db, CASHIER, "statement", "3-1-101").pdf)
    assert "预存款明细" in statement and "部分扣除后退还" in statement and "押金与退款" in statement
