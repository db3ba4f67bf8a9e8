"""记录行为规范检查: who, which standard, how it was checked, whether it was met, what was seen."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from propdesk.core.staff_quality import METHODS, STANDARDS
from propdesk.services import staff_quality

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QLineEdit, QWidget

from propdesk.qt.desk import Desk
from propdesk.qt.dialogs.form_dialog import FormDialog


class StaffObservationDialog(FormDialog):
    def __init__(self, desk: Desk, staff: list[str], parent: QWidget | None = None) -> None:
        super().__init__(desk, self.tr("Record a conduct check"), parent)
        self.date_edit = QDateEdit(QDate.currentDate())
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setMaximumDate(QDate.currentDate())
        self.add_field("observed_on", self.tr("Date"), self.date_edit)
        self.staff_box = QComboBox()
        self.staff_box.setEditable(True)
        self.staff_box.addItems(["", *staff])
        self.add_field("staff", self.tr("Staff"), self.staff_box)
        self.standard_box = QComboBox()
        self.standard_box.addItems(STANDARDS)
        self.add_field("standard", self.tr("Standard"), self.standard_box)
        self.method_box = QComboBox()
        self.method_box.addItems(METHODS)
        self.add_field("method", self.tr("Method"), self.method_box)
        self.result_box = QComboBox()
        self.result_box.addItems([self.tr("Met"), self.tr("Fell short")])
        self.add_field("passed", self.tr("Result"), self.result_box)
        self.note_edit = QLineEdit()
        self.note_edit.setPlaceholderText(self.tr("What was seen (needed when it fell short)"))
        self.add_field("note", self.tr("Note"), self.note_edit)

    def build_job(self) -> Callable[[Any], Any]:
        actor = self.desk.actor
        day: dt.date = self.date_edit.date().toPython()  # type: ignore[assignment]
        staff, standard, method = (
            self.staff_box.currentText(),
            self.standard_box.currentText(),
            self.method_box.currentText(),
        )
        passed, note = self.result_box.currentIndex() == 0, self.note_edit.text()
        return lambda db: staff_quality.record(db, actor, day, staff, standard, method, passed, note)
