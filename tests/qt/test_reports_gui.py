"""The 报表 area makes the month's workbook in the background and says where it went."""

from collections.abc import Callable
from pathlib import Path
from typing import Any

from propdesk.store.connection import Database

from propdesk.qt.main_window import MainWindow


def test_the_monthly_workbook_from_the_reports_area(qtbot: Any, window: MainWindow, tmp_path: Path,
                                                    read_db: Callable[[], Database]) -> None:  # fmt: skip
    import openpyxl

    window.show_page("reports")
    view = window.page("reports")
    month = view.month()
    path = tmp_path / "月度报表.xlsx"
    view.make_monthly(month, path)
    qtbot.waitUntil(lambda: "已生成" in view.result_label.text(), timeout=30_000)
    assert view.monthly_button.isEnabled() and str(path) in view.result_label.text()
    book = openpyxl.load_workbook(path, read_only=True)
    assert book.sheetnames[0] == "收费汇总" and len(book.sheetnames) == 10
    assert month in str(next(book["收费汇总"].iter_rows(max_row=1, values_only=True))[0])
