"""Measured by the benchmark, in a real (offscreen) window.

``python -m propdesk.qt.startup_probe DB`` prints ``ready`` once the main window is shown and the
today view filled; ``--bare`` shows a bare PySide6 window with one table instead (the baseline);
``--views DB`` then also times opening unit pages and the first page of the unit list through
the GUI (worker round trip and widget filling included) and prints them as JSON.
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from pathlib import Path
from typing import Any


def _bare() -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableWidget

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setCentralWidget(QTableWidget(20, 5))
    window.show()
    QTimer.singleShot(0, lambda: (print("ready", flush=True), app.quit()))
    return app.exec()


def _desk(path: Path, views: bool) -> int:
    from propdesk.qt import prompts
    from propdesk.qt.app import ensure_application, open_desk

    def report(kind: str, title: str, text: str) -> bool:
        print(f"{kind}: {title}: {text}", file=sys.stderr, flush=True)
        return False

    prompts.responder = report  # nobody is there to click a message box
    app = ensure_application()
    from propdesk.core.author import Actor

    window, worker = open_desk(path, Actor("bench"))  # timed to the usable window, not to someone typing

    def on_ready() -> None:
        print("ready", flush=True)
        if views:
            print(json.dumps(_time_views(app, window)), flush=True)
        app.quit()

    window.ready.connect(on_ready)
    window.failed.connect(lambda: app.exit(1))
    window.show()
    window.start()
    code = app.exec()
    worker.shutdown()
    return code


def _wait(app: object, condition: object, timeout_s: float = 10.0) -> None:
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QApplication

    assert isinstance(app, QApplication) and callable(condition)
    deadline = time.perf_counter() + timeout_s
    while not condition():
        if time.perf_counter() > deadline:
            raise TimeoutError("view did not fill")
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)


def _shows(window: Any, unit_id: int) -> bool:
    record = window.unit_page.record
    return record is not None and record.unit.id == unit_id


def _time_views(app: object, window: object) -> dict[str, float]:
    from propdesk.qt.main_window import MainWindow

    assert isinstance(window, MainWindow)
    units_view = window.units_view
    list_times = []
    for sort in ("code", "owner", "area", "code", "state"):
        units_view.model.set_rows([])
        units_view.sort_key = sort
        start = time.perf_counter()
        window.show_page("units")
        _wait(app, lambda: units_view.model.rowCount() > 0)
        list_times.append((time.perf_counter() - start) * 1000)
    ids = [units_view.model.row_object(r).id for r in range(0, units_view.model.rowCount(), 7)]
    page_times = []
    for unit_id in ids:
        start = time.perf_counter()
        window.open_unit(unit_id)
        _wait(app, lambda unit_id=unit_id: _shows(window, unit_id))
        page_times.append((time.perf_counter() - start) * 1000)
    return {"unit_page_ms": statistics.median(page_times), "unit_list_ms": statistics.median(list_times[1:])}


if __name__ == "__main__":
    if sys.argv[1:2] == ["--bare"]:
        sys.exit(_bare())
    if sys.argv[1:2] == ["--views"]:
        sys.exit(_desk(Path(sys.argv[2]), views=True))
    sys.exit(_desk(Path(sys.argv[1]), views=False))
