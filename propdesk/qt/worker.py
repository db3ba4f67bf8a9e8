"""One worker thread owns the database connection; the GUI submits functions to it (rule 1).

``submit(fn, on_done, on_error)`` runs ``fn(db)`` on the worker thread and calls ``on_done(result)``
or ``on_error(exc)`` back on the GUI thread. Nothing in ``fn`` may touch a widget.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from propdesk.store.connection import Database, open_database

from PySide6.QtCore import QObject, QThread, Signal, Slot

log = logging.getLogger(__name__)

Job = Callable[[Database], Any]


class FileJob:
    """A job on the database file rather than through a connection (replacing a damaged file)."""

    def __init__(self, run: Callable[[Path], Any]) -> None:
        self.run = run

    def __call__(self, db: Database) -> Any:  # pragma: no cover — the runner calls run() instead
        raise AssertionError("a FileJob needs the file, not a connection")


class _Runner(QObject):
    """Lives on the worker thread; runs jobs in the order they arrive."""

    finished = Signal(int, object, object)  # job id, result, exception

    def __init__(self, path: Path) -> None:
        super().__init__()
        self._path = path
        self._db: Database | None = None

    @Slot(int, object)
    def run(self, job_id: int, job: Job) -> None:
        try:
            if isinstance(job, FileJob):  # works on the file itself, which must not be open
                if self._db is not None:
                    self._db.close()
                    self._db = None
                result = job.run(self._path)
            else:
                if self._db is None:
                    self._db = open_database(self._path)
                result = job(self._db)
        except BaseException as exc:  # every failure goes back to the GUI, which decides what to show
            self.finished.emit(job_id, None, exc)
            return
        self.finished.emit(job_id, result, None)

    @Slot()
    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None


class DbWorker(QObject):
    """The GUI's handle on the database thread."""

    _submit = Signal(int, object)
    _close = Signal()
    busy_changed = Signal(bool)

    def __init__(self, path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self._thread = QThread()
        self._thread.setObjectName("propdesk-db")
        self._runner = _Runner(path)
        self._runner.moveToThread(self._thread)
        self._submit.connect(self._runner.run)
        self._close.connect(self._runner.close)
        self._runner.finished.connect(self._on_finished)
        self._callbacks: dict[int, tuple[Callable[[Any], object] | None, Callable[[BaseException], None] | None]] = {}
        self._ids = itertools.count(1)
        self._thread.start()

    @property
    def pending(self) -> int:
        return len(self._callbacks)

    def submit(
        self,
        job: Job,
        on_done: Callable[[Any], object] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> int:
        job_id = next(self._ids)
        self._callbacks[job_id] = (on_done, on_error)
        if len(self._callbacks) == 1:
            self.busy_changed.emit(True)
        self._submit.emit(job_id, job)
        return job_id

    @Slot(int, object, object)
    def _on_finished(self, job_id: int, result: Any, error: Any) -> None:
        on_done, on_error = self._callbacks.pop(job_id, (None, None))
        if not self._callbacks:
            self.busy_changed.emit(False)
        if error is not None:
            if on_error is not None:
                on_error(error)
            else:
                from propdesk.qt import prompts

                prompts.show_exception(None, error)
        elif on_done is not None:
            on_done(result)

    def shutdown(self) -> None:
        """Close the connection on its own thread, then stop the thread."""
        self._close.emit()
        self._thread.quit()
        self._thread.wait(10_000)
