"""装修申请 and its review: the application form (works and attachments ticked, dates picked), and the
supervisor's 同意/驳回 with the opinion."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from propdesk.core.renovation import ATTACHMENTS, WORK_ITEMS, ApplicantKind, Renovation, Scope
from propdesk.services import renovations
from propdesk.services.renovations import Application

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QGridLayout, QLineEdit, QSpinBox, QWidget

from propdesk.qt.desk import Desk
from propdesk.qt.dialogs.form_dialog import FormDialog


def date_edit(day: QDate) -> QDateEdit:
    edit = QDateEdit(day)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


def check_grid(options: list[str], columns: int) -> tuple[QWidget, dict[str, QCheckBox]]:
    box = QWidget()
    grid = QGridLayout(box)
    grid.setContentsMargins(0, 0, 0, 0)
    checks = {}
    for index, option in enumerate(options):
        check = QCheckBox(option)
        checks[option] = check
        grid.addWidget(check, index // columns, index % columns)
    return box, checks


class RenovationApplicationDialog(FormDialog):
    def __init__(self, desk: Desk, unit_id: int, unit_code: str, owner: str, work_items: tuple[str, ...] = tuple(WORK_ITEMS),
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(desk, self.tr("Renovation application — %1").replace("%1", unit_code), parent)
        self.unit_id = unit_id
        self.applicant_edit = QLineEdit(owner)
        self.add_field("applicant", self.tr("Applicant"), self.applicant_edit)
        self.kind_box = QComboBox()
        self.kind_box.addItems([k.value for k in ApplicantKind])
        self.add_field("applicant_kind", self.tr("Applicant is"), self.kind_box)
        self.consent_check = QCheckBox(self.tr("The owner's written consent is attached"))
        self.add_field("owner_consent", "", self.consent_check)
        self.phone_edit = QLineEdit()
        self.add_field("applicant_phone", self.tr("Phone"), self.phone_edit)
        self.contractor_edit = QLineEdit()
        self.add_field("contractor", self.tr("Contractor"), self.contractor_edit)
        self.license_edit = QLineEdit()
        self.add_field("contractor_license", self.tr("Licence no."), self.license_edit)
        self.foreman_edit = QLineEdit()
        self.add_field("foreman", self.tr("Foreman"), self.foreman_edit)
        self.foreman_phone_edit = QLineEdit()
        self.add_field("foreman_phone", self.tr("Foreman's phone"), self.foreman_phone_edit)
        self.scope_box = QComboBox()
        self.scope_box.addItems([s.value for s in Scope])
        self.add_field("scope", self.tr("Scope"), self.scope_box)
        items_box, self.item_checks = check_grid(list(work_items), 3)
        self.add_field("items", self.tr("Works"), items_box)
        today = QDate.currentDate()
        self.start_edit = date_edit(today.addDays(7))
        self.add_field("planned_start", self.tr("Start"), self.start_edit)
        self.end_edit = date_edit(today.addDays(97))
        self.add_field("planned_end", self.tr("End"), self.end_edit)
        self.workers_spin = QSpinBox()
        self.workers_spin.setRange(0, 200)
        self.workers_spin.setValue(5)
        self.add_field("workers", self.tr("Workers"), self.workers_spin)
        attachments_box, self.attachment_checks = check_grid(ATTACHMENTS, 2)
        self.add_field("attachments", self.tr("Attached"), attachments_box)
        self.note_edit = QLineEdit()
        self.add_field("note", self.tr("Note"), self.note_edit)
        self.kind_box.currentTextChanged.connect(
            lambda kind: self.consent_check.setEnabled(kind == ApplicantKind.TENANT)
        )
        self.consent_check.setEnabled(False)

    def build_job(self) -> Callable[[Any], Any]:
        start: dt.date = self.start_edit.date().toPython()  # type: ignore[assignment]
        end: dt.date = self.end_edit.date().toPython()  # type: ignore[assignment]
        application = Application(
            applicant=self.applicant_edit.text(), applicant_kind=self.kind_box.currentText(),
            applicant_phone=self.phone_edit.text(), owner_consent=self.consent_check.isChecked(),
            contractor=self.contractor_edit.text(), contractor_license=self.license_edit.text(),
            foreman=self.foreman_edit.text(), foreman_phone=self.foreman_phone_edit.text(),
            scope=self.scope_box.currentText(),
            items=tuple(k for k, c in self.item_checks.items() if c.isChecked()),
            planned_start=start, planned_end=end, workers=self.workers_spin.value(),
            attachments=tuple(k for k, c in self.attachment_checks.items() if c.isChecked()),
            note=self.note_edit.text(),
        )  # fmt: skip
        actor, unit_id = self.desk.actor, self.unit_id
        return lambda db: renovations.apply(db, actor, unit_id, application)


class RenovationReviewDialog(FormDialog):
    def __init__(self, desk: Desk, renovation: Renovation, parent: QWidget | None = None) -> None:
        super().__init__(desk, self.tr("Review — %1").replace("%1", renovation.unit_code), parent)
        self.renovation = renovation
        self.decision_box = QComboBox()
        self.decision_box.addItems([self.tr("Approve: charge the renovation fees"), self.tr("Reject")])
        self.add_field("decision", self.tr("Decision"), self.decision_box)
        self.opinion_edit = QLineEdit()
        self.opinion_edit.setPlaceholderText(self.tr("Required when rejecting, e.g. the load-bearing wall"))
        self.add_field("review_opinion", self.tr("Opinion"), self.opinion_edit)

    def build_job(self) -> Callable[[Any], Any]:
        actor, renovation_id = self.desk.actor, self.renovation.id
        approve, opinion = self.decision_box.currentIndex() == 0, self.opinion_edit.text()
        return lambda db: renovations.review(db, actor, renovation_id, approve, opinion)


class WorkerPassDialog(FormDialog):
    """临时出入证 for one worker: name, 身份证号 (checked), phone, an optional photo file."""

    def __init__(self, desk: Desk, renovation: Renovation, parent: QWidget | None = None) -> None:
        super().__init__(desk, self.tr("Worker pass — %1").replace("%1", renovation.unit_code), parent)
        self.renovation = renovation
        self.name_edit = QLineEdit()
        self.add_field("name", self.tr("Worker"), self.name_edit)
        self.id_edit = QLineEdit()
        self.id_edit.setPlaceholderText(self.tr("18-digit resident ID"))
        self.add_field("id_number", self.tr("ID number"), self.id_edit)
        self.phone_edit = QLineEdit()
        self.add_field("phone", self.tr("Phone"), self.phone_edit)
        self.photo_edit = QLineEdit()
        self.photo_edit.setPlaceholderText(self.tr("Optional: a photo file (JPG or PNG)"))
        self.add_field("photo", self.tr("Photo"), self.photo_edit)

    def build_job(self) -> Callable[[Any], Any]:
        from pathlib import Path

        from propdesk.core.errors import ValidationError
        from propdesk.services import worker_passes

        photo_path = self.photo_edit.text().strip()
        try:
            photo = Path(photo_path).read_bytes() if photo_path else None
        except OSError:
            raise ValidationError.single("photo", f"打不开照片文件：{photo_path}") from None
        actor, renovation_id = self.desk.actor, self.renovation.id
        name, number, phone = self.name_edit.text(), self.id_edit.text(), self.phone_edit.text()
        return lambda db: worker_passes.issue(db, actor, renovation_id, name, number, phone, photo)


class PatrolDialog(FormDialog):
    """日检巡查: the checklist as walked — tick what was wrong and say what; the rest were fine."""

    def __init__(self, desk: Desk, renovation_id: int, unit_code: str, inspector: str,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        from propdesk.core.renovation import PATROL_ITEMS

        super().__init__(desk, self.tr("Patrol — %1").replace("%1", unit_code), parent)
        self.renovation_id = renovation_id
        self.inspector_edit = QLineEdit(inspector)
        self.add_field("inspector", self.tr("Inspector"), self.inspector_edit)
        self.checks: dict[str, tuple[QCheckBox, QLineEdit]] = {}
        for item in PATROL_ITEMS:
            check = QCheckBox(self.tr("problem"))
            note = QLineEdit()
            note.setPlaceholderText(self.tr("What was wrong"))
            note.setEnabled(False)
            check.toggled.connect(note.setEnabled)
            row = QWidget()
            line = QGridLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            line.addWidget(check, 0, 0)
            line.addWidget(note, 0, 1)
            line.setColumnStretch(1, 1)
            self.checks[item] = (check, note)
            self.add_field(f"item:{item}", item, row)
        self.note_edit = QLineEdit()
        self.add_field("note", self.tr("Note"), self.note_edit)
        self.fields["problems"] = self.note_edit  # a refused checklist marks the note line

    def problems(self) -> dict[str, str]:
        return {item: note.text() for item, (check, note) in self.checks.items() if check.isChecked()}

    def build_job(self) -> Callable[[Any], Any]:
        from propdesk.services import patrols

        actor, renovation_id = self.desk.actor, self.renovation_id
        inspector, problems, note = self.inspector_edit.text(), self.problems(), self.note_edit.text()
        return lambda db: patrols.record_patrol(db, actor, renovation_id, inspector, problems, note)


class ViolationDialog(FormDialog):
    """违章: the rule broken, what was found, what must be done by when, the deposit penalty if any."""

    def __init__(self, desk: Desk, renovation_id: int, unit_code: str, rule: str = "", description: str = "",
                 patrol_id: int | None = None, parent: QWidget | None = None) -> None:  # fmt: skip
        from propdesk.core.renovation import PATROL_ITEMS

        super().__init__(desk, self.tr("Violation — %1").replace("%1", unit_code), parent)
        self.renovation_id, self.patrol_id = renovation_id, patrol_id
        self.rule_box = QComboBox()
        self.rule_box.addItems(PATROL_ITEMS)
        if rule:
            self.rule_box.setCurrentText(rule)
        self.add_field("rule", self.tr("Rule broken"), self.rule_box)
        self.description_edit = QLineEdit(description)
        self.add_field("description", self.tr("Found"), self.description_edit)
        self.required_edit = QLineEdit()
        self.required_edit.setPlaceholderText(self.tr("e.g. clear the corridor the same day"))
        self.add_field("required", self.tr("Required"), self.required_edit)
        self.deadline_edit = date_edit(QDate.currentDate().addDays(3))
        self.add_field("deadline", self.tr("Deadline"), self.deadline_edit)
        self.penalty_edit = QLineEdit()
        self.penalty_edit.setPlaceholderText(self.tr("Taken from the deposit; empty for none"))
        self.add_field("penalty", self.tr("Penalty (yuan)"), self.penalty_edit)

    def build_job(self) -> Callable[[Any], Any]:
        from propdesk.core.money import parse_yuan
        from propdesk.services import patrols

        penalty = parse_yuan(self.penalty_edit.text(), "penalty") if self.penalty_edit.text().strip() else 0
        deadline: dt.date = self.deadline_edit.date().toPython()  # type: ignore[assignment]
        actor, renovation_id, patrol_id = self.desk.actor, self.renovation_id, self.patrol_id
        rule, description, required = (
            self.rule_box.currentText(),
            self.description_edit.text(),
            self.required_edit.text(),
        )
        return lambda db: patrols.register_violation(db, actor, renovation_id, rule, description, required, deadline,
                                                     penalty, patrol_id)  # fmt: skip


class ViolationRecheckDialog(FormDialog):
    """复查 of a violation: rectified or not, and what was found."""

    def __init__(self, desk: Desk, violation: Any, parent: QWidget | None = None) -> None:
        super().__init__(desk, self.tr("Re-check — %1").replace("%1", violation.number), parent)
        self.violation = violation
        self.result_box = QComboBox()
        self.result_box.addItems([self.tr("Rectified"), self.tr("Not rectified yet")])
        self.add_field("rectified", self.tr("Result"), self.result_box)
        self.found_edit = QLineEdit()
        self.add_field("recheck_result", self.tr("Found"), self.found_edit)

    def build_job(self) -> Callable[[Any], Any]:
        from propdesk.services import patrols

        actor, violation_id = self.desk.actor, self.violation.id
        rectified, result = self.result_box.currentIndex() == 0, self.found_edit.text()
        return lambda db: patrols.recheck(db, actor, violation_id, rectified, result)
