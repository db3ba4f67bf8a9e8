"""Where propdesk keeps its data on this machine (platformdirs) and what a path looks like."""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "propdesk"
DB_FILE_NAME = "propdesk.sqlite3"


LOCATION_FILE = "location.json"  # left in the home folder when the data moves elsewhere (a D: drive)


def home_dir() -> Path:
    """Where propdesk first keeps its data (``%LOCALAPPDATA%\\propdesk`` on Windows); ``PROPDESK_HOME`` overrides."""
    override = os.environ.get("PROPDESK_HOME")
    if override:
        return Path(override)
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False))


def data_dir() -> Path:
    """The data folder: the home folder, or where the admin moved the data to (the pointer file in home)."""
    home = home_dir()
    pointer = home / LOCATION_FILE
    if pointer.is_file():
        import json

        try:
            moved = json.loads(pointer.read_text(encoding="utf-8")).get("data_dir")
        except (OSError, ValueError):
            moved = None
        if moved:
            return Path(moved)
    return home


def default_db_path() -> Path:
    return data_dir() / DB_FILE_NAME


def demo_db_path() -> Path:
    return data_dir() / "demo.sqlite3"


def log_dir() -> Path:
    return data_dir() / "logs"


def looks_like_network_path(path: Path) -> bool:
    """UNC paths and mapped network mounts: SQLite's locking is unreliable there."""
    text = str(path)
    if text.startswith(("\\\\", "//")):
        return True
    if os.name == "nt":
        try:
            import ctypes

            drive = os.path.splitdrive(str(path.resolve()))[0]
            if drive:
                drive_remote = 4
                return bool(ctypes.windll.kernel32.GetDriveTypeW(drive + "\\") == drive_remote)  # type: ignore[attr-defined]
        except (OSError, AttributeError):
            return False
        return False
    try:
        resolved = str(path.resolve())
        with open("/proc/mounts", encoding="utf-8") as mounts:
            best = ("", "")
            for line in mounts:
                parts = line.split()
                if len(parts) >= 3 and resolved.startswith(parts[1]) and len(parts[1]) > len(best[0]):
                    best = (parts[1], parts[2])
        return best[1] in {"nfs", "nfs4", "cifs", "smbfs", "smb3", "sshfs", "fuse.sshfs", "9p"}
    except OSError:
        return False
