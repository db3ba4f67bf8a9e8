"""The defect actions shared by the unit's 入伙 tab and the 遗留工程台账: register a defect found later,
record a 复验 (passed → 销项; not passed → the result and perhaps a new deadline), close a wrong one."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from propdesk.core.move_in import Defect
from propdesk.services import inspections

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QLineEdit, QWidget

from propdesk.qt.desk import Desk
from propdesk.qt.dialogs.form_dialog import FormDialog


class AddDefectDialog(FormDialog):
    def __init__(self, desk: Desk, unit_id: int, unit_code: str, parent: QWidget | None = None) -> None:
        super().__init__(desk, self.tr("Register a defect — %1").replace("%1", unit_code), parent)
        self.unit_id = unit_id
        self.location_edit = QLineEdit()
        self.location_edit.setPlaceholderText(self.tr("e.g. 主卧·墙面"))
        self.add_field("location", self.tr("Where"), self.location_edit)
        self.description_edit = QLineEdit()
        self.add_field("description", self.tr("Problem"), self.description_edit)
        self.responsible_edit = QLineEdit(inspections.RESPONSIBLE_DEFAULT)
        self.add_field("responsible", self.tr("Responsible"), self.responsible_edit)

    def build_job(self) -> Callable[[Any], Any]:
        actor, unit_id = self.desk.actor, self.unit_id
        location, description = self.location_edit.text(), self.description_edit.text()
        responsible = self.responsible_edit.text()
        return lambda db: inspections.add_defect(db, actor, unit_id, location, description, responsible)


class RecheckDialog(FormDialog):
    def __init__(self, desk: Desk, defect: Defect, parent: QWidget | None = None) -> None:
        super().__init__(desk, self.tr("Re-check — %1 %2").replace("%1", defect.unit_code).replace("%2", defect.location),
                         parent)  # fmt: skip
        self.defect = defect
        self.passed_box = QComboBox()
        self.passed_box.addItems([self.tr("Fixed: close it (销项)"), self.tr("Not fixed yet")])
        self.add_field("passed", self.tr("Result"), self.passed_box)
        self.result_edit = QLineEdit()
        self.result_edit.setPlaceholderText(self.tr("What was found at the re-check"))
        self.add_field("recheck_result", self.tr("Found"), self.result_edit)
        self.move_deadline = QCheckBox(self.tr("Give the developer a new deadline"))
        self.deadline_edit = QDateEdit(QDate.currentDate().addDays(15))
        self.deadline_edit.setCalendarPopup(True)
        self.deadline_edit.setDisplayFormat("yyyy-MM-dd")
        self.add_field("move_deadline", "", self.move_deadline)
        self.add_field("deadline", self.tr("New deadline"), self.deadline_edit)

    def build_job(self) -> Callable[[Any], Any]:
        actor, defect_id = self.desk.actor, self.defect.id
        passed = self.passed_box.currentIndex() == 0
        result = self.result_edit.text()
        deadline: dt.date | None = self.deadline_edit.date().toPython() if self.move_deadline.isChecked() else None  # type: ignore[assignment]
        return lambda db: inspections.recheck(db, actor, defect_id, passed, result, new_deadline=deadline)
