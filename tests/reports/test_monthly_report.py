"""The monthly workbook: every total agrees to the 分 with the services, the month's collections equal its
valid receipts (and, net, minus its refunds), the file re-opens with the same numbers, and LibreOffice
opens it headless."""

import datetime as dt
import shutil
import subprocess
from decimal import Decimal
from pathlib import Path

import pytest

from propdesk.core.author import Actor
from propdesk.reports.monthly_xlsx import write_monthly
from propdesk.services import activities, day_close, payments, spot_checks, work_orders
from propdesk.services.demo import generate_demo
from propdesk.services.monthly_report import month_bounds, monthly_report
from propdesk.store.connection import Database, open_database


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("monthly") / "demo.sqlite3"
    with open_database(path) as db:
        generate_demo(db, Actor("演示"), units=80, seed=11)
    return path


def _last_month() -> str:
    return (dt.date.today().replace(day=1) - dt.timedelta(days=1)).strftime("%Y-%m")


def _yuan(fen: int) -> Decimal:
    return Decimal(fen) / 100


def _money(value: object) -> Decimal:
    """A money cell as read back (a float in the file's XML) to the 分."""
    return Decimal(str(value or 0)).quantize(Decimal("0.01"))


def _rows(sheet: object) -> list[tuple[object, ...]]:
    """The table under the headers, up to the blank row before the notes."""
    found = []
    for row in sheet.iter_rows(min_row=4, values_only=True):  # type: ignore[attr-defined]
        if all(v in (None, "") for v in row):
            break
        found.append(row)
    return found


def test_the_workbook_reconciles_with_the_services(demo: Path, tmp_path: Path) -> None:
    import openpyxl

    month = _last_month()
    start, end, last_day = month_bounds(month)
    with open_database(demo, exclusive=False) as db:
        report = monthly_report(db, month)
        receipts_fen = refunds_fen = 0
        for day, cashier in _cashier_days(db, start, end):
            found = day_close.day_report(db, cashier, day)
            receipts_fen += found.total_fen
            refunds_fen += found.refund_fen
        owed = payments.arrears(db, last_day + dt.timedelta(days=1))
        orders = [o for o in work_orders.page(db, work_orders.OrderFilter(), 0, 100_000).rows
                  if start <= o.reported_at < end]  # fmt: skip
        sample = spot_checks.get(db, month)
        month_activities = activities.of_month(db, month)
    assert sample is not None
    assert receipts_fen > 0
    path = tmp_path / "monthly.xlsx"
    write_monthly(path, report)
    book = openpyxl.load_workbook(path, data_only=True)
    assert book.sheetnames == ["收费汇总", "欠费明细", "收款日报汇总", "报修统计", "投诉统计", "装修台账", "入伙进度",
                               "遗留工程台账", "钥匙台账", "走访月报", "抽查", "社区活动"]  # fmt: skip
    fees = _rows(book["收费汇总"])
    body, total = fees[:-1], fees[-1]
    assert total[0] == "全小区" and book["收费汇总"].freeze_panes == "A4"
    for column in range(2, 7):  # 应收 … 收款合计: the total row is the sum of the rows, to the 分
        assert _money(total[column]) == sum((_money(r[column]) for r in body), Decimal(0))
    assert _money(total[6]) == _yuan(receipts_fen)  # collected = the month's valid receipts
    notes = [r[0] for r in book["收费汇总"].iter_rows(values_only=True) if r[0] and "净收款" in str(r[0])]
    assert f"{(receipts_fen - refunds_fen) / 100:,.2f}" in notes[0]
    cash = _rows(book["收款日报汇总"])
    assert cash[-1][0] == "合计" and _money(cash[-1][5]) == _yuan(receipts_fen)
    assert _money(cash[-1][-2]) == _yuan(receipts_fen - refunds_fen)
    arrears = _rows(book["欠费明细"])
    assert _money(arrears[-1][-1]) == _yuan(sum(a.total_fen for a in owed)) and len(arrears) == len(owed) + 1
    repairs = _rows(book["报修统计"])
    assert repairs[-1][1] == len(orders) and sum(r[1] for r in repairs[:-1]) == len(orders)
    assert repairs[-1][3] == sum(1 for o in orders if o.state == "已关闭")
    checked = _rows(book["抽查"])  # the demo drew last month's sample: one row per sampled record
    assert len(checked) == len(sample.items) > 0
    assert [r[1] for r in checked] == [i.label for i in sample.items]
    assert sum(1 for r in checked if r[4] == "不合格") == sum(1 for i in sample.items if i.result == "不合格")
    held = _rows(book["社区活动"])
    assert held[-1][0] == "合计" and len(held) == len(month_activities) + 1
    assert _money(held[-1][5]) == _yuan(sum(a.budget_fen for a in month_activities))
    assert held[-1][8] == sum(a.people for a in month_activities)


def _cashier_days(db: Database, start: str, end: str) -> list[tuple[str, str]]:
    from propdesk.store import monthly_figures

    return monthly_figures.cashier_days(db, start, end)


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice not installed (.ci/run installs it)")
def test_libreoffice_opens_the_workbook(demo: Path, tmp_path: Path) -> None:
    with open_database(demo, exclusive=False) as db:
        report = monthly_report(db, _last_month())
    path = tmp_path / "月度报表.xlsx"
    write_monthly(path, report)
    utf8_csv = "csv:Text - txt - csv (StarCalc):44,34,76"
    done = subprocess.run(["soffice", "--headless", "--convert-to", utf8_csv, "--outdir", str(tmp_path), str(path)],
                          capture_output=True, text=True, timeout=120)  # fmt: skip
    converted = tmp_path / "月度报表.csv"
    assert done.returncode == 0 and converted.exists(), done.stderr
    text = converted.read_text(encoding="utf-8", errors="replace")
    assert "收费汇总" in text and "全小区" in text


def test_the_report_screens_charts_agree_with_the_workbook(demo: Path) -> None:
    from propdesk.services.monthly_report import charts

    with open_database(demo, exclusive=False) as db:
        month = _last_month()
        report = monthly_report(db, month)
        rates, states = charts(db, month)
    fees = report.sheet("收费汇总")
    due: dict[str, int] = {}
    current: dict[str, int] = {}
    for row in fees.rows:
        due[str(row[0])] = due.get(str(row[0]), 0) + int(row[2] or 0)  # type: ignore[arg-type]
        current[str(row[0])] = current.get(str(row[0]), 0) + int(row[3] or 0)  # type: ignore[arg-type]
    assert rates and all(rate == (current[b] / due[b] if due[b] else None) for b, rate in rates)
    assert sum(count for _, count in states) == report.sheet("报修统计").totals[1]  # type: ignore[index]
