"""小区信息: asked on first run and editable later from the settings menu."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from propdesk.core.registry import Community
from propdesk.services import community

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from propdesk.qt.desk import Desk
from propdesk.qt.dialogs.form_dialog import FormDialog


class CommunityDialog(FormDialog):
    def __init__(self, desk: Desk, current: Community, first_run: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(
            desk, self.tr("Welcome to propdesk — set up the community") if first_run else self.tr("Community"), parent
        )
        if first_run:
            intro = QLabel(
                self.tr(
                    "This is a new data file. Fill in the community and the office first: they are printed on every form."
                )
            )
            intro.setWordWrap(True)
            self.form_layout.addRow(intro)
        self.name_edit = QLineEdit(current.name)
        self.name_edit.setPlaceholderText(self.tr("e.g. 阳光花园"))
        self.company_edit = QLineEdit(current.company)
        self.address_edit = QLineEdit(current.office_address)
        self.phone_edit = QLineEdit(current.office_phone)
        self.phone_edit.setPlaceholderText(self.tr("e.g. 0571-88886666"))
        self.receipt_title_edit = QLineEdit(current.receipt_title)
        self.receipt_title_edit.setPlaceholderText(self.tr('If empty: "<community> property service office"'))
        self.add_field("name", self.tr("Community name*"), self.name_edit)
        self.add_field("company", self.tr("Management company"), self.company_edit)
        self.add_field("office_address", self.tr("Office address"), self.address_edit)
        self.add_field("office_phone", self.tr("Office phone"), self.phone_edit)
        self.add_field("receipt_title", self.tr("Receipt title"), self.receipt_title_edit)

    def build_job(self) -> Callable[[Any], Any]:
        value = Community(
            name=self.name_edit.text(),
            company=self.company_edit.text(),
            office_address=self.address_edit.text(),
            office_phone=self.phone_edit.text(),
            receipt_title=self.receipt_title_edit.text(),
        )
        actor = self.desk.actor
        return lambda db: community.save_community(db, actor, value)
