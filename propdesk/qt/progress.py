"""Long jobs report progress by polling (rule 7): a 100 ms timer reads the worker's Progress;
the dialog appears only when the job takes longer than half a second."""

from __future__ import annotations

import time

from propdesk.core.progress import Progress

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QProgressDialog, QWidget

SHOW_AFTER_S = 0.5


class ProgressWatcher(QObject):
    def __init__(self, progress: Progress, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.progress = progress
        self.title = title
        self.parent_widget = parent
        self.started = time.monotonic()
        self.dialog: QProgressDialog | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(100)
        self.timer.timeout.connect(self.on_timer_timeout)
        self.timer.start()

    def on_timer_timeout(self) -> None:
        if self.dialog is None and time.monotonic() - self.started >= SHOW_AFTER_S:
            self.dialog = QProgressDialog(self.title, self.tr("Cancel"), 0, 1000, self.parent_widget)
            self.dialog.setWindowTitle(self.title)
            self.dialog.setMinimumDuration(0)
            self.dialog.canceled.connect(self.on_dialog_canceled)
            self.dialog.show()
        if self.dialog is not None:
            self.dialog.setLabelText(self.progress.message or self.title)
            self.dialog.setValue(int(self.progress.fraction * 1000))

    def on_dialog_canceled(self) -> None:
        self.progress.cancel_requested = True

    def finish(self) -> None:
        self.timer.stop()
        if self.dialog is not None:
            self.dialog.canceled.disconnect(self.on_dialog_canceled)
            self.dialog.close()
            self.dialog = None
