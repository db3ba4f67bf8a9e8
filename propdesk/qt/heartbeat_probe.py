"""Measured by the benchmark: is the window responsive while a long job runs on the worker?

``python -m propdesk.qt.heartbeat_probe DB WORKDIR`` opens the real (offscreen) window on DB, then runs the
desk's long jobs one after the other the way the screens start them — a month's bills, an Excel import (into a
second, empty file), the monthly workbook and a building's archives from the 报表 area (the batch cancelled
after a while, as a clerk would), a backup — while a 10 ms timer on the GUI thread notes how late each tick
comes. It prints, as JSON, each job's time and its worst stall (the longest the GUI thread was kept from
running beyond the tick), and the process's peak memory after visiting every area.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

TICK_MS = 10
ARCHIVE_SECONDS = 20.0  # the archive batch runs this long, then is cancelled like a clerk would


class Heartbeat:
    """A timer on the GUI thread: the largest gap between ticks, less the tick itself, is the worst stall."""

    def __init__(self) -> None:
        from PySide6.QtCore import Qt, QTimer

        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)
        self.last = time.perf_counter()
        self.worst = 0.0

    def start(self) -> None:
        self.last = time.perf_counter()
        self.worst = 0.0
        self.timer.start()

    def tick(self) -> None:
        now = time.perf_counter()
        self.worst = max(self.worst, (now - self.last) * 1000 - TICK_MS)
        self.last = now

    def stop(self) -> float:
        self.timer.stop()
        return max(self.worst, 0.0)


def _peak_mb() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kilobytes on Linux


def _wait(app: Any, condition: Callable[[], bool], timeout_s: float = 600.0) -> None:
    from propdesk.qt.startup_probe import _wait as wait_for

    wait_for(app, condition, timeout_s)


def run(db_path: Path, workdir: Path) -> dict[str, Any]:
    from propdesk.core.author import Actor
    from propdesk.core.billing import Period
    from propdesk.services import backups, fees

    from propdesk.qt import prompts
    from propdesk.qt.app import ensure_application, open_desk
    from propdesk.qt.desk import Desk
    from propdesk.qt.progress import ProgressWatcher
    from propdesk.qt.worker import DbWorker

    prompts.responder = lambda kind, title, text: print(f"{kind}: {title}: {text}", file=sys.stderr) or True
    app = ensure_application()
    actor = Actor("bench")
    window, worker = open_desk(db_path, actor)
    ready: list[bool] = []
    window.ready.connect(lambda: ready.append(True))
    window.show()
    window.start()
    _wait(app, lambda: bool(ready), 120)
    # every area visited once: the memory the desk holds with all its views built
    for key in ("units", "owners", "billing", "move_in", "renovation", "service", "reports", "supervisor", "audit",
                "today"):  # fmt: skip
        window.show_page(key)
        _wait(app, lambda: worker.pending == 0, 120)
    memory = _peak_mb()
    beat = Heartbeat()
    found: dict[str, Any] = {"areas_peak_mb": round(memory, 1)}

    def measure(name: str, start: Callable[[Callable[[], None]], object]) -> None:
        finished: list[bool] = []
        began = time.perf_counter()
        beat.start()
        start(lambda: finished.append(True))
        _wait(app, lambda: bool(finished))
        # the views the job's changes refresh fill on the GUI thread: their cost belongs to the job
        settle = time.perf_counter() + 0.5
        _wait(app, lambda: worker.pending == 0 and time.perf_counter() > settle)
        stall = beat.stop()
        found[name] = {"seconds": round(time.perf_counter() - began, 2), "worst_stall_ms": round(stall, 1)}

    desk = window.desk
    month = Period.of(dt.date.today()).plus(1)
    measure("bills", lambda done: desk.mutate(lambda db: fees.generate_bills(db, actor, month, month),
                                              lambda _v: done(), on_error=lambda exc: done()))  # fmt: skip

    # an import into a second, empty file, on its own worker (the import dialog's job)
    from propdesk.reports.ledger_xlsx import read_ledger, write_ledger
    from propdesk.services.ledger_export import ledger_rows
    from propdesk.services.ledger_import import import_ledger
    from propdesk.store.connection import open_database

    sheet = workdir / "ledger.xlsx"
    with open_database(db_path, exclusive=False) as db:
        rows = ledger_rows(db, actor)[:3000]
    write_ledger(sheet, rows)
    second = DbWorker(workdir / "import.sqlite3")
    importer = Desk(second, actor)

    def import_job(db: Any) -> Any:
        read, _problems = read_ledger(sheet)
        return import_ledger(db, actor, read)

    measure("import", lambda done: importer.mutate(import_job, lambda _v: done(), on_error=lambda exc: done()))
    second.shutdown()
    from propdesk.qt.views.reports_view import ReportsView

    reports = window.page("reports")
    assert isinstance(reports, ReportsView)
    month_text = (dt.date.today().replace(day=1) - dt.timedelta(days=1)).strftime("%Y-%m")

    def monthly(done: Callable[[], None]) -> None:
        reports.make_monthly(month_text, workdir / "monthly.xlsx")
        _wait(app, lambda: reports.monthly_button.isEnabled())
        done()

    measure("monthly_report", monthly)
    building = _first_building(db_path)

    def archives(done: Callable[[], None]) -> None:
        folder = workdir / "archives"
        folder.mkdir(exist_ok=True)
        reports.make_archives(building, folder)
        deadline = time.perf_counter() + ARCHIVE_SECONDS
        _wait(app, lambda: time.perf_counter() > deadline or reports.archive_button.isEnabled())
        for watcher in reports.findChildren(ProgressWatcher):
            watcher.progress.cancel_requested = True  # what 取消 on the progress dialog does
        _wait(app, lambda: reports.archive_button.isEnabled())
        found["archives_written"] = len(list(folder.glob("*.pdf")))
        done()

    measure("archive_batch", archives)
    measure("backup", lambda done: desk.query(lambda db: backups.make_backup(db, actor, workdir / "backups"),
                                              lambda _v: done(), lambda exc: done()))  # fmt: skip
    found["peak_mb"] = round(_peak_mb(), 1)
    worker.shutdown()
    window.close()
    return found


def _first_building(db_path: Path) -> str:
    from propdesk.services import buildings
    from propdesk.store.connection import open_database

    with open_database(db_path, exclusive=False) as db:
        return buildings.list_buildings(db)[0].code


if __name__ == "__main__":
    print(json.dumps(run(Path(sys.argv[1]), Path(sys.argv[2])), ensure_ascii=False), flush=True)
