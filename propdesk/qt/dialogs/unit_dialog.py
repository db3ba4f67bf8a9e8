"""新增房屋 / 编辑房屋. A unit's code is its identity: editing changes everything but the code."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from propdesk.core.registry import Unit, UnitInput, UnitState, UnitType, parse_area
from propdesk.services import units

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QSpinBox, QWidget

from propdesk.qt.desk import Desk
from propdesk.qt.dialogs.form_dialog import FormDialog


class UnitDialog(FormDialog):
    def __init__(self, desk: Desk, unit: Unit | None = None, parent: QWidget | None = None) -> None:
        super().__init__(
            desk, self.tr("Edit unit %1").replace("%1", unit.code) if unit else self.tr("New unit"), parent
        )
        self.unit = unit
        self.building_edit = QLineEdit(unit.building if unit else "")
        self.entrance_spin = QSpinBox()
        self.entrance_spin.setRange(1, 20)
        self.room_edit = QLineEdit(unit.room if unit else "")
        self.room_edit.setPlaceholderText(self.tr("e.g. 1502"))
        self.floor_spin = QSpinBox()
        self.floor_spin.setRange(-5, 120)
        self.area_edit = QLineEdit(unit.area_text if unit else "")
        self.area_edit.setPlaceholderText(self.tr("Square metres, at most two decimals"))
        self.type_combo = QComboBox()
        self.type_combo.addItems([t.value for t in UnitType])
        self.state_combo = QComboBox()
        self.state_combo.addItems([s.value for s in UnitState])
        self.note_edit = QLineEdit(unit.note if unit else "")
        if unit is not None:
            self.entrance_spin.setValue(unit.entrance)
            self.floor_spin.setValue(unit.floor)
            self.type_combo.setCurrentText(unit.unit_type)
            self.state_combo.setCurrentText(unit.state)
            self.form_layout.addRow(self.tr("Unit"), QLabel(unit.code))
        else:
            self.add_field("building", self.tr("Building*"), self.building_edit)
            self.add_field("entrance", self.tr("Entrance"), self.entrance_spin)
            self.add_field("room", self.tr("Room*"), self.room_edit)
            self.room_edit.textChanged.connect(self.on_room_text_changed)
        self.add_field("floor", self.tr("Floor"), self.floor_spin)
        self.add_field("area", self.tr("Floor area*"), self.area_edit)
        self.add_field("unit_type", self.tr("Unit type"), self.type_combo)
        self.add_field("state", self.tr("Unit state"), self.state_combo)
        self.add_field("note", self.tr("Note"), self.note_edit)

    def on_room_text_changed(self, text: str) -> None:
        if len(text) > 2 and text[:-2].isdigit():
            self.floor_spin.setValue(int(text[:-2]))

    def build_job(self) -> Callable[[Any], Any]:
        area = parse_area(self.area_edit.text())
        actor = self.desk.actor
        if self.unit is not None:
            unit_id = self.unit.id
            floor, unit_type = self.floor_spin.value(), self.type_combo.currentText()
            state, note = self.state_combo.currentText(), self.note_edit.text()
            return lambda db: units.update_unit(
                db, actor, unit_id, floor=floor, area_centi_m2=area, unit_type=unit_type, state=state, note=note
            )
        new = UnitInput(
            building=self.building_edit.text(),
            entrance=self.entrance_spin.value(),
            room=self.room_edit.text(),
            floor=self.floor_spin.value(),
            area_centi_m2=area,
            unit_type=self.type_combo.currentText(),
            state=self.state_combo.currentText(),
            note=self.note_edit.text(),
        )
        return lambda db: units.add_unit(db, actor, new)
