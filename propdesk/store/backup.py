"""Copies of the database made with SQLite's online backup API (never a file copy of an open
database), each verified with ``integrity_check`` before it counts."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path

from propdesk.core.errors import EnvironmentProblem
from propdesk.store.connection import Database, migrate
from propdesk.store.errors import environment_problem

PAGES_PER_STEP = 4096  # about 16 MB a step; other readers get a turn between steps


def copy_to(db: Database, target: Path) -> None:
    """Write a consistent, verified copy of ``db`` to ``target`` (replaced whole, or left as it was)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f".{target.name}.partial")
    partial.unlink(missing_ok=True)
    try:
        destination = sqlite3.connect(partial)
        try:
            db.conn.backup(destination, pages=PAGES_PER_STEP)
            destination.execute("PRAGMA journal_mode = DELETE")  # a backup is one self-contained file
        finally:
            destination.close()
        problems = integrity_problems_of(partial)
        if problems:
            raise EnvironmentProblem("备份文件校验失败，这份备份不算数。", "请检查目标磁盘或 U 盘，然后重新备份。")
        os.replace(partial, target)
    except (sqlite3.Error, OSError) as exc:
        partial.unlink(missing_ok=True)
        problem = environment_problem(exc)
        if problem is None:
            raise
        raise problem from exc


def integrity_problems_of(path: Path) -> list[str]:
    """``PRAGMA integrity_check`` of a file that is not open (read-only, no side files left)."""
    try:
        with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
            rows = conn.execute("PRAGMA integrity_check").fetchall()
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    problems = [r[0] for r in rows if r[0] != "ok"]
    if "units" not in tables or "change_log" not in tables:
        problems.append("不是 propdesk 的数据文件")
    return problems


def quick_problems(db: Database) -> list[str]:
    """``PRAGMA quick_check`` of the open file (the start-up check: O(size), no index cross-check)."""
    return [r[0] for r in db.conn.execute("PRAGMA quick_check").fetchall() if r[0] != "ok"]


def schema_version_of(path: Path) -> int:
    with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
        return int(conn.execute("PRAGMA user_version").fetchone()[0])


def restore_into(db: Database, source: Path) -> None:
    """Replace the open database's content with ``source`` through the backup API, in place: the
    file, its lock and the connection stay; only whole pages change. A backup from an older
    propdesk is then migrated like any older file."""
    with contextlib.closing(sqlite3.connect(f"file:{source}?mode=ro", uri=True)) as origin:
        origin.backup(db.conn, pages=PAGES_PER_STEP)
    migrate(db)
