"""One helper resolves ``resources/`` in a checkout and in the PyInstaller bundle (rule 12)."""

from __future__ import annotations

import sys
from pathlib import Path

FONT_FILE = "fonts/wqy-microhei.ttc"
FONT_FAMILY = "WenQuanYi Micro Hei"


def resources_dir() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle is not None:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent.parent / "resources"


def resource_path(relative: str) -> Path:
    """Absolute path of a bundled resource; raises FileNotFoundError with the path if missing."""
    path = resources_dir() / relative
    if not path.exists():
        raise FileNotFoundError(f"propdesk resource missing: {path}")
    return path


def font_path() -> Path:
    return resource_path(FONT_FILE)
