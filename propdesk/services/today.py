"""What the today view shows: the registry at a glance and the latest changes with their authors."""

from __future__ import annotations

from dataclasses import dataclass

from propdesk.core.change_log import ChangeLogEntry
from propdesk.core.registry import Community
from propdesk.store import audit, registry, settings
from propdesk.store.connection import Database


@dataclass(frozen=True)
class TodaySummary:
    community: Community
    counts: dict[str, int]
    by_state: dict[str, int]
    recent: list[ChangeLogEntry]
    warnings: list[str]


def today_summary(db: Database) -> TodaySummary:
    return TodaySummary(
        community=settings.load_community(db),
        counts=registry.counts(db),
        by_state=registry.count_by_state(db),
        recent=audit.recent(db, 30),
        warnings=list(db.warnings),
    )
