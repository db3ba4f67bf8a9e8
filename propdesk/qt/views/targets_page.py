"""主管工作台 › 指标: a month's targets from the seed (回访率, 走访比例, 投诉时限, 三天沟通记录, 遗留工程转交, 收缴率,
装修巡查, 日结, 入伙资料), each with its actual figure, the records counted, and a coloured light."""

from __future__ import annotations

from typing import Any

from propdesk.core.supervisor import Figure, Light
from propdesk.services import supervisor_desk

from PySide6.QtCore import QDate, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QDateEdit, QHBoxLayout, QLabel, QPushButton, QTableWidgetItem, QVBoxLayout, QWidget

from propdesk.qt.charts import BarChart
from propdesk.qt.desk import Desk
from propdesk.qt.tables import read_only_table

COLOURS = {Light.GREEN: "#d7f0dc", Light.AMBER: "#fff1c2", Light.RED: "#fbd3d0", Light.NONE: "#eeeeee"}


# where the records behind a figure are listed
RECORDS = {"repair_callbacks": "待回访", "repair_on_time": "逾期", "repair_notes": "需沟通记录",
           "complaint_callbacks": "投诉:待回访", "complaint_response": "投诉:待处理", "complaint_resolution": "投诉:已超期",
           "visit_feedback": "走访", "visit_ratio": "走访", "visit_repeats": "走访",
           # the other areas' lists: arrears (and the day close), the move-ins and their defect ledger, the patrols
           "collection_rate": "area:billing", "unclosed_days": "area:billing", "move_in_documents": "area:move_in:0",
           "defects_next_day": "area:move_in:1", "patrol_coverage": "area:renovation:0"}  # fmt: skip


class TargetsPage(QWidget):
    records_requested = Signal(str)  # a view of the 客服 lists (as the today view's links)

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.figures: list[Figure] = []
        self.month_edit = QDateEdit(QDate.currentDate())
        self.month_edit.setDisplayFormat("yyyy-MM")
        self.month_edit.setCalendarPopup(True)
        self.summary_label = QLabel()
        self.table = read_only_table([self.tr("Target"), self.tr("Actual"), self.tr("Goal"), self.tr("Counted"),
                                      self.tr("State"), self.tr("From the seed")])  # fmt: skip
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Month")))
        top.addWidget(self.month_edit)
        top.addWidget(self.summary_label, 1)
        self.goals_button = QPushButton(self.tr("Targets…"))
        self.goals_button.clicked.connect(self.on_goals_clicked)
        top.addWidget(self.goals_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        self.trend_chart = BarChart(self.tr("Last 12 months"))
        layout.addWidget(self.trend_chart)
        self.trends: list[tuple[str, list[Figure]]] = []
        self.month_edit.dateChanged.connect(lambda _date: self.reload())
        self.table.currentCellChanged.connect(lambda *_: self.show_trend())
        self.table.doubleClicked.connect(lambda _index: self.open_records())

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.reload()

    def month(self) -> str:
        return self.month_edit.date().toString("yyyy-MM")

    def reload(self) -> None:
        month = self.month()

        def shown(found: tuple[str, list[tuple[str, list[Figure]]]]) -> None:
            if found[0] == self.month():
                self.trends = found[1]
                self.show_figures(found[1][-1][1])
                self.show_trend()

        self.desk.query(lambda db: (month, supervisor_desk.trend(db, month)), shown)

    def show_trend(self) -> None:
        row = self.table.currentRow()
        if not self.trends or not 0 <= row < len(self.figures):
            self.trend_chart.set_bars([])
            return
        target = self.figures[row].target
        bars = []
        for month, figures in self.trends:
            f = figures[row]
            if target.at_most:
                bars.append((month, float(f.total), str(f.total)))
            else:
                bars.append((month, f.actual or 0.0, f"{f.actual:.1%}" if f.actual is not None else "—"))
        self.trend_chart.title = self.tr("%1, last 12 months").replace("%1", target.name)
        # a rate is drawn against the larger of its goal and its best month, so 8 % still shows
        self.trend_chart.set_bars(bars, None if target.at_most else max([target.goal, *(v for _, v, _ in bars)]))

    def on_goals_clicked(self) -> None:
        from propdesk.qt.dialogs.goals_dialog import GoalsDialog

        def opened(found: Any) -> None:
            if GoalsDialog(self.desk, found, self).exec():
                self.reload()

        self.desk.query(supervisor_desk.targets, opened)

    def open_records(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.figures) and self.figures[row].target.key in RECORDS:
            self.records_requested.emit(RECORDS[self.figures[row].target.key])

    def show_figures(self, figures: list[Figure]) -> None:
        self.figures = figures
        self.table.setRowCount(len(figures))
        for row, f in enumerate(figures):
            t = f.target
            if t.at_most:
                actual, goal, counted = f"{f.total}", f"≤ {int(t.goal)}", ""
            else:
                actual = f"{f.actual:.1%}" if f.actual is not None else "—"
                goal, counted = f"≥ {t.goal:.0%}", f"{f.done} / {f.total}"
                if t.key == "collection_rate":  # money: the month's own bills collected / billed, in 元
                    counted = f"¥{f.done / 100:,.2f} / ¥{f.total / 100:,.2f}"
            for column, value in enumerate([t.name, actual, goal, counted, f.light.value, t.source]):
                item = QTableWidgetItem(value)
                if column == 4:
                    item.setBackground(QColor(COLOURS[f.light]))
                self.table.setItem(row, column, item)
        reds = sum(1 for f in figures if f.light == Light.RED)
        greens = sum(1 for f in figures if f.light == Light.GREEN)
        self.summary_label.setText(self.tr("%1 met, %2 not met").replace("%1", str(greens)).replace("%2", str(reds)))
