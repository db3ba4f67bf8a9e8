"""家庭成员 / 租户 and 车辆 entry for the household card."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from propdesk.core.registry import Resident, ResidentInput, ResidentKind, VehicleInput
from propdesk.services import households

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from propdesk.qt.desk import Desk
from propdesk.qt.dialogs.form_dialog import FormDialog


class ResidentDialog(FormDialog):
    def __init__(
        self, desk: Desk, unit_id: int, resident: Resident | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            desk, self.tr("Edit resident") if resident else self.tr("Add a household member or tenant"), parent
        )
        self.unit_id = unit_id
        self.resident = resident
        self.kind_combo = QComboBox()
        self.kind_combo.addItems([k.value for k in ResidentKind])
        self.name_edit = QLineEdit()
        self.relation_combo = QComboBox()
        self.relation_combo.setEditable(True)
        # Relations are stored as written (data, printed on the household card), so they stay Chinese.
        self.relation_combo.addItems(["配偶", "儿子", "女儿", "父亲", "母亲", "孙子", "孙女", "保姆", "亲属", "租户"])
        self.id_number_edit = QLineEdit()
        self.phone_edit = QLineEdit()
        self.move_in_edit = QLineEdit()
        self.move_in_edit.setPlaceholderText(self.tr("e.g. 2024-05-01"))
        self.note_edit = QLineEdit()
        self.add_field("kind", self.tr("Kind"), self.kind_combo)
        self.add_field("name", self.tr("Name*"), self.name_edit)
        self.add_field("relation", self.tr("Relation to owner"), self.relation_combo)
        self.add_field("id_number", self.tr("ID card number"), self.id_number_edit)
        self.add_field("phone", self.tr("Contact phone"), self.phone_edit)
        self.add_field("move_in_date", self.tr("Moved in"), self.move_in_edit)
        self.add_field("note", self.tr("Note"), self.note_edit)
        if resident is not None:
            self.kind_combo.setCurrentText(resident.kind)
            self.name_edit.setText(resident.name)
            self.relation_combo.setCurrentText(resident.relation)
            self.id_number_edit.setText(resident.id_number)
            self.phone_edit.setText(resident.phone)
            self.move_in_edit.setText(resident.move_in_date)
            self.note_edit.setText(resident.note)

    def build_job(self) -> Callable[[Any], Any]:
        value = ResidentInput(
            name=self.name_edit.text(),
            kind=self.kind_combo.currentText(),
            relation=self.relation_combo.currentText(),
            id_number=self.id_number_edit.text(),
            phone=self.phone_edit.text(),
            move_in_date=self.move_in_edit.text(),
            note=self.note_edit.text(),
        )
        actor = self.desk.actor
        if self.resident is not None:
            resident_id = self.resident.id
            return lambda db: households.update_resident(db, actor, resident_id, value)
        unit_id = self.unit_id
        return lambda db: households.add_resident(db, actor, unit_id, value)


class VehicleDialog(FormDialog):
    def __init__(self, desk: Desk, unit_id: int, parent: QWidget | None = None) -> None:
        super().__init__(desk, self.tr("Register vehicle"), parent)
        self.unit_id = unit_id
        self.plate_edit = QLineEdit()
        self.plate_edit.setPlaceholderText(self.tr("e.g. 浙A12345"))
        self.space_edit = QLineEdit()
        self.note_edit = QLineEdit()
        self.add_field("plate", self.tr("Plate*"), self.plate_edit)
        self.add_field("parking_space", self.tr("Parking space"), self.space_edit)
        self.add_field("note", self.tr("Note"), self.note_edit)

    def build_job(self) -> Callable[[Any], Any]:
        value = VehicleInput(
            plate=self.plate_edit.text(), parking_space=self.space_edit.text(), note=self.note_edit.text()
        )
        actor = self.desk.actor
        unit_id = self.unit_id
        return lambda db: households.add_vehicle(db, actor, unit_id, value)
