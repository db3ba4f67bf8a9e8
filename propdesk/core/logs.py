"""Logging set-up: a rotating log file in the data directory keeps tracebacks for bug reports."""

from __future__ import annotations

from pathlib import Path


def setup_logging(log_directory: Path, verbose: bool = False) -> Path:
    """Send propdesk's log records to ``propdesk.log`` (1 MB × 5 files); return the log path."""
    import logging.handlers  # ~10 ms: only when logging is actually set up

    log_directory.mkdir(parents=True, exist_ok=True)
    path = log_directory / "propdesk.log"
    root = logging.getLogger("propdesk")
    for old in [h for h in root.handlers if isinstance(h, logging.handlers.RotatingFileHandler)]:
        if Path(old.baseFilename) == path.resolve():
            root.setLevel(logging.DEBUG if verbose else logging.INFO)
            return path
        root.removeHandler(old)  # the data folder moved (PROPDESK_HOME): follow it
        old.close()
    handler = logging.handlers.RotatingFileHandler(path, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    return path
