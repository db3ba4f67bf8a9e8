"""Backups and restore: made on closing, once a day and on demand; verified; thinned by the
7-daily/4-weekly/12-monthly rule; restored only after a safety copy of the current file."""

from __future__ import annotations

import datetime as dt
import shutil
import time
from dataclasses import dataclass
from pathlib import Path

from propdesk.core.author import Actor
from propdesk.core.backup_policy import BackupFile, backup_name, parse_backup_name, to_keep
from propdesk.core.changes import Changes
from propdesk.core.errors import EnvironmentProblem, UserError
from propdesk.core.paths import data_dir
from propdesk.core.permissions import Permission
from propdesk.store import audit, backup, settings
from propdesk.store.connection import Database
from propdesk.store.schema_version import SCHEMA_VERSION

STALE_AFTER = dt.timedelta(days=2)


@dataclass(frozen=True)
class BackupResult:
    path: Path
    size_bytes: int
    seconds: float
    removed: list[Path]


@dataclass(frozen=True)
class BackupStatus:
    last_good_at: dt.datetime | None
    last_good_path: str
    folder: Path

    def age(self, now: dt.datetime) -> dt.timedelta | None:
        return None if self.last_good_at is None else now - self.last_good_at

    def is_stale(self, now: dt.datetime) -> bool:
        age = self.age(now)
        return age is None or age > STALE_AFTER


def backup_folder(db: Database) -> Path:
    """The folder for automatic backups: a setting, else ``backups`` next to the data."""
    chosen = settings.get_value(db, "backup.folder")
    return Path(chosen) if chosen else data_dir() / "backups"


def set_backup_folder(db: Database, actor: Actor, folder: Path) -> Changes:
    actor.require(Permission.EDIT_SETTINGS)
    with db.atomic():
        before = settings.get_value(db, "backup.folder")
        settings.set_value(db, "backup.folder", str(folder))
        audit.record(db, actor.name, "update", "settings", None, "修改备份文件夹", {"folder": before},
                     {"folder": str(folder)})  # fmt: skip
    return Changes(community=True)


def status(db: Database) -> BackupStatus:
    stamp = settings.get_value(db, "backup.last_good_at")
    return BackupStatus(
        last_good_at=dt.datetime.fromisoformat(stamp) if stamp else None,
        last_good_path=settings.get_value(db, "backup.last_good_path"),
        folder=backup_folder(db),
    )


def make_backup(db: Database, actor: Actor, folder: Path | None = None, reason: str = "") -> BackupResult:
    """Copy, verify, record, thin. ``folder`` defaults to the automatic backup folder; a backup to
    another folder (a USB stick) is not thinned there."""
    automatic_folder = backup_folder(db)
    target_folder = folder or automatic_folder
    started = time.monotonic()
    taken_at = dt.datetime.now().replace(microsecond=0)
    target = target_folder / backup_name(taken_at, reason)
    if target.exists():  # two backups in one second: keep both
        target = target_folder / backup_name(taken_at, f"{reason}-2" if reason else "2")
    backup.copy_to(db, target)
    with db.atomic():
        settings.set_value(db, "backup.last_good_at", taken_at.isoformat())
        settings.set_value(db, "backup.last_good_path", str(target))
        audit.record(db, actor.name, "backup", "database", None, f"备份到 {target}", None,
                     {"path": str(target), "bytes": target.stat().st_size})  # fmt: skip
    removed = thin(target_folder, taken_at) if target_folder == automatic_folder else []
    return BackupResult(target, target.stat().st_size, time.monotonic() - started, removed)


def list_backups(folder: Path) -> list[BackupFile]:
    if not folder.is_dir():
        return []
    found = [parse_backup_name(p) for p in folder.iterdir() if p.is_file()]
    return sorted((b for b in found if b is not None), key=lambda b: b.taken_at, reverse=True)


def thin(folder: Path, now: dt.datetime) -> list[Path]:
    """Delete the automatic backups the retention rule no longer keeps (safety copies are kept)."""
    candidates = [b for b in list_backups(folder) if "safety" not in b.path.name]
    keep = to_keep(candidates, now)
    removed = []
    for b in candidates:
        if b.path not in keep:
            b.path.unlink(missing_ok=True)
            removed.append(b.path)
    return removed


def newest_good_backup(folder: Path) -> BackupFile | None:
    for candidate in list_backups(folder):
        if not backup.integrity_problems_of(candidate.path):
            return candidate
    return None


def quick_check(db: Database) -> list[str]:
    return backup.quick_problems(db)


def restore(db: Database, actor: Actor, source: Path) -> Path:
    """Replace the open database with ``source``: check it first, keep a safety copy of the current
    file, copy in place, check again. Returns the safety copy's path."""
    actor.require(Permission.RESTORE_BACKUP)
    if not source.is_file():
        raise UserError(f"找不到备份文件：{source}")
    problems = backup.integrity_problems_of(source)
    if problems:
        raise UserError(f"这个备份文件已损坏或不是 propdesk 的数据文件（{problems[0]}），没有恢复。")
    if backup.schema_version_of(source) > SCHEMA_VERSION:
        raise UserError("这个备份来自更新版本的 propdesk，请先升级程序再恢复。")
    safety = make_backup(db, actor, reason="safety")
    backup.restore_into(db, source)
    after = quick_check(db)
    if after:
        backup.restore_into(db, safety.path)
        raise EnvironmentProblem("恢复后的文件校验失败，已退回恢复前的数据。", "请换一份备份再试。")
    with db.atomic():
        audit.record(db, actor.name, "restore", "database", None, f"从 {source} 恢复；恢复前的数据在 {safety.path}",
                     None, {"source": str(source), "safety_copy": str(safety.path)})  # fmt: skip
    return safety.path


def replace_damaged_file(db_path: Path, source: Path) -> Path:
    """For a file too damaged to open: set it aside as ``….damaged-<time>`` and put a checked backup in
    its place. Returns where the damaged file went. The file must not be open."""
    problems = backup.integrity_problems_of(source)
    if problems:
        raise UserError(f"这个备份文件也已损坏（{problems[0]}），没有恢复。")
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    aside = db_path.with_name(f"{db_path.name}.damaged-{stamp}")
    for suffix in ("", "-wal", "-shm"):
        part = Path(str(db_path) + suffix)
        if part.exists():
            part.rename(Path(str(aside) + suffix))
    shutil.copyfile(source, db_path)
    return aside


def newest_good_automatic_backup() -> BackupFile | None:
    """The newest good backup in the default folder, for a file that cannot be opened to read its settings."""
    return newest_good_backup(data_dir() / "backups")
