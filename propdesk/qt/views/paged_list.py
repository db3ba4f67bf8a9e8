"""The shared mechanics of a long list: one page in the model, SQL sorting, a pager."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from propdesk.qt.desk import Desk
from propdesk.qt.table_model import Column, PageModel

PAGE_SIZE = 100


class PagedList(QWidget):
    """Subclasses implement ``fetch(offset, limit)`` → a job returning an object with total/offset/rows."""

    row_activated = Signal(object)
    loaded = Signal()

    def __init__(self, desk: Desk, columns: Sequence[Column], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.model = PageModel(columns)
        self.offset = 0
        self.total = 0
        self.sort_key = ""
        self.descending = False
        self._generation = 0
        self.table_view = QTableView()
        self.table_view.setModel(self.model)
        self.table_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table_view.setAlternatingRowColors(True)
        self.table_view.verticalHeader().setDefaultSectionSize(26)
        header = self.table_view.horizontalHeader()
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.sectionClicked.connect(self.on_header_section_clicked)
        self.table_view.activated.connect(self.on_table_activated)
        self.table_view.doubleClicked.connect(self.on_table_activated)
        self.prev_button = QPushButton(self.tr("Previous page"))
        self.next_button = QPushButton(self.tr("Next page"))
        self.prev_button.clicked.connect(lambda: self.go(self.offset - PAGE_SIZE))
        self.next_button.clicked.connect(lambda: self.go(self.offset + PAGE_SIZE))
        self.pager_label = QLabel()
        pager = QHBoxLayout()
        pager.addWidget(self.pager_label)
        pager.addStretch(1)
        pager.addWidget(self.prev_button)
        pager.addWidget(self.next_button)
        self.body_layout = QVBoxLayout(self)
        self.body_layout.setContentsMargins(0, 0, 0, 0)
        self.body_layout.addWidget(self.table_view, 1)
        self.body_layout.addLayout(pager)
        # Typing in a filter box waits for a pause before it queries.
        self.reload_timer = QTimer(self)
        self.reload_timer.setSingleShot(True)
        self.reload_timer.setInterval(150)
        self.reload_timer.timeout.connect(self.reload_from_start)

    def set_column_widths(self, widths: Sequence[int]) -> None:
        for index, width in enumerate(widths):
            self.table_view.setColumnWidth(index, width)

    def fetch(self, offset: int, limit: int) -> Any:
        raise NotImplementedError

    def reload_from_start(self) -> None:
        self.go(0)

    def reload(self) -> None:
        self.go(self.offset)

    def go(self, offset: int) -> None:
        offset = max(0, offset)
        self._generation += 1
        generation = self._generation
        job = self.fetch(offset, PAGE_SIZE)

        def show(page: Any) -> None:
            if generation != self._generation:
                return  # a newer request is on its way; drop this stale page
            if page.total and offset >= page.total:
                self.go(max(0, (page.total - 1) // PAGE_SIZE * PAGE_SIZE))
                return
            self.offset = offset
            self.total = page.total
            self.model.set_rows(page.rows)
            last = offset + len(page.rows)
            self.pager_label.setText(
                self.tr("Rows %1–%2 of %3")
                .replace("%1", str(offset + 1 if last else 0))
                .replace("%2", str(last))
                .replace("%3", str(page.total))
            )
            self.prev_button.setEnabled(offset > 0)
            self.next_button.setEnabled(last < page.total)
            self.loaded.emit()

        self.desk.query(job, show)

    def on_header_section_clicked(self, section: int) -> None:
        key = self.model.columns[section].sort_key
        if not key:
            self.table_view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
            return
        self.descending = not self.descending if key == self.sort_key else False
        self.sort_key = key
        self.table_view.horizontalHeader().setSortIndicator(
            section, Qt.SortOrder.DescendingOrder if self.descending else Qt.SortOrder.AscendingOrder
        )
        self.reload_from_start()

    def on_table_activated(self, index: Any) -> None:
        row = self.model.row_object(index.row())
        if row is not None:
            self.row_activated.emit(row)

    def current_row(self) -> Any:
        indexes = self.table_view.selectionModel().selectedRows()
        return self.model.row_object(indexes[0].row()) if indexes else None
