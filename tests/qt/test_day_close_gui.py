"""日结 through the window: the dialog shows the cashier's day, confirming locks it and prints the
收款日报表; the today view flags days left open."""

import datetime as dt
from collections.abc import Callable
from typing import Any

import openpyxl

from propdesk.core.author import Actor
from propdesk.core.permissions import Role
from propdesk.services import day_close
from propdesk.store.connection import Database
from tests.qt.conftest import wait_idle

from PySide6.QtCore import QDate

from propdesk.qt.dialogs import pdf_preview
from propdesk.qt.dialogs.day_close_dialog import DayCloseDialog
from propdesk.qt.main_window import MainWindow


def test_the_cashier_closes_an_open_day_and_gets_the_report(
    qtbot: Any,
    window: MainWindow,
    read_db: Callable[[], Database],
    monkeypatch: Any,
    tmp_path: Any,
    answers: list[Any],
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(pdf_preview.PdfPreviewDialog, "exec", lambda self: shown.append(self.windowTitle()) or 0)
    open_days = day_close.unclosed_days(read_db(), dt.date.today())
    assert open_days, "the demo leaves yesterday's payments open"
    qtbot.waitUntil(window.today_view.unclosed_label.isVisible, timeout=10_000)
    cashier, day = open_days[0]
    assert f"{cashier} {day}" in window.today_view.unclosed_label.text()
    window.desk.set_actor(Actor(cashier, frozenset({Role.CASHIER.value})))
    dialog = DayCloseDialog(window.desk, dt.date.fromisoformat(day), window)
    dialog.print_requested.connect(window.print_document)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=10_000)
    expected = day_close.day_report(read_db(), cashier, day)
    assert dialog.table.rowCount() == len(expected.receipts) > 0
    assert f"{expected.total_fen / 100:,.2f}" in dialog.totals_label.text()
    assert dialog.close_button.isEnabled() and not dialog.reopen_button.isVisible()
    dialog.on_close_clicked()  # the answers fixture confirms
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    wait_idle(qtbot, window)
    assert "收款日报表" in shown[0] and day in shown[0]
    closed = day_close.day_report(read_db(), cashier, day)
    assert closed.closed is not None and closed.closed.total_fen == expected.total_fen
    assert (cashier, day) not in day_close.unclosed_days(read_db(), dt.date.today())
    assert not dialog.close_button.isEnabled()
    workbook_path = tmp_path / "日报.xlsx"
    dialog.export_to(workbook_path)
    qtbot.waitUntil(lambda: answers[-1][1] == "导出完成", timeout=10_000)
    workbook = openpyxl.load_workbook(workbook_path)
    summary = {row[0]: row[1] for row in workbook["汇总"].iter_rows(min_row=2, values_only=True) if row[0]}
    assert summary["日期"] == day and summary["收款人"] == cashier and str(summary["状态"]).startswith("已日结")
    assert round(summary["合计"] * 100) == closed.total_fen and round(summary["应交现金"] * 100) == closed.cash_fen
    detail = list(workbook["收据明细"].iter_rows(min_row=2, values_only=True))
    assert [r[0] for r in detail] == [r.number for r in closed.receipts]
    assert round(sum(r[5] for r in detail if r[6] == "有效") * 100) == closed.total_fen
    dialog.date_edit.setDate(QDate(2000, 1, 1))
    qtbot.waitUntil(lambda: dialog.report is not None and dialog.report.day == "2000-01-01")
    assert dialog.table.rowCount() == 0
