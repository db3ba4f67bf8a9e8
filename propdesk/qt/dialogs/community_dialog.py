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
            desk, self.tr("欢迎使用 propdesk — 设置小区信息") if first_run else self.tr("小区信息"), parent
        )
        if first_run:
            intro = QLabel(self.tr("这是一个新的数据文件。请先填写小区和服务中心的信息，它们会印在每一张表单上。"))
            intro.setWordWrap(True)
            self.form_layout.addRow(intro)
        self.name_edit = QLineEdit(current.name)
        self.name_edit.setPlaceholderText(self.tr("如：阳光花园"))
        self.company_edit = QLineEdit(current.company)
        self.address_edit = QLineEdit(current.office_address)
        self.phone_edit = QLineEdit(current.office_phone)
        self.phone_edit.setPlaceholderText(self.tr("如：0571-88886666"))
        self.receipt_title_edit = QLineEdit(current.receipt_title)
        self.receipt_title_edit.setPlaceholderText(self.tr("不填则为“小区名称物业服务中心”"))
        self.add_field("name", self.tr("小区名称*"), self.name_edit)
        self.add_field("company", self.tr("物业公司名称"), self.company_edit)
        self.add_field("office_address", self.tr("服务中心地址"), self.address_edit)
        self.add_field("office_phone", self.tr("服务中心电话"), self.phone_edit)
        self.add_field("receipt_title", self.tr("收据抬头"), self.receipt_title_edit)

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
