"""A small horizontal bar chart drawn with QPainter: a label, a bar in proportion, the figure as text —
enough for 收缴率 by building or work orders by state, with no plotting library to ship."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

ROW = 18


class BarChart(QWidget):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.bars: list[tuple[str, float, str]] = []
        self.top = 1.0
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.set_bars([])

    def set_bars(self, bars: Sequence[tuple[str, float, str]], top: float | None = None) -> None:
        """(label, value, the value as shown); bars are drawn against ``top`` (default: the largest)."""
        self.bars = list(bars)
        self.top = top if top is not None else max((v for _, v, _ in self.bars), default=1.0) or 1.0
        self.setFixedHeight(ROW * (len(self.bars) + 1) + 12)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = painter.fontMetrics()
        painter.drawText(QRectF(0, 0, self.width(), ROW), Qt.AlignmentFlag.AlignVCenter, self.title)
        label_width = max((metrics.horizontalAdvance(label) for label, _, _ in self.bars), default=0) + 10
        text_width = max((metrics.horizontalAdvance(text) for _, _, text in self.bars), default=0) + 10
        span = max(10.0, self.width() - label_width - text_width)
        for index, (label, value, text) in enumerate(self.bars):
            y = ROW * (index + 1) + 4
            painter.setPen(QColor("#333333"))
            painter.drawText(QRectF(0, y, label_width - 6, ROW - 4), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             label)  # fmt: skip
            length = span * max(0.0, min(value / self.top, 1.0))
            painter.fillRect(QRectF(label_width, y + 3, length, ROW - 10), QColor("#4a86c5"))
            painter.drawText(
                QRectF(label_width + length + 4, y, text_width, ROW - 4), Qt.AlignmentFlag.AlignVCenter, text
            )
        painter.end()
