"""The 走访 page of the 客服 area: a month's plan (drawn, adjusted and approved by the supervisor), the
households with whether they were visited, the month's visits with their issues, the issues still
waiting for feedback, the figures against the target, and the 走访月报 to print."""

from __future__ import annotations

from typing import Any

from propdesk.core.permissions import Permission
from propdesk.core.visits import MonthReport, PlanState, Visit, VisitIssue, VisitPlan
from propdesk.services import visits
from propdesk.services.search import search_units

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from propdesk.qt import prompts
from propdesk.qt.desk import Desk
from propdesk.qt.tables import button_row, read_only_table


class VisitsPage(QWidget):
    print_requested = Signal(str, str)

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.plan: VisitPlan | None = None
        self.visits: list[Visit] = []
        self.issues: list[VisitIssue] = []
        self.month_edit = QDateEdit(QDate.currentDate())
        self.month_edit.setDisplayFormat("yyyy-MM")
        self.month_edit.setCalendarPopup(True)
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.make_button = QPushButton(self.tr("Draw the month's plan"))
        self.add_button = QPushButton(self.tr("Add a household…"))
        self.remove_button = QPushButton(self.tr("Take out"))
        self.approve_button = QPushButton(self.tr("Approve the plan"))
        self.visit_button = QPushButton(self.tr("Record a visit…"))
        self.print_button = QPushButton(self.tr("Print the monthly report"))
        self.export_button = QPushButton(self.tr("Export to Excel…"))
        self.plan_table = read_only_table([self.tr("Unit"), self.tr("Owner"), self.tr("Building"), self.tr("Visited")])
        self.visits_table = read_only_table([self.tr("Date"), self.tr("Unit"), self.tr("Method"), self.tr("Visitor"),
                                             self.tr("Met"), self.tr("Issues")])  # fmt: skip
        self.issues_table = read_only_table([self.tr("Raised"), self.tr("Unit"), self.tr("Issue")])
        self.feedback_button = QPushButton(self.tr("Feedback given…"))
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Month")))
        top.addWidget(self.month_edit)
        top.addWidget(self.summary_label, 1)
        top.addWidget(self.export_button)
        top.addWidget(self.print_button)
        tabs = QTabWidget()
        for title, table, buttons in [
            (self.tr("Plan"), self.plan_table,
             [self.make_button, self.add_button, self.remove_button, self.approve_button, self.visit_button]),
            (self.tr("Visits this month"), self.visits_table, []),
            (self.tr("Issues waiting for feedback"), self.issues_table, [self.feedback_button]),
        ]:  # fmt: skip
            page = QWidget()
            page_layout = QVBoxLayout(page)
            page_layout.addWidget(table)
            page_layout.addLayout(button_row(buttons))
            tabs.addTab(page, title)
        self.tabs = tabs
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(tabs, 1)
        self.month_edit.dateChanged.connect(lambda _d: self.reload())
        self.make_button.clicked.connect(self.on_make_clicked)
        self.add_button.clicked.connect(self.on_add_clicked)
        self.remove_button.clicked.connect(self.on_remove_clicked)
        self.approve_button.clicked.connect(lambda: self._mutate(lambda db, a, m: visits.approve(db, a, m)))
        self.visit_button.clicked.connect(self.on_visit_clicked)
        self.feedback_button.clicked.connect(self.on_feedback_clicked)
        self.export_button.clicked.connect(self.on_export_clicked)
        self.print_button.clicked.connect(lambda: self.print_requested.emit("visit-report", self.month()))
        self.show_loaded(None, [], [], None)

    def month(self) -> str:
        return self.month_edit.date().toString("yyyy-MM")

    def reload(self) -> None:
        month = self.month()

        def job(db: Any) -> Any:
            return (month, visits.plan(db, month), visits.visits_of_month(db, month), visits.open_issues(db),
                    visits.report(db, month))  # fmt: skip

        self.desk.query(job, lambda found: self.show_loaded(*found[1:]) if found[0] == self.month() else None)

    def show_loaded(self, plan: VisitPlan | None, month_visits: list[Visit], issues: list[VisitIssue],
                    report: MonthReport | None) -> None:  # fmt: skip
        self.plan, self.visits, self.issues = plan, month_visits, issues
        units = plan.units if plan else ()
        self.plan_table.setRowCount(len(units))
        for row, u in enumerate(units):
            for column, value in enumerate([u.unit_code, u.owner_names, u.building, u.visited_on or ""]):
                self.plan_table.setItem(row, column, QTableWidgetItem(value))
        self.visits_table.setRowCount(len(month_visits))
        for row, v in enumerate(month_visits):
            issues_text = "；".join(f"{i.description}（{i.state}）" for i in v.issues)
            for column, value in enumerate([v.visited_on, v.unit_code, v.method, v.visitor, v.met, issues_text]):
                self.visits_table.setItem(row, column, QTableWidgetItem(value))
        self.issues_table.setRowCount(len(issues))
        for row, i in enumerate(issues):
            for column, value in enumerate([i.raised_on, i.unit_code, i.description]):
                self.issues_table.setItem(row, column, QTableWidgetItem(value))
        draft = plan is not None and plan.state == PlanState.DRAFT
        supervisor = self.desk.actor.can(Permission.REVIEW_SERVICE)
        self.make_button.setEnabled(report is not None and plan is None)
        self.add_button.setEnabled(draft and supervisor)
        self.remove_button.setEnabled(draft and supervisor)
        self.approve_button.setEnabled(draft and supervisor)
        self.visit_button.setEnabled(report is not None)
        self.feedback_button.setEnabled(bool(issues))
        self.print_button.setEnabled(report is not None)
        if report is None:
            self.summary_label.setText("")
            return
        target = -(-report.occupied * report.ratio_percent // 100)
        state = plan.state if plan else self.tr("no plan yet")
        self.summary_label.setText(
            self.tr("Plan: %1 households (%2); target %3 (%4 % of %5 occupied); visited %6 (%7); issues %8, fed back %9")
            .replace("%1", str(report.planned)).replace("%2", state).replace("%3", str(target))
            .replace("%4", str(report.ratio_percent)).replace("%5", str(report.occupied))
            .replace("%6", str(report.visited_total)).replace("%7", f"{report.ratio:.1%}")
            .replace("%8", str(report.issues_raised)).replace("%9", str(report.issues_fed_back)))  # fmt: skip

    def _mutate(self, use_case: Any) -> None:
        actor, month = self.desk.actor, self.month()
        self.desk.mutate(lambda db: use_case(db, actor, month), lambda _v: self.reload(), parent=self)

    def on_make_clicked(self) -> None:
        self._mutate(lambda db, a, m: visits.make_plan(db, a, m))

    def on_add_clicked(self) -> None:
        text = prompts.ask_text(self, self.tr("Add a household"), self.tr("Unit, e.g. 3-2-1502:"))
        if not text or not text.strip():
            return

        def use_case(db: Any, actor: Any, month: str) -> Any:
            hits = [h for h in search_units(db, text, limit=5) if h.matched.startswith("房号")]
            if not hits:
                from propdesk.core.errors import NotFound

                raise NotFound(f"找不到房号 {text.strip()}")
            return visits.adjust(db, actor, month, [hits[0].unit_id], [])

        self._mutate(use_case)

    def on_remove_clicked(self) -> None:
        row = self.plan_table.currentRow()
        if self.plan is None or not 0 <= row < len(self.plan.units):
            prompts.info(self, self.tr("Take out"), self.tr("First select the household in the plan."))
            return
        unit_id = self.plan.units[row].unit_id
        self._mutate(lambda db, a, m: visits.adjust(db, a, m, [], [unit_id]))

    def on_visit_clicked(self) -> None:
        from propdesk.qt.dialogs.visit_dialog import VisitDialog

        row = self.plan_table.currentRow()
        chosen = self.plan.units[row] if self.plan and 0 <= row < len(self.plan.units) else None
        if VisitDialog(self.desk, chosen, self).exec():
            self.reload()

    def on_feedback_clicked(self) -> None:
        row = self.issues_table.currentRow()
        if not 0 <= row < len(self.issues):
            prompts.info(self, self.tr("Feedback"), self.tr("First select the issue."))
            return
        issue = self.issues[row]
        text = prompts.ask_text(self, self.tr("Feedback"), self.tr("What was done and told back to the owner:"))
        if text and text.strip():
            actor = self.desk.actor
            self.desk.mutate(lambda db: visits.feed_back(db, actor, issue.id, text), lambda _v: self.reload(),
                             parent=self)  # fmt: skip

    def on_export_clicked(self) -> None:
        """The table on the page in front (plan, visits, or issues), exactly as shown."""
        from propdesk.qt.exports import offer_table_export

        table = [self.plan_table, self.visits_table, self.issues_table][self.tabs.currentIndex()]
        offer_table_export(self, self.desk, table, f"走访 {self.month()} {self.tabs.tabText(self.tabs.currentIndex())}")

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.reload()
