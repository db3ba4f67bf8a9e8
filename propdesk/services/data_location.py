"""数据位置: move the data file and its automatic backups to another folder (a D: drive, a bigger disk).
Runs with the file closed. Everything is copied and checked first; only then does the pointer in the
home folder change and the old copies go. A failure on the way leaves the data where it was."""

from __future__ import annotations

import json
import os
import shutil
from dataclasses import dataclass
from pathlib import Path

from propdesk.core.author import Actor
from propdesk.core.errors import UserError
from propdesk.core.paths import (
    DB_FILE_NAME,
    LOCATION_FILE,
    data_dir,
    default_db_path,
    home_dir,
    looks_like_network_path,
)
from propdesk.core.permissions import Permission
from propdesk.store import audit
from propdesk.store.backup import integrity_problems_of
from propdesk.store.connection import open_database


@dataclass(frozen=True)
class MoveReport:
    source: Path
    target: Path
    backups: int  # backup files moved with it


def current() -> Path:
    return data_dir()


def move_data(actor: Actor, db_path: Path, target: Path) -> MoveReport:
    """Move the default data file (closed) and the backups beside it into ``target``."""
    actor.require(Permission.MAINTAIN_DATABASE)
    source_dir = data_dir()
    target = target.expanduser().absolute()
    if db_path.absolute() != default_db_path().absolute():
        raise UserError("只能移动默认的数据文件（这个文件是用 --db 或演示模式打开的）")
    if target == source_dir.absolute():
        raise UserError("数据已经在这个文件夹里")
    if looks_like_network_path(target):
        raise UserError("数据不能放在网络共享文件夹里（多台电脑同时打开会损坏文件），请选本机的磁盘")
    new_db = target / DB_FILE_NAME
    if new_db.exists():
        raise UserError(f"{target} 里已经有一个数据文件，请选一个空文件夹")
    old_backups = source_dir / "backups"
    backup_files = sorted(old_backups.glob("*")) if old_backups.is_dir() else []
    needed = db_path.stat().st_size + sum(f.stat().st_size for f in backup_files if f.is_file())
    target.mkdir(parents=True, exist_ok=True)
    if shutil.disk_usage(target).free < needed * 1.2:
        raise UserError(f"{target} 所在磁盘空间不够（需要约 {needed / 1024 / 1024:.0f} MB）")
    partial = target / f".{DB_FILE_NAME}.partial"
    try:
        shutil.copy2(db_path, partial)
        problems = integrity_problems_of(partial)
        if problems:
            raise UserError(f"复制后的数据文件校验失败（{problems[0]}），数据没有移动")
        os.replace(partial, new_db)
        for f in backup_files:
            if f.is_file():
                (target / "backups").mkdir(exist_ok=True)
                shutil.copy2(f, target / "backups" / f.name)
                if (target / "backups" / f.name).stat().st_size != f.stat().st_size:
                    raise UserError(f"备份 {f.name} 复制不完整，数据没有移动")
    except BaseException:
        partial.unlink(missing_ok=True)
        new_db.unlink(missing_ok=True)
        shutil.rmtree(target / "backups", ignore_errors=True)
        raise
    pointer = home_dir() / LOCATION_FILE
    pointer.parent.mkdir(parents=True, exist_ok=True)
    written = pointer.with_name(f".{LOCATION_FILE}.partial")
    written.write_text(json.dumps({"data_dir": str(target)}, ensure_ascii=False), encoding="utf-8")
    os.replace(written, pointer)
    with open_database(new_db) as db, db.atomic():
        audit.record(db, actor.name, "update", "database", None, f"数据位置从 {source_dir} 移到 {target}",
                     {"data_dir": str(source_dir)}, {"data_dir": str(target)})  # fmt: skip
    # the data is safe in its new place: the old copies go
    for leftover in (db_path, db_path.with_name(db_path.name + "-wal"), db_path.with_name(db_path.name + "-shm")):
        leftover.unlink(missing_ok=True)
    for f in backup_files:
        f.unlink(missing_ok=True)
    return MoveReport(source_dir, target, len(backup_files))
