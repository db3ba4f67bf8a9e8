"""业主 entry: register an owner or co-owner, edit one, or take new owners in a 过户."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from propdesk.core.identity import IdKind, mask_id_number, resident_id_birth_date
from propdesk.core.permissions import Permission
from propdesk.core.registry import OwnerRole, Person, PersonInput
from propdesk.services import households

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QLabel, QLineEdit, QWidget

from propdesk.qt.desk import Desk
from propdesk.qt.dialogs.form_dialog import FormDialog


class PersonDialog(FormDialog):
    """``mode``: "add" (owner/co-owner of ``unit_id``), "edit" (``person``), "transfer" (new owner of ``unit_id``)."""

    def __init__(
        self,
        desk: Desk,
        mode: str,
        unit_id: int | None = None,
        person: Person | None = None,
        unit_code: str = "",
        parent: QWidget | None = None,
    ) -> None:
        titles = {
            "add": self.tr("Register owner of %1"),
            "edit": self.tr("Edit owner details"),
            "transfer": self.tr("Transfer %1"),
        }
        super().__init__(desk, titles[mode].replace("%1", unit_code), parent)
        self.mode = mode
        self.unit_id = unit_id
        self.person = person
        self.masked_id = ""
        self.role_combo = QComboBox()
        self.role_combo.addItems([r.value for r in OwnerRole])
        self.name_edit = QLineEdit()
        self.id_kind_combo = QComboBox()
        self.id_kind_combo.addItems([k.value for k in IdKind])
        self.id_number_edit = QLineEdit()
        self.id_number_edit.setMaxLength(30)
        self.id_hint_label = QLabel()
        self.mobile_edit = QLineEdit()
        self.mobile_edit.setPlaceholderText(self.tr("11-digit mobile number"))
        self.landline_edit = QLineEdit()
        self.work_unit_edit = QLineEdit()
        self.address_edit = QLineEdit()
        self.emergency_name_edit = QLineEdit()
        self.emergency_phone_edit = QLineEdit()
        self.note_edit = QLineEdit()
        self.date_edit = QDateEdit(QDate.currentDate())
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.transfer_note_edit = QLineEdit()
        if mode == "add":
            self.add_field("role", self.tr("Role"), self.role_combo)
        self.add_field("name", self.tr("Name*"), self.name_edit)
        self.add_field("id_kind", self.tr("ID kind"), self.id_kind_combo)
        self.add_field("id_number", self.tr("ID number"), self.id_number_edit)
        self.form_layout.addRow("", self.id_hint_label)
        self.add_field("mobile", self.tr("Mobile"), self.mobile_edit)
        self.add_field("landline", self.tr("Landline"), self.landline_edit)
        self.add_field("work_unit", self.tr("Employer"), self.work_unit_edit)
        self.add_field("address", self.tr("Address"), self.address_edit)
        self.add_field("emergency_name", self.tr("Emergency contact"), self.emergency_name_edit)
        self.add_field("emergency_phone", self.tr("Emergency phone"), self.emergency_phone_edit)
        self.add_field("note", self.tr("Note"), self.note_edit)
        if mode in ("add", "transfer"):
            self.add_field(
                "start_date" if mode == "add" else "date",
                self.tr("Registered on") if mode == "add" else self.tr("Transfer date"),
                self.date_edit,
            )
        if mode == "transfer":
            self.add_field("transfer_note", self.tr("Transfer note"), self.transfer_note_edit)
            self.transfer_note_edit.setPlaceholderText(self.tr("e.g. resale, inheritance, gift"))
        if person is not None:
            self.name_edit.setText(person.name)
            self.id_kind_combo.setCurrentText(person.id_kind)
            # Without the right to see IDs in full the form shows the masked number; left as it is,
            # the number on file is kept (typing a new one replaces it).
            self.masked_id = "" if desk.actor.can(Permission.VIEW_PERSONAL_DATA) else mask_id_number(person.id_number)
            self.id_number_edit.setText(self.masked_id or person.id_number)
            self.mobile_edit.setText(person.mobile)
            self.landline_edit.setText(person.landline)
            self.work_unit_edit.setText(person.work_unit)
            self.address_edit.setText(person.address)
            self.emergency_name_edit.setText(person.emergency_name)
            self.emergency_phone_edit.setText(person.emergency_phone)
            self.note_edit.setText(person.note)
        self.id_number_edit.textChanged.connect(self.on_id_number_changed)
        self.on_id_number_changed(self.id_number_edit.text())

    def on_id_number_changed(self, text: str) -> None:
        birth = resident_id_birth_date(text) if self.id_kind_combo.currentText() == IdKind.RESIDENT else None
        self.id_hint_label.setText(
            self.tr("Born %1; the number is valid").replace("%1", birth.isoformat()) if birth else ""
        )

    def _id_number(self) -> str:
        typed = self.id_number_edit.text()
        if self.person is not None and self.masked_id and typed == self.masked_id:
            return self.person.id_number
        return typed

    def person_input(self) -> PersonInput:
        return PersonInput(
            name=self.name_edit.text(),
            id_kind=self.id_kind_combo.currentText(),
            id_number=self._id_number(),
            mobile=self.mobile_edit.text(),
            landline=self.landline_edit.text(),
            work_unit=self.work_unit_edit.text(),
            address=self.address_edit.text(),
            emergency_name=self.emergency_name_edit.text(),
            emergency_phone=self.emergency_phone_edit.text(),
            note=self.note_edit.text(),
        )

    def build_job(self) -> Callable[[Any], Any]:
        person = self.person_input()
        actor = self.desk.actor
        date = self.date_edit.date().toString("yyyy-MM-dd")
        if self.mode == "edit":
            assert self.person is not None
            person_id = self.person.id
            return lambda db: households.update_person(db, actor, person_id, person)
        assert self.unit_id is not None
        unit_id = self.unit_id
        if self.mode == "transfer":
            note = self.transfer_note_edit.text()
            return lambda db: households.transfer_ownership(db, actor, unit_id, [person], date, note)
        role = self.role_combo.currentText()
        return lambda db: households.add_owner(db, actor, unit_id, person, role, date)
