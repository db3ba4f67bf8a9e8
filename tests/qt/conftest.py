"""Qt fixtures: a real window on a real database file, with modal prompts answered by the test."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from propdesk.core.author import Actor
from propdesk.services.demo import generate_demo
from propdesk.store.connection import Database, open_database

from propdesk.qt import prompts
from propdesk.qt.app import ensure_application, open_desk
from propdesk.qt.main_window import MainWindow


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Preferences and window geometry go to a temporary folder, never the developer's own."""
    from PySide6.QtCore import QSettings

    folder = str(tmp_path_factory.mktemp("settings"))
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, folder)


@pytest.fixture
def answers() -> Iterator[list[tuple[str, str, str]]]:
    """Every prompt shown is recorded; confirmations are answered "yes"."""
    seen: list[tuple[str, str, str]] = []

    def respond(kind: str, title: str, text: str) -> bool:
        seen.append((kind, title, text))
        return True

    prompts.responder = respond
    yield seen
    prompts.responder = None


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The 60-unit demo, generated once per session (it takes over a second) and copied for each test."""
    import sqlite3

    path = tmp_path_factory.mktemp("demo") / "template.sqlite3"
    with open_database(path) as db:
        generate_demo(db, Actor("演示"), units=60, seed=5)
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return path


@pytest.fixture
def demo_file(tmp_path: Path, demo_template: Path) -> Path:
    import shutil

    path = tmp_path / "desk.sqlite3"
    shutil.copyfile(demo_template, path)
    return path


@pytest.fixture
def window(qtbot: Any, demo_file: Path, answers: list[Any]) -> Iterator[MainWindow]:
    ensure_application()
    main, worker = open_desk(demo_file, Actor("测试员"))
    qtbot.addWidget(main)
    with qtbot.waitSignal(main.ready, timeout=10_000):
        main.show()
        main.start()
    yield main
    worker.shutdown()


@pytest.fixture
def read_db(demo_file: Path) -> Callable[[], Database]:
    """A second, read-only connection to check what the GUI wrote (the worker holds the lock)."""
    opened: list[Database] = []

    def make() -> Database:
        db = open_database(demo_file, exclusive=False)
        opened.append(db)
        return db

    yield make  # type: ignore[misc]
    for db in opened:
        db.close()


def wait_idle(qtbot: Any, main: MainWindow) -> None:
    qtbot.waitUntil(lambda: main.desk.worker.pending == 0, timeout=10_000)


@pytest.fixture
def previews(monkeypatch: Any) -> list[str]:
    """The titles of the PDF previews the desk opened (the preview dialog itself is not shown)."""
    from propdesk.qt.dialogs import pdf_preview

    shown: list[str] = []
    monkeypatch.setattr(pdf_preview.PdfPreviewDialog, "exec", lambda self: shown.append(self.windowTitle()) or 0)
    return shown
