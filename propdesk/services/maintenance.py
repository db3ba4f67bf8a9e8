"""Checks and upkeep an admin or a scheduled task runs on the file: the integrity check, the file's size,
and 整理数据库 (ANALYZE for the query planner, VACUUM to give unused space back)."""

from __future__ import annotations

import time
from dataclasses import dataclass

from propdesk.core.author import Actor
from propdesk.core.permissions import Permission
from propdesk.store import audit, registry
from propdesk.store.connection import Database, file_size, integrity_problems
from propdesk.store.connection import optimize as optimize_file


@dataclass(frozen=True)
class CheckReport:
    problems: list[str]
    counts: dict[str, int]

    @property
    def healthy(self) -> bool:
        return not self.problems


def check_database(db: Database) -> CheckReport:
    counts = registry.counts(db)
    counts["change_log"] = audit.count(db)
    return CheckReport(problems=integrity_problems(db), counts=counts)


@dataclass(frozen=True)
class SizeReport:
    bytes: int
    free_bytes: int  # unused pages inside the file: what a VACUUM gives back

    @property
    def megabytes(self) -> float:
        return self.bytes / 1024 / 1024


@dataclass(frozen=True)
class OptimizeResult:
    before: SizeReport
    after: SizeReport
    seconds: float


def size(db: Database) -> SizeReport:
    return SizeReport(*file_size(db))


def optimize(db: Database, actor: Actor) -> OptimizeResult:
    """整理数据库: an admin's action, best after hours (the file is rewritten: a few seconds per 100 MB)."""
    actor.require(Permission.MAINTAIN_DATABASE)
    started = time.monotonic()
    before = size(db)
    optimize_file(db)
    after = size(db)
    with db.atomic():
        audit.record(db, actor.name, "update", "database", None,
                     f"整理数据库：{before.megabytes:.1f} MB → {after.megabytes:.1f} MB", {"bytes": before.bytes},
                     {"bytes": after.bytes})  # fmt: skip
    return OptimizeResult(before, after, time.monotonic() - started)
