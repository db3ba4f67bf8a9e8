"""生成账单: the monthly bills of a month or a range, for all units or one building. Running a month
again adds nothing; the result says how many were new and how many already existed."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from propdesk.core.billing import Period
from propdesk.services import fees

from PySide6.QtWidgets import QLineEdit, QWidget

from propdesk.qt import prompts
from propdesk.qt.desk import Desk
from propdesk.qt.dialogs.form_dialog import FormDialog


class BillRunDialog(FormDialog):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(desk, self.tr("Generate monthly bills"), parent)
        month = str(Period.of(dt.date.today()))
        self.from_edit = QLineEdit(month)
        self.from_edit.setPlaceholderText("2026-11")
        self.add_field("start", self.tr("From month"), self.from_edit)
        self.to_edit = QLineEdit(month)
        self.to_edit.setPlaceholderText("2026-12")
        self.add_field("end", self.tr("To month"), self.to_edit)
        self.building_edit = QLineEdit()
        self.building_edit.setPlaceholderText(self.tr("Empty: every building"))
        self.add_field("building", self.tr("Building"), self.building_edit)

    def build_job(self) -> Callable[[Any], Any]:
        start, end = Period.parse(self.from_edit.text()), Period.parse(self.to_edit.text())
        actor, building = self.desk.actor, self.building_edit.text().strip()
        return lambda db: fees.generate_bills(db, actor, start, end, building)

    def _saved(self, value: Any) -> None:
        super()._saved(value)
        prompts.info(
            self.parentWidget(),
            self.tr("Bills generated"),
            self.tr("%1 new bills for %2 units; %3 already existed and were left alone.")
            .replace("%1", str(value.created))
            .replace("%2", str(value.units))
            .replace("%3", str(value.already_billed))
            + (
                self.tr(" %1 were settled at once from prepayments.").replace("%1", str(value.drawn))
                if value.drawn
                else ""
            ),
        )
