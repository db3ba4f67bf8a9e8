"""Measured by the benchmark: start the desk on a database and exit once the today view is filled.

``python -m propdesk.qt.startup_probe DB`` prints ``ready`` when the main window is shown and usable;
``--bare`` shows a bare PySide6 window with one table instead (the baseline).
"""

from __future__ import annotations

import sys
from pathlib import Path


def _bare() -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableWidget

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setCentralWidget(QTableWidget(20, 5))
    window.show()
    QTimer.singleShot(0, lambda: (print("ready", flush=True), app.quit()))
    return app.exec()


def _desk(path: Path) -> int:
    from propdesk.qt import prompts
    from propdesk.qt.app import ensure_application, open_desk

    def report(kind: str, title: str, text: str) -> bool:
        print(f"{kind}: {title}: {text}", file=sys.stderr, flush=True)
        return False

    prompts.responder = report  # nobody is there to click a message box
    app = ensure_application()
    window, worker = open_desk(path)
    window.ready.connect(lambda: (print("ready", flush=True), app.quit()))
    window.failed.connect(lambda: app.exit(1))
    window.show()
    window.start()
    code = app.exec()
    worker.shutdown()
    return code


if __name__ == "__main__":
    if sys.argv[1:2] == ["--bare"]:
        sys.exit(_bare())
    sys.exit(_desk(Path(sys.argv[1])))
