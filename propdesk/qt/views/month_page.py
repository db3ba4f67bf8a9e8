"""The shape the supervisor's month pages share: a month chooser at the top, reloading when it changes and
whenever the page is shown."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QDateEdit, QWidget

from propdesk.qt.desk import Desk


class MonthPage(QWidget):
    print_requested = Signal(str, str)

    def __init__(self, desk: Desk, months_back: int = 0, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.month_edit = QDateEdit(QDate.currentDate().addMonths(-months_back))
        self.month_edit.setDisplayFormat("yyyy-MM")
        self.month_edit.setCalendarPopup(True)
        self.month_edit.dateChanged.connect(lambda _d: self.reload())

    def month(self) -> str:
        return self.month_edit.date().toString("yyyy-MM")

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.reload()

    def reload(self) -> None:
        raise NotImplementedError
