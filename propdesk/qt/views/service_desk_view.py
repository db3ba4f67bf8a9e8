"""The 客服 area: the work-order list (paged in SQL, filtered by state or 逾期 / 需沟通记录, category,
technician, or an order number, phone, unit or caller typed exactly), the order chosen with its steps
and buttons below, 新报修 (Ctrl+R) at the top, and the list to Excel."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from propdesk.core.work_orders import CATEGORIES, OrderRow, OrderState, WorkOrder
from propdesk.services import repair_settings, work_orders
from propdesk.services.work_orders import NOTE_VIEW, OVERDUE_VIEW, OrderFilter

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from propdesk.qt import prompts
from propdesk.qt.desk import Desk
from propdesk.qt.i18n import QT_TRANSLATE_NOOP
from propdesk.qt.table_model import Column
from propdesk.qt.views.paged_list import PagedList
from propdesk.qt.views.work_order_panel import WorkOrderPanel

COLUMNS = [
    Column(QT_TRANSLATE_NOOP("Column", "No."), lambda o: o.number),
    Column(QT_TRANSLATE_NOOP("Column", "Reported"), lambda o: o.reported_at[:16]),
    Column(QT_TRANSLATE_NOOP("Column", "Unit / place"), lambda o: f"{o.unit_code} {o.location}".strip()),
    Column(QT_TRANSLATE_NOOP("Column", "Caller"), lambda o: f"{o.caller} {o.phone}"),
    Column(QT_TRANSLATE_NOOP("Column", "Category"), lambda o: o.category),
    Column(QT_TRANSLATE_NOOP("Column", "Urgency"), lambda o: o.urgency),
    Column(QT_TRANSLATE_NOOP("Column", "Due"), lambda o: o.due_at[5:16]),
    Column(QT_TRANSLATE_NOOP("Column", "State"), lambda o: o.state),
    Column(QT_TRANSLATE_NOOP("Column", "Technician"), lambda o: o.technician),
    Column(QT_TRANSLATE_NOOP("Column", "Problem"), lambda o: o.description),
]


class WorkOrderList(PagedList):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(desk, COLUMNS, parent)
        self.order_filter = OrderFilter()
        self.set_column_widths([110, 120, 150, 170, 70, 70, 90, 70, 70])

    def fetch(self, offset: int, limit: int) -> Any:
        f = self.order_filter
        return lambda db: work_orders.page(db, f, offset, limit)


class ServiceDeskView(QWidget):
    unit_activated = Signal(int)
    print_requested = Signal(str, str)

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.view_box = QComboBox()
        self.view_box.addItem(self.tr("All work orders"), "")
        self.view_box.addItem(self.tr("Overdue"), OVERDUE_VIEW)
        self.view_box.addItem(self.tr("Open 3 days without a note"), NOTE_VIEW)
        for state in OrderState:
            self.view_box.addItem(state.value, state.value)
        self.category_box = QComboBox()
        self.category_box.addItem(self.tr("All categories"), "")
        for category in CATEGORIES:
            self.category_box.addItem(category, category)
        self.technician_box = QComboBox()
        self.technician_box.addItem(self.tr("All technicians"), "")
        self.text_edit = QLineEdit()
        self.text_edit.setPlaceholderText(self.tr("Order no., phone, unit or caller"))
        self.new_button = QPushButton(self.tr("New repair… (Ctrl+R)"))
        self.export_button = QPushButton(self.tr("Export to Excel…"))
        self.list = WorkOrderList(desk)
        self.panel = WorkOrderPanel(desk)
        self.panel.print_requested.connect(self.print_requested)
        top = QHBoxLayout()
        top.addWidget(self.new_button)
        for widget in (self.view_box, self.category_box, self.technician_box):
            top.addWidget(widget)
        top.addWidget(self.text_edit, 1)
        top.addWidget(self.export_button)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.list)
        splitter.addWidget(self.panel)
        splitter.setSizes([380, 320])
        repairs = QWidget()
        repairs_layout = QVBoxLayout(repairs)
        repairs_layout.addLayout(top)
        repairs_layout.addWidget(splitter, 1)
        self.tabs = QTabWidget()
        self.tabs.addTab(repairs, self.tr("Repairs"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        for box in (self.view_box, self.category_box, self.technician_box):
            box.currentIndexChanged.connect(self.on_filter_changed)
        self.text_edit.textChanged.connect(lambda _text: self.on_filter_changed())
        self.new_button.clicked.connect(self.new_repair)
        self.export_button.clicked.connect(self.on_export_clicked)
        self.list.table_view.selectionModel().currentRowChanged.connect(lambda *_: self.open_selected())
        self.list.row_activated.connect(self.on_row_activated)
        self.list.loaded.connect(self.on_list_loaded)
        desk.changed.connect(self.on_desk_changed)
        self._shown_once = False

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            self.desk.query(lambda db: repair_settings.technicians(db), self.show_technicians)
        self.list.reload()

    def show_technicians(self, found: list[Any]) -> None:
        for t in found:
            self.technician_box.addItem(t.name, t.name)

    def set_view(self, view: str) -> None:
        """Open on one view of the list (the today view's counts link here)."""
        index = self.view_box.findData(view)
        self.view_box.setCurrentIndex(max(0, index))
        self.tabs.setCurrentIndex(0)

    def on_filter_changed(self, *_args: object) -> None:
        self.list.order_filter = OrderFilter(view=str(self.view_box.currentData() or ""),
                                             category=str(self.category_box.currentData() or ""),
                                             technician=str(self.technician_box.currentData() or ""),
                                             text=self.text_edit.text())  # fmt: skip
        self.list.reload_timer.start()

    def on_desk_changed(self, changes: Any) -> None:
        if getattr(changes, "service", False) and self.isVisible():
            self.list.reload()

    def on_list_loaded(self) -> None:
        if self.list.current_row() is None and self.list.model.rowCount() > 0:
            self.list.table_view.selectRow(0)
        self.open_selected()

    def open_selected(self) -> None:
        row: OrderRow | None = self.list.current_row()
        if row is None:
            self.panel.show_order(None)
            return
        order_id = row.id

        def shown(order: WorkOrder) -> None:
            current = self.list.current_row()
            if current is not None and current.id == order.id:
                self.panel.show_order(order)

        self.desk.query(lambda db: work_orders.get(db, order_id), shown)

    def on_row_activated(self, row: OrderRow) -> None:
        order = self.panel.order
        if order is not None and order.id == row.id and order.unit_id:
            self.unit_activated.emit(order.unit_id)

    def new_repair(self, unit: Any = None) -> None:
        from propdesk.qt.dialogs.repair_dialog import RepairDialog

        dialog = RepairDialog(self.desk, unit, self)
        if dialog.exec() and dialog.result_value is not None and dialog.print_check.isChecked():
            self.print_requested.emit("work-order", dialog.result_value.number)

    def on_export_clicked(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        from propdesk.qt.exports import export_shown

        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export to Excel"), "维修工单.xlsx", "Excel (*.xlsx)")
        if not name:
            return
        f = self.list.order_filter

        def rows(found: Any) -> None:
            shown = [[column.value(o) for column in COLUMNS] for o in found.rows]
            if found.total > len(found.rows):
                prompts.info(self, self.tr("Export"), self.tr("The first %1 of %2 rows are exported.")
                             .replace("%1", str(len(found.rows))).replace("%2", str(found.total)))  # fmt: skip
            export_shown(self, self.desk, Path(name), "维修工单", [c.label for c in COLUMNS], shown,
                         [14, 17, 18, 22, 8, 8, 12, 8, 9, 40])  # fmt: skip

        self.desk.query(lambda db: work_orders.page(db, f, 0, 50_000), rows)
