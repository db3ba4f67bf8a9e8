"""日结: the signed-in cashier's day as the report will print it, then 确认日结 (locks the day),
print the 收款日报表, and for a supervisor 反日结 with a reason."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from propdesk.core.day_close import DayReport
from propdesk.core.money import format_yuan
from propdesk.core.permissions import Permission
from propdesk.reports.day_report_xlsx import write_day_report
from propdesk.services import community, day_close

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from propdesk.qt import prompts
from propdesk.qt.desk import Desk
from propdesk.qt.tables import read_only_table


class DayCloseDialog(QDialog):
    print_requested = Signal(str, str)  # kind, key

    def __init__(self, desk: Desk, day: dt.date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.report: DayReport | None = None
        self.setWindowTitle(self.tr("Daily close — %1").replace("%1", desk.actor.name))
        self.resize(760, 560)
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        shown, today = day or dt.date.today(), dt.date.today()
        self.date_edit.setDate(QDate(shown.year, shown.month, shown.day))
        self.date_edit.setMaximumDate(QDate(today.year, today.month, today.day))
        self.status_label = QLabel()
        self.status_label.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.totals_label = QLabel()
        self.totals_label.setStyleSheet("font-size: 15px;")
        self.table = read_only_table(
            [
                self.tr("Receipt no."),
                self.tr("Time"),
                self.tr("Unit"),
                self.tr("Paid by"),
                self.tr("Method"),
                self.tr("Amount"),
            ]
        )
        self.close_button = QPushButton(self.tr("Confirm the close"))
        self.print_button = QPushButton(self.tr("Print the daily report"))
        self.export_button = QPushButton(self.tr("Export to Excel for finance…"))
        self.reopen_button = QPushButton(self.tr("Reopen (supervisor)"))
        self.reopen_button.setVisible(desk.actor.can(Permission.EDIT_CLOSED_DAY))
        done = QPushButton(self.tr("Close"))
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Day")))
        top.addWidget(self.date_edit)
        top.addWidget(self.status_label, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.reopen_button)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.close_button)
        buttons.addWidget(done)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.totals_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.date_edit.dateChanged.connect(self.reload)
        self.close_button.clicked.connect(self.on_close_clicked)
        self.print_button.clicked.connect(self.on_print_clicked)
        self.export_button.clicked.connect(self.on_export_clicked)
        self.reopen_button.clicked.connect(self.on_reopen_clicked)
        done.clicked.connect(self.accept)
        self.reload()

    def day(self) -> str:
        return str(self.date_edit.date().toString("yyyy-MM-dd"))

    def reload(self) -> None:
        cashier, day = self.desk.actor.name, self.day()
        self.desk.query(lambda db: day_close.day_report(db, cashier, day), self.set_report)

    def set_report(self, report: DayReport) -> None:
        if report.day != self.day():
            return
        self.report = report
        span = report.number_range
        if report.closed is not None:
            self.status_label.setText(self.tr("Closed at %1").replace("%1", report.closed.closed_at))
            self.status_label.setStyleSheet("font-size: 15px; font-weight: bold; color: #188038;")
        else:
            self.status_label.setText(self.tr("Not closed yet"))
            self.status_label.setStyleSheet("font-size: 15px; font-weight: bold; color: #b06000;")
        methods = "　".join(f"{m} ¥{format_yuan(fen)}" for m, fen in report.by_method().items() if fen)
        self.totals_label.setText(
            self.tr("%1 receipts (%2 void), total ¥%3, cash to hand over ¥%4").replace("%1", str(len(report.receipts)))
            .replace("%2", str(len(report.voids))).replace("%3", format_yuan(report.total_fen))
            .replace("%4", format_yuan(report.cash_fen))
            + (f"\n{methods}" if methods else "")
            + ("\n" + self.tr("Receipt numbers %1 to %2").replace("%1", span[0]).replace("%2", span[1]) if span else "")
            + ("\n" + self.tr("Refunds paid out: %1, ¥%2 (cash refunds are taken off the cash to hand over)")
               .replace("%1", str(len(report.refunds))).replace("%2", format_yuan(report.refund_fen))
               if report.refunds else "")
        )  # fmt: skip
        self.table.setRowCount(len(report.receipts))
        void_mark = self.tr(" (void)")
        for row, r in enumerate(report.receipts):
            values = [r.number, r.paid_at[11:16], r.unit_code, r.payer, r.method,
                      format_yuan(r.total_fen) + (void_mark if r.void else "")]  # fmt: skip
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                if col == 5:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if r.void:
                    item.setForeground(Qt.GlobalColor.gray)
                self.table.setItem(row, col, item)
        self.table.setRowCount(len(report.receipts) + len(report.refunds))
        refund_mark = self.tr(" (refund)")
        for row, f in enumerate(report.refunds, start=len(report.receipts)):
            values = [f.number, f.refunded_at[11:16], f.unit_code, f.payee, f.method,
                      f"-{format_yuan(f.amount_fen)}{refund_mark}"]  # fmt: skip
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                if col == 5:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                item.setForeground(Qt.GlobalColor.darkRed)
                self.table.setItem(row, col, item)
        closed = report.closed is not None
        self.close_button.setEnabled(not closed and self.desk.actor.can(Permission.TAKE_PAYMENT))
        self.reopen_button.setEnabled(closed)

    def on_close_clicked(self) -> None:
        report = self.report
        if report is None:
            return
        question = self.tr("Close %1 with %2 receipts and cash ¥%3 to hand over? The day's payments are then locked.")
        if not prompts.confirm(self, self.tr("Daily close"), question.replace("%1", report.day)
                               .replace("%2", str(len(report.receipts))).replace("%3", format_yuan(report.cash_fen))):  # fmt: skip
            return
        actor, day = self.desk.actor, report.day

        def closed(value: DayReport) -> None:
            self.set_report(value)
            self.on_print_clicked()

        self.desk.mutate(lambda db: day_close.close_day(db, actor, day), closed, parent=self)

    def on_print_clicked(self) -> None:
        self.print_requested.emit("day-report", f"{self.day()} {self.desk.actor.name}")

    def on_export_clicked(self) -> None:
        from propdesk.qt import preferences

        name = f"收款日报表-{self.day()}-{self.desk.actor.name}.xlsx"
        path = preferences.ask_save_path(self, self.tr("Export the daily report"), name, self.tr("Excel (*.xlsx)"))
        if path is not None:
            self.export_to(path)

    def export_to(self, path: Path) -> None:
        cashier, day = self.desk.actor.name, self.day()

        def job(db: Any) -> int:
            report = day_close.day_report(db, cashier, day)
            write_day_report(path, report, community.get_community(db).office_title)
            return len(report.receipts)

        def done(count: int) -> None:
            prompts.info(self, self.tr("Export finished"), self.tr("Exported %1 receipts to %2")
                         .replace("%1", str(count)).replace("%2", str(path)))  # fmt: skip

        self.desk.query(job, done, lambda exc: prompts.show_exception(self, exc))

    def on_reopen_clicked(self) -> None:
        reason = prompts.ask_text(self, self.tr("Reopen the day"), self.tr("Why is %1 reopened (kept in the change log):")
                                  .replace("%1", self.day()))  # fmt: skip
        if not reason or not reason.strip():
            return
        actor, cashier, day = self.desk.actor, self.desk.actor.name, self.day()
        self.desk.mutate(lambda db: day_close.reopen_day(db, actor, cashier, day, reason), lambda _: self.reload(),
                         parent=self)  # fmt: skip
