"""今日: the desk's start page. Later areas add their due lists (overdue orders, callbacks …)."""

from __future__ import annotations

from propdesk.core.changes import Changes
from propdesk.core.start_values import UnitState
from propdesk.services.today import TodaySummary, today_summary

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from propdesk.qt.charts import BarChart
from propdesk.qt.desk import Desk
from propdesk.qt.entity_names import entity_name
from propdesk.qt.tables import bulk_fill


def _link(view: str, count: int, alarming: bool | None = None) -> str:
    """A figure as a link to the list behind it, red when it is a warning and not zero."""
    warning = alarming if alarming is not None else view in ("逾期", "需沟通记录")
    colour = "#b3261e" if count and warning else "#1a5fb4"
    return f"<a href='{view}' style='color:{colour}'>{count}</a>"


class TodayView(QWidget):
    loaded = Signal()
    service_requested = Signal(str)  # a view of the work-order list: 待派工, 逾期, 待回访, 需沟通记录

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.summary: TodaySummary | None = None
        self.title_label = QLabel()
        self.title_label.setStyleSheet("font-size: 20px; font-weight: bold;")
        self.unclosed_label = QLabel()
        self.unclosed_label.setWordWrap(True)
        self.unclosed_label.setStyleSheet(
            "color: #b3261e; background: #fdecea; border: 1px solid #f4c7c3; padding: 6px; font-size: 14px;"
        )
        self.unclosed_label.hide()
        self.keys_label = QLabel()
        self.keys_label.setWordWrap(True)
        self.keys_label.setStyleSheet(self.unclosed_label.styleSheet())
        self.keys_label.hide()
        self.defects_label = QLabel()
        self.defects_label.setWordWrap(True)
        self.defects_label.setStyleSheet(
            "background: #fff8e1; border: 1px solid #ffe082; padding: 6px; font-size: 14px;"
        )
        self.defects_label.hide()
        self.renovations_label = QLabel()
        self.renovations_label.setWordWrap(True)
        self.renovations_label.setStyleSheet(self.defects_label.styleSheet())
        self.renovations_label.hide()
        self.repairs_label = QLabel()
        self.repairs_label.setWordWrap(True)
        self.repairs_label.setStyleSheet(self.defects_label.styleSheet())
        self.repairs_label.linkActivated.connect(self.service_requested)
        self.complaints_label = QLabel()
        self.complaints_label.setWordWrap(True)
        self.complaints_label.setStyleSheet(self.defects_label.styleSheet())
        self.complaints_label.linkActivated.connect(self.service_requested)
        self.visits_label = QLabel()
        self.visits_label.setWordWrap(True)
        self.visits_label.setStyleSheet(self.defects_label.styleSheet())
        self.visits_label.linkActivated.connect(self.service_requested)
        self.orders_chart = BarChart(self.tr("This month's repair calls by state"))
        self.figures_layout = QGridLayout()
        figures_box = QGroupBox(self.tr("Units at a glance"))
        figures_box.setLayout(self.figures_layout)
        self.recent_table = QTableWidget(0, 4)
        self.recent_table.setHorizontalHeaderLabels(
            [self.tr("Time"), self.tr("Clerk"), self.tr("Record"), self.tr("Action")]
        )
        self.recent_table.verticalHeader().hide()
        self.recent_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.recent_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.recent_table.horizontalHeader().setStretchLastSection(True)
        recent_box = QGroupBox(self.tr("Recent changes"))
        recent_layout = QVBoxLayout(recent_box)
        recent_layout.addWidget(self.recent_table)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addWidget(self.unclosed_label)
        layout.addWidget(self.keys_label)
        layout.addWidget(self.defects_label)
        layout.addWidget(self.renovations_label)
        layout.addWidget(self.repairs_label)
        layout.addWidget(self.complaints_label)
        layout.addWidget(self.visits_label)
        middle = QHBoxLayout()  # the chart beside the figures: the view must fit a 768-pixel-high screen
        middle.addWidget(figures_box, 3)
        middle.addWidget(self.orders_chart, 2, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(middle)
        layout.addWidget(recent_box, 1)
        self.desk.changed.connect(self.on_desk_changed)

    def refresh(self) -> None:
        self.desk.query(today_summary, self.set_summary)

    def show_repairs(self, counts: dict[str, int]) -> None:
        """Each figure a link to the list behind it."""
        link = _link
        self.repairs_label.setText(
            self.tr("Repairs: %1 waiting to be dispatched, %2 overdue, %3 waiting for the callback, %4 open 3 days "
                    "without a note (%5 open in all).").replace("%1", link("待派工", counts.get("new", 0)))
            .replace("%2", link("逾期", counts.get("overdue", 0))).replace("%3", link("待回访", counts.get("callbacks", 0)))
            .replace("%4", link("需沟通记录", counts.get("needs_note", 0))).replace("%5", str(counts.get("open", 0))))  # fmt: skip

    def show_complaints(self, counts: dict[str, int]) -> None:
        self.complaints_label.setText(
            self.tr("Complaints: %1 waiting for a response (%2 late), %3 past the deadline, %4 due within 24 hours, "
                    "%5 at risk of a group complaint, %6 waiting for the callback.")
            .replace("%1", _link("投诉:待处理", counts.get("new", 0)))
            .replace("%2", _link("投诉:待处理", counts.get("response_overdue", 0), True))
            .replace("%3", _link("投诉:已超期", counts.get("overdue", 0), True))
            .replace("%4", _link("投诉:临近期限", counts.get("near", 0)))
            .replace("%5", _link("投诉:群诉风险", counts.get("group_risk", 0), True))
            .replace("%6", _link("投诉:待回访", counts.get("callbacks", 0))))  # fmt: skip

    def show_visits(self, figures: dict[str, int], follow_ups: dict[str, int] | None = None) -> None:
        text = (self.tr("Visits this month: %1 of %2 planned households visited, %3 issues waiting for feedback.")
                .replace("%1", str(figures.get("visited", 0))).replace("%2", _link("走访", figures.get("planned", 0)))
                .replace("%3", _link("走访", figures.get("issues_open", 0), True)))  # fmt: skip
        if follow_ups and follow_ups.get("open"):  # the same line: the view must fit a 768-pixel-high screen
            text += (
                self.tr(" Follow-ups: %1 open (%2 overdue).")
                .replace("%1", _link("跟进", follow_ups["open"]))
                .replace("%2", _link("跟进", follow_ups.get("overdue", 0), True))
            )
        self.visits_label.setText(text)

    def on_desk_changed(self, changes: Changes) -> None:
        if self.isVisible():
            self.refresh()

    def set_summary(self, summary: TodaySummary) -> None:
        self.summary = summary
        self.title_label.setText(self.tr("%1 · Today").replace("%1", summary.community.office_title))
        days = "、".join(f"{cashier} {day}" for cashier, day in summary.unclosed_days[:8])
        more = len(summary.unclosed_days) - 8
        self.unclosed_label.setText(
            self.tr(
                "Days with payments not closed yet: %1. The cashier closes them under Fees → Daily close (Ctrl+Shift+D)."
            ).replace("%1", days + (self.tr(" and %1 more").replace("%1", str(more)) if more > 0 else ""))
        )
        self.unclosed_label.setVisible(bool(summary.unclosed_days))
        late = "、".join(f"{k['number']}（{k['unit_code']}，{k['taken_by']}，应还 {k['due_back']}）"
                        for k in summary.overdue_keys[:6])  # fmt: skip
        self.keys_label.setText(self.tr("Keys not back in time: %1. Call whoever took them.").replace("%1", late))
        self.keys_label.setVisible(bool(summary.overdue_keys))
        waiting, overdue = summary.defects.get("new", 0), summary.defects.get("overdue", 0)
        self.defects_label.setText(
            self.tr("Defects: %1 to pass to the developer today, %2 past their deadline (Move-in → Defect ledger).")
            .replace("%1", str(waiting)).replace("%2", str(overdue)))  # fmt: skip
        self.defects_label.setVisible(bool(waiting or overdue))
        reno = summary.renovations
        self.renovations_label.setText(
            self.tr("Renovation: %1 applications waiting for review (%2 past the deadline), %3 permits ending within "
                    "3 days, %4 not patrolled today, %5 rectifications past their deadline, %6 worker passes not "
                    "handed back, %7 waiting for acceptance, %8 deposits to settle (Renovation).")
            .replace("%1", str(reno.get("waiting_review", 0)))
            .replace("%2", str(reno.get("review_overdue", 0))).replace("%3", str(reno.get("ending", 0)))
            .replace("%4", str(reno.get("unpatrolled", 0))).replace("%5", str(reno.get("violations_overdue", 0)))
            .replace("%6", str(reno.get("passes_overdue", 0))).replace("%7", str(reno.get("waiting_acceptance", 0)))
            .replace("%8", str(reno.get("to_settle", 0))))  # fmt: skip
        self.renovations_label.setVisible(any(reno.get(k) for k in ("waiting_review", "ending", "unpatrolled",
                                                                    "violations_overdue", "passes_overdue")))  # fmt: skip
        self.show_repairs(summary.work_orders)
        self.show_complaints(summary.complaints)
        self.show_visits(summary.visits, summary.follow_ups)
        self.orders_chart.set_bars([(state, float(count), str(count)) for state, count in summary.orders_by_state])
        self.orders_chart.setVisible(bool(summary.orders_by_state))
        while self.figures_layout.count():
            item = self.figures_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        tiles = [
            (self.tr("Units"), summary.counts["units"]),
            (self.tr("Owners"), summary.counts["owners"]),
            (self.tr("Residents"), summary.counts["residents"]),
            (self.tr("Vehicles"), summary.counts["vehicles"]),
        ]
        tiles += [(state.value, summary.by_state.get(state.value, 0)) for state in UnitState]
        for index, (label, value) in enumerate(tiles):
            self.figures_layout.addWidget(self._tile(label, value), index // 5, index % 5)
        with bulk_fill(self.recent_table):
            self.recent_table.setRowCount(len(summary.recent))
            for row, entry in enumerate(summary.recent):
                cells = [entry.at, entry.author, entity_name(entry.entity), entry.summary or entry.action]
                for col, text in enumerate(cells):
                    self.recent_table.setItem(row, col, QTableWidgetItem(text))
        self.loaded.emit()

    @staticmethod
    def _tile(label: str, value: int) -> QFrame:
        frame = QFrame()
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(frame)
        number = QLabel(f"{value:,}")
        number.setStyleSheet("font-size: 22px; font-weight: bold; color: #1a5fb4;")
        number.setAlignment(Qt.AlignmentFlag.AlignCenter)
        caption = QLabel(label)
        caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(number)
        layout.addWidget(caption)
        return frame
