"""业主 list: every current owner with their units; opens the first unit's page."""

from __future__ import annotations

from typing import Any

from propdesk.core.changes import Changes
from propdesk.core.identity import mask_id_number
from propdesk.services import owners

from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QWidget

from propdesk.qt.desk import Desk
from propdesk.qt.table_model import Column
from propdesk.qt.views.paged_list import PagedList

COLUMNS = [
    Column("姓名", lambda o: o.name, "name"),
    Column("证件类型", lambda o: o.id_kind),
    Column("证件号码", lambda o: mask_id_number(o.id_number)),
    Column("手机", lambda o: o.mobile),
    Column("房屋", lambda o: o.unit_codes),
]


class OwnersView(PagedList):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(desk, COLUMNS, parent)
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("筛选：姓名、拼音首字母、手机号"))
        self.filter_edit.setClearButtonEnabled(True)
        bar = QHBoxLayout()
        bar.addWidget(self.filter_edit, 1)
        self.body_layout.insertLayout(0, bar)
        self.set_column_widths([110, 80, 180, 120])
        self.filter_edit.textChanged.connect(lambda _text: self.reload_timer.start())
        self.desk.changed.connect(self.on_desk_changed)

    def fetch(self, offset: int, limit: int) -> Any:
        text = self.filter_edit.text()
        descending = self.descending
        return lambda db: owners.list_owners(db, text, offset, limit, descending)

    def refresh(self) -> None:
        self.reload()

    def on_desk_changed(self, changes: Changes) -> None:
        if changes.persons or changes.all_units or changes.units:
            self.reload()
