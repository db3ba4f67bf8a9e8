"""社区活动's dialogs: plan or change an activity, sign a household up, and after it — who came, the
summary and what was spent."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from propdesk.core.activities import Activity
from propdesk.core.errors import NotFound, ValidationError
from propdesk.core.money import format_yuan, parse_yuan
from propdesk.services import activities
from propdesk.services.activities import ActivityEntry
from propdesk.services.search import search_units

from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDateTimeEdit,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from propdesk.qt.desk import Desk
from propdesk.qt.dialogs.form_dialog import FormDialog


def _when(text: str | None, default: QDateTime) -> QDateTime:
    return QDateTime.fromString(text, "yyyy-MM-dd HH:mm") if text else default


class ActivityDialog(FormDialog):
    def __init__(self, desk: Desk, activity: Activity | None, parent: QWidget | None = None) -> None:
        super().__init__(desk, self.tr("Change the activity") if activity else self.tr("New activity"), parent)
        self.activity = activity
        self.title_edit = QLineEdit(activity.title if activity else "")
        self.title_edit.setPlaceholderText(self.tr("e.g. 重阳节敬老茶话会"))
        self.add_field("title", self.tr("Activity"), self.title_edit)
        start = QDateTime(QDate.currentDate().addDays(7), QTime(9, 30))
        self.starts_edit = QDateTimeEdit(_when(activity.starts_at if activity else None, start))
        self.ends_edit = QDateTimeEdit(_when(activity.ends_at if activity else None, start.addSecs(2 * 3600)))
        for edit in (self.starts_edit, self.ends_edit):
            edit.setDisplayFormat("yyyy-MM-dd HH:mm")
            edit.setCalendarPopup(True)
        self.starts_edit.dateTimeChanged.connect(self.on_start_changed)
        self.add_field("starts_at", self.tr("Starts"), self.starts_edit)
        self.add_field("ends_at", self.tr("Ends"), self.ends_edit)
        self.place_edit = QLineEdit(activity.place if activity else "")
        self.add_field("place", self.tr("Place"), self.place_edit)
        self.organiser_edit = QLineEdit(activity.organiser if activity else desk.actor.name)
        self.add_field("organiser", self.tr("Organiser"), self.organiser_edit)
        self.budget_edit = QLineEdit(format_yuan(activity.budget_fen) if activity else "")
        self.budget_edit.setPlaceholderText(self.tr("元"))
        self.add_field("budget", self.tr("Budget"), self.budget_edit)
        self.capacity_spin = QSpinBox()
        self.capacity_spin.setRange(0, 10000)
        self.capacity_spin.setSpecialValueText(self.tr("no limit"))
        self.capacity_spin.setValue(activity.capacity if activity else 0)
        self.add_field("capacity", self.tr("Places (people)"), self.capacity_spin)
        self.deadline_check = QCheckBox(self.tr("Sign-up closes on"))
        self.deadline_edit = QDateEdit()
        self.deadline_edit.setDisplayFormat("yyyy-MM-dd")
        self.deadline_edit.setCalendarPopup(True)
        until = activity.signup_until if activity else None
        self.deadline_check.setChecked(until is not None)
        self.deadline_edit.setDate(
            QDate.fromString(until, "yyyy-MM-dd") if until else self.starts_edit.date().addDays(-1)
        )
        self.deadline_check.toggled.connect(self.deadline_edit.setEnabled)
        self.deadline_edit.setEnabled(until is not None)
        self.add_field("signup_check", "", self.deadline_check)
        self.add_field("signup_until", self.tr("Sign-up until"), self.deadline_edit)
        self.description_edit = QPlainTextEdit(activity.description if activity else "")
        self.description_edit.setPlaceholderText(self.tr("What it is, for the notice"))
        self.description_edit.setMaximumHeight(110)
        self.add_field("description", self.tr("Description"), self.description_edit)

    def on_start_changed(self, start: QDateTime) -> None:
        if self.ends_edit.dateTime() <= start:
            self.ends_edit.setDateTime(start.addSecs(2 * 3600))

    def build_job(self) -> Callable[[Any], Any]:
        actor, activity_id = self.desk.actor, self.activity.id if self.activity else None
        starts: dt.datetime = self.starts_edit.dateTime().toPython()  # type: ignore[assignment]
        ends: dt.datetime = self.ends_edit.dateTime().toPython()  # type: ignore[assignment]
        until: dt.date | None = self.deadline_edit.date().toPython() if self.deadline_check.isChecked() else None  # type: ignore[assignment]
        entry = ActivityEntry(self.title_edit.text(), starts, ends, self.place_edit.text(), self.organiser_edit.text(),
                              parse_yuan(self.budget_edit.text() or "0", "budget"),
                              self.description_edit.toPlainText(), until, self.capacity_spin.value())  # fmt: skip
        return lambda db: activities.save(db, actor, activity_id, entry)


class SignupDialog(FormDialog):
    def __init__(self, desk: Desk, activity: Activity, parent: QWidget | None = None) -> None:
        super().__init__(desk, self.tr("Sign up for %1").replace("%1", activity.title), parent)
        self.activity = activity
        self.unit_edit = QLineEdit()
        self.unit_edit.setPlaceholderText(self.tr("Unit, e.g. 3-2-1502"))
        self.add_field("unit", self.tr("Unit"), self.unit_edit)
        self.names_edit = QLineEdit()
        self.add_field("names", self.tr("Names"), self.names_edit)
        self.people_spin = QSpinBox()
        self.people_spin.setRange(1, 50)
        self.add_field("people", self.tr("People"), self.people_spin)
        self.phone_edit = QLineEdit()
        self.add_field("phone", self.tr("Phone"), self.phone_edit)

    def build_job(self) -> Callable[[Any], Any]:
        actor, activity_id, code = self.desk.actor, self.activity.id, self.unit_edit.text().strip()
        names, people, phone = self.names_edit.text(), self.people_spin.value(), self.phone_edit.text()

        def job(db: Any) -> Any:
            hits = [h for h in search_units(db, code, limit=5) if h.matched.startswith("房号")] if code else []
            if not hits:
                raise NotFound(f"找不到房号 {code}" if code else "请填写房号")
            return activities.sign_up(db, actor, activity_id, hits[0].unit_id, names, people, phone)

        return job


class CloseActivityDialog(FormDialog):
    def __init__(self, desk: Desk, activity: Activity, parent: QWidget | None = None) -> None:
        super().__init__(desk, self.tr("After %1").replace("%1", activity.title), parent)
        self.activity = activity
        self.came_list = QListWidget()
        for s in activity.signups:
            item = QListWidgetItem(f"{s.unit_code}  {s.names}（{s.people} 人）")
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.came_list.addItem(item)
        self.came_list.setMaximumHeight(160)
        self.add_field("came", self.tr("Who came (tick)"), self.came_list)
        self.summary_edit = QPlainTextEdit()
        self.summary_edit.setPlaceholderText(self.tr("How it went: people, feedback, what to do better"))
        self.summary_edit.setMaximumHeight(110)
        self.add_field("summary", self.tr("Summary"), self.summary_edit)
        self.spent_edit = QLineEdit()
        self.spent_edit.setPlaceholderText(self.tr("元 (budget %1)").replace("%1", format_yuan(activity.budget_fen)))
        self.add_field("spent", self.tr("Spent"), self.spent_edit)

    def build_job(self) -> Callable[[Any], Any]:
        actor, activity_id = self.desk.actor, self.activity.id
        came = [s.id for index, s in enumerate(self.activity.signups)
                if self.came_list.item(index).checkState() == Qt.CheckState.Checked]  # fmt: skip
        if not self.spent_edit.text().strip():
            raise ValidationError.single("spent", "请填写实际花费（没有花费填 0）")
        summary, spent = self.summary_edit.toPlainText(), parse_yuan(self.spent_edit.text(), "spent")
        return lambda db: activities.close(db, actor, activity_id, came, summary, spent)
