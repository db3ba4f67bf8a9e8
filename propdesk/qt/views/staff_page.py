"""主管工作台 › 行为规范 (BI): the month's observations of each staff member against the standards, and each
person's month (checks, met, what fell short). Supervisors only: the services refuse anyone else."""

from __future__ import annotations

from typing import Any

from propdesk.core.staff_quality import Observation, StaffMonth
from propdesk.services import staff_quality

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTableWidgetItem, QVBoxLayout, QWidget

from propdesk.qt.desk import Desk
from propdesk.qt.tables import read_only_table, table_group
from propdesk.qt.views.month_page import MonthPage

_SHORT = QColor("#fbd3d0")


class StaffPage(MonthPage):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(desk, parent=parent)
        self.record_button = QPushButton(self.tr("Record a check… (Ctrl+N)"))
        self.record_button.setShortcut("Ctrl+N")
        self.export_button = QPushButton(self.tr("Export to Excel…"))
        self.summary = read_only_table([self.tr("Staff"), self.tr("Checks"), self.tr("Met"), self.tr("Rate"),
                                        self.tr("Fell short on")])  # fmt: skip
        self.observations = read_only_table([self.tr("Date"), self.tr("Staff"), self.tr("Standard"), self.tr("Method"),
                                             self.tr("Result"), self.tr("Observer"), self.tr("What was seen")])  # fmt: skip
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Month")))
        top.addWidget(self.month_edit)
        top.addStretch(1)
        top.addWidget(self.record_button)
        top.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(table_group(self.tr("Each person's month"), self.summary, []), 1)
        layout.addWidget(table_group(self.tr("Observations"), self.observations, []), 2)
        self.record_button.clicked.connect(self.on_record_clicked)
        self.export_button.clicked.connect(self.on_export_clicked)

    def reload(self) -> None:
        month, actor = self.month(), self.desk.actor

        def job(db: Any) -> Any:
            return month, staff_quality.summary(db, actor, month), staff_quality.observations(db, actor, month)

        self.desk.query(job, lambda found: self.show_month(*found[1:]) if found[0] == self.month() else None)

    def show_month(self, summary: list[StaffMonth], observations: list[Observation]) -> None:
        self.summary.setRowCount(len(summary))
        for row, s in enumerate(summary):
            rate = f"{s.rate:.0%}" if s.rate is not None else "—"
            for column, value in enumerate(
                [s.staff, str(s.checks), str(s.passed), rate, "、".join(s.failed_standards)]
            ):
                self.summary.setItem(row, column, QTableWidgetItem(value))
        self.observations.setRowCount(len(observations))
        for row, o in enumerate(observations):
            cells = [o.observed_on, o.staff, o.standard, o.method, self.tr("met") if o.passed else self.tr("short"),
                     o.observer, o.note]  # fmt: skip
            for column, value in enumerate(cells):
                item = QTableWidgetItem(value)
                if not o.passed:
                    item.setBackground(_SHORT)
                self.observations.setItem(row, column, item)

    def on_record_clicked(self) -> None:
        from propdesk.qt.dialogs.staff_dialog import StaffObservationDialog

        actor = self.desk.actor

        def opened(names: list[str]) -> None:
            if StaffObservationDialog(self.desk, names, self).exec():
                self.reload()

        self.desk.query(lambda db: staff_quality.staff_names(db, actor), opened)

    def on_export_clicked(self) -> None:
        from propdesk.qt.exports import offer_table_export

        table = self.observations if self.observations.hasFocus() else self.summary
        title = f"行为规范 {self.month()} {'检查记录' if table is self.observations else '人员汇总'}"
        offer_table_export(self, self.desk, table, title)
