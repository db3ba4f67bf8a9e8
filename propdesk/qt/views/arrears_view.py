"""收费 area: the arrears list (欠费) of every unit with overdue bills, aged by months overdue, with
totals per column; double-click opens the unit's 账务 tab; exports to Excel; the daily close is one
button away."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from propdesk.core.billing import AGING_BUCKETS, ArrearsRow
from propdesk.core.money import format_yuan
from propdesk.reports.table_xlsx import write_table
from propdesk.services import payments

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from propdesk.qt import prompts
from propdesk.qt.desk import Desk
from propdesk.qt.tables import read_only_table


class ArrearsView(QWidget):
    unit_activated = Signal(int)
    print_requested = Signal(str, str)  # kind, key
    loaded = Signal()

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.rows: list[ArrearsRow] = []
        title = QLabel(self.tr("Arrears"))
        title.setStyleSheet("font-size: 20px; font-weight: bold;")
        self.building_edit = QLineEdit()
        self.building_edit.setPlaceholderText(self.tr("Building, e.g. 3 (empty: all)"))
        self.building_edit.setMaximumWidth(200)
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.export_button = QPushButton(self.tr("Export to Excel…"))
        self.dunning_button = QPushButton(self.tr("Print dunning notices"))
        self.dunning_button.setToolTip(self.tr("One 催缴通知书 per unit in the list, with a tear-off receipt slip"))
        self.day_close_button = QPushButton(self.tr("Daily close (Ctrl+Shift+D)"))
        self.summary_label = QLabel()
        self.summary_label.setStyleSheet("font-size: 15px;")
        self.headers = [self.tr("Unit"), self.tr("Owner"), self.tr("Bills"), self.tr("Oldest due")] + [
            str(b) for b in AGING_BUCKETS
        ] + [self.tr("Total owed")]  # fmt: skip
        self.table = read_only_table(self.headers)
        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(QLabel(self.tr("Building")))
        top.addWidget(self.building_edit)
        top.addWidget(self.refresh_button)
        top.addWidget(self.export_button)
        top.addWidget(self.dunning_button)
        top.addWidget(self.day_close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.table, 1)
        self.building_edit.returnPressed.connect(self.reload)
        self.refresh_button.clicked.connect(self.reload)
        self.export_button.clicked.connect(self.on_export_clicked)
        self.dunning_button.clicked.connect(self.on_dunning_clicked)
        self.table.doubleClicked.connect(self.on_row_activated)
        self.table.activated.connect(self.on_row_activated)
        self.desk.changed.connect(self.on_desk_changed)

    def on_desk_changed(self, _changes: object) -> None:
        if self.isVisible():  # a payment elsewhere changes the list; a hidden list reloads when shown
            self.reload()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.reload()

    def reload(self) -> None:
        building = self.building_edit.text().strip()
        self.desk.query(lambda db: (building, payments.arrears(db, building=building)), self.set_rows)

    def set_rows(self, result: tuple[str, list[ArrearsRow]]) -> None:
        building, rows = result
        if building != self.building_edit.text().strip():
            return
        self.rows = rows
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            values = [row.unit_code, row.owner_names, str(row.bills), row.oldest_due]
            values += [format_yuan(fen) if fen else "" for fen in row.buckets] + [format_yuan(row.total_fen)]
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                if c >= 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)
        totals = [sum(row.buckets[i] for row in rows) for i in range(len(AGING_BUCKETS))]
        by_bucket = "　".join(f"{b} ¥{format_yuan(t)}" for b, t in zip(AGING_BUCKETS, totals, strict=True))
        self.summary_label.setText(
            self.tr("%1 units owe ¥%2 overdue").replace("%1", str(len(rows))).replace("%2", format_yuan(sum(totals)))
            + f"　（{by_bucket}）"
        )
        self.loaded.emit()

    def on_row_activated(self, *_args: object) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.rows):
            self.unit_activated.emit(self.rows[row].unit_id)

    def on_dunning_clicked(self) -> None:
        if self.rows:
            self.print_requested.emit("dunning", self.building_edit.text().strip() or "all")

    def on_export_clicked(self) -> None:
        from propdesk.qt import preferences

        path = preferences.ask_save_path(self, self.tr("Export arrears"), "欠费明细.xlsx", self.tr("Excel (*.xlsx)"))
        if path is not None:
            self.export_to(path)

    def export_to(self, path: Path) -> None:
        """The list as filtered, amounts in 元 as numbers, a total row at the bottom."""
        from decimal import Decimal

        building, headers, title = self.building_edit.text().strip(), list(self.headers), self.tr("Arrears")

        def job(db: Any) -> int:
            rows = payments.arrears(db, building=building)
            cells: list[list[Any]] = [
                [r.unit_code, r.owner_names, r.bills, r.oldest_due, *(Decimal(f) / 100 for f in r.buckets),
                 Decimal(r.total_fen) / 100]
                for r in rows
            ]  # fmt: skip
            totals = [sum(r.buckets[i] for r in rows) for i in range(len(AGING_BUCKETS))]
            cells.append(["合计", "", sum(r.bills for r in rows), "", *(Decimal(t) / 100 for t in totals),
                          Decimal(sum(totals)) / 100])  # fmt: skip
            write_table(path, title, headers, cells, [12, 16, 8, 12, 12, 12, 12, 12, 12, 14])
            return len(rows)

        def done(count: int) -> None:
            prompts.info(self, self.tr("Export finished"), self.tr("Exported %1 units to %2")
                         .replace("%1", str(count)).replace("%2", str(path)))  # fmt: skip

        self.desk.query(job, done, lambda exc: prompts.show_exception(self, exc))
