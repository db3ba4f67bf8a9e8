"""The money-in fields every counter dialog shares: method, payer, reference, cash handed over and
the change, worked out as it is typed."""

from __future__ import annotations

from collections.abc import Callable

from propdesk.core.billing import PaymentMethod
from propdesk.core.errors import ValidationError
from propdesk.core.money import format_yuan, parse_yuan

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit

from propdesk.qt.dialogs.form_dialog import FormDialog


class CashFields(QObject):
    def __init__(self, dialog: FormDialog, payer: str, total_fen: Callable[[], int | None]) -> None:
        super().__init__(dialog)
        self.total_fen = total_fen
        self.method_box = QComboBox()
        self.method_box.addItems([m.value for m in PaymentMethod])
        dialog.add_field("method", self.tr("Method"), self.method_box)
        self.payer_edit = QLineEdit(payer)
        dialog.add_field("payer", self.tr("Paid by"), self.payer_edit)
        self.reference_edit = QLineEdit()
        self.reference_edit.setPlaceholderText(self.tr("Transaction number of WeChat, Alipay, card or transfer"))
        dialog.add_field("reference", self.tr("Reference"), self.reference_edit)
        self.cash_edit = QLineEdit()
        self.cash_edit.setPlaceholderText(self.tr("Cash handed over, e.g. 500 (leave empty if exact)"))
        dialog.add_field("cash_given", self.tr("Cash received"), self.cash_edit)
        self.change_label = QLabel()
        self.change_label.setStyleSheet("font-size: 16px;")
        dialog.add_field("change", self.tr("Change"), self.change_label)
        self.method_box.currentTextChanged.connect(self.on_method_changed)
        self.cash_edit.textChanged.connect(self.refresh)
        self.on_method_changed(self.method_box.currentText())

    def on_method_changed(self, method: str) -> None:
        cash = method == PaymentMethod.CASH
        self.cash_edit.setEnabled(cash)
        self.reference_edit.setEnabled(not cash)
        self.refresh()

    def refresh(self, *_args: object) -> None:
        text = self.cash_edit.text()
        total = self.total_fen()
        if self.method_box.currentText() != PaymentMethod.CASH or not text.strip() or total is None:
            self.change_label.setText("")
            return
        try:
            given = parse_yuan(text, "cash_given")
        except ValidationError:
            self.change_label.setText(self.tr("Not an amount"))
            return
        if given < total:
            self.change_label.setText(self.tr("Short by ¥%1").replace("%1", format_yuan(total - given)))
        else:
            self.change_label.setText(f"¥{format_yuan(given - total)}")

    def values(self) -> tuple[str, str, str, int | None]:
        """(method, payer, reference, cash given) as the services take them; a bad cash amount raises."""
        method = self.method_box.currentText()
        cash_text = self.cash_edit.text().strip()
        cash_given = parse_yuan(cash_text, "cash_given") if method == PaymentMethod.CASH and cash_text else None
        reference = self.reference_edit.text() if method != PaymentMethod.CASH else ""
        return method, self.payer_edit.text(), reference, cash_given
