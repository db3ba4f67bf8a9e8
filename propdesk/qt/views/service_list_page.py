"""One list of the 客服 area (work orders, complaints): filters on top, the list paged in SQL, the record
chosen below with its steps and buttons, the new-record button, and the list to Excel."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from propdesk.core.identity import mask_phones_in
from propdesk.core.permissions import Permission

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QPushButton, QSplitter, QVBoxLayout, QWidget

from propdesk.qt import prompts
from propdesk.qt.desk import Desk
from propdesk.qt.table_model import Column
from propdesk.qt.views.paged_list import PagedList


@dataclass(frozen=True)
class ListFilter:
    view: str = ""
    category: str = ""
    technician: str = ""
    text: str = ""


@dataclass(frozen=True)
class ListSpec:
    columns: Sequence[Column]
    widths: Sequence[int]
    views: Sequence[tuple[str, str]]  # (label, the view's data); the first is "all"
    categories: Sequence[str]
    all_categories: str
    text_hint: str
    new_label: str
    export_title: str
    page: Callable[[ListFilter, int, int], Callable[[Any], Any]]  # a filter, offset, limit → a job
    load: Callable[[int], Callable[[Any], Any]]  # an id → the job loading the record for the panel
    technicians: bool = False


class _List(PagedList):
    def __init__(self, desk: Desk, spec: ListSpec) -> None:
        super().__init__(desk, spec.columns)
        self.spec = spec
        self.list_filter = ListFilter()
        self.set_column_widths(spec.widths)

    def fetch(self, offset: int, limit: int) -> Any:
        return self.spec.page(self.list_filter, offset, limit)


class ServiceListPage(QWidget):
    """``panel`` shows the chosen record (``show_item``); ``new_record`` is called by the new button."""

    unit_activated = Signal(int)

    def __init__(self, desk: Desk, spec: ListSpec, panel: Any, new_record: Callable[[], None],
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.desk, self.spec, self.panel = desk, spec, panel
        self.view_box = QComboBox()
        for label, data in spec.views:
            self.view_box.addItem(label, data)
        self.category_box = QComboBox()
        self.category_box.addItem(spec.all_categories, "")
        for category in spec.categories:
            self.category_box.addItem(category, category)
        self.technician_box = QComboBox()
        self.technician_box.setVisible(spec.technicians)
        self.text_edit = QLineEdit()
        self.text_edit.setPlaceholderText(spec.text_hint)
        self.new_button = QPushButton(spec.new_label)
        self.export_button = QPushButton(self.tr("Export to Excel…"))
        self.list = _List(desk, spec)
        top = QHBoxLayout()
        top.addWidget(self.new_button)
        for widget in (self.view_box, self.category_box, self.technician_box):
            top.addWidget(widget)
        top.addWidget(self.text_edit, 1)
        top.addWidget(self.export_button)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.list)
        splitter.addWidget(panel)
        splitter.setSizes([380, 320])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        for box in (self.view_box, self.category_box, self.technician_box):
            box.currentIndexChanged.connect(self.on_filter_changed)
        self.text_edit.textChanged.connect(lambda _text: self.on_filter_changed())
        self.new_button.clicked.connect(new_record)
        self.export_button.clicked.connect(self.on_export_clicked)
        self.list.table_view.selectionModel().currentRowChanged.connect(lambda *_: self.open_selected())
        self.list.row_activated.connect(self.on_row_activated)
        self.list.loaded.connect(self.on_list_loaded)

    def set_technicians(self, names: Sequence[str], all_label: str) -> None:
        self.technician_box.clear()
        self.technician_box.addItem(all_label, "")
        for name in names:
            self.technician_box.addItem(name, name)

    def set_view(self, view: str) -> None:
        self.view_box.setCurrentIndex(max(0, self.view_box.findData(view)))

    def on_filter_changed(self, *_args: object) -> None:
        self.list.list_filter = ListFilter(view=str(self.view_box.currentData() or ""),
                                           category=str(self.category_box.currentData() or ""),
                                           technician=str(self.technician_box.currentData() or ""),
                                           text=self.text_edit.text())  # fmt: skip
        self.list.reload_timer.start()

    def on_list_loaded(self) -> None:
        if self.list.current_row() is None and self.list.model.rowCount() > 0:
            self.list.table_view.selectRow(0)
        self.open_selected()

    def open_selected(self) -> None:
        row = self.list.current_row()
        if row is None:
            self.panel.show_item(None)
            return
        record_id = row.id

        def shown(record: Any) -> None:
            current = self.list.current_row()
            if current is not None and current.id == record.id:
                self.panel.show_item(record)

        self.desk.query(self.spec.load(record_id), shown)

    def on_row_activated(self, row: Any) -> None:
        record = self.panel.item
        if record is not None and record.id == row.id and record.unit_id:
            self.unit_activated.emit(record.unit_id)

    def on_export_clicked(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export to Excel"), f"{self.spec.export_title}.xlsx",
                                              "Excel (*.xlsx)")  # fmt: skip
        if name:
            self.export_to(Path(name))

    def export_to(self, path: Path) -> None:
        """Every row the filter selects (up to 50,000), in the list's order and columns."""
        from propdesk.qt.exports import export_shown

        columns = self.spec.columns
        # the list shows callers' numbers to call them back; a file leaving the desk masks them unless the
        # user may see personal data in full
        clear = self.desk.actor.can(Permission.VIEW_PERSONAL_DATA)

        def rows(found: Any) -> None:
            shown = [[column.value(r) if clear else mask_phones_in(column.value(r)) for column in columns]
                     for r in found.rows]  # fmt: skip
            if found.total > len(found.rows):
                prompts.info(self, self.tr("Export"), self.tr("The first %1 of %2 rows are exported.")
                             .replace("%1", str(len(found.rows))).replace("%2", str(found.total)))  # fmt: skip
            export_shown(self, self.desk, path, self.spec.export_title, [c.label for c in columns], shown,
                         [max(8, w // 8) for w in self.spec.widths] + [40])  # fmt: skip

        self.desk.query(self.spec.page(self.list.list_filter, 0, 50_000), rows)
