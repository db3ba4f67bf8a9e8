"""报修 tab of the unit page: every repair of the unit, newest first, the one chosen with its steps and
buttons, and 新报修 for this unit (the caller's details filled in from the owner)."""

from __future__ import annotations

from propdesk.core.registry import SearchHit
from propdesk.core.work_orders import OrderRow, WorkOrder
from propdesk.services import work_orders

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QPushButton, QSplitter, QTableWidgetItem, QVBoxLayout, QWidget

from propdesk.qt.desk import Desk
from propdesk.qt.tables import button_row, read_only_table
from propdesk.qt.views.work_order_panel import WorkOrderPanel


class UnitRepairsTab(QWidget):
    print_requested = Signal(str, str)

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.unit: SearchHit | None = None
        self.rows: list[OrderRow] = []
        self.table = read_only_table([self.tr("No."), self.tr("Reported"), self.tr("Place"), self.tr("Category"),
                                      self.tr("State"), self.tr("Technician"), self.tr("Problem")])  # fmt: skip
        self.new_button = QPushButton(self.tr("New repair for this unit… (Ctrl+R)"))
        self.new_button.setEnabled(False)
        self.panel = WorkOrderPanel(desk)
        self.panel.print_requested.connect(self.print_requested)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.table)
        top_layout.addLayout(button_row([self.new_button]))
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(self.panel)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.table.currentCellChanged.connect(lambda *_: self.open_selected())
        self.new_button.clicked.connect(self.on_new_clicked)
        desk.changed.connect(lambda changes: self.reload() if getattr(changes, "service", False) else None)

    def show_unit(self, unit: SearchHit) -> None:
        self.unit = unit
        self.new_button.setEnabled(True)
        self.reload()

    def reload(self) -> None:
        if self.unit is None:
            return
        unit_id = self.unit.unit_id
        self.desk.query(lambda db: (unit_id, work_orders.of_unit(db, unit_id)), self._loaded)

    def _loaded(self, result: tuple[int, list[OrderRow]]) -> None:
        unit_id, rows = result
        if self.unit is None or unit_id != self.unit.unit_id:
            return
        chosen = self.panel.order.id if self.panel.order else None
        self.rows = rows
        self.table.setRowCount(len(rows))
        for r, o in enumerate(rows):
            for c, value in enumerate([o.number, o.reported_at[:16], o.location, o.category, o.state, o.technician,
                                       o.description]):  # fmt: skip
                self.table.setItem(r, c, QTableWidgetItem(value))
        ids = [o.id for o in rows]
        if rows:
            self.table.setCurrentCell(ids.index(chosen) if chosen in ids else 0, 0)
        self.open_selected()

    def open_selected(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.rows):
            self.panel.show_order(None)
            return
        order_id = self.rows[row].id

        def shown(order: WorkOrder) -> None:
            current = self.table.currentRow()
            if 0 <= current < len(self.rows) and self.rows[current].id == order.id:
                self.panel.show_order(order)

        self.desk.query(lambda db: work_orders.get(db, order_id), shown)

    def on_new_clicked(self) -> None:
        from propdesk.qt.dialogs.repair_dialog import RepairDialog

        dialog = RepairDialog(self.desk, self.unit, self)
        if dialog.exec() and dialog.result_value is not None and dialog.print_check.isChecked():
            self.print_requested.emit("work-order", dialog.result_value.number)
