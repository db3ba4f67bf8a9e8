"""整理数据库: ANALYZE and VACUUM give unused space back, only an admin may run it, and it is logged."""

from pathlib import Path

import pytest

from propdesk.cli import main
from propdesk.core.author import Actor
from propdesk.core.permissions import PermissionDenied, Role
from propdesk.services import maintenance
from propdesk.store import audit
from propdesk.store.connection import Database


def test_vacuum_gives_unused_space_back(file_db: Database, actor: Actor) -> None:
    db = file_db
    db.execute("CREATE TABLE scratch (data BLOB)")
    db.executemany("INSERT INTO scratch VALUES (?)", [(b"x" * 4000,) for _ in range(500)])
    db.execute("DROP TABLE scratch")  # about 2 MB of pages now unused inside the file
    db.conn.commit()
    before = maintenance.size(db)
    assert before.free_bytes > 1_500_000
    with pytest.raises(PermissionDenied):
        maintenance.optimize(db, Actor("王小丽", frozenset({Role.SUPERVISOR.value})))
    result = maintenance.optimize(db, actor)
    assert result.before == before and result.after.free_bytes == 0
    assert result.after.bytes <= before.bytes - before.free_bytes + 4096
    assert "整理数据库" in audit.recent(db, 1)[0].summary


def test_the_cli_reports_the_size_and_optimizes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "desk.sqlite3"
    assert main(["demo", str(path), "--units", "20"]) == 0
    capsys.readouterr()
    assert main(["maintain", "--db", str(path), "--size-only"]) == 0
    assert "MB，其中未用空间" in capsys.readouterr().out
    assert main(["maintain", "--db", str(path)]) == 0
    assert "已整理" in capsys.readouterr().out
