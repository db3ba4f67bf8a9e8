"""The end of a renovation at the desk: a 设计变更 request and its review, the 完工申请, the 竣工验收
checklist (a failed item needs what to rectify), and the deposit settlement — deductions listed and
edited with the refund and any shortfall worked out as they are typed, approved by a supervisor."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from propdesk.core.billing import PaymentMethod
from propdesk.core.errors import PropdeskError, ValidationError
from propdesk.core.money import format_yuan, parse_yuan, to_capital
from propdesk.core.permissions import Permission
from propdesk.core.renovation import (
    Deduction,
    DeductionKind,
    DesignChange,
    Renovation,
    SettlementDraft,
    acceptance_items,
    split_deductions,
)
from propdesk.services import deposit_settlements, design_changes, renovation_completion

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from propdesk.qt.desk import Desk
from propdesk.qt.dialogs.approval import SupervisorApproval
from propdesk.qt.dialogs.form_dialog import FormDialog
from propdesk.qt.dialogs.renovation_dialogs import check_grid, date_edit
from propdesk.qt.tables import table_with_buttons


class DesignChangeDialog(FormDialog):
    def __init__(self, desk: Desk, renovation: Renovation, work_items: tuple[str, ...],
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(desk, self.tr("Design change — %1").replace("%1", renovation.unit_code), parent)
        self.renovation = renovation
        self.description_edit = QLineEdit()
        self.description_edit.setPlaceholderText(self.tr("e.g. a sliding door on the balcony"))
        self.add_field("description", self.tr("What changes"), self.description_edit)
        box, self.item_checks = check_grid([i for i in work_items if i not in renovation.items], 3)
        self.add_field("items_added", self.tr("Works added"), box)
        self.extend_check = QCheckBox(self.tr("The work needs longer: until"))
        self.end_edit = date_edit(QDate.fromString(renovation.planned_end, "yyyy-MM-dd").addDays(30))
        self.end_edit.setEnabled(False)
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.extend_check)
        line.addWidget(self.end_edit, 1)
        self.add_field("new_end", self.tr("Period"), row)
        self.extend_check.toggled.connect(self.end_edit.setEnabled)
        self.description_edit.setFocus()

    def build_job(self) -> Callable[[Any], Any]:
        actor, renovation_id = self.desk.actor, self.renovation.id
        description = self.description_edit.text()
        added = tuple(k for k, c in self.item_checks.items() if c.isChecked())
        new_end: dt.date | None = self.end_edit.date().toPython() if self.extend_check.isChecked() else None  # type: ignore[assignment]
        return lambda db: design_changes.request(db, actor, renovation_id, description, added, new_end)


class ChangeReviewDialog(FormDialog):
    def __init__(self, desk: Desk, change: DesignChange, unit_code: str, parent: QWidget | None = None) -> None:
        super().__init__(desk, self.tr("Review the design change — %1").replace("%1", unit_code), parent)
        self.change = change
        what = change.description + (f"（增加：{'、'.join(change.items_added)}）" if change.items_added else "")
        if change.new_end:
            what += self.tr("; until %1").replace("%1", change.new_end)
        self.add_field("what", self.tr("Requested"), QLabel(what))
        self.decision_box = QComboBox()
        self.decision_box.addItems([self.tr("Approve"), self.tr("Reject")])
        self.add_field("decision", self.tr("Decision"), self.decision_box)
        self.opinion_edit = QLineEdit()
        self.opinion_edit.setPlaceholderText(self.tr("Required when rejecting"))
        self.add_field("opinion", self.tr("Opinion"), self.opinion_edit)

    def build_job(self) -> Callable[[Any], Any]:
        actor, change_id = self.desk.actor, self.change.id
        approve, opinion = self.decision_box.currentIndex() == 0, self.opinion_edit.text()
        return lambda db: design_changes.review(db, actor, change_id, approve, opinion)


class CompletionDialog(FormDialog):
    def __init__(self, desk: Desk, renovation: Renovation, parent: QWidget | None = None) -> None:
        super().__init__(desk, self.tr("Work finished — %1").replace("%1", renovation.unit_code), parent)
        self.renovation = renovation
        self.date_edit = date_edit(QDate.currentDate())
        self.date_edit.setMaximumDate(QDate.currentDate())
        self.add_field("completed_on", self.tr("Finished on"), self.date_edit)
        self.note_edit = QLineEdit()
        self.note_edit.setPlaceholderText(self.tr("e.g. the owner phoned; inspection booked for Friday"))
        self.add_field("note", self.tr("Note"), self.note_edit)

    def build_job(self) -> Callable[[Any], Any]:
        actor, renovation_id, note = self.desk.actor, self.renovation.id, self.note_edit.text()
        day: dt.date = self.date_edit.date().toPython()  # type: ignore[assignment]

        def job(db: Any) -> Any:
            return renovation_completion.apply_completion(db, actor, renovation_id, day, note)[0]

        return job


class AcceptanceDialog(FormDialog):
    """The checklist as walked: every item passes unless ticked 不合格 with what to rectify."""

    def __init__(self, desk: Desk, renovation: Renovation, parent: QWidget | None = None) -> None:
        title = self.tr("Acceptance — %1") if renovation.state == "待验收" else self.tr("Re-inspection — %1")
        super().__init__(desk, title.replace("%1", renovation.unit_code), parent)
        self.setMinimumWidth(620)
        self.renovation = renovation
        self.inspector_edit = QLineEdit(desk.actor.name)
        self.add_field("inspector", self.tr("Inspector"), self.inspector_edit)
        grid_box = QWidget()
        grid = QGridLayout(grid_box)
        grid.setContentsMargins(0, 0, 0, 0)
        self.rows: dict[str, tuple[QCheckBox, QLineEdit]] = {}
        for index, item in enumerate(acceptance_items(renovation.items)):
            failed = QCheckBox(self.tr("Failed"))
            required = QLineEdit()
            required.setPlaceholderText(self.tr("What must be rectified"))
            required.setEnabled(False)
            failed.toggled.connect(required.setEnabled)
            grid.addWidget(QLabel(item), index, 0)
            grid.addWidget(failed, index, 1)
            grid.addWidget(required, index, 2)
            self.rows[item] = (failed, required)
        grid.setColumnStretch(2, 1)
        self.add_field("failures", self.tr("Checklist"), grid_box)
        self.note_edit = QLineEdit()
        self.add_field("note", self.tr("Note"), self.note_edit)
        self.button_box.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Record the result"))

    def build_job(self) -> Callable[[Any], Any]:
        actor, renovation_id = self.desk.actor, self.renovation.id
        inspector, note = self.inspector_edit.text(), self.note_edit.text()
        failures = {item: edit.text() for item, (check, edit) in self.rows.items() if check.isChecked()}
        return lambda db: renovation_completion.inspect(db, actor, renovation_id, inspector, failures, note)


class SettlementDialog(FormDialog):
    """押金结算: the deposits held, the deductions (violation penalties filled in; damage and cleaning added
    here), what is refunded and what is billed, worked out as typed; a supervisor approves."""

    def __init__(self, desk: Desk, draft: SettlementDraft, payee: str, parent: QWidget | None = None) -> None:
        super().__init__(desk, self.tr("Settle the deposit — %1").replace("%1", draft.renovation.unit_code), parent)
        self.setMinimumWidth(640)
        self.draft = draft
        held = "；".join(f"{d.item} ¥{format_yuan(d.amount_fen)}（{d.receipt_number}）" for d in draft.deposits)
        self.add_field("held", self.tr("Deposit held"), QLabel(held or self.tr("none")))
        if draft.pass_deposits:
            passes = self.tr("%1 back: ¥%2 refunded, ¥%3 kept (late or lost)").replace(
                "%1", str(len(draft.pass_deposits))).replace("%2", format_yuan(draft.passes_refundable_fen)).replace(
                "%3", format_yuan(draft.passes_forfeited_fen))  # fmt: skip
            self.add_field("passes", self.tr("Pass deposits"), QLabel(passes))
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Kind"), self.tr("Reason"), self.tr("Amount (yuan)")])
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.setColumnWidth(0, 110)
        self.table.setColumnWidth(1, 300)
        self.table.setColumnWidth(2, 110)
        self.table.setMinimumHeight(150)
        for d in draft.suggested:
            self.add_row(d)
        add_button = QPushButton(self.tr("Add a deduction"))
        remove_button = QPushButton(self.tr("Remove"))
        self.add_field("deductions", self.tr("Deductions"), table_with_buttons(self.table, [add_button, remove_button]))
        self.result_label = QLabel()
        self.result_label.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.add_field("result", self.tr("Result"), self.result_label)
        self.method_box = QComboBox()
        self.method_box.addItems([m.value for m in PaymentMethod])
        self.add_field("method", self.tr("Method"), self.method_box)
        self.payee_edit = QLineEdit(payee)
        self.add_field("payee", self.tr("Paid to"), self.payee_edit)
        self.approval = SupervisorApproval(self, desk, Permission.APPROVE_REFUND)
        self.button_box.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Settle and print"))
        add_button.clicked.connect(lambda: self.add_row(Deduction(DeductionKind.DAMAGE.value, "", 0)))
        remove_button.clicked.connect(self.remove_row)
        self.table.itemChanged.connect(self.update_result)
        self.update_result()

    def add_row(self, d: Deduction) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        kind = QComboBox()
        kind.addItems([k.value for k in DeductionKind])
        kind.setCurrentText(d.kind)
        self.table.setCellWidget(row, 0, kind)
        reason = QTableWidgetItem(d.description)
        self.table.setItem(row, 1, reason)
        self.table.setItem(row, 2, QTableWidgetItem(format_yuan(d.amount_fen).replace(",", "") if d.amount_fen else ""))
        if not d.description:  # a new row: type the reason at once
            self.table.setCurrentCell(row, 1)
            self.table.editItem(reason)

    def remove_row(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self.update_result()

    def deductions(self) -> list[Deduction]:
        """The rows as typed (raises on an amount that is not money, naming the row)."""
        found = []
        for row in range(self.table.rowCount()):
            kind = self.table.cellWidget(row, 0)
            reason, amount = self.table.item(row, 1), self.table.item(row, 2)
            text = amount.text().strip() if amount else ""
            try:
                fen = parse_yuan(text, "deductions") if text else 0
            except ValidationError:
                raise ValidationError.single("deductions", f"第 {row + 1} 项扣款金额不对：{text}") from None
            found.append(Deduction(kind.currentText() if isinstance(kind, QComboBox) else "",
                                   reason.text() if reason else "", fen))  # fmt: skip
        return found

    def update_result(self, *_args: object) -> None:
        try:
            deductions = self.deductions()
        except PropdeskError:  # a half-typed amount shows nothing yet
            self.result_label.setText("")
            return
        kept, refunded, shortfall = split_deductions(self.draft.held_fen, deductions)
        refund = refunded + self.draft.passes_refundable_fen
        lines = [self.tr("Kept ¥%1; refunded ¥%2").replace("%1", format_yuan(kept)).replace("%2", format_yuan(refund)),
                 to_capital(refund)]  # fmt: skip
        if shortfall:
            lines.append(self.tr("¥%1 more is billed to the unit").replace("%1", format_yuan(shortfall)))
        self.result_label.setText("\n".join(lines))  # lines, not word wrap: a form row keeps its first height

    def build_job(self) -> Callable[[Any], Any]:
        deductions = self.deductions()
        actor, renovation_id = self.desk.actor, self.draft.renovation.id
        method, payee = self.method_box.currentText(), self.payee_edit.text()
        approver_of = self.approval.approver_job()
        return lambda db: deposit_settlements.settle(db, actor, approver_of(db), renovation_id, deductions, method,
                                                     payee)  # fmt: skip
