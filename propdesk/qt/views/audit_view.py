"""操作日志: every change with its author, filtered by user, record kind, dates and text; read-only."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from propdesk.core.change_log import AuditFilter, ChangeLogEntry
from propdesk.core.changes import Changes
from propdesk.core.clock import parse_date
from propdesk.core.errors import ValidationError
from propdesk.reports.table_xlsx import write_table
from propdesk.services import audit_trail

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QPushButton, QWidget

from propdesk.qt import preferences, prompts
from propdesk.qt.desk import Desk
from propdesk.qt.entity_names import ENTITY_NAMES, entity_name
from propdesk.qt.i18n import QT_TRANSLATE_NOOP
from propdesk.qt.table_model import Column
from propdesk.qt.views.paged_list import PagedList

COLUMNS = [
    Column(QT_TRANSLATE_NOOP("Column", "Time"), lambda e: e.at),
    Column(QT_TRANSLATE_NOOP("Column", "Clerk"), lambda e: e.author),
    Column(QT_TRANSLATE_NOOP("Column", "Record"), lambda e: entity_name(e.entity)),
    Column(QT_TRANSLATE_NOOP("Column", "Action"), lambda e: e.summary or e.action),
    Column(QT_TRANSLATE_NOOP("Column", "Changes"), lambda e: e.describe()),
]


class AuditView(PagedList):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(desk, COLUMNS, parent)
        self.author_combo = QComboBox()
        self.entity_combo = QComboBox()
        self.entity_combo.addItem(self.tr("All records"), "")
        for key in ENTITY_NAMES:
            self.entity_combo.addItem(entity_name(key), key)
        self.from_edit = QLineEdit()
        self.from_edit.setPlaceholderText(self.tr("From, e.g. 2026-11-01"))
        self.to_edit = QLineEdit()
        self.to_edit.setPlaceholderText(self.tr("To, e.g. 2026-11-30"))
        self.text_edit = QLineEdit()
        self.text_edit.setPlaceholderText(self.tr("Filter: unit, name, content"))
        self.text_edit.setClearButtonEnabled(True)
        self.export_button = QPushButton(self.tr("Export Excel"))
        for combo in (self.author_combo, self.entity_combo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for edit in (self.from_edit, self.to_edit):
            edit.setMinimumWidth(edit.fontMetrics().horizontalAdvance(edit.placeholderText()) + 24)
        bar = QHBoxLayout()
        for widget in (self.author_combo, self.entity_combo, self.from_edit, self.to_edit):
            bar.addWidget(widget)
        bar.addWidget(self.text_edit, 1)
        bar.addWidget(self.export_button)
        self.body_layout.insertLayout(0, bar)
        self.set_column_widths([150, 80, 80, 260])
        self.author_combo.currentIndexChanged.connect(self.reload_from_start)
        self.entity_combo.currentIndexChanged.connect(self.reload_from_start)
        for edit in (self.from_edit, self.to_edit, self.text_edit):
            edit.textChanged.connect(lambda _text: self.reload_timer.start())
        self.export_button.clicked.connect(self.on_export_clicked)
        self.desk.changed.connect(self.on_desk_changed)

    def audit_filter(self) -> AuditFilter:
        dates = []
        for edit in (self.from_edit, self.to_edit):
            try:
                dates.append(parse_date(edit.text()))
                edit.setStyleSheet("")
            except ValidationError:
                dates.append("")
                edit.setStyleSheet("border: 1px solid #d93025;")
        return AuditFilter(author=self.author_combo.currentData() or "", entity=self.entity_combo.currentData() or "",
                           date_from=dates[0], date_to=dates[1], text=self.text_edit.text().strip())  # fmt: skip

    def fetch(self, offset: int, limit: int) -> Any:
        f, actor = self.audit_filter(), self.desk.actor
        return lambda db: audit_trail.list_entries(db, actor, f, offset, limit)

    def refresh(self) -> None:
        def show(names: list[str]) -> None:
            current = self.author_combo.currentData()
            self.author_combo.blockSignals(True)
            self.author_combo.clear()
            self.author_combo.addItem(self.tr("All clerks"), "")
            for name in names:
                self.author_combo.addItem(name, name)
            self.author_combo.setCurrentIndex(max(self.author_combo.findData(current), 0))
            self.author_combo.blockSignals(False)

        self.desk.query(audit_trail.authors, show)
        self.reload()

    def on_desk_changed(self, _changes: Changes) -> None:
        if self.isVisible():
            self.reload()

    def on_export_clicked(self) -> None:
        path = preferences.ask_save_path(self, self.tr("Export the change log"), "操作日志.xlsx", "Excel (*.xlsx)")
        if path is not None:
            self.export_to(path)

    def export_to(self, path: Path) -> None:
        """Every entry the filter selects (not only this page), newest first, as shown."""
        f, actor = self.audit_filter(), self.desk.actor
        title, headers = self.tr("Change log"), [c.label for c in COLUMNS]
        entity_names = {key: entity_name(key) for key in ENTITY_NAMES}

        def cells(e: ChangeLogEntry) -> list[str]:
            return [e.at, e.author, entity_names.get(e.entity, e.entity), e.summary or e.action, e.describe()]

        def job(db: Any) -> int:
            entries = audit_trail.list_entries(db, actor, f, 0, 10_000_000).rows
            write_table(path, title, headers, [cells(e) for e in entries], [20, 10, 10, 40, 60])
            return len(entries)

        def done(count: int) -> None:
            prompts.info(self, self.tr("Export finished"), self.tr("Exported %1 entries to %2")
                         .replace("%1", str(count)).replace("%2", str(path)))  # fmt: skip

        self.desk.query(job, done, lambda exc: prompts.show_exception(self, exc))
