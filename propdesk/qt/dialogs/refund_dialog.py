"""退款: give back a deposit (less any deduction, with its reason) or part of a prepayment balance.
A supervisor approves it — the supervisor at the desk, or another one typing their password here —
and the 退款单 prints with its own number."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from propdesk.core.billing import PaymentMethod
from propdesk.core.errors import PropdeskError
from propdesk.core.money import format_yuan, parse_yuan, to_capital
from propdesk.core.permissions import Permission
from propdesk.core.prepayments import Deposit
from propdesk.services import refunds

from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QLabel, QLineEdit, QWidget

from propdesk.qt.desk import Desk
from propdesk.qt.dialogs.approval import SupervisorApproval
from propdesk.qt.dialogs.form_dialog import FormDialog


class RefundDialog(FormDialog):
    """``deposit`` given: refund that deposit; otherwise refund from the prepayment ``balance_fen``."""

    def __init__(self, desk: Desk, unit_id: int, unit_code: str, payee: str, deposit: Deposit | None = None,
                 balance_fen: int = 0, parent: QWidget | None = None) -> None:  # fmt: skip
        title = self.tr("Refund a deposit — %1") if deposit else self.tr("Refund prepayment — %1")
        super().__init__(desk, title.replace("%1", unit_code), parent)
        self.unit_id = unit_id
        self.deposit = deposit
        self.held_fen = deposit.amount_fen if deposit else balance_fen
        self.button_box.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Refund and print"))
        held = QLabel(
            f"¥{format_yuan(self.held_fen)}" + (f"　{deposit.item}　{deposit.receipt_number}" if deposit else "")
        )
        self.add_field("held", self.tr("Deposit held") if deposit else self.tr("Prepayment balance"), held)
        self.amount_edit = QLineEdit()
        self.deduction_edit = QLineEdit()
        self.deduction_reason_edit = QLineEdit()
        if deposit:
            self.deduction_edit.setPlaceholderText(self.tr("0 unless part is kept, e.g. for damage"))
            self.add_field("deducted", self.tr("Deduction"), self.deduction_edit)
            self.deduction_reason_edit.setPlaceholderText(self.tr("Why part of the deposit is kept"))
            self.add_field("deduction_reason", self.tr("Deduction reason"), self.deduction_reason_edit)
        else:
            self.amount_edit.setText(format_yuan(balance_fen).replace(",", ""))
            self.add_field("amount", self.tr("Refund amount"), self.amount_edit)
        self.paid_out_label = QLabel()
        self.paid_out_label.setStyleSheet("font-size: 16px; font-weight: bold;")
        self.add_field("paid_out", self.tr("Paid out"), self.paid_out_label)
        self.method_box = QComboBox()
        self.method_box.addItems([m.value for m in PaymentMethod])
        self.add_field("method", self.tr("Method"), self.method_box)
        self.payee_edit = QLineEdit(payee)
        self.add_field("payee", self.tr("Paid to"), self.payee_edit)
        self.reason_edit = QLineEdit()
        self.reason_edit.setPlaceholderText(self.tr("e.g. renovation accepted, moving out"))
        self.add_field("reason", self.tr("Reason"), self.reason_edit)
        self.approval = SupervisorApproval(self, desk, Permission.APPROVE_REFUND)
        self.amount_edit.textChanged.connect(self.update_paid_out)
        self.deduction_edit.textChanged.connect(self.update_paid_out)
        self.update_paid_out()
        self.reason_edit.setFocus()

    def paid_out_fen(self) -> int:
        """What leaves the till (raises on a bad amount: the message names the field)."""
        if self.deposit is not None:
            text = self.deduction_edit.text().strip()
            return self.held_fen - (parse_yuan(text, "deducted") if text else 0)
        return parse_yuan(self.amount_edit.text(), "amount")

    def update_paid_out(self, *_args: object) -> None:
        try:
            amount = self.paid_out_fen()
        except PropdeskError:  # a half-typed amount just shows nothing yet
            self.paid_out_label.setText("")
            return
        self.paid_out_label.setText(f"¥{format_yuan(amount)}　{to_capital(amount)}" if amount >= 0 else "")

    def build_job(self) -> Callable[[Any], Any]:
        actor = self.desk.actor
        method, payee, reason = self.method_box.currentText(), self.payee_edit.text(), self.reason_edit.text()
        approver_of, unit_id, deposit = self.approval.approver_job(), self.unit_id, self.deposit
        if deposit is not None:
            text = self.deduction_edit.text().strip()
            deducted = parse_yuan(text, "deducted") if text else 0
            deduction_reason = self.deduction_reason_edit.text()
        else:
            amount = parse_yuan(self.amount_edit.text(), "amount")

        def job(db: Any) -> Any:
            approver = approver_of(db)
            if deposit is not None:
                return refunds.refund_deposit(db, actor, approver, deposit.bill_id, method, payee, reason, deducted,
                                              deduction_reason)  # fmt: skip
            return refunds.refund_prepayment(db, actor, approver, unit_id, amount, method, payee, reason)

        return job
