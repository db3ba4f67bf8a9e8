"""The read-only list table every screen uses: whole rows selected, columns sized to their contents,
the last one stretched."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)


def read_only_table(headers: Sequence[str], single_selection: bool = True) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    if single_selection:
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    # every list can go to Excel as shown: right-click (or the menu key) → 导出 Excel…
    table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    table.customContextMenuRequested.connect(lambda pos: _context_menu(table, pos))
    return table


def export_title(table: QWidget) -> str:
    """What the list is called on screen: its box's title, else its tab's, else the window's."""
    child: QWidget = table
    parent = table.parentWidget()
    while parent is not None:
        if isinstance(parent, QGroupBox) and parent.title():
            return parent.title()
        if isinstance(parent, QStackedWidget) and isinstance(parent.parentWidget(), QTabWidget):
            tabs = parent.parentWidget()
            assert isinstance(tabs, QTabWidget)
            index = tabs.indexOf(child)
            if index >= 0:
                return tabs.tabText(index).replace("&", "")
        child, parent = parent, parent.parentWidget()
    return table.window().windowTitle() or QCoreApplication.translate("tables", "List")


def _context_menu(table: QTableWidget, pos: QPoint) -> None:
    from PySide6.QtWidgets import QMenu

    desk = _desk_of(table)
    menu = QMenu(table)
    action = menu.addAction(QCoreApplication.translate("tables", "Export to Excel…"))
    action.setEnabled(desk is not None and table.rowCount() > 0)
    if menu.exec(table.viewport().mapToGlobal(pos)) is action:
        offer_export(table)


def offer_export(table: QTableWidget) -> None:
    """Ask where, then write the list exactly as shown (on the worker of the table's window)."""
    from propdesk.qt.exports import offer_table_export

    desk = _desk_of(table)
    if desk is not None:
        offer_table_export(table, desk, table, export_title(table))


def _desk_of(widget: QWidget) -> Any:
    """The desk of the window or dialog the table is in (the export runs on its worker)."""
    found: QWidget | None = widget
    while found is not None:
        if getattr(found, "desk", None) is not None:
            return found.desk  # type: ignore[attr-defined]
        found = found.parentWidget()
    return None


@contextmanager
def bulk_fill(table: QTableWidget) -> Iterator[None]:
    """Fill many cells at once: columns sized to their contents are measured once at the end, not after every
    cell (measured: 30 rows of the today view took 100 ms cell by cell, the GUI frozen meanwhile)."""
    header = table.horizontalHeader()
    modes = [header.sectionResizeMode(i) for i in range(header.count())]
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.setUpdatesEnabled(False)
    try:
        yield
    finally:
        for index, mode in enumerate(modes):
            header.setSectionResizeMode(index, mode)
        table.setUpdatesEnabled(True)


def table_group(title: str, table: QTableWidget, buttons: Sequence[QPushButton]) -> QGroupBox:
    """A titled box with the table and its buttons right-aligned underneath."""
    box = QGroupBox(title)
    layout = QVBoxLayout(box)
    layout.addWidget(table)
    if buttons:
        row = QHBoxLayout()
        row.addStretch(1)
        for button in buttons:
            row.addWidget(button)
        layout.addLayout(row)
    return box


def table_with_buttons(table: QWidget, buttons: Sequence[QPushButton]) -> QWidget:
    """A table with its buttons underneath from the left, as one form field (no frame, no margins)."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(table)
    layout.addLayout(button_row(buttons))
    return box


def button_row(buttons: Sequence[QPushButton]) -> QHBoxLayout:
    """Buttons side by side from the left, the rest of the row empty."""
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    return row
