"""One work order under the list it was chosen from: what was reported, where it stands, every step so
far, and the buttons for the steps its state allows (the state machine decides which are enabled)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from propdesk.core.money import format_yuan
from propdesk.core.work_orders import TRANSITIONS, Action, OrderState, WorkOrder
from propdesk.services import repair_settings, work_orders

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QTableWidgetItem, QVBoxLayout, QWidget

from propdesk.qt import prompts
from propdesk.qt.desk import Desk
from propdesk.qt.i18n import QT_TRANSLATE_NOOP
from propdesk.qt.tables import button_row, read_only_table

_REASONS = {
    Action.RETURN: QT_TRANSLATE_NOOP("WorkOrderPanel", "Why does the technician return it:"),
    Action.PAUSE: QT_TRANSLATE_NOOP("WorkOrderPanel", "Why is the work paused (e.g. waiting for parts):"),
    Action.CANCEL: QT_TRANSLATE_NOOP("WorkOrderPanel", "Why is it cancelled (e.g. registered twice):"),
    Action.TRANSFER: QT_TRANSLATE_NOOP("WorkOrderPanel", "Passed to the developer: their contact and what was agreed:"),
}


class WorkOrderPanel(QWidget):
    print_requested = Signal(str, str)

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.item: WorkOrder | None = None
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setStyleSheet("background: #fafafa; border: 1px solid #ddd; padding: 6px;")
        self.events_table = read_only_table([self.tr("Time"), self.tr("Step"), self.tr("By"), self.tr("Technician"),
                                             self.tr("Note")])  # fmt: skip
        self.buttons: dict[Action, QPushButton] = {}
        labels = {Action.DISPATCH: self.tr("Dispatch…"), Action.REASSIGN: self.tr("Reassign…"),
                  Action.ACCEPT: self.tr("Accepted"), Action.ARRIVE: self.tr("Arrived"),
                  Action.PAUSE: self.tr("Pause…"), Action.RESUME: self.tr("Resume"),
                  Action.COMPLETE: self.tr("Completed…"), Action.CALLBACK: self.tr("Callback…"),
                  Action.RETURN: self.tr("Returned…"), Action.TRANSFER: self.tr("To the developer…"),
                  Action.CANCEL: self.tr("Cancel…")}  # fmt: skip
        for action, label in labels.items():
            button = QPushButton(label)
            button.clicked.connect(lambda _=False, a=action: self.on_action(a))
            self.buttons[action] = button
        self.note_button = QPushButton(self.tr("Communication note…"))
        self.photo_button = QPushButton(self.tr("Add photos…"))
        self.print_button = QPushButton(self.tr("Print the work order"))
        self.note_button.clicked.connect(self.on_note_clicked)
        self.photo_button.clicked.connect(self.on_photo_clicked)
        self.print_button.clicked.connect(self.on_print_clicked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.details)
        layout.addWidget(self.events_table, 1)
        first = [Action.DISPATCH, Action.REASSIGN, Action.ACCEPT, Action.ARRIVE, Action.PAUSE, Action.RESUME,
                 Action.COMPLETE, Action.CALLBACK]  # fmt: skip
        layout.addLayout(button_row([self.buttons[a] for a in first]))
        layout.addLayout(button_row([self.note_button, self.buttons[Action.RETURN], self.buttons[Action.TRANSFER],
                                     self.buttons[Action.CANCEL], self.photo_button, self.print_button]))  # fmt: skip
        self.show_item(None)

    def show_item(self, order: WorkOrder | None) -> None:
        self.item = order
        state = order.state if order else ""
        for action, button in self.buttons.items():
            button.setEnabled(order is not None and state in TRANSITIONS[action][0])
        if order is not None and order.warranty != "保修期内":
            self.buttons[Action.TRANSFER].setEnabled(False)
        open_or_done = order is not None and state not in (OrderState.CLOSED, OrderState.CANCELLED)
        self.note_button.setEnabled(open_or_done)
        self.photo_button.setEnabled(order is not None)
        self.print_button.setEnabled(order is not None)
        events = order.events if order else ()
        self.events_table.setRowCount(len(events))
        for row, e in enumerate(reversed(events)):
            for column, value in enumerate([e.at[:16], e.action, e.author, e.technician, e.note]):
                self.events_table.setItem(row, column, QTableWidgetItem(value))
        if order is None:
            self.details.setText(self.tr("Select a work order to see its steps."))
            return
        now = dt.datetime.now()
        flags = []
        if order.overdue(now):
            flags.append(self.tr("OVERDUE"))
        if order.needs_note(now):
            flags.append(self.tr("open over 3 days: a communication note is needed"))
        place = f"{order.unit_code} {order.location}".strip() if order.unit_code else f"公共区域 {order.location}"
        due = self.tr("due %1").replace("%1", order.due_at[:16])
        technician = self.tr("technician: %1").replace("%1", order.technician or "—")
        warning = f"　<span style='color:#d93025'>{'；'.join(flags)}</span>" if flags else ""
        lines = [
            f"<b>{order.number}　{order.state}</b>{warning}",
            f"{order.reported_at[:16]} {order.channel}　{order.caller} {order.phone}　{place}",
            f"{order.category}　{order.urgency}（{due}）　{order.warranty}　{technician}",
            order.description,
        ]
        if order.completed_at:
            billed = self.tr(" (billed)") if order.fee_bill_id else ""
            lines.append(self.tr("Done: %1, ¥%2").replace("%1", order.result).replace("%2", format_yuan(order.total_fen))
                         + billed)  # fmt: skip
        if order.callback_at:
            lines.append(self.tr("Callback: %1").replace("%1", f"{order.satisfaction} {order.callback_comment}"))
        self.details.setText("<br>".join(lines))

    def on_action(self, action: Action) -> None:
        order = self.item
        if order is None:
            return
        if action in (Action.DISPATCH, Action.REASSIGN):
            from propdesk.qt.dialogs.work_order_dialogs import DispatchDialog

            self.desk.query(lambda db: repair_settings.technicians(db, active_only=True),
                            lambda found: DispatchDialog(self.desk, order, action, found, self).exec())  # fmt: skip
            return
        if action == Action.COMPLETE:
            from propdesk.qt.dialogs.work_order_dialogs import WorkCompletionDialog

            WorkCompletionDialog(self.desk, order, self).exec()
            return
        if action == Action.CALLBACK:
            from propdesk.qt.dialogs.work_order_dialogs import WorkOrderCallbackDialog

            WorkOrderCallbackDialog(self.desk, order, self).exec()
            return
        note = ""
        if action in _REASONS:
            text = prompts.ask_text(self, action.value, QCoreApplication.translate("WorkOrderPanel", _REASONS[action]))
            if not text or not text.strip():
                return
            note = text
        actor = self.desk.actor
        self.desk.mutate(lambda db: work_orders.act(db, actor, order.id, action, note), parent=self)

    def on_note_clicked(self) -> None:
        order = self.item
        text = prompts.ask_text(self, self.tr("Communication note"), self.tr("What was the owner told:"))
        if order is not None and text and text.strip():
            actor = self.desk.actor
            self.desk.mutate(lambda db: work_orders.add_note(db, actor, order.id, text), parent=self)

    def on_photo_clicked(self) -> None:
        from pathlib import Path

        from PySide6.QtWidgets import QFileDialog

        order = self.item
        if order is None:
            return
        names, _ = QFileDialog.getOpenFileNames(self, order.number, "", self.tr("Pictures (*.jpg *.jpeg *.png)"))
        if names:
            self.add_photos(order, [Path(n) for n in names])

    def add_photos(self, order: WorkOrder, paths: list[Any]) -> None:
        from propdesk.core.changes import Changes
        from propdesk.services import inspections

        actor = self.desk.actor

        def job(db: Any) -> Any:
            for path in paths:
                inspections.add_photo(db, actor, "work_order", order.id, path.read_bytes(), path.name)
            return None, Changes(service=True)

        self.desk.mutate(job, parent=self)

    def on_print_clicked(self) -> None:
        if self.item is not None:
            self.print_requested.emit("work-order", self.item.number)
