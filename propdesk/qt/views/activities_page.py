"""客服 › 社区活动: the activities newest first with their sign-ups; plan one, sign households up at the desk,
print the notice (A4 or A3) and the sign-up sheet, mark who came and write the summary, add photos."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from propdesk.core.activities import Activity, ActivityState
from propdesk.core.changes import Changes
from propdesk.core.money import format_yuan
from propdesk.services import activities

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QPushButton, QSplitter, QTableWidgetItem, QVBoxLayout, QWidget

from propdesk.qt import prompts
from propdesk.qt.desk import Desk
from propdesk.qt.tables import button_row, read_only_table


class ActivitiesPage(QWidget):
    print_requested = Signal(str, str)

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.activities: list[Activity] = []
        self.activity: Activity | None = None
        self.want_id: int | None = None  # the activity the page is on (the list's selection follows it)
        self.list = read_only_table([self.tr("No."), self.tr("Starts"), self.tr("Activity"), self.tr("Place"),
                                     self.tr("Organiser"), self.tr("Budget"), self.tr("Signed up"), self.tr("Came"),
                                     self.tr("State")])  # fmt: skip
        self.signups = read_only_table([self.tr("Unit"), self.tr("Names"), self.tr("People"), self.tr("Phone"),
                                        self.tr("Came"), self.tr("Registered by")])  # fmt: skip
        self.detail_label = QLabel()
        self.detail_label.setWordWrap(True)
        self.new_button = QPushButton(self.tr("New activity…"))
        self.edit_button = QPushButton(self.tr("Change…"))
        self.signup_button = QPushButton(self.tr("Sign up a household…"))
        self.withdraw_button = QPushButton(self.tr("Withdraw"))
        self.close_button = QPushButton(self.tr("Attendance and summary…"))
        self.cancel_button = QPushButton(self.tr("Cancel the activity…"))
        self.photo_button = QPushButton(self.tr("Add photos…"))
        self.notice_button = QPushButton(self.tr("Print the notice (A4)"))
        self.poster_button = QPushButton(self.tr("Print the notice (A3)"))
        self.sheet_button = QPushButton(self.tr("Print the sign-up sheet"))
        self.export_button = QPushButton(self.tr("Export to Excel…"))
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.list)
        top_layout.addLayout(button_row([self.new_button, self.edit_button, self.cancel_button, self.export_button]))
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(self.detail_label)
        bottom_layout.addWidget(self.signups)
        bottom_layout.addLayout(button_row([self.signup_button, self.withdraw_button, self.close_button,
                                            self.photo_button, self.notice_button, self.poster_button,
                                            self.sheet_button]))  # fmt: skip
        splitter = QSplitter()
        splitter.setOrientation(splitter.orientation().Vertical)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.list.currentCellChanged.connect(lambda *_: self.open_current())
        self.new_button.clicked.connect(lambda: self.edit(None))
        self.edit_button.clicked.connect(lambda: self.edit(self.activity))
        self.signup_button.clicked.connect(self.on_signup_clicked)
        self.withdraw_button.clicked.connect(self.on_withdraw_clicked)
        self.close_button.clicked.connect(self.on_close_clicked)
        self.cancel_button.clicked.connect(self.on_cancel_clicked)
        self.photo_button.clicked.connect(self.on_photo_clicked)
        self.notice_button.clicked.connect(lambda: self._print("activity-notice", ""))
        self.poster_button.clicked.connect(lambda: self._print("activity-notice", "/A3"))
        self.sheet_button.clicked.connect(lambda: self._print("activity-signups", ""))
        self.export_button.clicked.connect(self.on_export_clicked)
        self.show_activity(None)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.reload()

    def reload(self) -> None:
        self.desk.query(activities.recent, self.show_list)

    def show_list(self, found: list[Activity]) -> None:
        chosen = self.want_id
        self.activities = found
        self.list.blockSignals(True)  # repopulating moves the current cell: open only the chosen one, below
        self.list.setRowCount(len(found))
        for row, a in enumerate(found):
            cells = [a.number, a.starts_at, a.title, a.place, a.organiser, f"¥{format_yuan(a.budget_fen)}",
                     self.tr("%1 households, %2 people").replace("%1", str(a.households)).replace("%2", str(a.people)),
                     str(a.attended) if a.state == ActivityState.HELD else "", a.state]  # fmt: skip
            for column, value in enumerate(cells):
                self.list.setItem(row, column, QTableWidgetItem(value))
        rows = [i for i, a in enumerate(found) if a.id == chosen] or ([0] if found else [])
        if rows:
            self.list.setCurrentCell(rows[0], 0)
        self.list.blockSignals(False)
        if rows:
            self.open_current()
        else:
            self.show_activity(None)

    def open_current(self) -> None:
        row = self.list.currentRow()
        if not 0 <= row < len(self.activities):
            return
        activity_id = self.want_id = self.activities[row].id

        def shown(found: Activity) -> None:
            if found.id == self.want_id:  # a slower answer for an activity left since is dropped
                self.show_activity(found)

        self.desk.query(lambda db: activities.get(db, activity_id), shown)

    def show_activity(self, activity: Activity | None) -> None:
        self.activity = activity
        signups = activity.signups if activity else ()
        self.signups.setRowCount(len(signups))
        for row, s in enumerate(signups):
            came = "" if s.attended is None else (self.tr("yes") if s.attended else self.tr("no"))
            for column, value in enumerate([s.unit_code, s.names, str(s.people), s.phone, came, s.author]):
                self.signups.setItem(row, column, QTableWidgetItem(value))
        planned = activity is not None and activity.state == ActivityState.PLANNED
        for button in (self.edit_button, self.signup_button, self.withdraw_button, self.close_button,
                       self.cancel_button):  # fmt: skip
            button.setEnabled(planned)
        for button in (self.photo_button, self.notice_button, self.poster_button, self.sheet_button):
            button.setEnabled(activity is not None)
        if activity is None:
            self.detail_label.setText(self.tr("No activity yet: plan one with “New activity…”."))
            return
        text = (self.tr("%1 — %2, %3. Signed up %4 households, %5 people").replace("%1", activity.title)
                .replace("%2", activity.starts_at).replace("%3", activity.place)
                .replace("%4", str(activity.signed_households)).replace("%5", str(activity.signed_people)))  # fmt: skip
        if activity.capacity:
            text += self.tr(" of %1 places").replace("%1", str(activity.capacity))
        if activity.signup_until:
            text += self.tr("; sign-up until %1").replace("%1", activity.signup_until)
        if activity.photos:
            text += self.tr("; %1 photos").replace("%1", str(activity.photos))
        if activity.summary:
            text += "\n" + activity.summary
        if activity.spent_fen is not None:
            text += (
                self.tr(" (spent ¥%1 of ¥%2)")
                .replace("%1", format_yuan(activity.spent_fen))
                .replace("%2", format_yuan(activity.budget_fen))
            )
        self.detail_label.setText(text)

    def _print(self, kind: str, suffix: str) -> None:
        if self.activity is not None:
            self.print_requested.emit(kind, self.activity.number + suffix)

    def edit(self, activity: Activity | None) -> None:
        from propdesk.qt.dialogs.activity_dialogs import ActivityDialog

        dialog = ActivityDialog(self.desk, activity, self)
        if dialog.exec() and dialog.result_value is not None:
            self.want_id = dialog.result_value.id  # the list selects it when it comes back
            self.show_activity(dialog.result_value)
            self.reload()

    def on_signup_clicked(self) -> None:
        from propdesk.qt.dialogs.activity_dialogs import SignupDialog

        if self.activity is not None and SignupDialog(self.desk, self.activity, self).exec():
            self.reload()

    def on_withdraw_clicked(self) -> None:
        row = self.signups.currentRow()
        if self.activity is None or not 0 <= row < len(self.activity.signups):
            prompts.info(self, self.tr("Withdraw"), self.tr("First select the household's sign-up."))
            return
        signup, activity_id, actor = self.activity.signups[row], self.activity.id, self.desk.actor
        if prompts.confirm(self, self.tr("Withdraw"), self.tr("Take %1 (%2) off the list?")
                           .replace("%1", signup.unit_code).replace("%2", signup.names)):  # fmt: skip
            self.desk.mutate(lambda db: activities.withdraw(db, actor, activity_id, signup.id),
                             lambda _v: self.reload(), parent=self)  # fmt: skip

    def on_close_clicked(self) -> None:
        from propdesk.qt.dialogs.activity_dialogs import CloseActivityDialog

        if self.activity is not None and CloseActivityDialog(self.desk, self.activity, self).exec():
            self.reload()

    def on_cancel_clicked(self) -> None:
        if self.activity is None:
            return
        reason = prompts.ask_text(self, self.tr("Cancel the activity"), self.tr("Why is it cancelled:"))
        if reason is not None:
            activity_id, actor = self.activity.id, self.desk.actor
            self.desk.mutate(lambda db: activities.cancel(db, actor, activity_id, reason), lambda _v: self.reload(),
                             parent=self)  # fmt: skip

    def on_photo_clicked(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        if self.activity is None:
            return
        names, _ = QFileDialog.getOpenFileNames(self, self.activity.title, "", self.tr("Pictures (*.jpg *.jpeg *.png)"))
        if names:
            self.add_photos([Path(n) for n in names])

    def add_photos(self, paths: list[Path]) -> None:
        from propdesk.services import inspections

        assert self.activity is not None
        activity_id, actor = self.activity.id, self.desk.actor

        def job(db: Any) -> Any:
            for path in paths:
                inspections.add_photo(db, actor, "activity", activity_id, path.read_bytes(), path.name)
            return None, Changes(service=True)

        self.desk.mutate(job, lambda _v: self.reload(), parent=self)

    def on_export_clicked(self) -> None:
        from propdesk.qt.exports import offer_table_export

        offer_table_export(self, self.desk, self.list, "社区活动")
