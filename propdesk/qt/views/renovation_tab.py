"""装修 tab of the unit page: the unit's renovations, newest first; for the one selected its details,
fees and permit, and the next step the desk can take — review, take the fees, issue and print the
permit, print the application, withdraw."""

from __future__ import annotations

from typing import Any

from propdesk.core.money import format_yuan
from propdesk.core.permissions import Permission
from propdesk.core.renovation import (
    OPEN_STATES,
    Patrol,
    Renovation,
    RenovationRules,
    RenovationState,
    Violation,
    WorkerPass,
)
from propdesk.services import (
    deposit_settlements,
    design_changes,
    patrols,
    renovation_completion,
    renovation_settings,
    renovations,
    worker_passes,
)

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QPushButton, QTableWidgetItem, QTabWidget, QVBoxLayout, QWidget

from propdesk.qt import prompts
from propdesk.qt.desk import Desk
from propdesk.qt.tables import button_row, read_only_table
from propdesk.qt.views.renovation_closing import Closing, RenovationClosingPanel


class RenovationTab(QWidget):
    print_requested = Signal(str, str)
    pay_requested = Signal()

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.unit_id: int | None = None
        self.unit_code = ""
        self.owner = ""
        self.list: list[Renovation] = []
        self.history: dict[int, tuple[list[WorkerPass], list[Patrol], list[Violation]]] = {}
        self.closings: dict[int, Closing] = {}
        self.rules = RenovationRules()
        self.table = read_only_table([self.tr("State"), self.tr("Permit"), self.tr("Period"), self.tr("Contractor"),
                                      self.tr("Foreman"), self.tr("Applied"), self.tr("Review by")])  # fmt: skip
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setStyleSheet("background: #fafafa; border: 1px solid #ddd; padding: 8px;")
        self.apply_button = QPushButton(self.tr("New application…"))
        self.review_button = QPushButton(self.tr("Review…"))
        self.pay_button = QPushButton(self.tr("Take the fees (Account tab)"))
        self.permit_button = QPushButton(self.tr("Issue and print the permit"))
        self.print_button = QPushButton(self.tr("Print application and promise"))
        self.withdraw_button = QPushButton(self.tr("Withdraw…"))
        self.passes: list[WorkerPass] = []
        self.passes_table = read_only_table([self.tr("Pass no."), self.tr("Worker"), self.tr("ID number"),
                                             self.tr("Valid from"), self.tr("Valid to"), self.tr("State")])  # fmt: skip
        self.pass_button = QPushButton(self.tr("New worker pass…"))
        self.print_passes_button = QPushButton(self.tr("Print the passes"))
        self.extend_button = QPushButton(self.tr("Extend…"))
        self.return_button = QPushButton(self.tr("Handed back"))
        self.lost_button = QPushButton(self.tr("Lost"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.details)
        layout.addLayout(button_row([self.apply_button, self.review_button, self.pay_button, self.permit_button,
                                     self.print_button, self.withdraw_button]))  # fmt: skip
        self.patrols_table = read_only_table([self.tr("Patrolled at"), self.tr("Inspector"), self.tr("Problems"),
                                              self.tr("Note")])  # fmt: skip
        self.violations: list[Violation] = []
        self.violations_table = read_only_table([self.tr("No."), self.tr("Found at"), self.tr("Rule"), self.tr("Found"),
                                                 self.tr("Deadline"), self.tr("Penalty"), self.tr("State")])  # fmt: skip
        self.violation_button = QPushButton(self.tr("Register a violation…"))
        self.recheck_button = QPushButton(self.tr("Re-check…"))
        self.notice_button = QPushButton(self.tr("Print the rectification notice"))
        self.evidence_button = QPushButton(self.tr("Add evidence photos…"))
        self.lower_tabs = QTabWidget()
        for title, table, buttons in [
            (self.tr("Worker passes"), self.passes_table,
             [self.pass_button, self.print_passes_button, self.extend_button, self.return_button, self.lost_button]),
            (self.tr("Patrols"), self.patrols_table, []),
            (self.tr("Violations"), self.violations_table,
             [self.violation_button, self.recheck_button, self.notice_button, self.evidence_button]),
        ]:  # fmt: skip
            page = QWidget()
            page_layout = QVBoxLayout(page)
            page_layout.addWidget(table)
            page_layout.addLayout(button_row(buttons))
            self.lower_tabs.addTab(page, title)
        self.closing_panel = RenovationClosingPanel(desk)
        self.closing_panel.print_requested.connect(self.print_requested)
        self.lower_tabs.addTab(self.closing_panel, self.tr("Changes and acceptance"))
        layout.addWidget(self.lower_tabs, 1)
        self.table.currentCellChanged.connect(lambda *_: self.show_selected())
        self.apply_button.clicked.connect(self.on_apply_clicked)
        self.review_button.clicked.connect(self.on_review_clicked)
        self.pay_button.clicked.connect(self.pay_requested)
        self.permit_button.clicked.connect(self.on_permit_clicked)
        self.print_button.clicked.connect(self.on_print_clicked)
        self.withdraw_button.clicked.connect(self.on_withdraw_clicked)
        self.pass_button.clicked.connect(self.on_pass_clicked)
        self.print_passes_button.clicked.connect(self.on_print_passes_clicked)
        self.extend_button.clicked.connect(self.on_extend_clicked)
        self.return_button.clicked.connect(lambda: self.on_return_clicked(lost=False))
        self.lost_button.clicked.connect(lambda: self.on_return_clicked(lost=True))
        self.violation_button.clicked.connect(self.on_violation_clicked)
        self.recheck_button.clicked.connect(self.on_violation_recheck_clicked)
        self.notice_button.clicked.connect(self.on_notice_clicked)
        self.evidence_button.clicked.connect(self.on_evidence_clicked)
        self.show_selected()  # every action starts disabled until the unit's renovations are loaded

    def show_unit(self, unit_id: int, unit_code: str, owner: str) -> None:
        self.unit_id, self.unit_code, self.owner = unit_id, unit_code, owner

        def job(db: Any) -> Any:
            found = renovations.of_unit(db, unit_id)
            history = {r.id: (worker_passes.passes(db, r.id), patrols.patrols(db, r.id), patrols.violations(db, r.id))
                       for r in found}  # fmt: skip
            closings = {r.id: Closing(design_changes.changes(db, r.id), renovation_completion.acceptances(db, r.id),
                                      deposit_settlements.settlement(db, r.id)) for r in found}  # fmt: skip
            return unit_id, found, history, closings, renovation_settings.load(db)

        self.desk.query(job, self._loaded)

    def _loaded(
        self, result: tuple[int, list[Renovation], dict[int, Any], dict[int, Closing], RenovationRules]
    ) -> None:
        unit_id, found, history, closings, rules = result
        if unit_id != self.unit_id:
            return
        self.history, self.closings, self.rules = history, closings, rules
        chosen = self.selected()
        self.list = found
        self.table.setRowCount(len(found))
        for r, item in enumerate(found):
            values = [item.state, item.permit_number or "", f"{item.planned_start} 至 {item.planned_end}",
                      item.contractor, f"{item.foreman} {item.foreman_phone}", item.applied_at[:10], item.review_due]  # fmt: skip
            for c, value in enumerate(values):
                self.table.setItem(r, c, QTableWidgetItem(value))
        ids = [r.id for r in found]
        if found:  # the current row, not only a selection: the actions read the current one
            self.table.setCurrentCell(ids.index(chosen.id) if chosen and chosen.id in ids else 0, 0)
        self.show_selected()
        self.apply_button.setEnabled(not any(r.state in OPEN_STATES for r in found))

    def selected(self) -> Renovation | None:
        row = self.table.currentRow()
        return self.list[row] if 0 <= row < len(self.list) else None

    def show_selected(self) -> None:
        r = self.selected()
        state = r.state if r else ""
        actor = self.desk.actor
        self.review_button.setEnabled(
            state == RenovationState.WAITING_REVIEW and actor.can(Permission.APPROVE_RENOVATION)
        )
        self.pay_button.setEnabled(state == RenovationState.WAITING_FEES and r is not None and not r.fees_paid)
        self.permit_button.setEnabled(state == RenovationState.WAITING_FEES and r is not None and r.fees_paid)
        self.print_button.setEnabled(r is not None)
        self.withdraw_button.setEnabled(state in (RenovationState.WAITING_REVIEW, RenovationState.WAITING_FEES))
        self.show_passes(r)
        closing = self.closings.get(r.id, Closing([], [], None)) if r else Closing([], [], None)
        self.closing_panel.show_renovation(r, closing, self.rules, r.applicant if r else "")
        if r is None:
            self.details.setText(self.tr("No renovation yet. A new application starts with the button below."))
            return
        lines = [
            f"{r.scope}：{'、'.join(r.items)}　施工 {r.workers} 人　申请人 {r.applicant}（{r.applicant_kind}）{r.applicant_phone}",
            self.tr("Review: %1 by %2 — %3").replace("%1", (r.reviewed_at or "")[:16]).replace("%2", r.reviewed_by or "")
            .replace("%3", r.review_opinion) if r.reviewed_at else self.tr("Waiting for review until %1").replace("%1", r.review_due),
        ]  # fmt: skip
        if r.fees:
            lines.append(self.tr("Fees: ") + "，".join(f"{f.item} ¥{format_yuan(f.amount_fen)}（{'已缴' if f.paid else '未缴'}）"
                                                     for f in r.fees))  # fmt: skip
        if r.permit_number:
            lines.append(
                self.tr("Permit %1 issued %2")
                .replace("%1", r.permit_number)
                .replace("%2", (r.permit_issued_at or "")[:16])
            )
        self.details.setText("\n".join(lines))

    def show_passes(self, r: Renovation | None) -> None:
        import datetime as dt

        passes, patrol_list, violations = self.history.get(r.id, ([], [], [])) if r else ([], [], [])
        self.passes = passes
        self.show_patrols(patrol_list, violations, r)
        today = dt.date.today()
        self.passes_table.setRowCount(len(self.passes))
        for row, p in enumerate(self.passes):
            masked = "*" * (len(p.id_number) - 4) + p.id_number[-4:]
            for c, value in enumerate([p.number, p.name, masked, p.valid_from, p.valid_to, p.state(today)]):
                self.passes_table.setItem(row, c, QTableWidgetItem(value))
        working = r is not None and r.state == RenovationState.WORKING
        self.pass_button.setEnabled(working)
        self.print_passes_button.setEnabled(any(p.paid and not p.returned_at for p in self.passes))
        self.extend_button.setEnabled(working and bool(self.passes))
        out = any(not p.returned_at for p in self.passes)
        self.return_button.setEnabled(out)
        self.lost_button.setEnabled(out)

    def show_patrols(self, patrol_list: list[Patrol], violations: list[Violation], r: Renovation | None) -> None:
        import datetime as dt

        self.patrols_table.setRowCount(len(patrol_list))
        for row, p in enumerate(patrol_list):
            problems = "；".join(f"{k}：{v}" for k, v in p.problems.items()) or self.tr("none")
            for c, value in enumerate([p.patrolled_at[:16], p.inspector, problems, p.note]):
                self.patrols_table.setItem(row, c, QTableWidgetItem(value))
        self.violations = violations
        today = dt.date.today()
        self.violations_table.setRowCount(len(violations))
        for row, v in enumerate(violations):
            state = v.state + (self.tr(" (overdue)") if v.overdue(today) else "")
            values = [v.number, v.found_at[:16], v.rule, v.description, v.deadline,
                      format_yuan(v.penalty_fen) if v.penalty_fen else "", state]  # fmt: skip
            for c, value in enumerate(values):
                self.violations_table.setItem(row, c, QTableWidgetItem(value))
        working = r is not None and r.state == RenovationState.WORKING
        self.violation_button.setEnabled(working)
        for button in (self.recheck_button, self.notice_button, self.evidence_button):
            button.setEnabled(bool(violations))

    def selected_violation(self) -> Violation | None:
        row = self.violations_table.currentRow()
        return self.violations[row] if 0 <= row < len(self.violations) else None

    def on_violation_clicked(self) -> None:
        from propdesk.qt.dialogs.renovation_dialogs import ViolationDialog

        chosen = self.selected()
        if chosen is None:
            return
        dialog = ViolationDialog(self.desk, chosen.id, chosen.unit_code, parent=self)
        if dialog.exec() and dialog.result_value is not None:
            self.print_requested.emit("rectification-notice", dialog.result_value.number)

    def on_violation_recheck_clicked(self) -> None:
        chosen = self.selected_violation()
        if chosen is None or chosen.rectified:
            prompts.info(self, self.tr("Re-check"), self.tr("First select a violation not rectified yet."))
            return
        from propdesk.qt.dialogs.renovation_dialogs import ViolationRecheckDialog

        ViolationRecheckDialog(self.desk, chosen, self).exec()

    def on_notice_clicked(self) -> None:
        chosen = self.selected_violation()
        if chosen is not None:
            self.print_requested.emit("rectification-notice", chosen.number)

    def on_evidence_clicked(self) -> None:
        from pathlib import Path

        from PySide6.QtWidgets import QFileDialog

        chosen = self.selected_violation()
        if chosen is None:
            prompts.info(self, self.tr("Add photos"), self.tr("First select the violation the photos show."))
            return
        names, _ = QFileDialog.getOpenFileNames(self, chosen.number, "", self.tr("Pictures (*.jpg *.jpeg *.png)"))
        if names:
            self.add_evidence(chosen, [Path(n) for n in names])

    def add_evidence(self, violation: Violation, paths: list[Any]) -> None:
        from propdesk.core.changes import Changes
        from propdesk.services import inspections

        actor, unit_id = self.desk.actor, self.unit_id or 0

        def job(db: Any) -> Any:
            for path in paths:
                inspections.add_photo(db, actor, "violation", violation.id, path.read_bytes(), path.name)
            return None, Changes(units=frozenset({unit_id}))

        self.desk.mutate(job, parent=self)

    def selected_pass(self) -> WorkerPass | None:
        row = self.passes_table.currentRow()
        return self.passes[row] if 0 <= row < len(self.passes) else None

    def on_pass_clicked(self) -> None:
        from propdesk.qt.dialogs.renovation_dialogs import WorkerPassDialog

        chosen = self.selected()
        if chosen is not None:
            WorkerPassDialog(self.desk, chosen, self).exec()

    def on_print_passes_clicked(self) -> None:
        chosen = self.selected()
        if chosen is not None and chosen.permit_number:
            self.print_requested.emit("worker-passes", chosen.permit_number)

    def on_extend_clicked(self) -> None:
        import datetime as dt

        chosen = self.selected_pass()
        if chosen is None:
            prompts.info(self, self.tr("Extend"), self.tr("First select the pass."))
            return
        text = prompts.ask_text(self, self.tr("Extend"), self.tr("Pass %1 valid until (e.g. 2027-03-31):")
                                .replace("%1", chosen.number))  # fmt: skip
        if not text or not text.strip():
            return
        try:
            until = dt.date.fromisoformat(text.strip())
        except ValueError:
            prompts.warning(self, self.tr("Extend"), self.tr("“%1” is not a date like 2027-03-31.").replace("%1", text))
            return
        actor = self.desk.actor
        self.desk.mutate(lambda db: worker_passes.extend(db, actor, chosen.id, until), parent=self)

    def on_return_clicked(self, lost: bool) -> None:
        chosen = self.selected_pass()
        title = self.tr("Lost") if lost else self.tr("Handed back")
        if chosen is None or chosen.returned_at:
            prompts.info(self, title, self.tr("First select a pass not handed back yet."))
            return
        if lost and not prompts.confirm(self, title, self.tr("Pass %1 is lost: its deposit is kept. Record it?")
                                        .replace("%1", chosen.number)):  # fmt: skip
            return
        actor = self.desk.actor
        self.desk.mutate(lambda db: worker_passes.hand_back(db, actor, chosen.id, lost=lost), parent=self)

    # ------------------------------------------------------------ actions

    def on_apply_clicked(self) -> None:
        from propdesk.qt.dialogs.renovation_dialogs import RenovationApplicationDialog

        if self.unit_id is not None:
            dialog = RenovationApplicationDialog(self.desk, self.unit_id, self.unit_code, self.owner,
                                                 self.rules.work_items, self)  # fmt: skip
            if dialog.exec() and dialog.result_value is not None:
                self.print_requested.emit("renovation-application", self.unit_code)

    def on_review_clicked(self) -> None:
        from propdesk.qt.dialogs.renovation_dialogs import RenovationReviewDialog

        chosen = self.selected()
        if chosen is not None:
            RenovationReviewDialog(self.desk, chosen, self).exec()

    def on_permit_clicked(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        actor = self.desk.actor

        def done(value: Any) -> None:
            self.print_requested.emit("renovation-permit", value.permit_number)

        self.desk.mutate(lambda db: renovations.issue_permit(db, actor, chosen.id), done, parent=self)

    def on_print_clicked(self) -> None:
        chosen = self.selected()
        if chosen is not None:
            self.print_requested.emit("renovation-application", chosen.permit_number or self.unit_code)

    def on_withdraw_clicked(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        reason = prompts.ask_text(self, self.tr("Withdraw"), self.tr("Why is this application withdrawn:"))
        if reason and reason.strip():
            actor = self.desk.actor
            self.desk.mutate(lambda db: renovations.withdraw(db, actor, chosen.id, reason), parent=self)
