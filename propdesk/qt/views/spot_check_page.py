"""主管工作台 › 抽查: a month's sample (drawn once the month has ended, never re-drawn), each sampled record
with its check, the counts by kind, and the 抽查记录表 to print."""

from __future__ import annotations

from typing import Any

from propdesk.core.spot_checks import DEFAULT_RATIO_PERCENT, FollowUp, Kind, SpotCheck, SpotItem
from propdesk.services import spot_checks

from PySide6.QtCore import QDate
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTableWidgetItem, QVBoxLayout, QWidget

from propdesk.qt import prompts
from propdesk.qt.desk import Desk
from propdesk.qt.tables import button_row, read_only_table
from propdesk.qt.views.month_page import MonthPage

_FAILED = QColor("#fbd3d0")


class SpotCheckPage(MonthPage):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(desk, 1, parent)
        self.sample: SpotCheck | None = None
        self.follow_up_of: dict[int, FollowUp] = {}
        self.ratio = DEFAULT_RATIO_PERCENT
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.draw_button = QPushButton(self.tr("Draw the sample"))
        self.ratio_button = QPushButton(self.tr("Ratio…"))
        self.export_button = QPushButton(self.tr("Export to Excel…"))
        self.print_button = QPushButton(self.tr("Print the spot-check sheet"))
        self.check_button = QPushButton(self.tr("Record the check…"))
        self.table = read_only_table([self.tr("Kind"), self.tr("Record"), self.tr("Method"), self.tr("Archive"),
                                      self.tr("Result"), self.tr("Problem found"), self.tr("Follow-up"),
                                      self.tr("Checked by")])  # fmt: skip
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Month")))
        top.addWidget(self.month_edit)
        top.addStretch(1)
        for button in (self.draw_button, self.ratio_button, self.export_button, self.print_button):
            top.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(button_row([self.check_button]))
        self.draw_button.clicked.connect(self.on_draw_clicked)
        self.ratio_button.clicked.connect(self.on_ratio_clicked)
        self.check_button.clicked.connect(self.on_check_clicked)
        self.table.doubleClicked.connect(lambda _i: self.on_check_clicked())
        self.export_button.clicked.connect(self.on_export_clicked)
        self.print_button.clicked.connect(lambda: self.print_requested.emit("spot-check", self.month()))
        self.show_sample(None, self.ratio)

    def reload(self) -> None:
        month = self.month()

        def job(db: Any) -> Any:
            sample = spot_checks.get(db, month)
            follow_ups = spot_checks.follow_ups(db, ids=[i.follow_up_id for i in sample.items]) if sample else []
            return month, sample, spot_checks.ratio_percent(db), {f.id: f for f in follow_ups}

        self.desk.query(job, lambda found: self.show_sample(*found[1:]) if found[0] == self.month() else None)

    def show_sample(self, sample: SpotCheck | None, ratio: int, follow_ups: dict[int, FollowUp] | None = None) -> None:
        self.sample, self.ratio, self.follow_up_of = sample, ratio, follow_ups or {}
        items = sample.items if sample else ()
        self.table.setRowCount(len(items))
        for row, item in enumerate(items):
            for column, value in enumerate(self._cells(item)):
                cell = QTableWidgetItem(value)
                if item.result == "不合格":
                    cell.setBackground(_FAILED)
                self.table.setItem(row, column, cell)
        self.draw_button.setEnabled(sample is None and self.month() < QDate.currentDate().toString("yyyy-MM"))
        for button in (self.check_button, self.export_button, self.print_button):
            button.setEnabled(bool(items))
        if sample is None:
            self.summary_label.setText(self.tr("No sample drawn for this month yet (%1 % of the month's closed repairs, "
                                               "complaints and new archives).").replace("%1", str(ratio)))  # fmt: skip
            return
        parts = []
        for kind in Kind:
            population, sampled, checked, failed = sample.counts(kind.value)
            parts.append(self.tr("%1 %2 of %3, checked %4, failed %5").replace("%1", kind.value)
                         .replace("%2", str(sampled)).replace("%3", str(population)).replace("%4", str(checked))
                         .replace("%5", str(failed)))  # fmt: skip
        drawn = self.tr("Drawn by %1 on %2 (%3 %)").replace("%1", sample.drawn_by).replace("%2", sample.drawn_at[:16])
        self.summary_label.setText(f"{drawn.replace('%3', str(sample.ratio_percent))}；{'；'.join(parts)}")

    def _cells(self, item: SpotItem) -> list[str]:
        archive = "" if item.archive_complete is None else (self.tr("complete") if item.archive_complete
                                                            else self.tr("incomplete"))  # fmt: skip
        found = self.follow_up_of.get(item.follow_up_id or 0)
        follow = f"{found.assignee}（{found.state}）" if found else ""
        checked = f"{item.checked_by} {(item.checked_at or '')[:16]}" if item.checked else ""
        return [item.kind, item.label, item.method, archive, item.result or self.tr("not checked"), item.problem,
                follow, checked]  # fmt: skip

    def current_item(self) -> SpotItem | None:
        row = self.table.currentRow()
        return self.sample.items[row] if self.sample and 0 <= row < len(self.sample.items) else None

    def on_draw_clicked(self) -> None:
        month, actor = self.month(), self.desk.actor
        if not prompts.confirm(self, self.tr("Draw the sample"),
                               self.tr("Draw %1 % of %2's closed records? The sample is kept and cannot be drawn "
                                       "again.").replace("%1", str(self.ratio)).replace("%2", month)):  # fmt: skip
            return
        self.desk.mutate(lambda db: spot_checks.draw_sample(db, actor, month), lambda _v: self.reload(), parent=self)

    def on_ratio_clicked(self) -> None:
        text = prompts.ask_text(self, self.tr("Spot-check ratio"), self.tr("Percent of each month's records to check:"))
        if text is None:
            return
        actor = self.desk.actor
        percent = int(text) if text.strip().isdecimal() else 0
        self.desk.mutate(lambda db: spot_checks.save_ratio_percent(db, actor, percent), lambda _v: self.reload(),
                         parent=self)  # fmt: skip

    def on_check_clicked(self) -> None:
        from propdesk.qt.dialogs.spot_check_dialog import SpotCheckDialog

        item = self.current_item()
        if item is None:
            prompts.info(self, self.tr("Record the check"), self.tr("First select the record in the sample."))
            return
        if item.checked:
            prompts.info(self, self.tr("Record the check"), self.tr("%1 was checked by %2 on %3.")
                         .replace("%1", item.label).replace("%2", item.checked_by or "")
                         .replace("%3", (item.checked_at or "")[:16]))  # fmt: skip
            return

        def opened(names: list[str]) -> None:
            if SpotCheckDialog(self.desk, item, names, self).exec():
                self.reload()

        actor = self.desk.actor
        from propdesk.services import staff_quality

        self.desk.query(lambda db: staff_quality.staff_names(db, actor), opened)

    def on_export_clicked(self) -> None:
        from propdesk.qt.exports import offer_table_export

        offer_table_export(self, self.desk, self.table, f"抽查 {self.month()}")
