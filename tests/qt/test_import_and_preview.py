import io
from collections.abc import Callable
from pathlib import Path
from typing import Any

import openpyxl
import pypdf

from propdesk.reports.ledger_xlsx import write_template
from propdesk.services import units
from propdesk.store.connection import Database

from PySide6.QtPrintSupport import QPrinter

from propdesk.qt.dialogs.import_dialog import ImportDialog
from propdesk.qt.dialogs.pdf_preview import PdfPreviewDialog, print_pdf
from propdesk.qt.main_window import MainWindow


def test_import_dialog_reports_rows_in_chinese(
    qtbot: Any, tmp_path: Path, window: MainWindow, read_db: Callable[[], Database]
) -> None:
    sheet = tmp_path / "ledger.xlsx"
    write_template(sheet)
    workbook = openpyxl.load_workbook(sheet)
    workbook.active.append(["20", "1", "101", "", "95.5", "住宅", "已入住", "周一"])
    workbook.active.append(["20", "1", "", "", "95.5"])
    workbook.save(sheet)
    dialog = ImportDialog(window.desk, window)
    qtbot.addWidget(dialog)
    dialog.path_edit.setText(str(sheet))
    dialog.on_import_clicked()
    qtbot.waitUntil(lambda: dialog.import_result is not None, timeout=10_000)
    assert "新增 1 户" in dialog.summary_label.text() and "拒绝 1 行" in dialog.summary_label.text()
    assert "第 4 行 “房号”列房号不能为空（未导入）" in dialog.problems_edit.toPlainText()
    codes = [u.code for u in units.list_units(read_db(), units.UnitFilter(building="20"), 0, 10).rows]
    assert codes == ["20-1-101"]


def test_missing_file_is_a_plain_message(qtbot: Any, window: MainWindow, answers: list[Any]) -> None:
    dialog = ImportDialog(window.desk, window)
    qtbot.addWidget(dialog)
    dialog.path_edit.setText("/nonexistent/台账.xlsx")
    dialog.on_import_clicked()
    qtbot.waitUntil(lambda: bool(answers), timeout=5000)
    kind, _, text = answers[-1]
    assert kind == "warning" and "找不到文件" in text


def test_preview_renders_pages_and_prints(qtbot: Any, tmp_path: Path, window: MainWindow) -> None:
    from propdesk.core.author import Actor
    from propdesk.documents.catalog import make
    from propdesk.store.connection import open_database

    assert window.db_path is not None
    with open_database(window.db_path, exclusive=False) as db:
        job = make(db, Actor("t"), "unit-list", "all")
    dialog = PdfPreviewDialog(job.pdf, job.title, window)
    qtbot.addWidget(dialog)
    pages = len(pypdf.PdfReader(io.BytesIO(job.pdf)).pages)
    assert len(dialog.page_labels) == pages and pages >= 2
    assert dialog.page_labels[0].pixmap().width() > 500
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    printer.setResolution(150)
    print_pdf(job.pdf, printer)
    assert len(pypdf.PdfReader(out).pages) == pages
