"""The 报表 area: the monthly workbook for head office — pick the month, save it where it should go; it is
made in the background with a progress bar (cancel stops it, nothing half-written is left) — and a
building's 一户一档, one PDF per unit, the same way."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from propdesk.core.progress import Cancelled, Progress
from propdesk.reports.monthly_xlsx import write_monthly
from propdesk.services.monthly_report import charts, monthly_report

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from propdesk.qt import prompts
from propdesk.qt.charts import BarChart
from propdesk.qt.desk import Desk
from propdesk.qt.progress import ProgressWatcher

SHEETS = "收费汇总、欠费明细、收款日报汇总、报修统计、投诉统计、装修台账、入伙进度、遗留工程台账、钥匙台账、走访月报"


class ReportsView(QWidget):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.month_edit = QDateEdit(QDate.currentDate().addMonths(-1))
        self.month_edit.setDisplayFormat("yyyy-MM")
        self.month_edit.setCalendarPopup(True)
        self.monthly_button = QPushButton(self.tr("Make the monthly workbook…"))
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.building_edit = QLineEdit()
        self.building_edit.setPlaceholderText(self.tr("Building, e.g. 3"))
        self.building_edit.setMaximumWidth(140)
        self.archive_button = QPushButton(self.tr("Unit archives of the building…"))
        self.archive_label = QLabel()
        self.archive_label.setWordWrap(True)
        intro = QLabel(self.tr("The monthly report for head office, one Excel workbook with these sheets: %1.")
                       .replace("%1", SHEETS))  # fmt: skip
        intro.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Month")))
        row.addWidget(self.month_edit)
        row.addWidget(self.monthly_button)
        row.addStretch(1)
        content = QWidget()
        scroll = QScrollArea()  # a community with many buildings makes a long chart: scroll, never grow the window
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)
        QVBoxLayout(self).addWidget(scroll)
        layout = QVBoxLayout(content)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.result_label)
        self.rate_chart = BarChart(self.tr("Collection rate of the month's bills, by building"))
        self.orders_chart = BarChart(self.tr("The month's work orders by state"))
        charts = QHBoxLayout()
        charts.addWidget(self.rate_chart, 1, Qt.AlignmentFlag.AlignTop)
        charts.addWidget(self.orders_chart, 1, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(charts)
        archive_intro = QLabel(
            self.tr(
                "一户一档: every unit of a building as its own PDF (bookmarked sections: owners, "
                "move-in, keys, renovations, repairs, complaints, account, printed documents)."
            )
        )
        archive_intro.setWordWrap(True)
        layout.addWidget(archive_intro)
        archive_row = QHBoxLayout()
        archive_row.addWidget(QLabel(self.tr("Building")))
        archive_row.addWidget(self.building_edit)
        archive_row.addWidget(self.archive_button)
        archive_row.addStretch(1)
        layout.addLayout(archive_row)
        layout.addWidget(self.archive_label)
        layout.addStretch(1)
        self.monthly_button.clicked.connect(self.on_monthly_clicked)
        self.month_edit.dateChanged.connect(lambda _date: self.show_charts())
        self.archive_button.clicked.connect(self.on_archive_clicked)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.show_charts()

    def show_charts(self) -> None:
        month = self.month()

        def shown(found: Any) -> None:
            if month != self.month():
                return
            rates, states = found
            self.rate_chart.set_bars([(f"{b} 号楼", r or 0.0, f"{r:.1%}" if r is not None else "—") for b, r in rates],
                                     top=1.0)  # fmt: skip
            self.orders_chart.set_bars([(state, float(count), str(count)) for state, count in states])

        self.desk.query(lambda db: charts(db, month), shown)

    def month(self) -> str:
        return self.month_edit.date().toString("yyyy-MM")

    def on_monthly_clicked(self) -> None:
        month = self.month()
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save the monthly workbook"), f"月度报表 {month}.xlsx",
                                              "Excel (*.xlsx)")  # fmt: skip
        if name:
            self.make_monthly(month, Path(name))

    def make_monthly(self, month: str, path: Path) -> None:
        progress = Progress(message=self.tr("Counting…"))
        watcher = ProgressWatcher(progress, self.tr("Monthly workbook"), self)
        self.monthly_button.setEnabled(False)

        def job(db: Any) -> Any:
            report = monthly_report(db, month, progress)
            progress.step(len(report.sheets), len(report.sheets), "正在写入 Excel")
            write_monthly(path, report)
            return report

        def done(report: Any) -> None:
            watcher.finish()
            self.monthly_button.setEnabled(True)
            self.result_label.setText(self.tr("Saved the %1 workbook (%2 sheets) to %3")
                                      .replace("%1", report.month).replace("%2", str(len(report.sheets)))
                                      .replace("%3", str(path)))  # fmt: skip

        def failed(exc: BaseException) -> None:
            watcher.finish()
            self.monthly_button.setEnabled(True)
            prompts.show_exception(self, exc)

        self.desk.query(job, done, failed)

    def on_archive_clicked(self) -> None:
        building = self.building_edit.text().strip()
        if not building:
            prompts.info(self, self.tr("Unit archives"), self.tr("Type the building first."))
            return
        folder = QFileDialog.getExistingDirectory(self, self.tr("Save the archives in"))
        if folder:
            self.make_archives(building, Path(folder))

    def make_archives(self, building: str, folder: Path) -> None:
        """One PDF per unit, each written whole (a cancel keeps those finished, never half a file)."""
        from propdesk.documents.unit_archive import archive_units, build_archive

        progress = Progress(message=self.tr("Collecting…"))
        watcher = ProgressWatcher(progress, self.tr("Unit archives"), self)
        self.archive_button.setEnabled(False)
        actor = self.desk.actor

        written: list[str] = []

        def job(db: Any) -> int:
            found = archive_units(db, building)
            for index, (unit_id, code) in enumerate(found):
                progress.step(index, len(found), f"{code}（{index + 1}/{len(found)}）")
                target = folder / f"{code} 房屋档案.pdf"
                partial = target.with_name(f".{target.name}.partial")
                partial.write_bytes(build_archive(db, actor, unit_id))
                partial.replace(target)
                written.append(code)
            return len(found)

        def done(count: int) -> None:
            watcher.finish()
            self.archive_button.setEnabled(True)
            self.archive_label.setText(self.tr("Saved %1 unit archives to %2").replace("%1", str(count))
                                       .replace("%2", str(folder)))  # fmt: skip

        def failed(exc: BaseException) -> None:
            watcher.finish()
            self.archive_button.setEnabled(True)
            if isinstance(exc, Cancelled):  # the files finished before the cancel are whole and kept
                self.archive_label.setText(self.tr("Cancelled: %1 unit archives were saved to %2")
                                           .replace("%1", str(len(written))).replace("%2", str(folder)))  # fmt: skip
                return
            prompts.show_exception(self, exc)

        self.desk.query(job, done, failed)
