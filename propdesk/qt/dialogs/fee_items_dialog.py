"""收费项目: the office's fee items with their current price; add one, or change a price from a month
(bills already made keep the price they were made with)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from propdesk.core.billing import FeeItem, FeeKind, Period
from propdesk.core.errors import FieldProblem, ValidationError
from propdesk.services import fees

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from propdesk.qt.desk import Desk
from propdesk.qt.dialogs.form_dialog import FormDialog
from propdesk.qt.tables import read_only_table


class FeeItemsDialog(QDialog):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.items: list[FeeItem] = []
        self.setWindowTitle(self.tr("Fee items"))
        self.resize(760, 360)
        self.table = read_only_table([self.tr("Name"), self.tr("Calculation"), self.tr("Price"),
                                              self.tr("Since"), self.tr("Unit types"), self.tr("Vacant units pay")])  # fmt: skip
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.add_button = QPushButton(self.tr("Add fee item…"))
        self.price_button = QPushButton(self.tr("Change price…"))
        close = QPushButton(self.tr("Close"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.price_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self.on_add_clicked)
        self.price_button.clicked.connect(self.on_price_clicked)
        close.clicked.connect(self.accept)
        self.reload()

    def reload(self) -> None:
        self.desk.query(fees.list_fee_items, self.set_items)

    def set_items(self, items: list[FeeItem]) -> None:
        self.items = items
        self.table.setRowCount(len(items))
        for r, item in enumerate(items):
            rate = item.rates[-1] if item.rates else None
            values = [item.name, item.kind, f"{rate.unit_price} {item.unit_label}" if rate else "",
                      str(rate.effective_from) if rate else "", "、".join(sorted(item.unit_types)) or self.tr("all"),
                      f"{item.vacant_percent}%"]  # fmt: skip
            for c, value in enumerate(values):
                self.table.setItem(r, c, QTableWidgetItem(value))

    def on_add_clicked(self) -> None:
        if FeeItemDialog(self.desk, self).exec():
            self.reload()

    def on_price_clicked(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.items) and PriceDialog(self.desk, self.items[row], self).exec():
            self.reload()


def _month(edit: QLineEdit) -> Period:
    try:
        return Period.parse(edit.text())
    except ValidationError:
        raise ValidationError([FieldProblem("effective_from", "月份格式不对，应如 2026-11")]) from None


def _month_edit() -> QLineEdit:
    edit = QLineEdit(str(Period.of(dt.date.today())))
    edit.setPlaceholderText("2026-11")
    return edit


class FeeItemDialog(FormDialog):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(desk, self.tr("Add fee item"), parent)
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("e.g. 物业服务费"))
        self.add_field("name", self.tr("Name"), self.name_edit)
        self.kind_box = QComboBox()
        self.kind_box.addItems([k.value for k in FeeKind])
        self.add_field("kind", self.tr("Calculation"), self.kind_box)
        self.price_edit = QLineEdit()
        self.price_edit.setPlaceholderText(self.tr("Yuan, e.g. 1.85"))
        self.add_field("unit_price", self.tr("Price"), self.price_edit)
        self.label_edit = QLineEdit("元/㎡·月")
        self.add_field("unit_label", self.tr("Price unit"), self.label_edit)
        self.from_edit = _month_edit()
        self.add_field("effective_from", self.tr("From month"), self.from_edit)
        self.vacant_spin = QSpinBox()
        self.vacant_spin.setRange(0, 100)
        self.vacant_spin.setValue(100)
        self.vacant_spin.setSuffix("%")
        self.add_field("vacant_percent", self.tr("Vacant units pay"), self.vacant_spin)
        self.kind_box.currentTextChanged.connect(self.on_kind_changed)

    def on_kind_changed(self, kind: str) -> None:
        self.label_edit.setText({FeeKind.AREA_MONTHLY: "元/㎡·月", FeeKind.FIXED_MONTHLY: "元/户·月",
                                 FeeKind.METERED: "元/度"}.get(FeeKind(kind), "元"))  # fmt: skip

    def build_job(self) -> Callable[[Any], Any]:
        price, start = fees.parse_price(self.price_edit.text()), _month(self.from_edit)
        actor, name, kind, label = (
            self.desk.actor,
            self.name_edit.text(),
            self.kind_box.currentText(),
            self.label_edit.text(),
        )
        vacant = self.vacant_spin.value()
        return lambda db: fees.add_fee_item(db, actor, name, kind, label, frozenset(), vacant, price, start)


class PriceDialog(FormDialog):
    def __init__(self, desk: Desk, item: FeeItem, parent: QWidget | None = None) -> None:
        super().__init__(desk, self.tr("Change the price of %1").replace("%1", item.name), parent)
        self.item = item
        self.price_edit = QLineEdit(str(item.rates[-1].unit_price) if item.rates else "")
        self.add_field("unit_price", self.tr("New price (%1)").replace("%1", item.unit_label), self.price_edit)
        self.from_edit = _month_edit()
        self.add_field("effective_from", self.tr("From month"), self.from_edit)

    def build_job(self) -> Callable[[Any], Any]:
        price, start = fees.parse_price(self.price_edit.text()), _month(self.from_edit)
        actor, item_id = self.desk.actor, self.item.id
        return lambda db: fees.set_price(db, actor, item_id, price, start)
