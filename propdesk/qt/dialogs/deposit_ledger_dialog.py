"""押金台账: every deposit paid — unit, item, receipt, amount, whether it is still held or how it was
refunded — with the total still held; double-click opens the unit; exports to Excel as shown."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

from propdesk.core.money import format_yuan
from propdesk.core.prepayments import Deposit
from propdesk.services import refunds

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from propdesk.qt.desk import Desk
from propdesk.qt.exports import export_shown
from propdesk.qt.tables import read_only_table


class DepositLedgerDialog(QDialog):
    unit_requested = Signal(int)

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.setWindowTitle(self.tr("Deposit ledger"))
        self.resize(900, 560)
        self.deposits: list[Deposit] = []
        self.headers = [self.tr("Unit"), self.tr("Item"), self.tr("Receipt no."), self.tr("Paid at"),
                        self.tr("Amount"), self.tr("State"), self.tr("Refund no."), self.tr("Refunded"),
                        self.tr("Deducted")]  # fmt: skip
        self.table = read_only_table(self.headers)
        self.held_check = QCheckBox(self.tr("Only deposits still held"))
        self.held_check.setChecked(True)
        self.total_label = QLabel()
        self.export_button = QPushButton(self.tr("Export to Excel…"))
        top = QHBoxLayout()
        top.addWidget(self.held_check)
        top.addWidget(self.total_label, 1)
        top.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table)
        self.held_check.toggled.connect(self.reload)
        self.export_button.clicked.connect(self.on_export_clicked)
        self.table.doubleClicked.connect(self.on_row_activated)
        self.reload()

    def reload(self, *_args: object) -> None:
        held_only = self.held_check.isChecked()
        self.desk.query(lambda db: refunds.deposit_ledger(db, held_only), self.set_rows)

    def row_values(self, d: Deposit) -> list[str]:
        return [d.unit_code, d.item, d.receipt_number, d.paid_at[:16], format_yuan(d.amount_fen), d.state,
                d.refund_number or "", format_yuan(d.refunded_fen) if d.refunded_fen is not None else "",
                format_yuan(d.deducted_fen) if d.deducted_fen else ""]  # fmt: skip

    def set_rows(self, deposits: list[Deposit]) -> None:
        self.deposits = deposits
        self.table.setRowCount(len(deposits))
        for r, d in enumerate(deposits):
            for c, value in enumerate(self.row_values(d)):
                self.table.setItem(r, c, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()
        held = [d for d in deposits if d.held]
        self.total_label.setText(self.tr("%1 deposits listed; held: %2, ¥%3")
                                 .replace("%1", str(len(deposits))).replace("%2", str(len(held)))
                                 .replace("%3", format_yuan(sum(d.amount_fen for d in held))))  # fmt: skip

    def on_row_activated(self, *_args: object) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.deposits):
            self.unit_requested.emit(self.deposits[row].unit_id)
            self.accept()

    def on_export_clicked(self) -> None:
        from propdesk.qt import preferences

        path = preferences.ask_save_path(self, self.tr("Export deposit ledger"), "押金台账.xlsx",
                                         self.tr("Excel (*.xlsx)"))  # fmt: skip
        if path is not None:
            self.export_to(path)

    def export_to(self, path: Path) -> None:
        """Exactly the rows shown, amounts in 元 as numbers."""
        rows: list[list[Any]] = []
        for d in self.deposits:
            values: list[Any] = self.row_values(d)
            values[4] = Decimal(d.amount_fen) / 100
            values[7] = Decimal(d.refunded_fen) / 100 if d.refunded_fen is not None else ""
            values[8] = Decimal(d.deducted_fen) / 100 if d.deducted_fen else ""
            rows.append(values)
        export_shown(self, self.desk, path, self.tr("Deposit ledger"), self.headers, rows,
                     [12, 14, 14, 18, 12, 14, 16, 12, 12])  # fmt: skip
