"""记录抽查结果: how the sampled record was checked, whether its archive is complete, the result; a failed
check names the problem and the clerk who follows it up, by when."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from propdesk.core.spot_checks import METHODS, Result, SpotItem
from propdesk.services import spot_checks

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QLabel, QLineEdit, QWidget

from propdesk.qt.desk import Desk
from propdesk.qt.dialogs.form_dialog import FormDialog


class SpotCheckDialog(FormDialog):
    def __init__(self, desk: Desk, item: SpotItem, staff: list[str], parent: QWidget | None = None) -> None:
        super().__init__(desk, self.tr("Record the check"), parent)
        self.item = item
        self.add_field("record", self.tr("Record"), QLabel(f"{item.kind}　{item.label}"))
        self.method_box = QComboBox()
        self.method_box.addItems(METHODS)
        self.add_field("method", self.tr("Method"), self.method_box)
        self.archive_box = QComboBox()
        self.archive_box.addItems([self.tr("Complete"), self.tr("Incomplete"), self.tr("Not checked")])
        self.add_field("archive_complete", self.tr("Archive"), self.archive_box)
        self.result_box = QComboBox()
        self.result_box.addItems([r.value for r in Result])
        self.add_field("result", self.tr("Result"), self.result_box)
        self.problem_edit = QLineEdit()
        self.problem_edit.setPlaceholderText(self.tr("What was wrong (needed when it failed)"))
        self.add_field("problem", self.tr("Problem found"), self.problem_edit)
        self.assignee_box = QComboBox()
        self.assignee_box.setEditable(True)
        self.assignee_box.addItems(["", *staff])
        self.add_field("assignee", self.tr("Follow-up by"), self.assignee_box)
        self.due_edit = QDateEdit(QDate.currentDate().addDays(3))
        self.due_edit.setDisplayFormat("yyyy-MM-dd")
        self.due_edit.setCalendarPopup(True)
        self.add_field("due_on", self.tr("Put right by"), self.due_edit)
        self.result_box.currentIndexChanged.connect(lambda _i: self.update_follow_up())
        self.archive_box.currentIndexChanged.connect(lambda _i: self.update_follow_up())
        self.update_follow_up()

    def failed(self) -> bool:
        return self.result_box.currentText() == Result.FAILED or self.archive_box.currentIndex() == 1

    def update_follow_up(self) -> None:
        for key in ("problem", "assignee", "due_on"):
            self.fields[key].setEnabled(self.failed())

    def build_job(self) -> Callable[[Any], Any]:
        actor, item_id = self.desk.actor, self.item.id
        method, result = self.method_box.currentText(), self.result_box.currentText()
        complete = {0: True, 1: False}.get(self.archive_box.currentIndex())
        failed = self.failed()
        problem = self.problem_edit.text() if failed else ""
        assignee = self.assignee_box.currentText() if failed else ""
        due: dt.date = self.due_edit.date().toPython()  # type: ignore[assignment]
        return lambda db: spot_checks.record_check(db, actor, item_id, method, complete, result, problem, assignee,
                                                   due if failed else None)  # fmt: skip


class FollowUpDialog(FormDialog):
    """交办跟进事项: something the supervisor wants put right, by whom and when (not from a spot check)."""

    def __init__(self, desk: Desk, staff: list[str], parent: QWidget | None = None) -> None:
        super().__init__(desk, self.tr("Assign a follow-up"), parent)
        self.description_edit = QLineEdit()
        self.add_field("description", self.tr("What to follow up"), self.description_edit)
        self.source_edit = QLineEdit()
        self.source_edit.setPlaceholderText(self.tr("e.g. 夜查, 班组会议 (optional)"))
        self.add_field("source", self.tr("From"), self.source_edit)
        self.assignee_box = QComboBox()
        self.assignee_box.setEditable(True)
        self.assignee_box.addItems(["", *staff])
        self.add_field("assignee", self.tr("Assigned to"), self.assignee_box)
        self.due_edit = QDateEdit(QDate.currentDate().addDays(3))
        self.due_edit.setDisplayFormat("yyyy-MM-dd")
        self.due_edit.setCalendarPopup(True)
        self.add_field("due_on", self.tr("Due"), self.due_edit)

    def build_job(self) -> Callable[[Any], Any]:
        actor = self.desk.actor
        description, source, assignee = (
            self.description_edit.text(),
            self.source_edit.text(),
            self.assignee_box.currentText(),
        )
        due: dt.date = self.due_edit.date().toPython()  # type: ignore[assignment]
        return lambda db: spot_checks.add_follow_up(db, actor, source, description, assignee, due)
