"""The 入伙 area: move-ins not finished with what each is missing (Enter opens the unit's 入伙 tab), the
入伙通知书 batch, and the 遗留工程台账 — filtered by building, state and overdue, counts and ages, the
daily transfer to the developer with its printed list, 复验 and close, exported to Excel as shown."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from propdesk.core.keys import KeySet
from propdesk.core.move_in import Defect, MoveIn
from propdesk.reports.table_xlsx import write_table
from propdesk.services import inspections, keys, move_ins

from PySide6.QtCore import Signal
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

LEDGER_PAGE = 200
_STATES = ["open", "待转交", "整改中", "已销项", "已关闭", ""]


class MoveInView(QWidget):
    unit_activated = Signal(int)  # open the unit on its 入伙 tab
    key_set_activated = Signal(int)  # open the unit on its key custody tab
    notices_requested = Signal(str)  # a batch of 入伙通知书 for these units (with a progress bar)
    print_requested = Signal(str, str)

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.open_records: list[MoveIn] = []
        self.defects: list[Defect] = []
        # move-ins not finished
        self.open_table = read_only_table([self.tr("Unit"), self.tr("Owner"), self.tr("Started"), self.tr("By"),
                                           self.tr("Missing")])  # fmt: skip
        self.open_label = QLabel()
        self.notice_button = QPushButton(self.tr("Print move-in notices…"))
        open_tab = QWidget()
        open_layout = QVBoxLayout(open_tab)
        open_top = QHBoxLayout()
        open_top.addWidget(self.open_label, 1)
        open_top.addWidget(self.notice_button)
        self.open_export_button = QPushButton(self.tr("Export to Excel…"))
        self.open_export_button.clicked.connect(
            lambda: offer_table_export(self, self.desk, self.open_table, "入伙办理中")
        )
        open_top.addWidget(self.open_export_button)
        open_layout.addLayout(open_top)
        open_layout.addWidget(self.open_table)
        # the defect ledger
        self.building_edit = QLineEdit()
        self.building_edit.setPlaceholderText(self.tr("Building, empty: all"))
        self.building_edit.setMaximumWidth(140)
        self.state_box = QComboBox()
        for label in (self.tr("Open"), "待转交", "整改中", "已销项", "已关闭", self.tr("All")):
            self.state_box.addItem(label)
        self.overdue_check = QCheckBox(self.tr("Overdue only"))
        self.ledger_label = QLabel()
        self.transfer_button = QPushButton(self.tr("Pass today's defects to the developer…"))
        self.reprint_transfer_button = QPushButton(self.tr("Print the last transfer list"))
        self.transfer_excel_button = QPushButton(self.tr("Last transfer to Excel…"))
        self.recheck_button = QPushButton(self.tr("Re-check…"))
        self.export_button = QPushButton(self.tr("Export to Excel…"))
        self.ledger_headers = [self.tr("Unit"), self.tr("Where"), self.tr("Problem"), self.tr("Responsible"),
                               self.tr("State"), self.tr("Found"), self.tr("Passed on"), self.tr("Deadline"),
                               self.tr("Age (days)"), self.tr("Re-check"), self.tr("Closed")]  # fmt: skip
        self.ledger_table = read_only_table(self.ledger_headers)
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Building")))
        filters.addWidget(self.building_edit)
        filters.addWidget(self.state_box)
        filters.addWidget(self.overdue_check)
        filters.addWidget(self.ledger_label, 1)
        actions = QHBoxLayout()
        for button in (self.transfer_button, self.reprint_transfer_button, self.transfer_excel_button,
                       self.recheck_button, self.export_button):  # fmt: skip
            actions.addWidget(button)
        actions.addStretch(1)
        ledger_tab = QWidget()
        ledger_layout = QVBoxLayout(ledger_tab)
        ledger_layout.addLayout(filters)
        ledger_layout.addWidget(self.ledger_table, 1)
        ledger_layout.addLayout(actions)
        # the key custody ledger
        self.key_sets: list[KeySet] = []
        self.keys_held_check = QCheckBox(self.tr("Only sets still kept"))
        self.keys_held_check.setChecked(True)
        self.keys_label = QLabel()
        self.keys_headers = [self.tr("No."), self.tr("Unit"), self.tr("Keys and cards"), self.tr("Kept in"),
                             self.tr("Since"), self.tr("Owner"), self.tr("State"), self.tr("Taken by"),
                             self.tr("Due back")]  # fmt: skip
        self.keys_table = read_only_table(self.keys_headers)
        self.keys_print_button = QPushButton(self.tr("Print the key ledger"))
        self.keys_export_button = QPushButton(self.tr("Export to Excel…"))
        keys_tab = QWidget()
        keys_layout = QVBoxLayout(keys_tab)
        keys_top = QHBoxLayout()
        keys_top.addWidget(self.keys_held_check)
        keys_top.addWidget(self.keys_label, 1)
        keys_top.addWidget(self.keys_print_button)
        keys_top.addWidget(self.keys_export_button)
        keys_layout.addLayout(keys_top)
        keys_layout.addWidget(self.keys_table)
        self.tabs = QTabWidget()
        self.tabs.addTab(open_tab, self.tr("Move-ins not finished"))
        self.tabs.addTab(ledger_tab, self.tr("Defect ledger (遗留工程台账)"))
        self.tabs.addTab(keys_tab, self.tr("Key custody (钥匙托管清册)"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        self.open_table.doubleClicked.connect(self.on_open_activated)
        self.ledger_table.doubleClicked.connect(self.on_defect_activated)
        self.notice_button.clicked.connect(self.on_notice_clicked)
        self.building_edit.returnPressed.connect(self.reload)
        self.state_box.currentIndexChanged.connect(self.reload)
        self.overdue_check.toggled.connect(self.reload)
        self.transfer_button.clicked.connect(self.on_transfer_clicked)
        self.reprint_transfer_button.clicked.connect(lambda: self.print_requested.emit("defect-transfer", "latest"))
        self.recheck_button.clicked.connect(self.on_recheck_clicked)
        self.transfer_excel_button.clicked.connect(self.on_transfer_excel_clicked)
        self.export_button.clicked.connect(self.on_export_clicked)
        self.keys_held_check.toggled.connect(self.reload)
        self.keys_table.doubleClicked.connect(self.on_key_set_activated)
        self.keys_print_button.clicked.connect(
            lambda: self.print_requested.emit("key-ledger", "held" if self.keys_held_check.isChecked() else "all")
        )
        self.keys_export_button.clicked.connect(self.on_keys_export_clicked)
        desk.changed.connect(lambda _changes: self.reload() if self.isVisible() else None)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.reload()

    def filters(self) -> tuple[str, str, dt.date | None]:
        overdue = dt.date.today() if self.overdue_check.isChecked() else None
        return self.building_edit.text().strip(), _STATES[self.state_box.currentIndex()], overdue

    def reload(self, *_args: object) -> None:
        building, state, overdue = self.filters()

        held = self.keys_held_check.isChecked()

        def job(db: Any) -> Any:
            rows, total = inspections.ledger(db, building, state, overdue, 0, LEDGER_PAGE)
            return move_ins.open_move_ins(db), rows, total, inspections.summary(db), keys.ledger(db, held)

        self.desk.query(job, self._loaded)

    def _loaded(self, result: tuple[list[MoveIn], list[Defect], int, dict[str, int], list[KeySet]]) -> None:
        self.open_records, self.defects, total, summary, self.key_sets = result
        now = dt.datetime.now()
        self.keys_table.setRowCount(len(self.key_sets))
        for r, k in enumerate(self.key_sets):
            for c, value in enumerate(self.key_values(k, now)):
                self.keys_table.setItem(r, c, QTableWidgetItem(value))
        late = sum(1 for k in self.key_sets if k.out is not None and k.out.overdue(now))
        self.keys_label.setText(self.tr("%1 sets, %2 out, %3 overdue").replace("%1", str(len(self.key_sets)))
                                .replace("%2", str(sum(1 for k in self.key_sets if k.out is not None)))
                                .replace("%3", str(late)))  # fmt: skip
        self.open_label.setText(self.tr("%1 move-ins not finished").replace("%1", str(len(self.open_records))))
        self.open_table.setRowCount(len(self.open_records))
        for r, m in enumerate(self.open_records):
            missing = "；".join(f"{s.value}：{t}" for s, t in m.missing().items())
            for c, value in enumerate([m.unit_code, m.owner_names, m.started_at[:16], m.started_by, missing]):
                self.open_table.setItem(r, c, QTableWidgetItem(value))
        today = dt.date.today()
        self.ledger_table.setRowCount(len(self.defects))
        for r, d in enumerate(self.defects):
            for c, value in enumerate(self.ledger_values(d, today)):
                self.ledger_table.setItem(r, c, QTableWidgetItem(value))
        shown = (
            self.tr("showing the newest %1").replace("%1", str(len(self.defects))) if total > len(self.defects) else ""
        )
        self.ledger_label.setText(
            self.tr("%1 match %2 · all: %3, to pass on %4, with the developer %5, closed %6, overdue %7")
            .replace("%1", str(total)).replace("%2", shown).replace("%3", str(summary["all"]))
            .replace("%4", str(summary["new"])).replace("%5", str(summary["with_developer"]))
            .replace("%6", str(summary["closed"])).replace("%7", str(summary["overdue"])))  # fmt: skip
        self.transfer_button.setEnabled(summary["new"] > 0)

    def key_values(self, k: KeySet, now: dt.datetime) -> list[str]:
        out = k.out
        return [k.number, k.unit_code, k.contents, k.location, k.deposited_on, k.depositor, k.state(now),
                out.taken_by if out else "", out.due_back if out else ""]  # fmt: skip

    def on_key_set_activated(self, *_args: object) -> None:
        row = self.keys_table.currentRow()
        if 0 <= row < len(self.key_sets):
            self.key_set_activated.emit(self.key_sets[row].unit_id)

    def on_keys_export_clicked(self) -> None:
        from propdesk.qt import preferences

        path = preferences.ask_save_path(self, self.tr("Export the key ledger"), "钥匙托管清册.xlsx",
                                         self.tr("Excel (*.xlsx)"))  # fmt: skip
        if path is not None:
            now = dt.datetime.now()
            export_shown(self, self.desk, path, self.tr("Key custody"), self.keys_headers,
                         [self.key_values(k, now) for k in self.key_sets], [10, 10, 30, 14, 12, 10, 12, 14, 18])  # fmt: skip

    def ledger_values(self, d: Defect, today: dt.date) -> list[str]:
        state = d.state.value + (self.tr(" (overdue)") if d.overdue(today) else "")
        return [d.unit_code, d.location, d.description, d.responsible, state, d.found_on, d.transferred_on or "",
                d.deadline or "", str(d.age_days(today)), d.recheck_result, d.closed_on or ""]  # fmt: skip

    # ------------------------------------------------------------ actions

    def on_open_activated(self, *_args: object) -> None:
        row = self.open_table.currentRow()
        if 0 <= row < len(self.open_records):
            self.unit_activated.emit(self.open_records[row].unit_id)

    def on_defect_activated(self, *_args: object) -> None:
        row = self.ledger_table.currentRow()
        if 0 <= row < len(self.defects):
            self.unit_activated.emit(self.defects[row].unit_id)

    def on_notice_clicked(self) -> None:
        from propdesk.qt.dialogs.move_in_notice_dialog import MoveInNoticeDialog

        def open_dialog(current: move_ins.NoticeSettings) -> None:
            dialog = MoveInNoticeDialog(self.desk, current, self)
            if dialog.exec() and dialog.scope:
                self.notices_requested.emit(dialog.scope)

        self.desk.query(move_ins.notice_settings, open_dialog)

    def on_transfer_clicked(self) -> None:
        receiver = prompts.ask_text(self, self.tr("Pass defects to the developer"),
                                    self.tr("Every defect found up to today and not passed on yet goes to the "
                                            "developer's service team. Who receives the list:"))  # fmt: skip
        if not receiver or not receiver.strip():
            return
        actor = self.desk.actor
        self.desk.mutate(lambda db: inspections.transfer(db, actor, receiver),
                         lambda _id: self.print_requested.emit("defect-transfer", "latest"), parent=self)  # fmt: skip

    def on_transfer_excel_clicked(self) -> None:
        from propdesk.qt import preferences

        path = preferences.ask_save_path(self, self.tr("The last transfer to Excel"), "遗留工程转交清单.xlsx",
                                         self.tr("Excel (*.xlsx)"))  # fmt: skip
        if path is not None:
            self.export_transfer(path)

    def export_transfer(self, path: Path) -> None:
        """The latest batch passed to the developer, as a sheet their service team can work through."""
        headers = [self.tr("Unit"), self.tr("Where"), self.tr("Problem"), self.tr("Found"), self.tr("Deadline")]
        title = self.tr("Defects passed to the developer")

        def job(db: Any) -> int:
            batch, listed = inspections.transferred(db)
            write_table(path, f"{title} {batch['transferred_on']} {batch['receiver']}", headers,
                        [[d.unit_code, d.location, d.description, d.found_on, d.deadline or ""] for d in listed],
                        [12, 24, 40, 12, 12])  # fmt: skip
            return len(listed)

        self.desk.query(job, lambda count: prompts.info(
            self, self.tr("Export finished"),
            self.tr("Exported %1 defects to %2").replace("%1", str(count)).replace("%2", str(path))),
            lambda exc: prompts.show_exception(self, exc))  # fmt: skip

    def on_recheck_clicked(self) -> None:
        from propdesk.qt.dialogs.defect_dialogs import RecheckDialog

        row = self.ledger_table.currentRow()
        chosen = self.defects[row] if 0 <= row < len(self.defects) else None
        if chosen is None or chosen.closed_on:
            prompts.info(self, self.tr("Re-check"), self.tr("First select an open defect."))
            return
        RecheckDialog(self.desk, chosen, self).exec()

    def on_export_clicked(self) -> None:
        from propdesk.qt import preferences

        path = preferences.ask_save_path(self, self.tr("Export the defect ledger"), "遗留工程台账.xlsx",
                                         self.tr("Excel (*.xlsx)"))  # fmt: skip
        if path is not None:
            self.export_to(path)

    def export_to(self, path: Path) -> None:
        """Every row the filter matches (not only the page shown), in the order shown."""
        building, state, overdue = self.filters()
        headers, title = list(self.ledger_headers), self.tr("Defect ledger")

        def job(db: Any) -> int:
            rows, _ = inspections.ledger(db, building, state, overdue, 0, 1_000_000)
            today = dt.date.today()
            cells: list[list[Any]] = []
            for d in rows:
                values: list[Any] = self.ledger_values(d, today)
                values[8] = d.age_days(today)  # a number finance and the developer can sort
                cells.append(values)
            write_table(path, title, headers, cells, [10, 22, 36, 10, 10, 12, 12, 12, 8, 20, 12])
            return len(rows)

        self.desk.query(job, lambda count: prompts.info(
            self, self.tr("Export finished"),
            self.tr("Exported %1 defects to %2").replace("%1", str(count)).replace("%2", str(path))),
            lambda exc: prompts.show_exception(self, exc))  # fmt: skip
