"""主管工作台目标: each target's goal — a percentage for a rate, a count for the "at most" ones."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from propdesk.core.supervisor import Target
from propdesk.services import supervisor_desk

from PySide6.QtWidgets import QDoubleSpinBox, QSpinBox, QWidget

from propdesk.qt.desk import Desk
from propdesk.qt.dialogs.form_dialog import FormDialog


class GoalsDialog(FormDialog):
    def __init__(self, desk: Desk, targets: list[Target], parent: QWidget | None = None) -> None:
        super().__init__(desk, self.tr("Targets of the supervisor's desk"), parent)
        self.spins: dict[str, QSpinBox | QDoubleSpinBox] = {}
        for t in targets:
            spin: QSpinBox | QDoubleSpinBox
            if t.at_most:
                spin = QSpinBox()
                spin.setRange(0, 999)
                spin.setValue(int(t.goal))
                spin.setPrefix("≤ ")
            else:
                spin = QDoubleSpinBox()
                spin.setRange(0.1, 100.0)
                spin.setDecimals(1)
                spin.setValue(t.goal * 100)
                spin.setPrefix("≥ ")
                spin.setSuffix(" %")
            self.spins[t.key] = spin
            self.add_field(t.key, t.name, spin)
        self.targets = targets

    def build_job(self) -> Callable[[Any], Any]:
        goals = {t.key: (float(self.spins[t.key].value()) if t.at_most else self.spins[t.key].value() / 100)
                 for t in self.targets}  # fmt: skip
        actor = self.desk.actor
        return lambda db: supervisor_desk.save_goals(db, actor, goals)
