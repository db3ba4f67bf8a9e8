"""The work-order steps that need more than a click: dispatch to a technician (those of the trade first),
completion with the materials and the fee (what the owner pays shown as typed), and the callback."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from propdesk.core.errors import PropdeskError, ValidationError
from propdesk.core.money import format_yuan, parse_yuan, to_capital
from propdesk.core.work_orders import Action, Material, Technician, WorkOrder
from propdesk.services import work_orders

from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from propdesk.qt.desk import Desk
from propdesk.qt.dialogs.form_dialog import FormDialog
from propdesk.qt.dialogs.service_dialogs import CallbackDialog
from propdesk.qt.tables import table_with_buttons


def technician_box(found: list[Technician], category: str, current: str = "") -> QComboBox:
    """Active technicians, those whose trades include the category first, each with their trades."""
    box = QComboBox()
    ordered = sorted(found, key=lambda t: (category not in t.trades, t.name))
    for t in ordered:
        if t.name != current:
            box.addItem(f"{t.name}（{'、'.join(t.trades) or '—'}）", t.name)
    return box


class DispatchDialog(FormDialog):
    def __init__(self, desk: Desk, order: WorkOrder, action: Action, found: list[Technician],
                 parent: QWidget | None = None) -> None:  # fmt: skip
        title = self.tr("Dispatch — %1") if action == Action.DISPATCH else self.tr("Reassign — %1")
        super().__init__(desk, title.replace("%1", order.number), parent)
        self.order, self.action = order, action
        self.add_field("what", self.tr("Repair"), QLabel(f"{order.category}：{order.description}"))
        self.technician_box = technician_box(found, order.category, order.technician)
        self.add_field("technician", self.tr("Technician"), self.technician_box)
        self.note_edit = QLineEdit()
        self.note_edit.setPlaceholderText(self.tr("e.g. bring a DN15 valve"))
        self.add_field("note", self.tr("Note"), self.note_edit)

    def build_job(self) -> Callable[[Any], Any]:
        if self.technician_box.currentIndex() < 0:
            raise ValidationError.single("technician", "还没有可派的维修人员：请在 设置 → 报修设置 中添加")
        actor, order_id, action = self.desk.actor, self.order.id, self.action
        name, note = str(self.technician_box.currentData()), self.note_edit.text()
        return lambda db: work_orders.act(db, actor, order_id, action, note, name)


class WorkCompletionDialog(FormDialog):
    """完工: the result, the materials (name, spec, quantity, unit price — the amount worked out), the fee."""

    def __init__(self, desk: Desk, order: WorkOrder, parent: QWidget | None = None) -> None:
        super().__init__(desk, self.tr("Completed — %1").replace("%1", order.number), parent)
        self.setMinimumWidth(620)
        self.order = order
        self.result_edit = QLineEdit()
        self.result_edit.setPlaceholderText(self.tr("What was done, e.g. replaced the tap cartridge, no leak"))
        self.add_field("result", self.tr("Result"), self.result_edit)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels([self.tr("Material"), self.tr("Spec"), self.tr("Quantity"),
                                              self.tr("Unit price"), self.tr("Amount")])  # fmt: skip
        for column, width in enumerate((170, 90, 70, 80, 80)):
            self.table.setColumnWidth(column, width)
        self.table.setMinimumHeight(130)
        add_button, remove_button = QPushButton(self.tr("Add a material")), QPushButton(self.tr("Remove"))
        self.add_field("materials", self.tr("Materials"), table_with_buttons(self.table, [add_button, remove_button]))
        self.fee_edit = QLineEdit()
        self.fee_edit.setPlaceholderText(self.tr("0 if none"))
        self.add_field("service_fee", self.tr("Service fee"), self.fee_edit)
        self.total_label = QLabel()
        self.total_label.setStyleSheet("font-weight: bold;")
        self.add_field("total", self.tr("Total"), self.total_label)
        self.billed_note = (self.tr("Paid repair: the total is billed to %1").replace("%1", order.unit_code)
                            if order.warranty == "保修期外" and order.unit_id else self.tr("Not billed to the owner"))  # fmt: skip
        add_button.clicked.connect(self.add_row)
        remove_button.clicked.connect(self.remove_row)
        self.table.itemChanged.connect(self.update_total)
        self.fee_edit.textChanged.connect(self.update_total)
        self.button_box.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Record completion"))
        self.update_total()

    def add_row(self) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column in range(5):
            item = QTableWidgetItem("")
            self.table.setItem(row, column, item)
        self.table.setCurrentCell(row, 0)
        self.table.editItem(self.table.item(row, 0) or QTableWidgetItem())

    def remove_row(self) -> None:
        if self.table.currentRow() >= 0:
            self.table.removeRow(self.table.currentRow())
            self.update_total()

    def _cell(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text().strip() if item else ""

    def materials(self) -> list[Material]:
        """The rows typed; a row's amount is its quantity × unit price unless typed (raises on bad money)."""
        from decimal import Decimal, InvalidOperation

        found = []
        for row in range(self.table.rowCount()):
            name, spec, quantity = self._cell(row, 0), self._cell(row, 1), self._cell(row, 2) or "1"
            if not (name or self._cell(row, 3) or self._cell(row, 4)):
                continue
            try:
                price = parse_yuan(self._cell(row, 3) or "0", "materials")
                if self._cell(row, 4):
                    amount = parse_yuan(self._cell(row, 4), "materials")
                else:
                    count = Decimal("".join(c for c in quantity if c.isdigit() or c == ".") or "1")
                    amount = int((count * price).quantize(Decimal(1)))
            except (ValidationError, InvalidOperation):
                raise ValidationError.single("materials", f"第 {row + 1} 行材料的单价或金额不对") from None
            found.append(Material(name, spec, quantity, price, amount))
        return found

    def fee_fen(self) -> int:
        text = self.fee_edit.text().strip()
        return parse_yuan(text, "service_fee") if text else 0

    def update_total(self, *_args: object) -> None:
        try:
            total = sum(m.amount_fen for m in self.materials()) + self.fee_fen()
        except PropdeskError:
            self.total_label.setText("")
            return
        self.total_label.setText(f"¥{format_yuan(total)}（{to_capital(total)}）　{self.billed_note}")

    def build_job(self) -> Callable[[Any], Any]:
        materials, fee = self.materials(), self.fee_fen()
        actor, order_id, result = self.desk.actor, self.order.id, self.result_edit.text()
        return lambda db: work_orders.complete(db, actor, order_id, result, materials, fee)


class WorkOrderCallbackDialog(CallbackDialog):
    def __init__(self, desk: Desk, order: WorkOrder, parent: QWidget | None = None) -> None:
        actor, order_id = desk.actor, order.id
        super().__init__(desk, f"{order.caller}　{order.phone}", f"{order.result}（{order.technician}）",
                         lambda s, text: lambda db: work_orders.callback(db, actor, order_id, s, text), parent)  # fmt: skip
        self.setWindowTitle(self.tr("Callback — %1").replace("%1", order.number))
