"""Opening the one SQLite file: pragmas, the single-instance lock, version and sanity checks."""

from __future__ import annotations

import contextlib
import itertools
import logging
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from propdesk.core.errors import EnvironmentProblem
from propdesk.core.paths import looks_like_network_path
from propdesk.store.errors import environment_problem
from propdesk.store.instance_lock import InstanceLock

if TYPE_CHECKING:
    from sqlite_utils import Database as SqliteUtilsDatabase

log = logging.getLogger(__name__)
_savepoints = itertools.count(1)

BUSY_TIMEOUT_MS = 5000


@dataclass
class Database:
    """An open propdesk database. Services take it as their first argument.

    ``conn`` is the sqlite3 connection; only modules in ``propdesk.store`` touch it. The
    sqlite-utils wrapper (``utils``) is made on first use: importing it costs ~100 ms of
    start-up, and the desk's hot paths are plain SQL.
    """

    conn: sqlite3.Connection
    path: Path | None
    warnings: list[str] = field(default_factory=list)
    _lock: InstanceLock | None = None
    _utils: SqliteUtilsDatabase | None = None

    @property
    def utils(self) -> SqliteUtilsDatabase:
        if self._utils is None:
            from sqlite_utils import Database as SqliteUtilsDatabase

            self._utils = SqliteUtilsDatabase(self.conn)
        return self._utils

    @contextlib.contextmanager
    def atomic(self) -> Iterator[None]:
        """One transaction per use case (rule 4); nested calls become savepoints.

        The same protocol as sqlite-utils' ``atomic()``: BEGIN … COMMIT, or a savepoint inside.
        """
        conn = self.conn
        if conn.in_transaction:
            name = f"sp_{next(_savepoints)}"
            conn.execute(f"SAVEPOINT {name}")
            try:
                yield
            except BaseException:
                if conn.in_transaction:
                    conn.execute(f"ROLLBACK TO SAVEPOINT {name}")
                    conn.execute(f"RELEASE SAVEPOINT {name}")
                raise
            else:
                conn.execute(f"RELEASE SAVEPOINT {name}")
            return
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        else:
            try:
                conn.execute("COMMIT")
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise

    def close(self) -> None:
        with contextlib.suppress(sqlite3.Error):
            self.conn.close()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # Thin query helpers for the store modules.
    def rows(self, sql: str, params: Any = ()) -> list[dict[str, Any]]:
        cursor = self.conn.execute(sql, params)
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, r, strict=True)) for r in cursor.fetchall()]

    def one(self, sql: str, params: Any = ()) -> dict[str, Any] | None:
        cursor = self.conn.execute(sql, params)
        row = cursor.fetchone()
        if row is None:
            return None
        return dict(zip([d[0] for d in cursor.description], row, strict=True))

    def scalar(self, sql: str, params: Any = ()) -> Any:
        row = self.conn.execute(sql, params).fetchone()
        return None if row is None else row[0]

    def execute(self, sql: str, params: Any = ()) -> sqlite3.Cursor:
        return self.conn.execute(sql, params)

    def executemany(self, sql: str, rows: Any) -> None:
        self.conn.executemany(sql, rows)

    def insert(self, sql: str, params: Any = ()) -> int:
        cursor = self.conn.execute(sql, params)
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
        conn = sqlite3.connect(str(path), check_same_thread=False, timeout=BUSY_TIMEOUT_MS / 1000)
        db = Database(conn=conn, path=path, warnings=warnings, _lock=lock)
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
    db = Database(conn=sqlite3.connect(":memory:", check_same_thread=False), path=None)
    _configure(db)
    _check_and_migrate(db)
    return db


def _take_lock(path: Path) -> InstanceLock:
    lock = InstanceLock(Path(str(path) + ".lock"))
    try:
        acquired = lock.try_acquire()
    except OSError as exc:
        problem = environment_problem(exc)
        raise problem or EnvironmentProblem("无法锁定数据文件。", str(exc)) from exc
    if not acquired:
        raise EnvironmentProblem(
            "这个数据文件已经在另一个 propdesk 窗口中打开。",
            "请切换到已经打开的窗口；如果确定没有打开，请重启电脑后再试。",
        )
    return lock


def _configure(db: Database) -> None:
    raw = db.conn
    raw.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    # Reading the header first: a non-database file fails here with a clear error.
    raw.execute("PRAGMA schema_version").fetchone()
    if db.path is not None:
        mode = raw.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if str(mode).lower() != "wal":
            db.warnings.append("无法启用预写日志（WAL）模式，数据文件所在位置可能不支持。")
    raw.execute("PRAGMA synchronous = FULL")
    raw.execute("PRAGMA foreign_keys = ON")


def migrate(db: Database) -> None:
    """Bring an open file up to this propdesk's schema (refusing a newer one)."""
    _check_and_migrate(db)


def _check_and_migrate(db: Database) -> None:
    from propdesk.store.schema_version import SCHEMA_VERSION

    version = int(db.conn.execute("PRAGMA user_version").fetchone()[0])
    if version > SCHEMA_VERSION:
        raise EnvironmentProblem(
            f"这个数据文件来自更新版本的 propdesk（数据版本 {version}，本程序支持到 {SCHEMA_VERSION}）。",
            "请安装最新版本的 propdesk 后再打开；本程序不会修改这个文件。",
        )
    if version == SCHEMA_VERSION:
        return  # up to date: the common case skips loading the migration machinery
    tables = {r[0] for r in db.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if version == 0 and tables and "_sqlite_migrations" not in tables:
        raise EnvironmentProblem(
            "这个文件是 SQLite 数据库，但不是 propdesk 的数据文件。", "请选择正确的文件，本程序不会修改它。"
        )
    from propdesk.store import schema

    applied = schema.apply(db.utils)
    if applied:
        log.info("applied migrations %s to %s", applied, db.path)
    db.conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")


def file_size(db: Database) -> tuple[int, int]:
    """(bytes the file takes, bytes of it unused: free pages a VACUUM gives back)."""
    page = int(db.conn.execute("PRAGMA page_size").fetchone()[0])
    pages = int(db.conn.execute("PRAGMA page_count").fetchone()[0])
    free = int(db.conn.execute("PRAGMA freelist_count").fetchone()[0])
    return page * pages, page * free


def optimize(db: Database) -> None:
    """ANALYZE (fresh statistics for the query planner), then VACUUM (the file rewritten compactly). VACUUM
    runs outside any transaction; the WAL is checkpointed so the file on disk shows the result."""
    assert not db.conn.in_transaction, "optimize outside a use case's transaction"
    db.conn.execute("ANALYZE")
    db.conn.commit()
    db.conn.execute("VACUUM")
    db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def integrity_problems(db: Database) -> list[str]:
    """``PRAGMA integrity_check`` and ``foreign_key_check``: an empty list means healthy."""
    problems = [r[0] for r in db.conn.execute("PRAGMA integrity_check").fetchall() if r[0] != "ok"]
    problems += [
        f"外键错误：{r[0]} 第 {r[1]} 行引用了不存在的 {r[2]}"
        for r in db.conn.execute("PRAGMA foreign_key_check").fetchall()
    ]
    return problems
