"""钥匙托管 dialogs: take a key set into custody (the owner signs the 承诺书 printed next), and let it out
of the cabinet — who takes it, why, who approved, when it is due back."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from propdesk.core.keys import KeyReason
from propdesk.services import keys

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateTimeEdit, QLineEdit, QWidget

from propdesk.qt.desk import Desk
from propdesk.qt.dialogs.form_dialog import FormDialog


class KeyDepositDialog(FormDialog):
    def __init__(self, desk: Desk, unit_id: int, unit_code: str, owner: str, parent: QWidget | None = None) -> None:
        super().__init__(desk, self.tr("Keep the keys — %1").replace("%1", unit_code), parent)
        self.unit_id = unit_id
        self.contents_edit = QLineEdit()
        self.contents_edit.setPlaceholderText(self.tr("e.g. 入户门钥匙×2，门禁卡×1"))
        self.add_field("contents", self.tr("Keys and cards"), self.contents_edit)
        self.location_edit = QLineEdit()
        self.location_edit.setPlaceholderText(self.tr("e.g. 钥匙柜 A-03"))
        self.add_field("location", self.tr("Kept in"), self.location_edit)
        self.depositor_edit = QLineEdit(owner)
        self.add_field("depositor", self.tr("Owner (depositor)"), self.depositor_edit)
        self.phone_edit = QLineEdit()
        self.add_field("depositor_phone", self.tr("Phone"), self.phone_edit)
        self.signed_check = QCheckBox(self.tr("The owner has signed the key custody promise (钥匙托管承诺书)"))
        self.add_field("signed", "", self.signed_check)

    def build_job(self) -> Callable[[Any], Any]:
        actor, unit_id = self.desk.actor, self.unit_id
        values = (self.contents_edit.text(), self.location_edit.text(), self.depositor_edit.text(),
                  self.phone_edit.text(), self.signed_check.isChecked())  # fmt: skip
        return lambda db: keys.deposit(db, actor, unit_id, *values)


class KeyCheckOutDialog(FormDialog):
    def __init__(self, desk: Desk, number: str, unit_code: str, parent: QWidget | None = None) -> None:
        super().__init__(desk, self.tr("Key set %1 out — %2").replace("%1", number).replace("%2", unit_code), parent)
        self.number = number
        self.reason_box = QComboBox()
        self.reason_box.addItems([r.value for r in KeyReason])
        self.add_field("reason", self.tr("Why"), self.reason_box)
        self.taken_edit = QLineEdit()
        self.add_field("taken_by", self.tr("Taken by"), self.taken_edit)
        self.approved_edit = QLineEdit()
        self.approved_edit.setPlaceholderText(self.tr("The supervisor who allowed it"))
        self.add_field("approved_by", self.tr("Approved by"), self.approved_edit)
        self.due_edit = QDateTimeEdit(QDateTime.currentDateTime().addSecs(2 * 3600))
        self.due_edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.due_edit.setCalendarPopup(True)
        self.add_field("due_back", self.tr("Due back"), self.due_edit)
        self.note_edit = QLineEdit()
        self.add_field("note", self.tr("Note"), self.note_edit)
        self.reason_box.currentTextChanged.connect(self.on_reason_changed)
        self.on_reason_changed(self.reason_box.currentText())

    def on_reason_changed(self, reason: str) -> None:
        viewing = reason == KeyReason.VIEWING
        self.taken_edit.setPlaceholderText(
            self.tr("The member of staff who opens the door (the key is not lent)") if viewing
            else self.tr("Who takes the keys"))  # fmt: skip
        self.approved_edit.setEnabled(reason != KeyReason.OWNER)

    def build_job(self) -> Callable[[Any], Any]:
        actor, number = self.desk.actor, self.number
        due: dt.datetime = self.due_edit.dateTime().toPython()  # type: ignore[assignment]
        reason, taken, approved, note = (self.reason_box.currentText(), self.taken_edit.text(),
                                         self.approved_edit.text(), self.note_edit.text())  # fmt: skip
        return lambda db: keys.check_out(db, actor, number, taken, reason, due, approved, note)
