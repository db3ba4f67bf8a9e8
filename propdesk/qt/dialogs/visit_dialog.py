"""登记走访: the household (chosen in the plan, or typed), the day, how, who visited and whom they met,
what was said, and the issues raised — one per line, each followed to its feedback."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from propdesk.core.errors import NotFound
from propdesk.core.visits import METHODS, PlanUnit
from propdesk.services import visits
from propdesk.services.search import search_units

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QLineEdit, QPlainTextEdit, QWidget

from propdesk.qt.desk import Desk
from propdesk.qt.dialogs.form_dialog import FormDialog


class VisitDialog(FormDialog):
    def __init__(self, desk: Desk, unit: PlanUnit | None, parent: QWidget | None = None) -> None:
        super().__init__(desk, self.tr("Record a visit"), parent)
        self.unit_edit = QLineEdit(unit.unit_code if unit else "")
        self.unit_edit.setPlaceholderText(self.tr("Unit, e.g. 3-2-1502"))
        self.add_field("unit", self.tr("Unit"), self.unit_edit)
        self.date_edit = QDateEdit(QDate.currentDate())
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setMaximumDate(QDate.currentDate())
        self.add_field("visited_on", self.tr("Date"), self.date_edit)
        self.method_box = QComboBox()
        self.method_box.addItems(METHODS)
        self.add_field("method", self.tr("Method"), self.method_box)
        self.visitor_edit = QLineEdit(desk.actor.name)
        self.add_field("visitor", self.tr("Visitor"), self.visitor_edit)
        self.met_edit = QLineEdit(unit.owner_names.split("、")[0] if unit and unit.owner_names else "")
        self.add_field("met", self.tr("Met"), self.met_edit)
        self.notes_edit = QLineEdit()
        self.notes_edit.setPlaceholderText(self.tr("What the household said about the service"))
        self.add_field("notes", self.tr("Notes"), self.notes_edit)
        self.issues_edit = QPlainTextEdit()
        self.issues_edit.setPlaceholderText(self.tr("Issues and suggestions, one per line"))
        self.issues_edit.setMaximumHeight(110)
        self.add_field("issues", self.tr("Issues"), self.issues_edit)

    def build_job(self) -> Callable[[Any], Any]:
        actor, code = self.desk.actor, self.unit_edit.text().strip()
        day: dt.date = self.date_edit.date().toPython()  # type: ignore[assignment]
        method, visitor, met = self.method_box.currentText(), self.visitor_edit.text(), self.met_edit.text()
        notes, issues = self.notes_edit.text(), self.issues_edit.toPlainText().split("\n")

        def job(db: Any) -> Any:
            hits = [h for h in search_units(db, code, limit=5) if h.matched.startswith("房号")] if code else []
            if not hits:
                raise NotFound(f"找不到房号 {code}" if code else "请填写房号")
            return visits.record_visit(db, actor, hits[0].unit_id, day, method, visitor, met, notes, issues)

        return job
