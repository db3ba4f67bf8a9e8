"""Translation helpers. Source strings are English; the shipped zh_CN catalogue is
``resources/i18n/propdesk_zh_CN.ts`` (built to ``.qm``). ``python -m propdesk.qt.i18n`` runs
pyside6-lupdate over ``propdesk/qt`` and pyside6-lrelease on the result; a test fails while any
message is new or unfinished.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from propdesk.core.resources import resources_dir

if TYPE_CHECKING:

    def QT_TRANSLATE_NOOP(context: str, text: str) -> str: ...

else:
    from PySide6.QtCore import QT_TRANSLATE_NOOP

__all__ = ["QT_TRANSLATE_NOOP", "catalogue", "qt_sources", "update"]

LANGUAGE = "zh_CN"


def catalogue(suffix: str = ".ts") -> Path:
    return resources_dir() / "i18n" / f"propdesk_{LANGUAGE}{suffix}"


def qt_sources() -> list[Path]:
    return sorted(p for p in Path(__file__).resolve().parent.rglob("*.py") if p.name != "__init__.py")


def _tool(name: str) -> str:
    return str(Path(sys.executable).parent / name)


def lupdate(ts_file: Path) -> None:
    """Extract every translatable string into ``ts_file`` (keeping its existing translations)."""
    import subprocess  # a developer tool: kept out of the app's start-up

    subprocess.run([_tool("pyside6-lupdate"), *map(str, qt_sources()), "-no-obsolete", "-locations", "none", "-ts", str(ts_file)],
                   check=True, capture_output=True)  # fmt: skip


def lrelease(ts_file: Path, qm_file: Path) -> None:
    import subprocess

    subprocess.run([_tool("pyside6-lrelease"), str(ts_file), "-qm", str(qm_file)], check=True, capture_output=True)


def update() -> None:
    lupdate(catalogue())
    lrelease(catalogue(), catalogue(".qm"))


if __name__ == "__main__":
    update()
    print(f"updated {catalogue()} and {catalogue('.qm')}; translate any unfinished message, then run this again")
