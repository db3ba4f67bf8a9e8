"""The search box always at hand (Ctrl+F): results as you type, Enter opens the first."""

from __future__ import annotations

from propdesk.core.start_values import SearchHit
from propdesk.services.search import search_units

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFrame, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from propdesk.qt.desk import Desk


class SearchBox(QLineEdit):
    unit_chosen = Signal(int)
    results_shown = Signal(list)

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.setPlaceholderText(
            self.tr("Search: unit 3-2-1502 / name / pinyin initials / last 4 phone digits (Ctrl+F)")
        )
        self.setClearButtonEnabled(True)
        self.setMinimumWidth(380)
        self.hits: list[SearchHit] = []
        self._generation = 0
        self._searching = False
        self._open_when_ready = False
        self.popup = QFrame(self, Qt.WindowType.ToolTip)
        self.popup.setFrameShape(QFrame.Shape.Box)
        self.results_list = QListWidget(self.popup)
        self.results_list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.results_list.itemClicked.connect(self.on_result_clicked)
        popup_layout = QVBoxLayout(self.popup)
        popup_layout.setContentsMargins(0, 0, 0, 0)
        popup_layout.addWidget(self.results_list)
        self.debounce_timer = QTimer(self)
        self.debounce_timer.setSingleShot(True)
        self.debounce_timer.setInterval(60)
        self.debounce_timer.timeout.connect(self.run_search)
        self.textEdited.connect(lambda _text: self.debounce_timer.start())
        self.installEventFilter(self)

    def run_search(self) -> None:
        text = self.text()
        self._generation += 1
        generation = self._generation

        def show(hits: list[SearchHit]) -> None:
            if generation == self._generation:
                self._searching = False
                self.show_hits(hits)
                if self._open_when_ready:
                    self._open_when_ready = False
                    self.choose(0)

        self._searching = True

        self.desk.query(lambda db: search_units(db, text), show)

    def show_hits(self, hits: list[SearchHit]) -> None:
        self.hits = hits
        self.results_list.clear()
        for hit in hits:
            item = QListWidgetItem(
                f"{hit.code}　{hit.owner_names or self.tr('(no owner)')}　—　{hit.matched}　[{hit.state}]"
            )
            item.setData(Qt.ItemDataRole.UserRole, hit.unit_id)
            self.results_list.addItem(item)
        if not hits and self.text().strip():
            self.results_list.addItem(
                self.tr("Nothing found. Try: unit 3-1502, a name, pinyin initials zs, the last 4 digits of a phone")
            )
        if self.results_list.count():
            self.results_list.setCurrentRow(0)
            row_height = max(self.results_list.sizeHintForRow(0), 18)
            height = min(14, self.results_list.count()) * row_height + 8
            self.popup.setFixedSize(max(self.width(), 520), height)
            self.popup.move(self.mapToGlobal(QPoint(0, self.height())))
            self.popup.show()
        else:
            self.popup.hide()
        self.results_shown.emit(hits)

    def choose(self, row: int) -> None:
        if 0 <= row < len(self.hits):
            self.popup.hide()
            self.unit_chosen.emit(self.hits[row].unit_id)
            self.selectAll()

    def on_result_clicked(self, item: QListWidgetItem) -> None:
        self.choose(self.results_list.row(item))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self.debounce_timer.isActive() or self._searching:
                    # The clerk typed and hit Enter at once: open the first hit when it arrives.
                    self.debounce_timer.stop()
                    self._open_when_ready = True
                    self.run_search()
                else:
                    self.choose(max(self.results_list.currentRow(), 0))
                return True
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.popup.isVisible():
                step = 1 if key == Qt.Key.Key_Down else -1
                row = max(0, min(self.results_list.count() - 1, self.results_list.currentRow() + step))
                self.results_list.setCurrentRow(row)
                return True
            if key == Qt.Key.Key_Escape:
                self.popup.hide()
                return True
        if watched is self and event.type() == QEvent.Type.FocusOut:
            QTimer.singleShot(150, self.popup.hide)
        return super().eventFilter(watched, event)
