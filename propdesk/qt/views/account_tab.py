"""账务 tab of the unit page: what the unit owes (oldest first, all ticked), its receipts, and the
counter's actions — take a payment (F9), reprint (补打) and void (作废) a receipt."""

from __future__ import annotations

from propdesk.core.account import Account
from propdesk.core.billing import Bill, ReceiptSummary
from propdesk.core.money import format_yuan
from propdesk.core.permissions import Permission
from propdesk.services import fees, payments

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidgetItem,
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
        row.addWidget(self.ahead_spin)
        row.addWidget(self.ahead_button)
        row.addWidget(self.statement_button)
        row.addWidget(self.pay_button)
        owed_layout.addLayout(row)
        receipts_box = table_group(self.tr("Receipts"), self.receipts_table, [self.reprint_button, self.void_button])
        contacts_box = table_group(self.tr("Dunning record"), self.contacts_table, [self.contact_button])
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addWidget(owed_box, 3)
        lower = QHBoxLayout()
        lower.addWidget(receipts_box, 1)
        lower.addWidget(contacts_box, 1)
        layout.addLayout(lower, 2)

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
        self.summary_label.setText(
            self.tr("Owed ¥%1 in %2 bills").replace("%1", format_yuan(account.owed_fen)).replace(
                "%2", str(len(account.owed)))
            if account.owed else self.tr("Nothing owed")
        )  # fmt: skip
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
        self.bills_table.blockSignals(False)
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
        self.contacts_table.setRowCount(len(account.contacts))
        for r, contact in enumerate(account.contacts):
            values = [contact.contacted_on, contact.method, format_yuan(contact.owed_fen), contact.result,
                      contact.next_step, contact.author]  # fmt: skip
            for c, value in enumerate(values):
                self.contacts_table.setItem(r, c, _cell(value, right=c == 2))
        self.update_selected()
        self.void_button.setEnabled(self.desk.actor.can(Permission.VOID_RECEIPT))
        self.ahead_button.setEnabled(self.desk.actor.can(Permission.GENERATE_BILLS))

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

    def update_selected(self, *_args: object) -> None:
        chosen = self.ticked()
        self.selected_label.setText(
            self.tr("Ticked: %1 bills, ¥%2").replace("%1", str(len(chosen))).replace(
                "%2", format_yuan(sum(b.amount_fen for b in chosen)))
        )  # fmt: skip
        self.pay_button.setEnabled(bool(chosen) and self.desk.actor.can(Permission.TAKE_PAYMENT))

    def on_pay_clicked(self) -> None:
        if self.unit_id is None or not self.isVisible():
            return
        chosen = self.ticked()
        if not chosen or not self.pay_button.isEnabled():
            return
        from propdesk.qt.dialogs.payment_dialog import PaymentDialog

        dialog = PaymentDialog(self.desk, self.unit_id, self.unit_code, self.payer, chosen, self)
        if dialog.exec() and dialog.result_value is not None:
            self.print_requested.emit("receipt", dialog.result_value.number)

    def on_ahead_clicked(self) -> None:
        """预交: the next months are billed and listed ticked; F9 then takes them with what is owed."""
        if self.unit_id is None:
            return
        actor, unit_id, months = self.desk.actor, self.unit_id, self.ahead_spin.value()
        self.desk.mutate(lambda db: fees.bill_ahead(db, actor, unit_id, months), parent=self)

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
