"""收款: pay the bills chosen on the 账务 tab (with any late fee on its own line); the receipt prints as
soon as the payment is kept. 预存: money paid in ahead, drawn down by the unit's bills."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from propdesk.core.billing import Bill
from propdesk.core.errors import ValidationError
from propdesk.core.money import format_yuan, parse_yuan, to_capital
from propdesk.services import payments

from PySide6.QtWidgets import QDialogButtonBox, QLabel, QLineEdit, QWidget

from propdesk.qt.desk import Desk
from propdesk.qt.dialogs.cash_fields import CashFields
from propdesk.qt.dialogs.form_dialog import FormDialog


class PaymentDialog(FormDialog):
    """Method, payer, reference; for cash the amount handed over and the change, worked out as typed."""

    def __init__(self, desk: Desk, unit_id: int, unit_code: str, payer: str, bills: Sequence[Bill],
                 parent: QWidget | None = None, late_fee_fen: int = 0) -> None:  # fmt: skip
        super().__init__(desk, self.tr("Take payment — %1").replace("%1", unit_code), parent)
        self.unit_id = unit_id
        self.bills = list(bills)
        self.late_fee_fen = late_fee_fen
        self.total_fen = sum(b.amount_fen for b in bills) + late_fee_fen
        self.button_box.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Take payment and print (Enter)"))
        summary = QLabel(self.tr("%1 bills, %2").replace("%1", str(len(bills))).replace("%2", _periods_text(bills)))
        self.add_field("bills", self.tr("Bills"), summary)
        if late_fee_fen:
            late = QLabel(self.tr("Bills ¥%1 + late fee ¥%2 (on its own receipt line)")
                          .replace("%1", format_yuan(self.total_fen - late_fee_fen))
                          .replace("%2", format_yuan(late_fee_fen)))  # fmt: skip
            self.add_field("late_fee", self.tr("Late fee"), late)
        total = QLabel(f"¥{format_yuan(self.total_fen)}　{to_capital(self.total_fen)}")
        total.setStyleSheet("font-size: 18px; font-weight: bold;")
        self.add_field("total", self.tr("Amount due"), total)
        self.cash = CashFields(self, payer, lambda: self.total_fen)
        self.cash.cash_edit.setFocus()

    # the fields by their old names: the counter's tests and the tab read them
    @property
    def payer_edit(self) -> QLineEdit:
        return self.cash.payer_edit

    @property
    def cash_edit(self) -> QLineEdit:
        return self.cash.cash_edit

    @property
    def change_label(self) -> QLabel:
        return self.cash.change_label

    @property
    def method_box(self) -> Any:
        return self.cash.method_box

    @property
    def reference_edit(self) -> QLineEdit:
        return self.cash.reference_edit

    def build_job(self) -> Callable[[Any], Any]:
        method, payer, reference, cash_given = self.cash.values()
        actor, unit_id, bill_ids = self.desk.actor, self.unit_id, [b.id for b in self.bills]
        return lambda db: payments.pay_bills(db, actor, unit_id, bill_ids, method, payer, reference, cash_given)


class PrepaymentDialog(FormDialog):
    """预存: the amount, then the same money-in fields; what the unit owes now is drawn from it at once."""

    def __init__(self, desk: Desk, unit_id: int, unit_code: str, payer: str, owed_fen: int,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(desk, self.tr("Prepayment — %1").replace("%1", unit_code), parent)
        self.unit_id = unit_id
        self.button_box.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Take prepayment and print"))
        self.amount_edit = QLineEdit()
        self.amount_edit.setPlaceholderText(self.tr("e.g. 2000"))
        self.add_field("amount", self.tr("Amount"), self.amount_edit)
        self.capital_label = QLabel()
        self.add_field("capital", self.tr("In words"), self.capital_label)
        if owed_fen:
            note = QLabel(self.tr("The unit owes ¥%1: those bills are settled from the prepayment first, oldest first.")
                          .replace("%1", format_yuan(owed_fen)))  # fmt: skip
            note.setWordWrap(True)
            self.add_field("note", "", note)
        self.cash = CashFields(self, payer, self.amount_fen)
        self.amount_edit.textChanged.connect(self.on_amount_changed)
        self.amount_edit.setFocus()

    def amount_fen(self) -> int | None:
        try:
            return parse_yuan(self.amount_edit.text(), "amount") if self.amount_edit.text().strip() else None
        except ValidationError:
            return None

    def on_amount_changed(self, _text: str) -> None:
        amount = self.amount_fen()
        self.capital_label.setText(to_capital(amount) if amount and amount > 0 else "")
        self.cash.refresh()

    def build_job(self) -> Callable[[Any], Any]:
        amount = parse_yuan(self.amount_edit.text(), "amount")
        method, payer, reference, cash_given = self.cash.values()
        actor, unit_id = self.desk.actor, self.unit_id
        return lambda db: payments.take_prepayment(db, actor, unit_id, amount, method, payer, reference, cash_given)


def _periods_text(bills: Sequence[Bill]) -> str:
    months = sorted({b.period for b in bills if b.period})
    if not months:
        return "、".join(dict.fromkeys(b.fee_item for b in bills))
    items = "、".join(dict.fromkeys(b.fee_item for b in bills))
    span = f"{months[0]} 至 {months[-1]}" if len(months) > 1 else months[0]
    return f"{span}\n{items}"  # two short lines: a wrapped label would be clipped by the form layout
