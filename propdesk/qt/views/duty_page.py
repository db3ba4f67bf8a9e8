"""The 值班 page of the 客服 area: the recent shifts, the chosen shift's events and requests (with where each
request went), what was counted at handover, and the steps — open a shift, note an event or a request,
pass a request on, count the handover, confirm as the incoming person, print."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from propdesk.core.duty_log import SHIFTS, DutyLog, EntryKind
from propdesk.services import duty_log

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from propdesk.qt import prompts
from propdesk.qt.desk import Desk
from propdesk.qt.dialogs.form_dialog import FormDialog
from propdesk.qt.tables import button_row, read_only_table


class ShiftDialog(FormDialog):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(desk, self.tr("Open a shift"), parent)
        self.day_edit = QDateEdit(QDate.currentDate())
        self.day_edit.setDisplayFormat("yyyy-MM-dd")
        self.day_edit.setCalendarPopup(True)
        self.add_field("day", self.tr("Date"), self.day_edit)
        self.shift_box = QComboBox()
        self.shift_box.addItems(SHIFTS)
        self.shift_box.setCurrentIndex(0 if 8 <= dt.datetime.now().hour < 20 else 1)
        self.add_field("shift", self.tr("Shift"), self.shift_box)
        self.on_duty_edit = QLineEdit(desk.actor.name)
        self.add_field("on_duty", self.tr("On duty"), self.on_duty_edit)

    def build_job(self) -> Callable[[Any], Any]:
        actor, shift, on_duty = self.desk.actor, self.shift_box.currentText(), self.on_duty_edit.text()
        day: dt.date = self.day_edit.date().toPython()  # type: ignore[assignment]
        return lambda db: duty_log.open_shift(db, actor, day, shift, on_duty)


class DutyPage(QWidget):
    print_requested = Signal(str, str)

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.logs: list[DutyLog] = []
        self.log: DutyLog | None = None
        self.logs_table = read_only_table(
            [self.tr("Date"), self.tr("Shift"), self.tr("On duty"), self.tr("Taken over by")]
        )
        self.entries_table = read_only_table([self.tr("Time"), self.tr("Kind"), self.tr("What"), self.tr("Passed to"),
                                              self.tr("By")])  # fmt: skip
        self.handover_label = QLabel()
        self.handover_label.setWordWrap(True)
        self.open_button = QPushButton(self.tr("Open a shift…"))
        self.event_button = QPushButton(self.tr("Event…"))
        self.request_button = QPushButton(self.tr("Call or visit…"))
        self.pass_button = QPushButton(self.tr("Pass on…"))
        self.handover_button = QPushButton(self.tr("Handover count…"))
        self.confirm_button = QPushButton(self.tr("Take over (incoming)…"))
        self.print_button = QPushButton(self.tr("Print"))
        self.export_button = QPushButton(self.tr("Export to Excel…"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.logs_table, 1)
        layout.addWidget(self.entries_table, 2)
        layout.addWidget(self.handover_label)
        layout.addLayout(button_row([self.open_button, self.event_button, self.request_button, self.pass_button,
                                     self.handover_button, self.confirm_button, self.print_button,
                                     self.export_button]))  # fmt: skip
        self.logs_table.currentCellChanged.connect(lambda *_: self.open_selected())
        self.open_button.clicked.connect(self.on_open_clicked)
        self.event_button.clicked.connect(lambda: self.on_entry(EntryKind.EVENT))
        self.request_button.clicked.connect(lambda: self.on_entry(EntryKind.REQUEST))
        self.pass_button.clicked.connect(self.on_pass_clicked)
        self.handover_button.clicked.connect(self.on_handover_clicked)
        self.confirm_button.clicked.connect(self.on_confirm_clicked)
        self.print_button.clicked.connect(
            lambda: self.print_requested.emit("duty-log", f"{self.log.day} {self.log.shift}") if self.log else None
        )
        self.export_button.clicked.connect(self.on_export_clicked)
        self.show_log(None)

    def on_export_clicked(self) -> None:
        from propdesk.qt.exports import offer_table_export

        if self.log is not None:
            offer_table_export(self, self.desk, self.entries_table, f"值班记录 {self.log.day} {self.log.shift}")

    def reload(self) -> None:
        chosen = self.log.id if self.log else None

        def shown(logs: list[DutyLog]) -> None:
            self.logs = logs
            self.logs_table.setRowCount(len(logs))
            for row, log in enumerate(logs):
                for column, value in enumerate([log.day, log.shift, log.on_duty, log.incoming or self.tr("(open)")]):
                    self.logs_table.setItem(row, column, QTableWidgetItem(value))
            ids = [log.id for log in logs]
            if logs:
                self.logs_table.setCurrentCell(ids.index(chosen) if chosen in ids else 0, 0)
            self.open_selected()

        self.desk.query(duty_log.recent, shown)

    def open_selected(self) -> None:
        row = self.logs_table.currentRow()
        if not 0 <= row < len(self.logs):
            self.show_log(None)
            return
        log_id = self.logs[row].id
        self.desk.query(lambda db: duty_log.get(db, log_id), self.show_log)

    def show_log(self, log: DutyLog | None) -> None:
        self.log = log
        entries = log.entries if log else ()
        self.entries_table.setRowCount(len(entries))
        for row, e in enumerate(entries):
            for column, value in enumerate([e.at[11:16], e.kind, e.text, e.passed_to, e.author]):
                self.entries_table.setItem(row, column, QTableWidgetItem(value))
        writable = log is not None and not log.confirmed
        for button in (self.event_button, self.request_button, self.pass_button, self.handover_button,
                       self.confirm_button):  # fmt: skip
            button.setEnabled(writable)
        self.print_button.setEnabled(log is not None)
        if log is None:
            self.handover_label.setText(self.tr("No shift yet: open one to start the log."))
            return
        state = (self.tr("Taken over by %1 at %2").replace("%1", log.incoming or "").replace("%2", (log.confirmed_at or "")[:16])
                 if log.confirmed else self.tr("Open: %1 requests not passed on").replace("%1", str(log.requests_not_passed_on)))  # fmt: skip
        self.handover_label.setText(self.tr("Items: %1　Keys: %2　%3").replace("%1", log.handover_items or "—")
                                    .replace("%2", log.keys_counted or "—").replace("%3", state))  # fmt: skip

    def on_open_clicked(self) -> None:
        dialog = ShiftDialog(self.desk, self)
        if dialog.exec() and dialog.result_value is not None:
            self.log = dialog.result_value  # the new shift is the one shown
            self.reload()

    def _mutate(self, job: Callable[[Any], Any]) -> None:
        self.desk.mutate(job, lambda _v: self.reload(), parent=self)

    def on_entry(self, kind: EntryKind) -> None:
        log = self.log
        if log is None:
            return
        text = prompts.ask_text(self, kind.value, self.tr("What happened, or what was asked:"))
        if not text or not text.strip():
            return
        passed_to = ""
        if kind == EntryKind.REQUEST:
            passed_to = prompts.ask_text(self, kind.value, self.tr(
                "Passed on to (a work order or complaint number, or a person; empty: later):")) or ""  # fmt: skip
        actor, now = self.desk.actor, dt.datetime.now()
        self._mutate(lambda db: duty_log.add_entry(db, actor, log.id, now, kind.value, text, passed_to))

    def on_pass_clicked(self) -> None:
        log, row = self.log, self.entries_table.currentRow()
        if log is None or not 0 <= row < len(log.entries) or log.entries[row].kind != EntryKind.REQUEST:
            prompts.info(self, self.tr("Pass on"), self.tr("First select a call or visit in the log."))
            return
        entry = log.entries[row]
        target = prompts.ask_text(
            self, self.tr("Pass on"), self.tr("Passed on to (a work order or complaint number, or a person):")
        )
        if target and target.strip():
            actor = self.desk.actor
            self._mutate(lambda db: duty_log.pass_on(db, actor, log.id, entry.id, target))

    def on_handover_clicked(self) -> None:
        log = self.log
        if log is None:
            return
        items = prompts.ask_text(self, self.tr("Handover count"), self.tr("Items counted (radios, log book …):"))
        if items is None:
            return
        keys = prompts.ask_text(self, self.tr("Handover count"), self.tr("Keys counted:")) or ""
        actor = self.desk.actor
        self._mutate(lambda db: duty_log.handover(db, actor, log.id, items, keys))

    def on_confirm_clicked(self) -> None:
        log = self.log
        incoming = prompts.ask_text(self, self.tr("Take over"), self.tr("Incoming person's name:"))
        if log is not None and incoming and incoming.strip():
            actor = self.desk.actor
            self._mutate(lambda db: duty_log.confirm(db, actor, log.id, incoming))

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.reload()
