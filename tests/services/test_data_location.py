"""数据位置: the data file and its backups move to another folder, checked before the old copies go; a
refused move leaves everything where it was."""

from pathlib import Path

import pytest

from propdesk.core.author import Actor
from propdesk.core.errors import UserError
from propdesk.core.paths import data_dir, default_db_path
from propdesk.core.permissions import PermissionDenied, Role
from propdesk.services import backups, data_location
from propdesk.services.demo import generate_demo
from propdesk.store import audit
from propdesk.store.connection import open_database


def test_the_data_moves_with_its_backups(propdesk_home: Path, tmp_path: Path, actor: Actor) -> None:
    old = default_db_path()
    with open_database(old) as db:
        generate_demo(db, actor, units=20, seed=3)
        backups.make_backup(db, actor)
        units_before = int(db.scalar("SELECT count(*) FROM units"))
    old_backups = sorted((data_dir() / "backups").glob("*.sqlite3"))
    assert old_backups and data_dir() == propdesk_home
    with pytest.raises(PermissionDenied):
        data_location.move_data(Actor("王小丽", frozenset({Role.SUPERVISOR.value})), old, tmp_path / "D")
    taken = tmp_path / "taken"
    taken.mkdir()
    (taken / "propdesk.sqlite3").write_bytes(b"")
    with pytest.raises(UserError, match="已经有一个数据文件"):
        data_location.move_data(actor, old, taken)
    assert old.exists() and data_dir() == propdesk_home  # refused: nothing moved
    report = data_location.move_data(actor, old, tmp_path / "D" / "propdesk")
    assert report.backups == len(old_backups) and data_dir() == tmp_path / "D" / "propdesk"
    assert not old.exists() and not list((propdesk_home / "backups").glob("*.sqlite3"))
    assert default_db_path().parent == tmp_path / "D" / "propdesk"
    assert sorted(p.name for p in (data_dir() / "backups").glob("*.sqlite3")) == [p.name for p in old_backups]
    with open_database(default_db_path()) as db:
        assert int(db.scalar("SELECT count(*) FROM units")) == units_before
        assert "数据位置从" in audit.recent(db, 1)[0].summary
