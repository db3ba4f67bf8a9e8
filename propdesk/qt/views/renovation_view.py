"""The 装修 area: the renovation ledger (装修台账) — filtered by state, building, reviews past their
deadline and permits ending within three days — with Excel export; Enter opens the unit's 装修 tab."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from propdesk.core.renovation import PatrolListRow, Renovation, RenovationState
from propdesk.services import patrols, renovations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from propdesk.qt import prompts
from propdesk.qt.desk import Desk
from propdesk.qt.exports import export_shown, offer_table_export
from propdesk.qt.tables import read_only_table


class RenovationView(QWidget):
    unit_activated = Signal(int)
    print_requested = Signal(str, str)

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.rows: list[Renovation] = []
        self.state_box = QComboBox()
        self.state_box.addItem(self.tr("All states"), "")
        for state in RenovationState:
            self.state_box.addItem(state.value, state.value)
        self.building_edit = QLineEdit()
        self.building_edit.setPlaceholderText(self.tr("Building, empty: all"))
        self.building_edit.setMaximumWidth(140)
        self.overdue_check = QCheckBox(self.tr("Review overdue"))
        self.ending_check = QCheckBox(self.tr("Permit ends within 3 days"))
        self.unpatrolled_check = QCheckBox(self.tr("Not patrolled today"))
        self.violations_check = QCheckBox(self.tr("Violations open"))
        self.summary_label = QLabel()
        self.export_button = QPushButton(self.tr("Export to Excel…"))
        self.headers = [self.tr("Unit"), self.tr("Owner"), self.tr("State"), self.tr("Permit"), self.tr("Start"),
                        self.tr("End"), self.tr("Contractor"), self.tr("Foreman"), self.tr("Applied"),
                        self.tr("Review by"), self.tr("Fees owed")]  # fmt: skip
        self.table = read_only_table(self.headers)
        # today's patrol list
        self.patrol_rows: list[PatrolListRow] = []
        self.patrol_table = read_only_table([self.tr("Unit"), self.tr("Contractor"), self.tr("Foreman"),
                                             self.tr("Patrolled today"), self.tr("Last patrol"),
                                             self.tr("Open violations"), self.tr("Permit ends")])  # fmt: skip
        self.patrol_label = QLabel()
        self.patrol_button = QPushButton(self.tr("Patrol the selected…"))
        filters = QHBoxLayout()
        for widget in (self.state_box, QLabel(self.tr("Building")), self.building_edit, self.overdue_check,
                       self.ending_check, self.unpatrolled_check, self.violations_check):  # fmt: skip
            filters.addWidget(widget)
        filters.addWidget(self.summary_label, 1)
        filters.addWidget(self.export_button)
        ledger_tab = QWidget()
        ledger_layout = QVBoxLayout(ledger_tab)
        ledger_layout.addLayout(filters)
        ledger_layout.addWidget(self.table)
        patrol_tab = QWidget()
        patrol_layout = QVBoxLayout(patrol_tab)
        patrol_top = QHBoxLayout()
        patrol_top.addWidget(self.patrol_label, 1)
        patrol_top.addWidget(self.patrol_button)
        self.patrol_export_button = QPushButton(self.tr("Export to Excel…"))
        self.patrol_export_button.clicked.connect(
            lambda: offer_table_export(self, self.desk, self.patrol_table, f"今日巡查清单 {dt.date.today()}")
        )
        patrol_top.addWidget(self.patrol_export_button)
        patrol_layout.addLayout(patrol_top)
        patrol_layout.addWidget(self.patrol_table)
        self.tabs = QTabWidget()
        self.tabs.addTab(patrol_tab, self.tr("Today's patrol (日检巡查)"))
        self.tabs.addTab(ledger_tab, self.tr("Renovation ledger (装修台账)"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        self.patrol_button.clicked.connect(self.on_patrol_clicked)
        self.patrol_table.doubleClicked.connect(self.on_patrol_clicked)
        self.state_box.currentIndexChanged.connect(self.reload)
        self.building_edit.returnPressed.connect(self.reload)
        self.overdue_check.toggled.connect(self.reload)
        self.ending_check.toggled.connect(self.reload)
        self.unpatrolled_check.toggled.connect(self.reload)
        self.violations_check.toggled.connect(self.reload)
        self.table.doubleClicked.connect(self.on_row_activated)
        self.export_button.clicked.connect(self.on_export_clicked)
        desk.changed.connect(lambda _changes: self.reload() if self.isVisible() else None)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.reload()

    def reload(self, *_args: object) -> None:
        today = dt.date.today()
        state, building = str(self.state_box.currentData() or ""), self.building_edit.text()
        overdue = today if self.overdue_check.isChecked() else None
        ending = today + dt.timedelta(days=3) if self.ending_check.isChecked() else None
        unpatrolled = today if self.unpatrolled_check.isChecked() else None
        with_violations = self.violations_check.isChecked()

        def job(db: Any) -> Any:
            return (renovations.ledger(db, state, building, overdue, ending, unpatrolled, with_violations),
                    renovations.counts(db, today),
                    patrols.patrol_list(db, today))  # fmt: skip

        self.desk.query(job, self._loaded)

    def _loaded(self, result: tuple[list[Renovation], dict[str, int], list[PatrolListRow]]) -> None:
        self.rows, counts, self.patrol_rows = result
        self.patrol_table.setRowCount(len(self.patrol_rows))
        for r, row in enumerate(self.patrol_rows):
            values = [row.unit_code, row.contractor, f"{row.foreman} {row.foreman_phone}",
                      "✔" if row.patrolled_today else "✖", row.last_patrolled or "", str(row.open_violations or ""),
                      row.planned_end]  # fmt: skip
            for c, value in enumerate(values):
                cell = QTableWidgetItem(value)
                if not row.patrolled_today:
                    cell.setForeground(Qt.GlobalColor.darkRed)
                self.patrol_table.setItem(r, c, cell)
        waiting = sum(1 for row in self.patrol_rows if not row.patrolled_today)
        self.patrol_label.setText(self.tr("%1 renovations under way, %2 not patrolled today")
                                  .replace("%1", str(len(self.patrol_rows))).replace("%2", str(waiting)))  # fmt: skip
        self.table.setRowCount(len(self.rows))
        for r, item in enumerate(self.rows):
            for c, value in enumerate(self.values(item)):
                self.table.setItem(r, c, QTableWidgetItem(value))
        self.summary_label.setText(
            self.tr("%1 listed · waiting for review %2 (overdue %3), waiting for fees %4, working %5 (ending soon %6), "
                    "waiting for acceptance %7, deposits to settle %8")
            .replace("%1", str(len(self.rows))).replace("%2", str(counts["waiting_review"]))
            .replace("%3", str(counts["review_overdue"])).replace("%4", str(counts["waiting_fees"]))
            .replace("%5", str(counts["working"])).replace("%6", str(counts["ending"]))
            .replace("%7", str(counts["waiting_acceptance"])).replace("%8", str(counts["to_settle"])))  # fmt: skip

    def values(self, r: Renovation) -> list[str]:
        return [r.unit_code, r.owner_names, r.state, r.permit_number or "", r.planned_start, r.planned_end,
                r.contractor, f"{r.foreman} {r.foreman_phone}", r.applied_at[:10], r.review_due,
                f"{r.owed_fen / 100:.2f}" if r.owed_fen else ""]  # fmt: skip

    def on_patrol_clicked(self, *_args: object) -> None:
        from propdesk.qt.dialogs.renovation_dialogs import PatrolDialog, ViolationDialog

        row = self.patrol_table.currentRow()
        if not 0 <= row < len(self.patrol_rows):
            prompts.info(self, self.tr("Patrol"), self.tr("First select the renovation patrolled."))
            return
        chosen = self.patrol_rows[row]
        dialog = PatrolDialog(self.desk, chosen.renovation_id, chosen.unit_code, self.desk.actor.name, self)
        if dialog.exec() and dialog.result_value is not None and dialog.result_value.problems:
            patrol = dialog.result_value
            rule, what = next(iter(patrol.problems.items()))
            if prompts.confirm(self, self.tr("Patrol"), self.tr("Problems were found: register a violation and print "
                                                                 "the rectification notice?")):  # fmt: skip
                violation = ViolationDialog(
                    self.desk, chosen.renovation_id, chosen.unit_code, rule, what, patrol.id, self
                )
                if violation.exec() and violation.result_value is not None:
                    self.print_requested.emit("rectification-notice", violation.result_value.number)

    def on_row_activated(self, *_args: object) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.rows):
            self.unit_activated.emit(self.rows[row].unit_id)

    def on_export_clicked(self) -> None:
        from propdesk.qt import preferences

        path = preferences.ask_save_path(self, self.tr("Export the renovation ledger"), "装修台账.xlsx",
                                         self.tr("Excel (*.xlsx)"))  # fmt: skip
        if path is not None:
            self.export_to(path)

    def export_to(self, path: Path) -> None:
        export_shown(self, self.desk, path, self.tr("Renovation ledger"), self.headers,
                     [self.values(r) for r in self.rows], [10, 10, 8, 12, 11, 11, 24, 18, 11, 11, 10])  # fmt: skip
