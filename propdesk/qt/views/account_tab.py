"""账务 tab of the unit page: what the unit owes (oldest first, all ticked, late fees apart), and below
it the receipts, the prepayment statement, the deposits, the refunds and the dunning record — with the
counter's actions: take a payment (F9), prepay, add a one-off charge, waive a late fee, reprint (补打)
and void (作废) a receipt, refund a deposit or a prepayment."""

from __future__ import annotations

from typing import Any

from propdesk.core.account import Account
from propdesk.core.billing import Bill, ReceiptSummary
from propdesk.core.money import format_yuan
from propdesk.core.permissions import Permission
from propdesk.core.prepayments import Deposit
from propdesk.services import fees, late_fees, payments

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from propdesk.qt import prompts
from propdesk.qt.desk import Desk
from propdesk.qt.tables import read_only_table, table_group


def _cell(text: str, right: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


class AccountTab(QWidget):
    print_requested = Signal(str, str)  # kind, key

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.unit_id: int | None = None
        self.unit_code = ""
        self.payer = ""
        self.account: Account | None = None
        self.summary_label = QLabel()
        self.summary_label.setStyleSheet("font-size: 16px; font-weight: bold;")
        self.bills_table = read_only_table(
            single_selection=False,
            headers=[
                self.tr("Pay"),
                self.tr("Period"),
                self.tr("Fee"),
                self.tr("Details"),
                self.tr("Amount"),
                self.tr("Due"),
                self.tr("Late fee"),
            ],
        )
        self.selected_label = QLabel()
        self.pay_button = QPushButton(self.tr("Take payment (F9)"))
        self.pay_button.setDefault(False)
        self.select_all_button = QPushButton(self.tr("Tick all"))
        self.select_none_button = QPushButton(self.tr("Tick none"))
        self.statement_button = QPushButton(self.tr("Print account statement"))
        self.ahead_spin = QSpinBox()
        self.ahead_spin.setRange(1, 36)
        self.ahead_spin.setValue(12)
        self.ahead_spin.setSuffix(self.tr(" months"))
        self.ahead_button = QPushButton(self.tr("Bill ahead"))
        self.ahead_button.setToolTip(self.tr("Adds the bills of the months after the last one billed, to pay them now"))
        self.receipts_table = read_only_table(
            [
                self.tr("Receipt no."),
                self.tr("Paid at"),
                self.tr("Paid by"),
                self.tr("Method"),
                self.tr("Amount"),
                self.tr("Cashier"),
                self.tr("Status"),
            ]
        )
        self.reprint_button = QPushButton(self.tr("Print again (补打)"))
        self.void_button = QPushButton(self.tr("Void receipt"))
        self.void_button.setToolTip(self.tr("Supervisors only; the number stays used and the bills are owed again"))

        self.charge_button = QPushButton(self.tr("Add a charge…"))
        self.charge_button.setToolTip(self.tr("A one-off fee, a deposit or a paid service, then taken with F9"))
        self.waive_button = QPushButton(self.tr("Waive late fee…"))
        self.waive_button.setToolTip(
            self.tr("Supervisors only: waives the late fee of the ticked bills, with a reason")
        )
        self.prepay_button = QPushButton(self.tr("Take a prepayment…"))
        self.refund_prepayment_button = QPushButton(self.tr("Refund prepayment…"))
        self.prepayments_table = read_only_table(
            [self.tr("Time"), self.tr("Kind"), self.tr("Document / bill"), self.tr("Amount"), self.tr("Balance"),
             self.tr("By")]
        )  # fmt: skip
        self.deposits_table = read_only_table(
            [self.tr("Item"), self.tr("Receipt no."), self.tr("Paid at"), self.tr("Amount"), self.tr("State"),
             self.tr("Refund no.")]
        )  # fmt: skip
        self.refund_deposit_button = QPushButton(self.tr("Refund deposit…"))
        self.refunds_table = read_only_table(
            [self.tr("Refund no."), self.tr("Time"), self.tr("Kind"), self.tr("Paid out"), self.tr("Deducted"),
             self.tr("Paid to"), self.tr("Approved by")]
        )  # fmt: skip
        self.print_refund_button = QPushButton(self.tr("Print refund slip"))

        self.contacts_table = read_only_table(
            [self.tr("Date"), self.tr("How"), self.tr("Owed then"), self.tr("Result"), self.tr("Next step"),
             self.tr("By")]
        )  # fmt: skip
        self.contact_button = QPushButton(self.tr("Record a dunning contact"))

        owed_box = QGroupBox(self.tr("Owed, oldest first"))
        owed_layout = QVBoxLayout(owed_box)
        owed_layout.addWidget(self.bills_table)
        row = QHBoxLayout()
        row.addWidget(self.select_all_button)
        row.addWidget(self.select_none_button)
        row.addWidget(self.selected_label, 1)
        row.addWidget(self.pay_button)
        owed_layout.addLayout(row)
        actions = QHBoxLayout()
        actions.addWidget(self.ahead_spin)
        actions.addWidget(self.ahead_button)
        actions.addWidget(self.charge_button)
        actions.addWidget(self.waive_button)
        actions.addStretch(1)
        actions.addWidget(self.statement_button)
        owed_layout.addLayout(actions)
        self.lower_tabs = QTabWidget()
        for title, table, buttons in [
            (self.tr("Receipts"), self.receipts_table, [self.reprint_button, self.void_button]),
            (self.tr("Prepayment"), self.prepayments_table, [self.prepay_button, self.refund_prepayment_button]),
            (self.tr("Deposits"), self.deposits_table, [self.refund_deposit_button]),
            (self.tr("Refunds"), self.refunds_table, [self.print_refund_button]),
            (self.tr("Dunning record"), self.contacts_table, [self.contact_button]),
        ]:
            self.lower_tabs.addTab(table_group("", table, buttons), title)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addWidget(owed_box, 3)
        layout.addWidget(self.lower_tabs, 2)

        self.pay_button.clicked.connect(self.on_pay_clicked)
        self.select_all_button.clicked.connect(lambda: self.tick_all(True))
        self.select_none_button.clicked.connect(lambda: self.tick_all(False))
        self.bills_table.itemChanged.connect(self.update_selected)
        self.reprint_button.clicked.connect(self.on_reprint_clicked)
        self.contact_button.clicked.connect(self.on_contact_clicked)
        self.statement_button.clicked.connect(self.on_statement_clicked)
        self.ahead_button.clicked.connect(self.on_ahead_clicked)
        self.void_button.clicked.connect(self.on_void_clicked)
        self.receipts_table.doubleClicked.connect(self.on_reprint_clicked)
        self.charge_button.clicked.connect(self.on_charge_clicked)
        self.waive_button.clicked.connect(self.on_waive_clicked)
        self.prepay_button.clicked.connect(self.on_prepay_clicked)
        self.refund_prepayment_button.clicked.connect(self.on_refund_prepayment_clicked)
        self.refund_deposit_button.clicked.connect(self.on_refund_deposit_clicked)
        self.print_refund_button.clicked.connect(self.on_print_refund_clicked)
        self.refunds_table.doubleClicked.connect(self.on_print_refund_clicked)
        QShortcut(QKeySequence(Qt.Key.Key_F9), self, self.on_pay_clicked, context=Qt.ShortcutContext.WindowShortcut)

    # ------------------------------------------------------------ loading

    def show_unit(self, unit_id: int, unit_code: str, payer: str) -> None:
        self.unit_id, self.unit_code, self.payer = unit_id, unit_code, payer
        self.reload()

    def reload(self) -> None:
        if self.unit_id is None:
            return
        unit_id = self.unit_id
        self.desk.query(lambda db: payments.account(db, unit_id), self.set_account)

    def set_account(self, account: Account) -> None:
        if account.unit_id != self.unit_id:
            return
        self.account = account
        parts = [
            self.tr("Owed ¥%1 in %2 bills").replace("%1", format_yuan(account.owed_fen)).replace(
                "%2", str(len(account.owed)))
            if account.owed else self.tr("Nothing owed")
        ]  # fmt: skip
        if account.late_fees:
            parts.append(self.tr("late fee ¥%1").replace("%1", format_yuan(account.late_fee_fen)))
        parts.append(self.tr("prepaid ¥%1").replace("%1", format_yuan(account.prepaid_fen)))
        if account.deposits_held_fen:
            parts.append(self.tr("deposits held ¥%1").replace("%1", format_yuan(account.deposits_held_fen)))
        self.summary_label.setText("　·　".join(parts))
        self.bills_table.blockSignals(True)
        self.bills_table.setRowCount(len(account.owed))
        for r, bill in enumerate(account.owed):
            tick = QTableWidgetItem()
            tick.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            tick.setCheckState(Qt.CheckState.Checked)
            self.bills_table.setItem(r, 0, tick)
            self.bills_table.setItem(r, 1, _cell(bill.period or ""))
            self.bills_table.setItem(r, 2, _cell(bill.fee_item))
            self.bills_table.setItem(r, 3, _cell(bill.description))
            self.bills_table.setItem(r, 4, _cell(format_yuan(bill.amount_fen), right=True))
            self.bills_table.setItem(r, 5, _cell(bill.due_date))
            late = account.late_fees.get(bill.id)
            waived = self.tr("waived") if bill.id in account.waived else ""
            self.bills_table.setItem(r, 6, _cell(format_yuan(late) if late else waived, right=True))
        self.bills_table.blockSignals(False)
        self.bills_table.setColumnHidden(6, not account.late_fees and not account.waived)
        self.receipts_table.setRowCount(len(account.receipts))
        for r, receipt in enumerate(account.receipts):
            status = self.tr("Void: %1").replace("%1", receipt.void_reason or "") if receipt.void else ""
            values = [receipt.number, receipt.paid_at, receipt.payer, receipt.method, format_yuan(receipt.total_fen),
                      receipt.cashier, status]  # fmt: skip
            for c, value in enumerate(values):
                item = _cell(value, right=c == 4)
                if receipt.void:
                    item.setForeground(Qt.GlobalColor.gray)
                self.receipts_table.setItem(r, c, item)
        self._fill_prepayments(account)
        self._fill_deposits(account)
        self.contacts_table.setRowCount(len(account.contacts))
        for r, contact in enumerate(account.contacts):
            values = [contact.contacted_on, contact.method, format_yuan(contact.owed_fen), contact.result,
                      contact.next_step, contact.author]  # fmt: skip
            for c, value in enumerate(values):
                self.contacts_table.setItem(r, c, _cell(value, right=c == 2))
        self.update_selected()
        actor = self.desk.actor
        self.void_button.setEnabled(actor.can(Permission.VOID_RECEIPT))
        self.ahead_button.setEnabled(actor.can(Permission.GENERATE_BILLS))
        self.charge_button.setEnabled(actor.can(Permission.GENERATE_BILLS))
        self.waive_button.setVisible(bool(account.late_fees) and actor.can(Permission.WAIVE_LATE_FEE))
        self.prepay_button.setEnabled(actor.can(Permission.TAKE_PAYMENT))
        self.refund_prepayment_button.setEnabled(actor.can(Permission.TAKE_PAYMENT) and account.prepaid_fen > 0)
        self.refund_deposit_button.setEnabled(actor.can(Permission.TAKE_PAYMENT) and account.deposits_held_fen > 0)

    def _fill_prepayments(self, account: Account) -> None:
        running = 0
        rows = []
        for entry in account.prepayments:  # oldest first, so the balance runs; shown newest first
            running += entry.signed_fen
            rows.append([entry.at[:16], entry.kind, entry.document, format_yuan(entry.signed_fen),
                         format_yuan(running), entry.author])  # fmt: skip
        rows.reverse()
        self.prepayments_table.setRowCount(len(rows))
        for r, values in enumerate(rows):
            for c, value in enumerate(values):
                self.prepayments_table.setItem(r, c, _cell(value, right=c in (3, 4)))

    def _fill_deposits(self, account: Account) -> None:
        self.deposits_table.setRowCount(len(account.deposits))
        for r, d in enumerate(account.deposits):
            values = [d.item, d.receipt_number, d.paid_at[:16], format_yuan(d.amount_fen), d.state,
                      d.refund_number or ""]  # fmt: skip
            for c, value in enumerate(values):
                self.deposits_table.setItem(r, c, _cell(value, right=c == 3))
        self.refunds_table.setRowCount(len(account.refunds))
        for r, f in enumerate(account.refunds):
            values = [f.number, f.refunded_at[:16], f.kind, format_yuan(f.amount_fen),
                      format_yuan(f.deducted_fen) if f.deducted_fen else "", f.payee, f.approved_by]  # fmt: skip
            for c, value in enumerate(values):
                self.refunds_table.setItem(r, c, _cell(value, right=c in (3, 4)))

    # ------------------------------------------------------------ owed bills

    def ticked(self) -> list[Bill]:
        if self.account is None:
            return []
        return [
            bill
            for r, bill in enumerate(self.account.owed)
            if (item := self.bills_table.item(r, 0)) is not None and item.checkState() == Qt.CheckState.Checked
        ]

    def tick_all(self, on: bool) -> None:
        self.bills_table.blockSignals(True)
        for r in range(self.bills_table.rowCount()):
            item = self.bills_table.item(r, 0)
            if item is not None:
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        self.bills_table.blockSignals(False)
        self.update_selected()

    def ticked_late_fee(self) -> int:
        late = self.account.late_fees if self.account else {}
        return sum(late.get(b.id, 0) for b in self.ticked())

    def update_selected(self, *_args: object) -> None:
        chosen = self.ticked()
        text = self.tr("Ticked: %1 bills, ¥%2").replace("%1", str(len(chosen))).replace(
            "%2", format_yuan(sum(b.amount_fen for b in chosen)))  # fmt: skip
        late = self.ticked_late_fee()
        if late:
            text += self.tr(" + late fee ¥%1").replace("%1", format_yuan(late))
        self.selected_label.setText(text)
        self.pay_button.setEnabled(bool(chosen) and self.desk.actor.can(Permission.TAKE_PAYMENT))

    def on_pay_clicked(self) -> None:
        if self.unit_id is None or not self.isVisible():
            return
        chosen = self.ticked()
        if not chosen or not self.pay_button.isEnabled():
            return
        from propdesk.qt.dialogs.payment_dialog import PaymentDialog

        dialog = PaymentDialog(self.desk, self.unit_id, self.unit_code, self.payer, chosen, self,
                               late_fee_fen=self.ticked_late_fee())  # fmt: skip
        if dialog.exec() and dialog.result_value is not None:
            self.print_requested.emit("receipt", dialog.result_value.number)

    def on_ahead_clicked(self) -> None:
        """预交: the next months are billed and listed ticked; F9 then takes them with what is owed."""
        if self.unit_id is None:
            return
        actor, unit_id, months = self.desk.actor, self.unit_id, self.ahead_spin.value()
        self.desk.mutate(lambda db: fees.bill_ahead(db, actor, unit_id, months), parent=self)

    def on_charge_clicked(self) -> None:
        if self.unit_id is None:
            return
        unit_id, code = self.unit_id, self.unit_code

        def open_dialog(items: list[Any]) -> None:
            if not items:
                prompts.info(self, self.tr("Add a charge"),
                             self.tr("There is no one-off, deposit or service fee item yet: add one under Fees → "
                                     "Fee items and prices."))  # fmt: skip
                return
            from propdesk.qt.dialogs.charge_dialog import ChargeDialog

            ChargeDialog(self.desk, unit_id, code, items, self).exec()

        self.desk.query(fees.chargeable_items, open_dialog)

    def on_waive_clicked(self) -> None:
        if self.unit_id is None or self.account is None:
            return
        chosen = [b for b in self.ticked() if b.id in self.account.late_fees]
        if not chosen:
            prompts.info(self, self.tr("Waive late fee"), self.tr("Tick the bills whose late fee is waived."))
            return
        late = sum(self.account.late_fees[b.id] for b in chosen)
        reason = prompts.ask_text(
            self, self.tr("Waive late fee"),
            self.tr("Waive the late fee of %1 bills (¥%2 today). Reason (kept in the change log):")
            .replace("%1", str(len(chosen))).replace("%2", format_yuan(late)),
        )  # fmt: skip
        if not reason or not reason.strip():
            return
        actor, unit_id, ids = self.desk.actor, self.unit_id, [b.id for b in chosen]
        self.desk.mutate(lambda db: late_fees.waive(db, actor, unit_id, ids, reason), parent=self)

    def on_prepay_clicked(self) -> None:
        if self.unit_id is None or self.account is None:
            return
        from propdesk.qt.dialogs.payment_dialog import PrepaymentDialog

        dialog = PrepaymentDialog(self.desk, self.unit_id, self.unit_code, self.payer, self.account.owed_fen, self)
        if dialog.exec() and dialog.result_value is not None:
            self.print_requested.emit("receipt", dialog.result_value.number)

    def _refund(self, deposit: Deposit | None) -> None:
        if self.unit_id is None or self.account is None:
            return
        from propdesk.qt.dialogs.refund_dialog import RefundDialog

        dialog = RefundDialog(self.desk, self.unit_id, self.unit_code, self.payer, deposit,
                              self.account.prepaid_fen, self)  # fmt: skip
        if dialog.exec() and dialog.result_value is not None:
            self.print_requested.emit("refund", dialog.result_value.number)

    def on_refund_prepayment_clicked(self) -> None:
        self._refund(None)

    def on_refund_deposit_clicked(self) -> None:
        if self.account is None:
            return
        row = self.deposits_table.currentRow()
        held = [d for d in self.account.deposits if d.held]
        chosen = self.account.deposits[row] if 0 <= row < len(self.account.deposits) else None
        if chosen is None and len(held) == 1:
            chosen = held[0]
        if chosen is None or not chosen.held:
            prompts.info(self, self.tr("Refund deposit"), self.tr("First select a deposit still held."))
            return
        self._refund(chosen)

    def on_print_refund_clicked(self) -> None:
        row = self.refunds_table.currentRow()
        if self.account is not None and 0 <= row < len(self.account.refunds):
            self.print_requested.emit("refund", self.account.refunds[row].number)

    def on_statement_clicked(self) -> None:
        if self.unit_code:
            self.print_requested.emit("statement", self.unit_code)

    def on_contact_clicked(self) -> None:
        if self.unit_id is None:
            return
        from propdesk.qt.dialogs.dunning_dialog import DunningDialog

        DunningDialog(self.desk, self.unit_id, self.unit_code, self).exec()

    # ------------------------------------------------------------ receipts

    def selected_receipt(self) -> ReceiptSummary | None:
        row = self.receipts_table.currentRow()
        if self.account is None or not 0 <= row < len(self.account.receipts):
            return None
        return self.account.receipts[row]

    def on_reprint_clicked(self) -> None:
        receipt = self.selected_receipt()
        if receipt is not None:
            self.print_requested.emit("receipt", receipt.number)

    def on_void_clicked(self) -> None:
        receipt = self.selected_receipt()
        if receipt is None:
            prompts.info(self, self.tr("Void receipt"), self.tr("First select the receipt to void."))
            return
        if receipt.void:
            prompts.info(
                self, self.tr("Void receipt"), self.tr("Receipt %1 is already void.").replace("%1", receipt.number)
            )
            return
        reason = prompts.ask_text(
            self,
            self.tr("Void receipt"),
            self.tr("Receipt %1, ¥%2. Why is it voided (printed on every copy and kept in the change log):")
            .replace("%1", receipt.number)
            .replace("%2", format_yuan(receipt.total_fen)),
        )
        if not reason or not reason.strip():
            return
        actor = self.desk.actor
        self.desk.mutate(lambda db: payments.void_receipt(db, actor, receipt.number, reason), parent=self)
