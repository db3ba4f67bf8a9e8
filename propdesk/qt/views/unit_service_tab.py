"""The unit page's 报修 and 投诉 tabs: the unit's records newest first, the one chosen with its steps and
buttons below, and a new record for this unit (the caller's details filled in from the owner)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from propdesk.core.registry import SearchHit

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QSplitter, QTableWidgetItem, QVBoxLayout, QWidget

from propdesk.qt.desk import Desk
from propdesk.qt.tables import button_row, read_only_table


class UnitServiceTab(QWidget):
    """``rows(unit_id)`` and ``load(record_id)`` give jobs; ``values(row)`` the cells; ``panel`` shows the chosen
    record (``show_item``); ``new_record(unit)`` opens the form for a new one."""

    def __init__(self, desk: Desk, headers: Sequence[str], values: Callable[[Any], list[str]],
                 rows: Callable[[int], Callable[[Any], Any]], load: Callable[[int], Callable[[Any], Any]], panel: Any,
                 new_label: str, new_record: Callable[[SearchHit], None], parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.desk, self.values, self.rows_job, self.load, self.panel = desk, values, rows, load, panel
        self.unit: SearchHit | None = None
        self.rows: list[Any] = []
        self.table = read_only_table(list(headers))
        self.new_button = QPushButton(new_label)
        self.new_button.setEnabled(False)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.table)
        top_layout.addLayout(button_row([self.new_button]))
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(panel)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.table.currentCellChanged.connect(lambda *_: self.open_selected())
        self.new_button.clicked.connect(lambda: new_record(self.unit) if self.unit else None)
        desk.changed.connect(lambda changes: self.reload() if getattr(changes, "service", False) else None)

    def show_unit(self, unit: SearchHit) -> None:
        self.unit = unit
        self.new_button.setEnabled(True)
        self.reload()

    def reload(self) -> None:
        if self.unit is None:
            return
        unit_id, job = self.unit.unit_id, self.rows_job(self.unit.unit_id)
        self.desk.query(lambda db: (unit_id, job(db)), self._loaded)

    def _loaded(self, result: tuple[int, list[Any]]) -> None:
        unit_id, rows = result
        if self.unit is None or unit_id != self.unit.unit_id:
            return
        chosen = self.panel.item.id if self.panel.item else None
        self.rows = rows
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, value in enumerate(self.values(row)):
                self.table.setItem(r, c, QTableWidgetItem(value))
        ids = [row.id for row in rows]
        if rows:
            self.table.setCurrentCell(ids.index(chosen) if chosen in ids else 0, 0)
        self.open_selected()

    def open_selected(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.rows):
            self.panel.show_item(None)
            return

        def shown(record: Any) -> None:
            current = self.table.currentRow()
            if 0 <= current < len(self.rows) and self.rows[current].id == record.id:
                self.panel.show_item(record)

        self.desk.query(self.load(self.rows[row].id), shown)
