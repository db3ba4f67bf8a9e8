"""入伙通知书 in batch: the units (a building's units not yet handed over, or a list of unit codes), the
handover window and place, the months taken at move-in; saved as the office's setting, then printed."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from propdesk.services import move_ins
from propdesk.services.move_ins import NoticeSettings

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QDialogButtonBox, QLineEdit, QSpinBox, QWidget

from propdesk.qt.desk import Desk
from propdesk.qt.dialogs.form_dialog import FormDialog


def _date_edit(value: Any) -> QDateEdit:
    edit = QDateEdit(QDate(value.year, value.month, value.day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


class MoveInNoticeDialog(FormDialog):
    def __init__(self, desk: Desk, current: NoticeSettings, parent: QWidget | None = None) -> None:
        super().__init__(desk, self.tr("Move-in notices"), parent)
        self.scope = ""
        self.button_box.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Print the notices"))
        self.scope_edit = QLineEdit()
        self.scope_edit.setPlaceholderText(
            self.tr("A building (its units not handed over) or unit codes: 3-1-101, 3-1-102")
        )
        self.add_field("scope", self.tr("For"), self.scope_edit)
        self.from_edit = _date_edit(current.window_from)
        self.add_field("window_from", self.tr("From"), self.from_edit)
        self.to_edit = _date_edit(current.window_to)
        self.add_field("window_to", self.tr("To"), self.to_edit)
        self.place_edit = QLineEdit(current.place)
        self.place_edit.setPlaceholderText(self.tr("Empty: the office address"))
        self.add_field("place", self.tr("Place"), self.place_edit)
        self.months_spin = QSpinBox()
        self.months_spin.setRange(0, 36)
        self.months_spin.setValue(current.months)
        self.months_spin.setSuffix(self.tr(" months of fees at move-in"))
        self.add_field("months", self.tr("Prepaid"), self.months_spin)

    def build_job(self) -> Callable[[Any], Any]:
        from propdesk.core.errors import ValidationError

        scope = self.scope_edit.text().strip()
        if not scope:
            raise ValidationError.single("scope", "请填写楼栋号或房号")
        wanted = NoticeSettings(self.from_edit.date().toPython(), self.to_edit.date().toPython(),  # type: ignore[arg-type]
                                self.place_edit.text(), self.months_spin.value())  # fmt: skip
        self.scope = scope
        actor = self.desk.actor
        return lambda db: move_ins.save_notice_settings(db, actor, wanted)
