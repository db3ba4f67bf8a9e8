"""Preferences (rule 10): a typed dataclass with defaults, persisted by a thin QSettings adapter.

Business data never goes here; window geometry has its own helpers.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QWidget


@dataclass
class Preferences:
    last_folder: str = ""  # where the clerk last opened or saved a file (often a USB stick)


def _settings() -> QSettings:
    return QSettings("propdesk", "propdesk")


def load() -> Preferences:
    settings = _settings()
    values = {}
    for f in dataclasses.fields(Preferences):
        value = settings.value(f"preferences/{f.name}")
        if isinstance(value, str):
            values[f.name] = value
    return Preferences(**values)


def save(preferences: Preferences) -> None:
    settings = _settings()
    for f in dataclasses.fields(Preferences):
        settings.setValue(f"preferences/{f.name}", getattr(preferences, f.name))


def save_geometry(name: str, widget: QWidget) -> None:
    _settings().setValue(f"geometry/{name}", widget.saveGeometry())


def restore_geometry(name: str, widget: QWidget) -> None:
    value = _settings().value(f"geometry/{name}")
    if isinstance(value, QByteArray):
        widget.restoreGeometry(value)


# Every file dialog goes through these two, which start in the last folder used and remember the new one.


def ask_save_path(parent: QWidget | None, title: str, file_name: str, file_filter: str) -> Path | None:
    from PySide6.QtWidgets import QFileDialog

    preferences = load()
    start = str(Path(preferences.last_folder) / file_name) if preferences.last_folder else file_name
    path, _ = QFileDialog.getSaveFileName(parent, title, start, file_filter)
    return _remember(preferences, path)


def ask_open_path(parent: QWidget | None, title: str, file_filter: str) -> Path | None:
    from PySide6.QtWidgets import QFileDialog

    preferences = load()
    path, _ = QFileDialog.getOpenFileName(parent, title, preferences.last_folder, file_filter)
    return _remember(preferences, path)


def _remember(preferences: Preferences, path: str) -> Path | None:
    if not path:
        return None
    preferences.last_folder = str(Path(path).parent)
    save(preferences)
    return Path(path)
