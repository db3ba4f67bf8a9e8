import sqlite3
from pathlib import Path

import pytest

from propdesk.core.errors import EnvironmentProblem
from propdesk.store import audit
from propdesk.store.connection import Database, open_database
from propdesk.store.schema import SCHEMA_VERSION


def test_pragmas_on_open(file_db: Database) -> None:
    assert file_db.scalar("PRAGMA journal_mode") == "wal"
    assert file_db.scalar("PRAGMA synchronous") == 2  # FULL
    assert file_db.scalar("PRAGMA foreign_keys") == 1
    assert file_db.scalar("PRAGMA busy_timeout") >= 1000
    assert file_db.scalar("PRAGMA user_version") == SCHEMA_VERSION


def test_second_instance_on_same_file_is_refused(file_db: Database) -> None:
    assert file_db.path is not None
    with pytest.raises(EnvironmentProblem, match="已经在另一个 propdesk"):
        open_database(file_db.path)
    # Read-only tools may still open it.
    with open_database(file_db.path, exclusive=False) as reader:
        assert reader.scalar("SELECT count(*) FROM units") == 0


def test_lock_is_released_on_close(tmp_path: Path) -> None:
    path = tmp_path / "a.sqlite3"
    open_database(path).close()
    open_database(path).close()


def test_file_from_newer_version_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite3"
    open_database(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    before = path.read_bytes()
    with pytest.raises(EnvironmentProblem, match="更新版本"):
        open_database(path)
    assert path.read_bytes() == before


def test_not_a_database_and_foreign_database(tmp_path: Path) -> None:
    junk = tmp_path / "junk.sqlite3"
    junk.write_text("这不是数据库" * 200, encoding="utf-8")
    with pytest.raises(EnvironmentProblem, match="不是 propdesk 的数据文件"):
        open_database(junk)
    other = tmp_path / "other.sqlite3"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE songs (title TEXT)")
    with pytest.raises(EnvironmentProblem, match="不是 propdesk"):
        open_database(other)


def test_read_only_and_full_disk_become_advice(file_db: Database) -> None:
    from propdesk.services.errors import explain

    file_db.execute("PRAGMA query_only = 1")  # SQLite refuses writes exactly as on a read-only file
    with pytest.raises(sqlite3.OperationalError) as caught:
        file_db.execute("INSERT INTO settings VALUES ('a', 'b')")
    problem = explain(caught.value)
    assert isinstance(problem, EnvironmentProblem) and "只读" in problem.message and problem.advice
    file_db.execute("PRAGMA query_only = 0")

    page_count = file_db.scalar("PRAGMA page_count")
    file_db.execute(f"PRAGMA max_page_count = {page_count + 1}")  # the disk is "full" one page later
    with pytest.raises(sqlite3.Error) as caught, file_db.atomic():
        file_db.execute("INSERT INTO settings VALUES ('big', ?)", ("x" * 200_000,))
    problem = explain(caught.value)
    assert isinstance(problem, EnvironmentProblem) and "磁盘已满" in problem.message
    assert file_db.scalar("SELECT count(*) FROM settings WHERE key = 'big'") == 0  # nothing half-written


def test_change_log_is_append_only(file_db: Database) -> None:
    audit.record(file_db, "甲", "update", "unit", 1, "改面积", {"a": 1}, {"a": 2})
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        file_db.execute("UPDATE change_log SET author = '乙'")
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        file_db.execute("DELETE FROM change_log")
    [entry] = audit.entries_for(file_db, "unit", 1)
    assert (entry.author, entry.before, entry.after) == ("甲", {"a": 1}, {"a": 2})


def test_network_path_is_warned_about(tmp_path: Path) -> None:
    from propdesk.core.paths import looks_like_network_path

    assert looks_like_network_path(Path("//server/share/propdesk.sqlite3"))
    assert not looks_like_network_path(tmp_path / "local.sqlite3")
