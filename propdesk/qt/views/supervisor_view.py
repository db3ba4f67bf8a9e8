"""主管工作台 (supervisors only): the month's targets, the spot checks, the department plan and the staff
register, one tab each."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from propdesk.qt.desk import Desk
from propdesk.qt.views.plan_page import PlanPage
from propdesk.qt.views.spot_check_page import SpotCheckPage
from propdesk.qt.views.staff_page import StaffPage
from propdesk.qt.views.targets_page import TargetsPage


class SupervisorView(QWidget):
    records_requested = Signal(str)  # a view of another area's list (as the today view's links)
    print_requested = Signal(str, str)

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.targets = TargetsPage(desk)
        self.targets.records_requested.connect(self.records_requested)
        self.spot_checks = SpotCheckPage(desk)
        self.plan = PlanPage(desk)
        self.staff = StaffPage(desk)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.targets, self.tr("Targets"))
        self.tabs.addTab(self.spot_checks, self.tr("Spot checks"))
        self.tabs.addTab(self.plan, self.tr("Department plan"))
        self.tabs.addTab(self.staff, self.tr("Staff conduct"))
        for page in (self.spot_checks, self.plan, self.staff):
            page.print_requested.connect(self.print_requested)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    def month(self) -> str:
        return self.targets.month()
