"""What the today view shows: the registry at a glance and the latest changes with their authors."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from propdesk.core.change_log import ChangeLogEntry
from propdesk.core.registry import Community
from propdesk.store import audit, day_closes, registry, settings
from propdesk.store.connection import Database


@dataclass(frozen=True)
class TodaySummary:
    community: Community
    counts: dict[str, int]
    by_state: dict[str, int]
    recent: list[ChangeLogEntry]
    warnings: list[str]
    unclosed_days: list[tuple[str, str]] = field(default_factory=list)  # (cashier, day) left open: flag in the morning


def today_summary(db: Database) -> TodaySummary:
    return TodaySummary(
        community=settings.load_community(db),
        counts=registry.counts(db),
        by_state=registry.count_by_state(db),
        recent=audit.recent(db, 30),
        warnings=list(db.warnings),
        unclosed_days=day_closes.unclosed_days(db, dt.date.today().isoformat()),
    )
