"""Start the desk: Qt application, bundled font, Chinese Qt translations, the worker, the window."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from propdesk.core.author import Actor
from propdesk.core.logs import setup_logging
from propdesk.core.paths import default_db_path, log_dir
from propdesk.core.resources import font_path, resource_path
from propdesk.store.connection import Database

from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtGui import QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication

from propdesk.qt import prompts
from propdesk.qt.desk import Desk
from propdesk.qt.main_window import MainWindow
from propdesk.qt.worker import DbWorker, Job

log = logging.getLogger(__name__)


def ensure_application() -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("propdesk")
    app.setOrganizationName("propdesk")
    app.setWindowIcon(QIcon(str(resource_path("icons/propdesk.png"))))
    install_font(app)
    install_translations(app)
    return app


def install_font(app: QApplication) -> str:
    """Register the bundled CJK font so Chinese renders on any machine, and make it the default."""
    font_id = QFontDatabase.addApplicationFont(str(font_path()))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if families:
        font = QFont(families[0], 10)
        app.setFont(font)
        return families[0]
    log.warning("bundled font could not be loaded from %s", font_path())
    return ""


def install_translations(app: QApplication) -> None:
    """Simplified Chinese by default: propdesk's catalogue and Qt's own (OK/Cancel, file dialogs,
    edit menus — bundled because PySide6-Essentials ships none)."""
    if getattr(app, "_propdesk_translator", None) is not None:
        return
    translators = []
    for catalogue in ("i18n/qtbase_zh_CN.qm", "i18n/propdesk_zh_CN.qm"):
        translator = QTranslator(app)
        if translator.load(str(resource_path(catalogue))):
            app.installTranslator(translator)
            translators.append(translator)
        else:
            log.warning("translations could not be loaded from %s", catalogue)
    app._propdesk_translator = translators  # type: ignore[attr-defined]
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))


def _excepthook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    log.error("uncaught: %s", "".join(traceback.format_exception(kind, exc, tb)))
    prompts.show_exception(None, exc)


def open_desk(db_path: Path, actor: Actor | None = None) -> tuple[MainWindow, DbWorker]:
    """Build the window on a database; the worker opens the file on its own thread, and a file
    that cannot be opened is reported by ``window.failed`` after the error message.

    Without ``actor`` the window asks who is signing in; tests and the benchmark pass one.
    """
    worker = DbWorker(db_path)
    desk = Desk(worker, actor)
    window = MainWindow(desk, db_path, signed_in=actor is not None)
    window.ready.connect(_once_usable)
    return window, worker


def _once_usable() -> None:
    """The modules, widgets and wrappers built at start-up live as long as the app: moved out of the
    collector's reach, a full collection (which stops every thread, the GUI's too) no longer walks them —
    measured, a full collection during a long job fell from about 130 ms to 50 ms."""
    import gc

    gc.freeze()
    # Once the window is usable: the worker gives up the GIL at every SQLite step and file write and takes it
    # straight back; a GUI thread waiting for it only asks after the switch interval passes with no hand-over,
    # so with the default 5 ms it waited up to 300 ms behind a workbook being written (measured). At 1 ms it gets
    # its turn. (Not before: while the window is being built the two threads share the work of starting up.)
    sys.setswitchinterval(0.001)


def run_gui(db_path: Path | None = None, demo: bool = False) -> int:
    setup_logging(log_dir())
    app = ensure_application()
    sys.excepthook = _excepthook
    if demo:
        from propdesk.services.demo import ensure_demo_database

        path = ensure_demo_database()
    else:
        path = db_path or default_db_path()
    try:
        window, worker = open_desk(path)
    except Exception as exc:
        prompts.show_exception(None, exc)
        return 1
    window.failed.connect(lambda: app.exit(1))
    window.show()
    window.start()
    code = app.exec()
    worker.submit(_backup_on_exit(window.desk.actor))  # runs before the worker closes the file
    worker.shutdown()
    return int(code)


def _backup_on_exit(actor: Actor) -> Job:
    def job(db: Database) -> None:
        from propdesk.services.backups import make_backup

        try:
            result = make_backup(db, actor)
            log.info("backup on exit: %s (%.1f s)", result.path, result.seconds)
        except Exception:
            log.exception("backup on exit failed")

    return job
