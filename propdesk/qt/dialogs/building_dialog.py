"""批量生成楼栋: "3 号楼, 2 个单元, 18 层, 每层 4 户" with an area per position."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from propdesk.core.errors import ValidationError
from propdesk.core.registry import BuildingPlan, UnitState, UnitType, parse_area
from propdesk.services import buildings

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QSpinBox, QWidget

from propdesk.qt.desk import Desk
from propdesk.qt.dialogs.form_dialog import FormDialog


class BuildingDialog(FormDialog):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(desk, self.tr("Generate a building"), parent)
        self.code_edit = QLineEdit()
        self.code_edit.setPlaceholderText(self.tr("e.g. 3 or A"))
        self.entrances_spin = self._spin(1, 20, 2)
        self.floors_spin = self._spin(1, 99, 18)
        self.per_floor_spin = self._spin(1, 20, 4)
        self.first_floor_spin = self._spin(1, 99, 1)
        self.areas_edit = QLineEdit("89.50, 120.30, 120.30, 89.50")
        self.areas_edit.setToolTip(
            self.tr(
                "Floor area of each unit on a floor, in the order 01, 02, 03 …, separated by commas; one value means all the same"
            )
        )
        self.type_combo = QComboBox()
        self.type_combo.addItems([t.value for t in UnitType])
        self.state_combo = QComboBox()
        self.state_combo.addItems([s.value for s in UnitState])
        self.preview_label = QLabel()
        self.preview_label.setMinimumHeight(self.preview_label.fontMetrics().height() * 2)
        self.preview_label.setWordWrap(True)
        self.add_field("code", self.tr("Building number*"), self.code_edit)
        self.add_field("entrances", self.tr("Entrances"), self.entrances_spin)
        self.add_field("floors", self.tr("Floors"), self.floors_spin)
        self.add_field("first_floor", self.tr("First floor"), self.first_floor_spin)
        self.add_field("units_per_floor", self.tr("Units per floor per entrance"), self.per_floor_spin)
        self.add_field("areas", self.tr("Area template (m²)"), self.areas_edit)
        self.add_field("unit_type", self.tr("Unit type"), self.type_combo)
        self.add_field("state", self.tr("Unit state"), self.state_combo)
        self.form_layout.addRow(self.tr("Preview"), self.preview_label)
        for widget in (self.entrances_spin, self.floors_spin, self.per_floor_spin, self.first_floor_spin):
            widget.valueChanged.connect(self.on_plan_changed)
        self.code_edit.textChanged.connect(self.on_plan_changed)
        self.areas_edit.textChanged.connect(self.on_plan_changed)
        self.on_plan_changed()

    @staticmethod
    def _spin(low: int, high: int, value: int) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(low, high)
        spin.setValue(value)
        return spin

    def plan(self) -> BuildingPlan:
        parts = [p for p in re.split(r"[,，、\s]+", self.areas_edit.text().strip()) if p]
        if not parts:
            raise ValidationError.single("areas", self.tr("Fill in the area template"))
        return BuildingPlan(
            code=self.code_edit.text(),
            entrances=self.entrances_spin.value(),
            floors=self.floors_spin.value(),
            units_per_floor=self.per_floor_spin.value(),
            areas_centi_m2=[parse_area(p, "areas") for p in parts],
            unit_type=self.type_combo.currentText(),
            state=self.state_combo.currentText(),
            first_floor=self.first_floor_spin.value(),
        )

    def on_plan_changed(self) -> None:
        try:
            codes = buildings.preview_codes(self.plan())
        except ValidationError as exc:
            self.preview_label.setText(exc.message)
            return
        self.preview_label.setText(
            self.tr("%1 units: %2 … %3").replace("%1", str(len(codes))).replace("%2", codes[0]).replace("%3", codes[-1])
        )

    def build_job(self) -> Callable[[Any], Any]:
        plan = buildings.check_plan(self.plan())
        actor = self.desk.actor
        return lambda db: buildings.generate_building(db, actor, plan)
