"""登记催缴: how the owner was contacted about the arrears, what came of it, what happens next."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from propdesk.core.billing import DunningMethod
from propdesk.services import dunning

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QLineEdit, QWidget

from propdesk.qt.desk import Desk
from propdesk.qt.dialogs.form_dialog import FormDialog


class DunningDialog(FormDialog):
    def __init__(self, desk: Desk, unit_id: int, unit_code: str, parent: QWidget | None = None) -> None:
        super().__init__(desk, self.tr("Record a dunning contact — %1").replace("%1", unit_code), parent)
        self.unit_id = unit_id
        self.method_box = QComboBox()
        self.method_box.addItems([m.value for m in DunningMethod])
        self.add_field("method", self.tr("How"), self.method_box)
        today = dt.date.today()
        self.date_edit = QDateEdit(QDate(today.year, today.month, today.day))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setMaximumDate(QDate(today.year, today.month, today.day))
        self.add_field("contacted_on", self.tr("Date"), self.date_edit)
        self.result_edit = QLineEdit()
        self.result_edit.setPlaceholderText(self.tr("e.g. the owner promised to pay by the end of the month"))
        self.add_field("result", self.tr("Result"), self.result_edit)
        self.next_edit = QLineEdit()
        self.next_edit.setPlaceholderText(self.tr("e.g. call again on the 1st"))
        self.add_field("next_step", self.tr("Next step"), self.next_edit)
        self.result_edit.setFocus()

    def build_job(self) -> Callable[[Any], Any]:
        actor, unit_id = self.desk.actor, self.unit_id
        method, result, next_step = self.method_box.currentText(), self.result_edit.text(), self.next_edit.text()
        day = dt.date.fromisoformat(str(self.date_edit.date().toString("yyyy-MM-dd")))
        return lambda db: dunning.record_contact(db, actor, unit_id, method, result, next_step, day)
