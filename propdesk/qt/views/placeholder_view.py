"""An area that a later release fills: says so plainly instead of showing fake features."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class PlaceholderView(QWidget):
    def __init__(self, area: str, what: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        label = QLabel(
            self.tr("%1\n\n%2\n\nThis part comes in a later version.").replace("%1", area).replace("%2", what)
        )
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setWordWrap(True)
        label.setStyleSheet("font-size: 15px; color: #666;")
        layout = QVBoxLayout(self)
        layout.addWidget(label)
