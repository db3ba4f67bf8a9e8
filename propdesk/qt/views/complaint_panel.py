"""One complaint under the list: what was said and wanted, its two deadlines, every step so far, and the
buttons its state allows — respond, follow up, resolve, call back, the supervisor's review, print."""

from __future__ import annotations

import datetime as dt

from propdesk.core.complaints import MOVES, Complaint, Step
from propdesk.core.permissions import Permission
from propdesk.services import complaints

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QTableWidgetItem, QVBoxLayout, QWidget

from propdesk.qt import prompts
from propdesk.qt.desk import Desk
from propdesk.qt.i18n import QT_TRANSLATE_NOOP
from propdesk.qt.tables import button_row, read_only_table

_ASK = {
    Step.RESPOND: QT_TRANSLATE_NOOP("ComplaintPanel", "How was the complainant answered (e.g. phoned, calmed, visit booked):"),
    Step.NOTE: QT_TRANSLATE_NOOP("ComplaintPanel", "Follow-up:"),
    Step.RESOLVE: QT_TRANSLATE_NOOP("ComplaintPanel", "The result:"),
    Step.REVIEW: QT_TRANSLATE_NOOP("ComplaintPanel", "Your review of how it was handled:"),
}  # fmt: skip


class ComplaintPanel(QWidget):
    print_requested = Signal(str, str)

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.item: Complaint | None = None
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setStyleSheet("background: #fafafa; border: 1px solid #ddd; padding: 6px;")
        self.events_table = read_only_table([self.tr("Time"), self.tr("Step"), self.tr("By"), self.tr("Note")])
        labels = {Step.RESPOND: self.tr("Responded…"), Step.NOTE: self.tr("Follow-up…"),
                  Step.RESOLVE: self.tr("Resolved…"), Step.CALLBACK: self.tr("Callback…"),
                  Step.REVIEW: self.tr("Review…")}  # fmt: skip
        self.buttons: dict[Step, QPushButton] = {}
        for step, label in labels.items():
            button = QPushButton(label)
            button.clicked.connect(lambda _=False, s=step: self.on_step(s))
            self.buttons[step] = button
        self.print_button = QPushButton(self.tr("Print the record"))
        self.print_button.clicked.connect(self.on_print_clicked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.details)
        layout.addWidget(self.events_table, 1)
        layout.addLayout(button_row([*self.buttons.values(), self.print_button]))
        self.show_item(None)

    def show_item(self, c: Complaint | None) -> None:
        self.item = c
        for step, button in self.buttons.items():
            button.setEnabled(c is not None and c.state in MOVES[step][0])
        self.buttons[Step.REVIEW].setEnabled(self.buttons[Step.REVIEW].isEnabled()
                                             and self.desk.actor.can(Permission.REVIEW_SERVICE))  # fmt: skip
        self.print_button.setEnabled(c is not None)
        events = c.events if c else ()
        self.events_table.setRowCount(len(events))
        for row, e in enumerate(reversed(events)):
            for column, value in enumerate([e.at[:16], e.step, e.author, e.note]):
                self.events_table.setItem(row, column, QTableWidgetItem(value))
        if c is None:
            self.details.setText(self.tr("Select a complaint to see its steps."))
            return
        now = dt.datetime.now()
        flags = []
        if c.group_risk:
            flags.append(self.tr("GROUP COMPLAINT RISK"))
        if c.response_overdue(now):
            flags.append(self.tr("not responded in time"))
        if c.resolution_overdue(now):
            flags.append(self.tr("past its deadline"))
        warning = f"　<span style='color:#d93025'>{'；'.join(flags)}</span>" if flags else ""
        deadlines = self.tr("respond by %1, resolve by %2").replace("%1", c.respond_due[:16]).replace(
            "%2", c.resolve_due[:16])  # fmt: skip
        handler = self.tr("handler: %1").replace("%1", c.handler)
        lines = [
            f"<b>{c.number}　{c.state}</b>{warning}",
            f"{c.received_at[:16]} {c.channel}　{c.complainant} {c.phone}　{c.unit_code} {c.place}".strip(),
            f"{c.category}　{c.level}　{deadlines}　{handler}",
            c.description,
            self.tr("Wants: %1").replace("%1", c.demand or "—"),
        ]
        if c.result:
            lines.append(self.tr("Result: %1").replace("%1", c.result))
        self.details.setText("<br>".join(lines))

    def on_step(self, step: Step) -> None:
        c = self.item
        if c is None:
            return
        if step == Step.CALLBACK:
            from propdesk.qt.dialogs.service_dialogs import ComplaintCallbackDialog

            ComplaintCallbackDialog(self.desk, c, self).exec()
            return
        text = prompts.ask_text(self, step.value, QCoreApplication.translate("ComplaintPanel", _ASK[step]))
        if text and text.strip():
            actor = self.desk.actor
            self.desk.mutate(lambda db: complaints.proceed(db, actor, c.id, step, text), parent=self)

    def on_print_clicked(self) -> None:
        if self.item is not None:
            self.print_requested.emit("complaint", self.item.number)
