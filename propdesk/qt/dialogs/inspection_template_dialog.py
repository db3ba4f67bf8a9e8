"""验房模板: the office's rooms × items that every new inspection starts from; type in place, add, remove,
move up and down, or go back to the standard list. Inspections already walked keep their items."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from propdesk.core.move_in import DEFAULT_TEMPLATE
from propdesk.services import inspections

from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QPushButton, QTableWidget, QTableWidgetItem, QWidget

from propdesk.qt.desk import Desk
from propdesk.qt.dialogs.form_dialog import FormDialog


class InspectionTemplateDialog(FormDialog):
    def __init__(self, desk: Desk, rows: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(desk, self.tr("Inspection template"), parent)
        self.resize(560, 640)
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels([self.tr("Room"), self.tr("Item")])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.fill(rows)
        self.add_field("template", "", self.table)
        self.add_button = QPushButton(self.tr("Add a row"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.up_button = QPushButton(self.tr("Up"))
        self.down_button = QPushButton(self.tr("Down"))
        self.reset_button = QPushButton(self.tr("Standard list"))
        buttons = QWidget()
        row = QHBoxLayout(buttons)
        row.setContentsMargins(0, 0, 0, 0)
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button, self.reset_button):
            row.addWidget(button)
        self.add_field("buttons", "", buttons)
        self.add_button.clicked.connect(self.on_add_clicked)
        self.remove_button.clicked.connect(lambda: self.table.removeRow(self.table.currentRow()))
        self.up_button.clicked.connect(lambda: self.move_row(-1))
        self.down_button.clicked.connect(lambda: self.move_row(1))
        self.reset_button.clicked.connect(lambda: self.fill(list(DEFAULT_TEMPLATE)))

    def fill(self, rows: list[tuple[str, str]]) -> None:
        self.table.setRowCount(len(rows))
        for r, (room, item) in enumerate(rows):
            self.table.setItem(r, 0, QTableWidgetItem(room))
            self.table.setItem(r, 1, QTableWidgetItem(item))

    def rows(self) -> list[tuple[str, str]]:
        found = []
        for r in range(self.table.rowCount()):
            room, item = self.table.item(r, 0), self.table.item(r, 1)
            found.append((room.text() if room else "", item.text() if item else ""))
        return found

    def on_add_clicked(self) -> None:
        r = self.table.currentRow() + 1 if self.table.currentRow() >= 0 else self.table.rowCount()
        room = self.table.item(r - 1, 0).text() if r > 0 and self.table.item(r - 1, 0) else ""  # type: ignore[union-attr]
        self.table.insertRow(r)
        self.table.setItem(r, 0, QTableWidgetItem(room))
        new_item = QTableWidgetItem("")
        self.table.setItem(r, 1, new_item)
        self.table.setCurrentCell(r, 1)
        self.table.editItem(new_item)

    def move_row(self, step: int) -> None:
        r = self.table.currentRow()
        target = r + step
        if r < 0 or not 0 <= target < self.table.rowCount():
            return
        rows = self.rows()
        rows[r], rows[target] = rows[target], rows[r]
        self.fill(rows)
        self.table.selectRow(target)

    def build_job(self) -> Callable[[Any], Any]:
        actor, rows = self.desk.actor, self.rows()
        return lambda db: inspections.save_template(db, actor, rows)
