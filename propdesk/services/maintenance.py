"""Checks an admin or a scheduled task runs on the file."""

from __future__ import annotations

from dataclasses import dataclass

from propdesk.store import audit, registry
from propdesk.store.connection import Database, integrity_problems


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
