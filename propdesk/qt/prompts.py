"""Every modal prompt goes through here so tests can answer them (rule 15).

Tests set ``prompts.responder`` to a function that receives (kind, title, text) and returns
the answer; a bare ``QMessageBox.exec()`` would hang a headless run.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable

from propdesk.core.errors import EnvironmentProblem, PropdeskError, UserError
from propdesk.core.logs import setup_logging
from propdesk.core.paths import log_dir
from propdesk.services.errors import explain

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

log = logging.getLogger(__name__)

Responder = Callable[[str, str, str], bool | str]
responder: Responder | None = None
shown: list[tuple[str, str, str]] = []  # what was shown, newest last (tests read it)


def _ask(kind: str, parent: QWidget | None, title: str, text: str) -> bool:
    shown.append((kind, title, text))
    if responder is not None:
        return bool(responder(kind, title, text))
    box = QMessageBox(parent)
    box.setWindowTitle(title)
    box.setText(text)
    icons = {
        "info": QMessageBox.Icon.Information,
        "warning": QMessageBox.Icon.Warning,
        "error": QMessageBox.Icon.Critical,
        "confirm": QMessageBox.Icon.Question,
    }
    box.setIcon(icons.get(kind, QMessageBox.Icon.NoIcon))
    if kind == "confirm":
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        return box.exec() == QMessageBox.StandardButton.Yes
    box.exec()
    return True


def info(parent: QWidget | None, title: str, text: str) -> None:
    _ask("info", parent, title, text)


def warning(parent: QWidget | None, title: str, text: str) -> None:
    _ask("warning", parent, title, text)


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    return _ask("confirm", parent, title, text)


def ask_text(parent: QWidget | None, title: str, text: str) -> str | None:
    """A line of text from the user (a reason, a note); ``None`` when cancelled."""
    shown.append(("text", title, text))
    if responder is not None:
        answer = responder("text", title, text)
        return answer if isinstance(answer, str) else None
    from PySide6.QtWidgets import QInputDialog

    value, ok = QInputDialog.getText(parent, title, text)
    return value if ok else None


def show_exception(parent: QWidget | None, exc: BaseException) -> None:
    """User mistakes and environment problems get plain words; bugs get the crash dialog and the log."""
    known = explain(exc)
    if isinstance(known, EnvironmentProblem):
        log.warning("environment problem: %s", known.message, exc_info=exc)
        advice = (
            "\n\n" + QCoreApplication.translate("prompts", "Advice: %1").replace("%1", known.advice)
            if known.advice
            else ""
        )
        _ask("error", parent, QCoreApplication.translate("prompts", "Could not finish"), known.message + advice)
        return
    if isinstance(known, PropdeskError):
        log.info("refused: %s", known.message)
        _ask("warning", parent, QCoreApplication.translate("prompts", "Please check"), known.message)
        return
    try:
        path = setup_logging(log_dir())
    except OSError:
        path = log_dir() / "propdesk.log"
    log.error("bug: %s", "".join(traceback.format_exception(exc)))
    text = QCoreApplication.translate(
        "prompts",
        "An internal error stopped the last action; it was not completed.\n\n%1\n\n"
        "The details are in the log: %2\nPlease send the log to support.",
    )
    _ask(
        "error",
        parent,
        QCoreApplication.translate("prompts", "Program error"),
        text.replace("%1", f"{type(exc).__name__}: {exc}").replace("%2", str(path)),
    )


def report(parent: QWidget | None, exc: BaseException, show_in_place: Callable[[str], object]) -> None:
    """A failed save: a user mistake is said in place by ``show_in_place`` (the form keeps what was typed);
    anything else goes to ``show_exception``."""
    known = explain(exc)
    if isinstance(known, UserError):
        log.info("refused: %s", known.message)
        show_in_place(known.message)
    else:
        show_exception(parent, exc)
