"""临时收费: put a one-off fee, a deposit or a paid service on the unit; it is then owed like any bill
and taken with F9."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import Any

from propdesk.core.billing import FeeItem, FeeKind, line_amount
from propdesk.core.errors import PropdeskError, UserError
from propdesk.core.money import format_yuan
from propdesk.services import fees

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from propdesk.qt.desk import Desk
from propdesk.qt.dialogs.form_dialog import FormDialog


class ChargeDialog(FormDialog):
    def __init__(self, desk: Desk, unit_id: int, unit_code: str, items: Sequence[FeeItem],
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(desk, self.tr("Add a charge — %1").replace("%1", unit_code), parent)
        self.unit_id = unit_id
        self.items = list(items)
        self.item_box = QComboBox()
        for item in self.items:
            self.item_box.addItem(f"{item.name}（{item.kind}）", item.id)
        self.add_field("item", self.tr("Fee item"), self.item_box)
        self.quantity_edit = QLineEdit("1")
        self.add_field("quantity", self.tr("Quantity"), self.quantity_edit)
        self.price_edit = QLineEdit()
        self.add_field("unit_price", self.tr("Unit price (yuan)"), self.price_edit)
        self.note_edit = QLineEdit()
        self.note_edit.setPlaceholderText(self.tr("Printed after the item, e.g. the repair done or the pass numbers"))
        self.add_field("note", self.tr("Note"), self.note_edit)
        self.amount_label = QLabel()
        self.amount_label.setStyleSheet("font-size: 16px; font-weight: bold;")
        self.add_field("amount", self.tr("Amount"), self.amount_label)
        self.item_box.currentIndexChanged.connect(self.on_item_changed)
        self.quantity_edit.textChanged.connect(self.update_amount)
        self.price_edit.textChanged.connect(self.update_amount)
        self.on_item_changed(0)

    def current_item(self) -> FeeItem | None:
        index = self.item_box.currentIndex()
        return self.items[index] if 0 <= index < len(self.items) else None

    def on_item_changed(self, _index: int) -> None:
        item = self.current_item()
        price = fees.current_price(item) if item is not None else None
        # a paid service is priced per job: the clerk types it
        self.price_edit.setText("" if price is None or (item and item.kind == FeeKind.SERVICE) else str(price))
        self.price_edit.setFocus() if item is not None and item.kind == FeeKind.SERVICE else self.quantity_edit.setFocus()
        self.update_amount()

    def parsed(self) -> tuple[Decimal, Decimal]:
        quantity = fees.parse_price(self.quantity_edit.text(), "quantity", "数量")
        price = fees.parse_price(self.price_edit.text(), "unit_price")
        return quantity, price

    def update_amount(self, *_args: object) -> None:
        try:
            quantity, price = self.parsed()
            self.amount_label.setText(f"¥{format_yuan(line_amount(price, quantity))}")
        except PropdeskError:
            self.amount_label.setText("")

    def build_job(self) -> Callable[[Any], Any]:
        item = self.current_item()
        if item is None:
            raise UserError(self.tr("Set up a one-off, deposit or service fee item first."))
        quantity, price = self.parsed()
        actor, unit_id, note = self.desk.actor, self.unit_id, self.note_edit.text()
        return lambda db: fees.charge(db, actor, unit_id, item.id, quantity, price, note)
