"""主管工作台 › 部门计划: the month's collection target per building (suggested from the month's bills, typed
over in 元), the 走访 plan and the activities, each beside what was done; saved as a draft, then approved."""

from __future__ import annotations

from propdesk.core.errors import PropdeskError
from propdesk.core.money import format_yuan, parse_yuan
from propdesk.core.permissions import Permission
from propdesk.core.plans import MonthPlan, PlanState
from propdesk.services import plans

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from propdesk.qt import prompts
from propdesk.qt.desk import Desk
from propdesk.qt.tables import button_row, read_only_table
from propdesk.qt.views.month_page import MonthPage

_TARGET = 1  # the one column typed into


class PlanPage(MonthPage):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(desk, parent=parent)
        self.plan: MonthPlan | None = None
        self.state_label = QLabel()
        self.table = read_only_table([self.tr("Building"), self.tr("Collection target (元)"),
                                      self.tr("Collected this month"), self.tr("Done")])  # fmt: skip
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate([160, 170, 170, 110]):
            self.table.setColumnWidth(column, width)
        self.visits_label = QLabel()
        self.activities_label = QLabel()
        self.note_edit = QLineEdit()
        self.note_edit.setPlaceholderText(self.tr("What the month should focus on"))
        self.save_button = QPushButton(self.tr("Save the plan"))
        self.approve_button = QPushButton(self.tr("Approve the plan"))
        self.export_button = QPushButton(self.tr("Export to Excel…"))
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Month")))
        top.addWidget(self.month_edit)
        top.addWidget(self.state_label, 1)
        top.addWidget(self.export_button)
        note = QHBoxLayout()
        note.addWidget(QLabel(self.tr("Note")))
        note.addWidget(self.note_edit, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(
            QLabel(self.tr("Collection (type a building's target over the suggestion: the month's bills)"))
        )
        layout.addWidget(self.table, 1)
        layout.addWidget(self.visits_label)
        layout.addWidget(self.activities_label)
        layout.addLayout(note)
        layout.addLayout(button_row([self.save_button, self.approve_button]))
        self.save_button.clicked.connect(self.on_save_clicked)
        self.approve_button.clicked.connect(self.on_approve_clicked)
        self.export_button.clicked.connect(self.on_export_clicked)

    def reload(self) -> None:
        month = self.month()
        self.desk.query(lambda db: (month, plans.get(db, month)),
                        lambda found: self.show_plan(found[1]) if found[0] == self.month() else None)  # fmt: skip

    def show_plan(self, plan: MonthPlan) -> None:
        self.plan = plan
        approved = plan.state == PlanState.APPROVED
        self.table.setRowCount(len(plan.collection) + 1)
        for row, line in enumerate(plan.collection):
            rate = f"{line.rate:.1%}" if line.rate is not None else "—"
            for column, value in enumerate([line.building, format_yuan(line.target_fen), format_yuan(line.actual_fen),
                                            rate]):  # fmt: skip
                item = QTableWidgetItem(value)
                if column != _TARGET or approved:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                if column:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        total_rate = f"{plan.actual_fen / plan.target_fen:.1%}" if plan.target_fen else "—"
        for column, value in enumerate([self.tr("Total"), format_yuan(plan.target_fen), format_yuan(plan.actual_fen),
                                        total_rate]):  # fmt: skip
            item = QTableWidgetItem(value)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            if column:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(len(plan.collection), column, item)
        self.note_edit.setText(plan.note)
        self.note_edit.setReadOnly(approved)
        if approved:
            state = (
                self.tr("Approved by %1 on %2")
                .replace("%1", plan.approved_by or "")
                .replace("%2", (plan.approved_at or "")[:16])
            )
        elif plan.state:
            state = self.tr("Draft by %1, waiting for approval").replace("%1", plan.created_by)
        else:
            state = self.tr("Not saved yet: the targets shown are the month's bills")
        self.state_label.setText(state)
        self.visits_label.setText(
            self.tr("Visits: target %1 households, planned %2, visited %3").replace("%1", str(plan.visits_target))
            .replace("%2", str(plan.visits_planned)).replace("%3", str(plan.visits_done))
            if plan.visits_target else self.tr("Visits: no plan for this month yet (made on the Service desk › Visits page)"))  # fmt: skip
        self.activities_label.setText(self.tr("Community activities: %1 planned, %2 held")
                                      .replace("%1", str(plan.activities_planned))
                                      .replace("%2", str(plan.activities_held)))  # fmt: skip
        self.save_button.setEnabled(not approved and self.desk.actor.can(Permission.HANDLE_SERVICE))
        self.approve_button.setEnabled(plan.state == PlanState.DRAFT and self.desk.actor.can(Permission.REVIEW_SERVICE))

    def targets(self) -> dict[int, int]:
        assert self.plan is not None
        found = {}
        for row, line in enumerate(self.plan.collection):
            item = self.table.item(row, _TARGET)
            text = item.text() if item else ""
            found[line.building_id] = parse_yuan(text or "0", "targets")
        return found

    def on_save_clicked(self) -> None:
        if self.plan is None:
            return
        try:
            targets = self.targets()
        except PropdeskError as exc:
            prompts.warning(self, self.tr("Save the plan"), exc.message)
            return
        actor, month, note = self.desk.actor, self.month(), self.note_edit.text()
        self.desk.mutate(lambda db: plans.save(db, actor, month, targets, note), self.show_plan,
                         parent=self)  # fmt: skip

    def on_approve_clicked(self) -> None:
        actor, month = self.desk.actor, self.month()
        self.desk.mutate(lambda db: plans.approve(db, actor, month), self.show_plan, parent=self)

    def on_export_clicked(self) -> None:
        from propdesk.qt.exports import offer_table_export

        offer_table_export(self, self.desk, self.table, f"部门计划 {self.month()}")
