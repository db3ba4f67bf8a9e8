"""客服 › 跟进事项: what the supervisor's spot checks (or the supervisor directly) found and assigned, by
deadline; the clerk closes each with what was done."""

from __future__ import annotations

from typing import Any

from propdesk.core.clock import today_iso
from propdesk.core.permissions import Permission
from propdesk.core.spot_checks import FollowUp
from propdesk.services import spot_checks

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QPushButton, QTableWidgetItem, QVBoxLayout, QWidget

from propdesk.qt import prompts
from propdesk.qt.desk import Desk
from propdesk.qt.tables import button_row, read_only_table

_OVERDUE = QColor("#fbd3d0")


class FollowUpsPage(QWidget):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.items: list[FollowUp] = []
        self.open_check = QCheckBox(self.tr("Open only"))
        self.open_check.setChecked(True)
        self.mine_check = QCheckBox(self.tr("Mine only"))
        self.table = read_only_table([self.tr("Due"), self.tr("Assigned to"), self.tr("What to follow up"),
                                      self.tr("From"), self.tr("State"), self.tr("Done")])  # fmt: skip
        self.done_button = QPushButton(self.tr("Done…"))
        self.add_button = QPushButton(self.tr("Assign a follow-up…"))
        self.add_button.setVisible(desk.actor.can(Permission.REVIEW_SERVICE))
        self.export_button = QPushButton(self.tr("Export to Excel…"))
        top = QHBoxLayout()
        top.addWidget(self.open_check)
        top.addWidget(self.mine_check)
        top.addStretch(1)
        top.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(button_row([self.done_button, self.add_button]))
        self.open_check.toggled.connect(lambda _c: self.reload())
        self.mine_check.toggled.connect(lambda _c: self.reload())
        self.done_button.clicked.connect(self.on_done_clicked)
        self.add_button.clicked.connect(self.on_add_clicked)
        self.export_button.clicked.connect(self.on_export_clicked)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.reload()

    def reload(self) -> None:
        open_only = self.open_check.isChecked()
        self.desk.query(lambda db: spot_checks.follow_ups(db, open_only), self.show_items)

    def show_items(self, found: list[FollowUp]) -> None:
        if self.mine_check.isChecked():
            found = [f for f in found if f.assignee == self.desk.actor.name]
        self.items = found
        today = today_iso()
        self.table.setRowCount(len(found))
        for row, f in enumerate(found):
            done = f"{f.done_by} {(f.done_at or '')[:10]}：{f.done_note}" if f.done_at else ""
            for column, value in enumerate([f.due_on, f.assignee, f.description, f.source, f.state, done]):
                item = QTableWidgetItem(value)
                if f.overdue(today):
                    item.setBackground(_OVERDUE)
                self.table.setItem(row, column, item)
        self.done_button.setEnabled(any(f.state == "待处理" for f in found))

    def on_done_clicked(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.items) or self.items[row].state != "待处理":
            prompts.info(self, self.tr("Done"), self.tr("First select an open follow-up."))
            return
        chosen, actor = self.items[row], self.desk.actor
        note = prompts.ask_text(
            self, self.tr("Done"), self.tr("What was done about “%1”:").replace("%1", chosen.description)
        )
        if note is not None:
            self.desk.mutate(lambda db: spot_checks.complete_follow_up(db, actor, chosen.id, note),
                             lambda _v: self.reload(), parent=self)  # fmt: skip

    def on_add_clicked(self) -> None:
        from propdesk.services import staff_quality

        from propdesk.qt.dialogs.spot_check_dialog import FollowUpDialog

        actor = self.desk.actor

        def opened(names: list[str]) -> None:
            if FollowUpDialog(self.desk, names, self).exec():
                self.reload()

        self.desk.query(lambda db: staff_quality.staff_names(db, actor), opened)

    def on_export_clicked(self) -> None:
        from propdesk.qt.exports import offer_table_export

        offer_table_export(self, self.desk, self.table, "跟进事项")
