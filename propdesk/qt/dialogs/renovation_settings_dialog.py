"""装修设置: the review deadline, the pass grace days, the works an application ticks (one per line) and
the working hours printed on the permit and the promise."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from propdesk.core.renovation import RenovationRules
from propdesk.services import renovation_settings

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QSpinBox, QWidget

from propdesk.qt.desk import Desk
from propdesk.qt.dialogs.form_dialog import FormDialog


class RenovationSettingsDialog(FormDialog):
    def __init__(self, desk: Desk, current: RenovationRules, parent: QWidget | None = None) -> None:
        super().__init__(desk, self.tr("Renovation settings"), parent)
        self.review_spin = QSpinBox()
        self.review_spin.setRange(1, 30)
        self.review_spin.setValue(current.review_days)
        self.review_spin.setSuffix(self.tr(" working days"))
        self.add_field("review_days", self.tr("Review within"), self.review_spin)
        self.grace_spin = QSpinBox()
        self.grace_spin.setRange(0, 60)
        self.grace_spin.setValue(current.pass_return_days)
        self.grace_spin.setSuffix(self.tr(" days after expiry, or the deposit is kept"))
        self.add_field("pass_return_days", self.tr("Passes back within"), self.grace_spin)
        self.items_edit = QPlainTextEdit("\n".join(current.work_items))
        self.items_edit.setPlaceholderText(self.tr("One per line"))
        self.items_edit.setMinimumHeight(160)
        self.add_field("work_items", self.tr("Works (one per line)"), self.items_edit)
        self.hours_edit = QLineEdit(current.working_hours)
        self.hours_edit.setCursorPosition(0)
        self.add_field("working_hours", self.tr("Working hours"), self.hours_edit)
        self.setMinimumWidth(560)

    def build_job(self) -> Callable[[Any], Any]:
        wanted = RenovationRules(self.review_spin.value(), self.grace_spin.value(),
                                 tuple(self.items_edit.toPlainText().split("\n")), self.hours_edit.text())  # fmt: skip
        actor = self.desk.actor
        return lambda db: renovation_settings.save(db, actor, wanted)
