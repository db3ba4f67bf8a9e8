"""钥匙托管 on the unit's 入伙 tab: the unit's key sets and their movements; keep, let out, take back,
return to the owner, print the 承诺书."""

from __future__ import annotations

import datetime as dt

from propdesk.core.keys import KeySet
from propdesk.services import keys

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QTableWidgetItem, QVBoxLayout, QWidget

from propdesk.qt import prompts
from propdesk.qt.desk import Desk
from propdesk.qt.tables import button_row, read_only_table


class KeysPage(QWidget):
    print_requested = Signal(str, str)

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.unit_id: int | None = None
        self.unit_code = ""
        self.owner = ""
        self.sets: list[KeySet] = []
        self.sets_table = read_only_table([self.tr("No."), self.tr("Keys and cards"), self.tr("Kept in"),
                                           self.tr("Since"), self.tr("Owner"), self.tr("State")])  # fmt: skip
        self.moves_table = read_only_table([self.tr("Out at"), self.tr("Why"), self.tr("Taken by"),
                                            self.tr("Approved by"), self.tr("Due back"), self.tr("Back at")])  # fmt: skip
        self.deposit_button = QPushButton(self.tr("Keep the keys…"))
        self.out_button = QPushButton(self.tr("Let out…"))
        self.in_button = QPushButton(self.tr("Back in the cabinet"))
        self.end_button = QPushButton(self.tr("Return to the owner…"))
        self.promise_button = QPushButton(self.tr("Print the promise"))
        buttons = button_row(
            [self.deposit_button, self.out_button, self.in_button, self.end_button, self.promise_button]
        )
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Only the keys of an empty unit are kept; for a viewing staff open the door.")))
        layout.addWidget(self.sets_table, 1)
        layout.addWidget(self.moves_table, 1)
        layout.addLayout(buttons)
        self.sets_table.currentCellChanged.connect(lambda *_: self.show_movements())
        self.deposit_button.clicked.connect(self.on_deposit_clicked)
        self.out_button.clicked.connect(self.on_out_clicked)
        self.in_button.clicked.connect(self.on_in_clicked)
        self.end_button.clicked.connect(self.on_end_clicked)
        self.promise_button.clicked.connect(self.on_promise_clicked)
        self.deposit_button.setEnabled(False)  # until the unit's key sets are loaded
        self.show_movements()

    def show_unit(self, unit_id: int, unit_code: str, owner: str) -> None:
        self.unit_id, self.unit_code, self.owner = unit_id, unit_code, owner
        self.desk.query(lambda db: (unit_id, keys.sets_of_unit(db, unit_id)), self._loaded)

    def _loaded(self, result: tuple[int, list[KeySet]]) -> None:
        unit_id, found = result
        if unit_id != self.unit_id:
            return
        self.sets = found
        now = dt.datetime.now()
        self.sets_table.setRowCount(len(found))
        for r, k in enumerate(found):
            for c, value in enumerate([k.number, k.contents, k.location, k.deposited_on, k.depositor, k.state(now)]):
                item = QTableWidgetItem(value)
                if k.out is not None and k.out.overdue(now):
                    item.setForeground(Qt.GlobalColor.darkRed)
                self.sets_table.setItem(r, c, item)
        if found:
            self.sets_table.selectRow(0)
        self.show_movements()
        held = any(not k.ended_on for k in found)
        self.deposit_button.setEnabled(not held)

    def selected(self) -> KeySet | None:
        row = self.sets_table.currentRow()
        return self.sets[row] if 0 <= row < len(self.sets) else None

    def show_movements(self) -> None:
        chosen = self.selected()
        moves = chosen.movements if chosen else ()
        self.moves_table.setRowCount(len(moves))
        for r, m in enumerate(moves):
            for c, value in enumerate([m.out_at, m.reason, m.taken_by, m.approved_by, m.due_back, m.back_at or "未还"]):
                self.moves_table.setItem(r, c, QTableWidgetItem(value))
        live = chosen is not None and not chosen.ended_on
        self.out_button.setEnabled(live and chosen is not None and chosen.out is None)
        self.in_button.setEnabled(live and chosen is not None and chosen.out is not None)
        self.end_button.setEnabled(live and chosen is not None and chosen.out is None)
        self.promise_button.setEnabled(chosen is not None)

    def on_deposit_clicked(self) -> None:
        from propdesk.qt.dialogs.key_dialogs import KeyDepositDialog

        if self.unit_id is None:
            return
        dialog = KeyDepositDialog(self.desk, self.unit_id, self.unit_code, self.owner, self)
        if dialog.exec() and dialog.result_value is not None:
            self.print_requested.emit("key-promise", dialog.result_value.number)

    def on_out_clicked(self) -> None:
        from propdesk.qt.dialogs.key_dialogs import KeyCheckOutDialog

        chosen = self.selected()
        if chosen is not None:
            KeyCheckOutDialog(self.desk, chosen.number, self.unit_code, self).exec()

    def on_in_clicked(self) -> None:
        chosen = self.selected()
        if chosen is not None:
            actor = self.desk.actor
            self.desk.mutate(lambda db: keys.check_in(db, actor, chosen.number), parent=self)

    def on_end_clicked(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        note = prompts.ask_text(self, self.tr("Return the keys"),
                                self.tr("Key set %1 goes back to the owner for good. Who took it, with which ID:")
                                .replace("%1", chosen.number))  # fmt: skip
        if note and note.strip():
            actor = self.desk.actor
            self.desk.mutate(lambda db: keys.end(db, actor, chosen.number, note), parent=self)

    def on_promise_clicked(self) -> None:
        chosen = self.selected()
        if chosen is not None:
            self.print_requested.emit("key-promise", chosen.number)
