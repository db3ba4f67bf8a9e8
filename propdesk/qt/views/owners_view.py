"""业主 list: every current owner with their units; opens the first unit's page."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from propdesk.core.changes import Changes
from propdesk.core.identity import mask_id_number, mask_phone
from propdesk.reports.table_xlsx import write_table
from propdesk.services import owners

from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QWidget

from propdesk.qt import preferences, prompts
from propdesk.qt.desk import Desk
from propdesk.qt.i18n import QT_TRANSLATE_NOOP
from propdesk.qt.table_model import Column
from propdesk.qt.views.paged_list import PagedList

COLUMNS = [
    Column(QT_TRANSLATE_NOOP("Column", "Name"), lambda o: o.name, "name"),
    Column(QT_TRANSLATE_NOOP("Column", "ID kind"), lambda o: o.id_kind),
    Column(QT_TRANSLATE_NOOP("Column", "ID number"), lambda o: mask_id_number(o.id_number)),
    Column(QT_TRANSLATE_NOOP("Column", "Mobile"), lambda o: mask_phone(o.mobile)),
    Column(QT_TRANSLATE_NOOP("Column", "Units"), lambda o: o.unit_codes),
]


class OwnersView(PagedList):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(desk, COLUMNS, parent)
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Filter: name, pinyin initials, mobile"))
        self.filter_edit.setClearButtonEnabled(True)
        self.export_button = QPushButton(self.tr("Export Excel"))
        self.export_button.clicked.connect(self.on_export_clicked)
        bar = QHBoxLayout()
        bar.addWidget(self.filter_edit, 1)
        bar.addWidget(self.export_button)
        self.body_layout.insertLayout(0, bar)
        self.set_column_widths([110, 80, 180, 120])
        self.filter_edit.textChanged.connect(lambda _text: self.reload_timer.start())
        self.desk.changed.connect(self.on_desk_changed)

    def fetch(self, offset: int, limit: int) -> Any:
        text = self.filter_edit.text()
        descending = self.descending
        return lambda db: owners.list_owners(db, text, offset, limit, descending)

    def refresh(self) -> None:
        self.reload()

    def on_export_clicked(self) -> None:
        path = preferences.ask_save_path(self, self.tr("Export owners"), "业主名单.xlsx", "Excel (*.xlsx)")
        if path is not None:
            self.export_to(path)

    def export_to(self, path: Path) -> None:
        """All owners the filter selects, in the list's order and with the list's columns (IDs masked)."""
        text = self.filter_edit.text()
        descending = self.descending
        title, headers = self.tr("Owner list"), [c.label for c in COLUMNS]

        def job(db: Any) -> int:
            page = owners.list_owners(db, text, 0, 1_000_000, descending)
            rows = [[c.value(r) for c in COLUMNS] for r in page.rows]
            write_table(path, title, headers, rows, [12, 10, 22, 14, 40])
            return len(rows)

        def done(count: int) -> None:
            prompts.info(
                self,
                self.tr("Export finished"),
                self.tr("Exported %1 owners to %2").replace("%1", str(count)).replace("%2", str(path)),
            )

        self.desk.query(job, done, lambda exc: prompts.show_exception(self, exc))

    def on_desk_changed(self, changes: Changes) -> None:
        if changes.persons or changes.all_units or changes.units:
            self.reload()
