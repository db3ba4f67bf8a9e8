"""The 收费 area: the arrears list agrees with the service, totals add up, Enter/double-click opens
the unit's 账务 tab, and the Excel export holds the same numbers."""

from collections.abc import Callable
from typing import Any

import openpyxl

from propdesk.services import payments
from propdesk.store.connection import Database

from propdesk.qt.main_window import MainWindow


def test_arrears_list_opens_the_account_and_exports(
    qtbot: Any, window: MainWindow, read_db: Callable[[], Database], tmp_path: Any, answers: list[Any]
) -> None:
    expected = payments.arrears(read_db())
    assert expected, "the demo has owners behind with their fees"
    window.show_page("billing")
    view = window.page("billing")
    qtbot.waitUntil(lambda: view.table.rowCount() == len(expected), timeout=10_000)
    assert [view.table.item(r, 0).text() for r in range(len(expected))] == [r.unit_code for r in expected]
    total = sum(r.total_fen for r in expected)
    assert f"{total / 100:,.2f}" in view.summary_label.text()
    view.table.setCurrentCell(0, 0)
    view.on_row_activated()
    tab = window.unit_page.account_tab
    qtbot.waitUntil(lambda: tab.account is not None and tab.account.unit_id == expected[0].unit_id, timeout=10_000)
    assert window.unit_page.tabs.currentWidget() is tab
    path = tmp_path / "欠费.xlsx"
    view.export_to(path)
    qtbot.waitUntil(lambda: bool(answers) and answers[-1][1] == "导出完成", timeout=10_000)
    rows = list(openpyxl.load_workbook(path).active.iter_rows(min_row=3, values_only=True))
    assert [r[0] for r in rows[:-1]] == [r.unit_code for r in expected]
    assert rows[-1][0] == "合计" and round(rows[-1][-1] * 100) == total


def test_dunning_notices_print_from_the_arrears_list(qtbot: Any, window: MainWindow, monkeypatch: Any) -> None:
    from propdesk.qt.dialogs import pdf_preview

    shown: list[str] = []
    monkeypatch.setattr(pdf_preview.PdfPreviewDialog, "exec", lambda self: shown.append(self.windowTitle()) or 0)
    window.show_page("billing")
    view = window.page("billing")
    qtbot.waitUntil(lambda: view.table.rowCount() > 0, timeout=10_000)
    view.dunning_button.click()
    qtbot.waitUntil(lambda: bool(shown), timeout=20_000)
    assert "催缴通知书" in shown[0] and f"{view.table.rowCount()} 户" in shown[0]
