import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from propdesk.core.author import Actor
from propdesk.core.backup_policy import backup_name
from propdesk.core.errors import UserError
from propdesk.core.registry import BuildingPlan, Community
from propdesk.services import backups, buildings, community, units
from propdesk.store import audit
from propdesk.store.connection import Database


@pytest.fixture
def desk(file_db: Database, actor: Actor) -> Database:
    community.save_community(file_db, actor, Community(name="阳光花园"))
    buildings.generate_building(file_db, actor, BuildingPlan(code="1", entrances=1, floors=5, units_per_floor=2,
                                                             areas_centi_m2=[9000]))  # fmt: skip
    return file_db


def _count(path: Path) -> int:
    with sqlite3.connect(path) as conn:
        return int(conn.execute("SELECT count(*) FROM units").fetchone()[0])


def test_backup_is_a_verified_standalone_copy(desk: Database, actor: Actor, tmp_path: Path) -> None:
    result = backups.make_backup(desk, actor, tmp_path / "usb")
    assert result.path.parent == tmp_path / "usb" and result.path.name.startswith("propdesk-")
    assert _count(result.path) == 10
    assert not Path(str(result.path) + "-wal").exists()
    with sqlite3.connect(result.path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    state = backups.status(desk)
    assert state.last_good_path == str(result.path) and not state.is_stale(dt.datetime.now())
    assert audit.recent(desk, 1)[0].action == "backup"


def test_status_turns_stale_after_two_days(desk: Database) -> None:
    state = backups.status(desk)
    assert state.last_good_at is None and state.is_stale(dt.datetime.now())
    fresh = backups.BackupStatus(dt.datetime(2026, 11, 24, 9), "x", Path("."))
    assert not fresh.is_stale(dt.datetime(2026, 11, 26, 8)) and fresh.is_stale(dt.datetime(2026, 11, 26, 10))


def test_automatic_folder_is_thinned_by_the_retention_rule(desk: Database, actor: Actor) -> None:
    folder = backups.backup_folder(desk)
    folder.mkdir(parents=True)
    now = dt.datetime.now()
    for days in range(60):
        (folder / backup_name(now - dt.timedelta(days=days, hours=1))).write_bytes(b"old")
    (folder / "notes.txt").write_text("not a backup")
    result = backups.make_backup(desk, actor)
    left = backups.list_backups(folder)
    assert result.removed and len(left) <= 7 + 4 + 12 and left[0].path == result.path
    assert (folder / "notes.txt").exists()


def test_restore_brings_the_backup_back_and_keeps_a_safety_copy(desk: Database, actor: Actor, tmp_path: Path) -> None:
    saved = backups.make_backup(desk, actor, tmp_path / "usb")
    unit = units.list_units(desk, units.UnitFilter(), 0, 1).rows[0]
    units.update_unit(desk, actor, unit.id, floor=1, area_centi_m2=12345, unit_type="住宅", state="空置", note="改错了")
    safety = backups.restore(desk, Actor("管理员"), saved.path)
    assert units.get_unit(desk, unit.id).area_centi_m2 == 9000  # back as it was
    with sqlite3.connect(safety) as conn:  # the mistake is kept, in case the restore was the mistake
        assert conn.execute("SELECT area_centi_m2 FROM units WHERE id = ?", (unit.id,)).fetchone() == (12345,)
    assert "safety" in safety.name and audit.recent(desk, 1)[0].action == "restore"
    assert backups.quick_check(desk) == []


def test_a_damaged_backup_is_refused_and_nothing_changes(desk: Database, actor: Actor, tmp_path: Path) -> None:
    bad = tmp_path / backup_name(dt.datetime(2026, 1, 1))
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 5000)
    before = units.list_units(desk, units.UnitFilter(), 0, 100).rows
    with pytest.raises(UserError, match="已损坏"):
        backups.restore(desk, actor, bad)
    assert units.list_units(desk, units.UnitFilter(), 0, 100).rows == before
    good = backups.make_backup(desk, actor, tmp_path)
    assert backups.newest_good_backup(tmp_path) is not None
    assert backups.newest_good_backup(tmp_path).path == good.path  # type: ignore[union-attr]
