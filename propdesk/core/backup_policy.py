"""Which backups to keep: the last 7 daily, 4 weekly and 12 monthly (a pure rule, tested alone)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

BACKUP_PREFIX = "propdesk-"
BACKUP_SUFFIX = ".sqlite3"
_NAME = re.compile(rf"{BACKUP_PREFIX}(\d{{8}})-(\d{{6}})(?:-[\w-]+)?\{BACKUP_SUFFIX}$")


@dataclass(frozen=True)
class BackupFile:
    path: Path
    taken_at: dt.datetime


def backup_name(taken_at: dt.datetime, reason: str = "") -> str:
    """``propdesk-20261126-153000.sqlite3`` (a reason such as ``safety`` is appended)."""
    tail = f"-{reason}" if reason else ""
    return f"{BACKUP_PREFIX}{taken_at:%Y%m%d-%H%M%S}{tail}{BACKUP_SUFFIX}"


def parse_backup_name(path: Path) -> BackupFile | None:
    match = _NAME.match(path.name)
    if match is None:
        return None
    try:
        taken_at = dt.datetime.strptime(match.group(1) + match.group(2), "%Y%m%d%H%M%S")
    except ValueError:
        return None
    return BackupFile(path, taken_at)


def to_keep(backups: list[BackupFile], now: dt.datetime, daily: int = 7, weekly: int = 4,
            monthly: int = 12) -> set[Path]:  # fmt: skip
    """The newest backup of each of the last ``daily`` days, ``weekly`` ISO weeks and ``monthly``
    months; the newest backup of all is always kept."""
    keep: set[Path] = set()
    newest_first = sorted(backups, key=lambda b: b.taken_at, reverse=True)
    if newest_first:
        keep.add(newest_first[0].path)
    today = now.date()
    buckets: list[tuple[Callable[[dt.date], str], set[str]]] = [
        (_day, {_day(today - dt.timedelta(days=i)) for i in range(daily)}),
        (_week, {_week(today - dt.timedelta(weeks=i)) for i in range(weekly)}),
        (_month, _last_months(today, monthly)),
    ]
    for key_of, wanted in buckets:
        seen: set[str] = set()
        for backup in newest_first:
            key = key_of(backup.taken_at.date())
            if key in wanted and key not in seen:
                seen.add(key)
                keep.add(backup.path)
    return keep


def _day(d: dt.date) -> str:
    return d.isoformat()


def _week(d: dt.date) -> str:
    year, week, _ = d.isocalendar()
    return f"{year:04d}-W{week:02d}"


def _month(d: dt.date) -> str:
    return f"{d.year:04d}-{d.month:02d}"


def _last_months(today: dt.date, count: int) -> set[str]:
    months = set()
    year, month = today.year, today.month
    for _ in range(count):
        months.add(f"{year:04d}-{month:02d}")
        year, month = (year - 1, 12) if month == 1 else (year, month - 1)
    return months
