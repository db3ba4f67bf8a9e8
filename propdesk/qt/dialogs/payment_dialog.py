"""收款: pay the bills chosen on the 账务 tab; the receipt prints as soon as the payment is kept."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from propdesk.core.billing import Bill, PaymentMethod
from propdesk.core.errors import ValidationError
from propdesk.core.money import format_yuan, parse_yuan, to_capital
from propdesk.services import payments

from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QLabel, QLineEdit, QWidget

from propdesk.qt.desk import Desk
from propdesk.qt.dialogs.form_dialog import FormDialog


class PaymentDialog(FormDialog):
    """Method, payer, reference; for cash the amount handed over and the change, worked out as typed."""

    def __init__(self, desk: Desk, unit_id: int, unit_code: str, payer: str, bills: Sequence[Bill],
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(desk, self.tr("Take payment — %1").replace("%1", unit_code), parent)
        self.unit_id = unit_id
        self.bills = list(bills)
        self.total_fen = sum(b.amount_fen for b in bills)
        self.button_box.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Take payment and print (Enter)"))
        summary = QLabel(self.tr("%1 bills, %2").replace("%1", str(len(bills))).replace("%2", _periods_text(bills)))
        self.add_field("bills", self.tr("Bills"), summary)
        total = QLabel(f"¥{format_yuan(self.total_fen)}　{to_capital(self.total_fen)}")
        total.setStyleSheet("font-size: 18px; font-weight: bold;")
        self.add_field("total", self.tr("Amount due"), total)
        self.method_box = QComboBox()
        self.method_box.addItems([m.value for m in PaymentMethod])
        self.add_field("method", self.tr("Method"), self.method_box)
        self.payer_edit = QLineEdit(payer)
        self.add_field("payer", self.tr("Paid by"), self.payer_edit)
        self.reference_edit = QLineEdit()
        self.reference_edit.setPlaceholderText(self.tr("Transaction number of WeChat, Alipay, card or transfer"))
        self.add_field("reference", self.tr("Reference"), self.reference_edit)
        self.cash_edit = QLineEdit()
        self.cash_edit.setPlaceholderText(self.tr("Cash handed over, e.g. 500 (leave empty if exact)"))
        self.add_field("cash_given", self.tr("Cash received"), self.cash_edit)
        self.change_label = QLabel()
        self.change_label.setStyleSheet("font-size: 16px;")
        self.add_field("change", self.tr("Change"), self.change_label)
        self.method_box.currentTextChanged.connect(self.on_method_changed)
        self.cash_edit.textChanged.connect(self.on_cash_changed)
        self.on_method_changed(self.method_box.currentText())
        self.cash_edit.setFocus()

    def on_method_changed(self, method: str) -> None:
        cash = method == PaymentMethod.CASH
        self.cash_edit.setEnabled(cash)
        self.reference_edit.setEnabled(not cash)
        self.on_cash_changed(self.cash_edit.text())

    def on_cash_changed(self, text: str) -> None:
        if self.method_box.currentText() != PaymentMethod.CASH or not text.strip():
            self.change_label.setText("")
            return
        try:
            given = parse_yuan(text, "cash_given")
        except ValidationError:
            self.change_label.setText(self.tr("Not an amount"))
            return
        if given < self.total_fen:
            self.change_label.setText(self.tr("Short by ¥%1").replace("%1", format_yuan(self.total_fen - given)))
        else:
            self.change_label.setText(f"¥{format_yuan(given - self.total_fen)}")

    def build_job(self) -> Callable[[Any], Any]:
        method = self.method_box.currentText()
        cash_text = self.cash_edit.text().strip()
        cash_given = parse_yuan(cash_text, "cash_given") if method == PaymentMethod.CASH and cash_text else None
        payer, reference = self.payer_edit.text(), self.reference_edit.text() if method != PaymentMethod.CASH else ""
        actor, unit_id, bill_ids = self.desk.actor, self.unit_id, [b.id for b in self.bills]
        return lambda db: payments.pay_bills(db, actor, unit_id, bill_ids, method, payer, reference, cash_given)


def _periods_text(bills: Sequence[Bill]) -> str:
    months = sorted({b.period for b in bills if b.period})
    if not months:
        return "、".join(dict.fromkeys(b.fee_item for b in bills))
    items = "、".join(dict.fromkeys(b.fee_item for b in bills))
    span = f"{months[0]} 至 {months[-1]}" if len(months) > 1 else months[0]
    return f"{span}\n{items}"  # two short lines: a wrapped label would be clipped by the form layout
