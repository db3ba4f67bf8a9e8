"""Locks the screen after the set idle minutes (an office policy, kept in the data file).

On Windows the system's own idle clock (GetLastInputInfo) is read, as screen savers do; elsewhere
an application-wide event filter notes the last key or click. The filter is installed only after
start-up: a Python call per event would otherwise slow the first paint by tens of milliseconds.
"""

from __future__ import annotations

import sys
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from propdesk.qt.main_window import MainWindow


def _windows_idle_seconds() -> float | None:
    if sys.platform != "win32":
        return None
    import ctypes

    class LastInputInfo(ctypes.Structure):
        _fields_ = [("cbSize", ctypes.c_uint), ("dwTime", ctypes.c_uint)]

    info = LastInputInfo()
    info.cbSize = ctypes.sizeof(info)
    windll = getattr(ctypes, "windll")  # noqa: B009 — exists on Windows only
    if not windll.user32.GetLastInputInfo(ctypes.byref(info)):
        return None
    ticks: int = windll.kernel32.GetTickCount()
    return (ticks - info.dwTime) / 1000.0


class IdleLock(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.minutes = 0
        self.locked = False
        self.watching = False
        self.last_input = time.monotonic()
        self.input_events: set[QEvent.Type] = set()
        self.timer = QTimer(self)
        self.timer.setInterval(30_000)
        self.timer.timeout.connect(self.on_timer_timeout)

    def set_minutes(self, minutes: int) -> None:
        """0 turns auto-lock off."""
        self.minutes = minutes
        if minutes > 0:
            self.timer.start()
            QTimer.singleShot(0, self.watch)  # after the first paint
        else:
            self.timer.stop()

    def watch(self) -> None:
        if self.watching or sys.platform == "win32":
            return
        app = QApplication.instance()
        if app is not None:
            self.input_events = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.Wheel}
            app.installEventFilter(self)
            self.watching = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in self.input_events:
            self.last_input = time.monotonic()
        return False

    def idle_seconds(self) -> float:
        system = _windows_idle_seconds()
        return system if system is not None else time.monotonic() - self.last_input

    def on_timer_timeout(self) -> None:
        if self.minutes and not self.locked and self.window.signed_in and self.idle_seconds() > self.minutes * 60:
            self.window.lock()
