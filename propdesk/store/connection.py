"""Opening the one SQLite file: pragmas, the single-instance lock, version and sanity checks."""

from __future__ import annotations

import contextlib
import logging
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from filelock import FileLock, Timeout
from sqlite_utils import Database as _SqliteUtilsDatabase

from propdesk.core.errors import EnvironmentProblem
from propdesk.core.paths import looks_like_network_path
from propdesk.store import schema
from propdesk.store.errors import environment_problem

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 5000


@dataclass
class Database:
    """An open propdesk database. Services take it as their first argument.

    ``raw`` is the sqlite-utils wrapper; only modules in ``propdesk.store`` touch it.
    """

    raw: _SqliteUtilsDatabase
    path: Path | None
    warnings: list[str] = field(default_factory=list)
    _lock: FileLock | None = None

    @contextlib.contextmanager
    def atomic(self) -> Iterator[None]:
        """One transaction per use case (rule 4); nested calls become savepoints."""
        with self.raw.atomic():
            yield

    def close(self) -> None:
        with contextlib.suppress(sqlite3.Error):
            self.raw.close()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # Thin query helpers for the store modules.
    def rows(self, sql: str, params: Any = ()) -> list[dict[str, Any]]:
        cursor = self.raw.execute(sql, params)
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, r, strict=True)) for r in cursor.fetchall()]

    def one(self, sql: str, params: Any = ()) -> dict[str, Any] | None:
        cursor = self.raw.execute(sql, params)
        row = cursor.fetchone()
        if row is None:
            return None
        return dict(zip([d[0] for d in cursor.description], row, strict=True))

    def scalar(self, sql: str, params: Any = ()) -> Any:
        row = self.raw.execute(sql, params).fetchone()
        return None if row is None else row[0]

    def execute(self, sql: str, params: Any = ()) -> sqlite3.Cursor:
        return self.raw.execute(sql, params)

    def insert(self, sql: str, params: Any = ()) -> int:
        cursor = self.raw.execute(sql, params)
        assert cursor.lastrowid is not None
        return cursor.lastrowid


def open_database(path: Path | str, *, exclusive: bool = True, create: bool = True) -> Database:
    """Open (and migrate) a propdesk file.

    ``exclusive`` takes the single-instance lock next to the file, so a second propdesk on the
    same file is refused; read-only tools (export, print, check) open without it.
    Raises ``EnvironmentProblem`` with advice for everything the user must fix.
    """
    path = Path(path)
    warnings: list[str] = []
    if not create and not path.exists():
        raise EnvironmentProblem(f"找不到数据文件：{path}", "请检查路径，或用 --demo 打开演示数据。")
    if looks_like_network_path(path):
        warnings.append("数据文件在网络共享盘上：断网或多台电脑同时使用可能损坏数据，建议放在本机磁盘。")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise EnvironmentProblem(f"无法创建数据文件夹：{path.parent}", str(exc)) from exc
    lock = _take_lock(path) if exclusive else None
    try:
        raw = _SqliteUtilsDatabase(sqlite3.connect(str(path), check_same_thread=False, timeout=BUSY_TIMEOUT_MS / 1000))
        db = Database(raw=raw, path=path, warnings=warnings, _lock=lock)
        _configure(db)
        _check_and_migrate(db)
    except EnvironmentProblem:
        if lock is not None:
            lock.release()
        raise
    except (sqlite3.Error, OSError) as exc:
        if lock is not None:
            lock.release()
        problem = environment_problem(exc)
        if problem is None:
            raise
        raise problem from exc
    return db


def open_memory_database() -> Database:
    """A fresh migrated in-memory database (tests and benchmarks)."""
    raw = _SqliteUtilsDatabase(sqlite3.connect(":memory:", check_same_thread=False))
    db = Database(raw=raw, path=None)
    _configure(db)
    _check_and_migrate(db)
    return db


def _take_lock(path: Path) -> FileLock:
    lock = FileLock(str(path) + ".lock", is_singleton=False, thread_local=False)
    try:
        lock.acquire(timeout=0)
    except Timeout:
        raise EnvironmentProblem(
            "这个数据文件已经在另一个 propdesk 窗口中打开。",
            "请切换到已经打开的窗口；如果确定没有打开，请重启电脑后再试。",
        ) from None
    except OSError as exc:
        problem = environment_problem(exc)
        raise problem or EnvironmentProblem("无法锁定数据文件。", str(exc)) from exc
    return lock


def _configure(db: Database) -> None:
    raw = db.raw
    raw.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    # Reading the header first: a non-database file fails here with a clear error.
    raw.execute("PRAGMA schema_version").fetchone()
    if db.path is not None:
        mode = raw.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if str(mode).lower() != "wal":
            db.warnings.append("无法启用预写日志（WAL）模式，数据文件所在位置可能不支持。")
    raw.execute("PRAGMA synchronous = FULL")
    raw.execute("PRAGMA foreign_keys = ON")


def _check_and_migrate(db: Database) -> None:
    version = int(db.raw.execute("PRAGMA user_version").fetchone()[0])
    if version > schema.SCHEMA_VERSION:
        raise EnvironmentProblem(
            f"这个数据文件来自更新版本的 propdesk（数据版本 {version}，本程序支持到 {schema.SCHEMA_VERSION}）。",
            "请安装最新版本的 propdesk 后再打开；本程序不会修改这个文件。",
        )
    tables = set(db.raw.table_names())
    if version == 0 and tables and "_sqlite_migrations" not in tables:
        raise EnvironmentProblem(
            "这个文件是 SQLite 数据库，但不是 propdesk 的数据文件。", "请选择正确的文件，本程序不会修改它。"
        )
    applied = schema.apply(db.raw)
    if applied:
        log.info("applied migrations %s to %s", applied, db.path)
    db.raw.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION}")


def integrity_problems(db: Database) -> list[str]:
    """``PRAGMA integrity_check`` and ``foreign_key_check``: an empty list means healthy."""
    problems = [r[0] for r in db.raw.execute("PRAGMA integrity_check").fetchall() if r[0] != "ok"]
    problems += [
        f"外键错误：{r[0]} 第 {r[1]} 行引用了不存在的 {r[2]}"
        for r in db.raw.execute("PRAGMA foreign_key_check").fetchall()
    ]
    return problems
