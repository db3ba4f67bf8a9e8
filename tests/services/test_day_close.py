"""日结: totals by method, receipt range, voids listed; a closed day takes no payment and no void
until a supervisor reopens it; days left open are flagged."""

import datetime as dt
import sqlite3

import pytest

from propdesk.core.errors import Conflict, ValidationError
from propdesk.core.permissions import PermissionDenied
from propdesk.services import day_close, payments
from propdesk.store import audit
from propdesk.store.connection import Database
from tests.services.test_payments import CASHIER, NOW, SUPERVISOR


def _pay_three(db: Database, unit_id: int) -> list[str]:
    owed = payments.owed(db, unit_id)
    numbers = []
    for i, (bill, method) in enumerate(zip(owed[:3], ["现金", "微信", "现金"], strict=True)):
        receipt, _ = payments.pay_bills(db, CASHIER, unit_id, [bill.id], method, "张三",
                                        now=NOW + dt.timedelta(minutes=i))  # fmt: skip
        numbers.append(receipt.number)
    return numbers


def test_the_report_adds_up_by_method_and_lists_voids(billed: tuple[Database, int]) -> None:
    db, unit_id = billed
    numbers = _pay_three(db, unit_id)
    payments.void_receipt(db, SUPERVISOR, numbers[2], "收错户", now=NOW + dt.timedelta(minutes=10))
    report = day_close.day_report(db, CASHIER.name, NOW.date())
    amounts = {r.number: r.total_fen for r in report.receipts}
    assert report.number_range == (numbers[0], numbers[2])
    assert [r.number for r in report.voids] == [numbers[2]] and report.voids[0].void_reason == "收错户"
    assert report.by_method() == {"现金": amounts[numbers[0]], "微信": amounts[numbers[1]], "支付宝": 0, "银行卡": 0,
                                  "转账": 0}  # fmt: skip
    assert report.total_fen == amounts[numbers[0]] + amounts[numbers[1]] and report.cash_fen == amounts[numbers[0]]
    assert day_close.day_report(db, "别的收银员", NOW.date()).receipts == ()


def test_a_closed_day_is_locked_until_a_supervisor_reopens_it(billed: tuple[Database, int]) -> None:
    db, unit_id = billed
    numbers = _pay_three(db, unit_id)
    evening = NOW.replace(hour=18)
    report, _ = day_close.close_day(db, CASHIER, NOW.date(), now=evening)
    assert report.closed is not None and report.closed.total_fen == report.total_fen
    with pytest.raises(Conflict, match="已日结"):
        day_close.close_day(db, CASHIER, NOW.date(), now=evening)
    owed = payments.owed(db, unit_id)
    with pytest.raises(Conflict, match="已日结"):
        payments.pay_bills(db, CASHIER, unit_id, [owed[0].id], "现金", "张三", now=evening)
    with pytest.raises(Conflict, match="已日结"):
        payments.void_receipt(db, SUPERVISOR, numbers[0], "错", now=evening)
    with pytest.raises(sqlite3.IntegrityError, match="closed"):  # the storage refuses too
        db.execute("UPDATE receipts SET voided_at = '2026-11-26 19:00:00' WHERE number = ?", (numbers[0],))
    with pytest.raises(PermissionDenied):
        day_close.reopen_day(db, CASHIER, CASHIER.name, NOW.date(), "想改")
    with pytest.raises(ValidationError):
        day_close.reopen_day(db, SUPERVISOR, CASHIER.name, NOW.date(), " ")
    day_close.reopen_day(db, SUPERVISOR, CASHIER.name, NOW.date(), "收据开错需作废", now=evening)
    payments.void_receipt(db, SUPERVISOR, numbers[0], "开错", now=evening)
    again, _ = day_close.close_day(db, CASHIER, NOW.date(), now=evening.replace(hour=19))
    assert again.closed is not None and len(again.voids) == 1
    assert db.scalar("SELECT count(*) FROM day_closes") == 2  # the first close and its reopening stay on record
    actions = [e.summary for e in audit.recent(db)]
    assert any("反日结" in a for a in actions) and sum("日结 2026-11-26" in a for a in actions) == 2


def test_open_days_are_flagged_the_next_morning(billed: tuple[Database, int]) -> None:
    db, unit_id = billed
    _pay_three(db, unit_id)
    assert day_close.unclosed_days(db, NOW.date()) == []  # today is still going
    tomorrow = NOW.date() + dt.timedelta(days=1)
    assert day_close.unclosed_days(db, tomorrow) == [(CASHIER.name, "2026-11-26")]
    day_close.close_day(db, CASHIER, NOW.date(), now=NOW.replace(hour=18))
    assert day_close.unclosed_days(db, tomorrow) == []


def test_no_close_for_a_future_day(billed: tuple[Database, int]) -> None:
    db, _ = billed
    with pytest.raises(ValidationError, match="将来"):
        day_close.close_day(db, CASHIER, NOW.date() + dt.timedelta(days=1), now=NOW)
    with pytest.raises(ValidationError, match="格式"):
        day_close.day_report(db, CASHIER.name, "昨天")


def test_the_printed_daily_report_says_what_the_screen_says(billed: tuple[Database, int]) -> None:
    import io

    import pypdf

    from propdesk.documents import catalog

    db, unit_id = billed
    numbers = _pay_three(db, unit_id)
    payments.void_receipt(db, SUPERVISOR, numbers[1], "收错户", now=NOW + dt.timedelta(minutes=10))
    report = day_close.day_report(db, CASHIER.name, NOW.date())
    job = catalog.make(db, CASHIER, "day-report", f"{NOW.date()} {CASHIER.name}")
    text = "".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(job.pdf)).pages).replace(" ", "")
    assert "收款日报表" in text and "未日结" in text
    assert f"{numbers[0]}至{numbers[2]}" in text and "收错户" in text
    assert f"{report.total_fen // 100:,}.{report.total_fen % 100:02d}" in text
    assert f"{report.cash_fen // 100:,}.{report.cash_fen % 100:02d}" in text
    day_close.close_day(db, CASHIER, NOW.date(), now=NOW.replace(hour=18))
    closed = catalog.make(db, CASHIER, "day-report", str(NOW.date()))  # without a name: the actor's own day
    closed_text = "".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(closed.pdf)).pages).replace(" ", "")
    assert "已日结" in closed_text and "赵收银" in closed_text


def test_a_days_receipts_print_in_one_pdf_one_page_each(billed: tuple[Database, int]) -> None:
    import io

    import pypdf

    from propdesk.documents import catalog

    db, unit_id = billed
    numbers = _pay_three(db, unit_id)
    from propdesk.services import printing

    first = catalog.make(db, CASHIER, "receipt", numbers[0])
    printing.record_printed(db, CASHIER, first.kind, first.key, first.title, first.unit_id, first.pdf)  # 补打 next
    job = catalog.make(db, CASHIER, "receipts", f"{NOW.date()} {CASHIER.name}")
    pages = [p.extract_text() for p in pypdf.PdfReader(io.BytesIO(job.pdf)).pages]
    assert len(pages) == 3 and all(n in page for n, page in zip(numbers, pages, strict=True))
    assert "补打" in pages[0] and "补打" not in pages[1]
    with pytest.raises(Exception, match="没有开收据"):
        catalog.make(db, CASHIER, "receipts", "2000-01-01")


def test_reportlab_runs_with_its_c_speedups() -> None:
    """rl_accel makes PDF text 2.5× faster; without it reportlab silently falls back to Python."""
    from reportlab.lib import rl_accel

    assert "fp_str" in rl_accel._c_funcs
