"""导入房屋业主台账: pick the Excel file, import in the background, list row problems in Chinese."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from propdesk.core.ledger import ImportResult
from propdesk.core.progress import Progress
from propdesk.reports.ledger_xlsx import read_ledger, write_template
from propdesk.services.ledger_import import import_ledger, summarize

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from propdesk.qt import preferences, prompts
from propdesk.qt.desk import Desk
from propdesk.qt.progress import ProgressWatcher


class ImportDialog(QDialog):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.setWindowTitle(self.tr("Import units and owners from Excel"))
        self.resize(720, 520)
        intro = QLabel(
            self.tr(
                "Put the old ledger into the import template. Rows with problems are not imported, the others are; importing again updates, it never duplicates."
            )
        )
        intro.setWordWrap(True)
        self.path_edit = QLineEdit()
        self.path_edit.setPlaceholderText(self.tr("Choose an .xlsx file"))
        self.browse_button = QPushButton(self.tr("Choose file…"))
        self.template_button = QPushButton(self.tr("Download the import template…"))
        self.import_button = QPushButton(self.tr("Start import"))
        self.import_button.setDefault(True)
        self.close_button = QPushButton(self.tr("Close"))
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.problems_edit = QPlainTextEdit()
        self.problems_edit.setReadOnly(True)
        self.problems_edit.setPlaceholderText(
            self.tr("After the import, every row's problems are listed here (row, column, problem)")
        )
        self.browse_button.clicked.connect(self.on_browse_clicked)
        self.template_button.clicked.connect(self.on_template_clicked)
        self.import_button.clicked.connect(self.on_import_clicked)
        self.close_button.clicked.connect(self.accept)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(self.browse_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.template_button)
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(file_row)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.problems_edit, 1)
        layout.addLayout(buttons)
        self.import_result: ImportResult | None = None

    def on_browse_clicked(self) -> None:
        path = preferences.ask_open_path(self, self.tr("Choose the ledger file"), "Excel (*.xlsx)")
        if path is not None:
            self.path_edit.setText(str(path))

    def on_template_clicked(self) -> None:
        offer_template(self)

    def on_import_clicked(self) -> None:
        text = self.path_edit.text().strip()
        if not text:
            self.summary_label.setText(self.tr("Choose the file to import first"))
            return
        path = Path(text)
        progress = Progress(message=self.tr("Reading the Excel file…"))
        watcher = ProgressWatcher(progress, self.tr("Importing"), self)
        actor = self.desk.actor
        self.import_button.setEnabled(False)

        def job(db: Any) -> Any:
            rows, read_problems = read_ledger(path)
            result, changes = import_ledger(db, actor, rows, progress)
            result.warnings = read_problems + (result.warnings or [])
            return result, changes

        def done(result: ImportResult) -> None:
            watcher.finish()
            self.import_button.setEnabled(True)
            self.show_result(result)

        def failed(exc: BaseException) -> None:
            watcher.finish()
            self.import_button.setEnabled(True)
            prompts.show_exception(self, exc)

        self.desk.mutate(job, done, parent=self, on_error=failed)

    def show_result(self, result: ImportResult) -> None:
        self.import_result = result
        self.summary_label.setText(summarize(result))
        lines = [p.chinese + self.tr(" (not imported)") for p in result.rejected or []]
        lines += [p.chinese + self.tr(" (imported; please check)") for p in result.warnings or []]
        self.problems_edit.setPlainText("\n".join(lines) if lines else self.tr("Everything was imported; no problems."))


def offer_template(parent: QWidget) -> None:
    """Save the import template where the clerk chooses."""
    title = QCoreApplication.translate("offer_template", "Save the import template")
    path = preferences.ask_save_path(parent, title, "房屋业主导入模板.xlsx", "Excel (*.xlsx)")
    if path is None:
        return
    try:
        write_template(path)
    except Exception as exc:
        prompts.show_exception(parent, exc)
        return
    prompts.info(
        parent,
        QCoreApplication.translate("offer_template", "Import template"),
        QCoreApplication.translate("offer_template", "Saved: %1").replace("%1", str(path)),
    )
