"""What the today view shows: the registry at a glance and the latest changes with their authors."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from propdesk.core.change_log import ChangeLogEntry
from propdesk.core.limits import COMPLAINT_NEAR_HOURS, NOTE_AFTER_DAYS, PASS_RETURN_DAYS, PASS_RETURN_DAYS_KEY
from propdesk.core.start_values import Community
from propdesk.store import (
    audit,
    complaints,
    day_closes,
    defects,
    keys,
    monthly_figures,
    renovations,
    settings,
    spot_checks,
    unit_counts,
    visits,
    work_orders,
)
from propdesk.store.connection import Database


@dataclass(frozen=True)
class TodaySummary:
    community: Community
    counts: dict[str, int]
    by_state: dict[str, int]
    recent: list[ChangeLogEntry]
    warnings: list[str]
    unclosed_days: list[tuple[str, str]] = field(default_factory=list)  # (cashier, day) left open: flag in the morning
    overdue_keys: list[dict[str, object]] = field(default_factory=list)  # key sets out past their due time
    defects: dict[str, int] = field(default_factory=dict)  # the defect ledger's counts (to pass on, overdue …)
    renovations: dict[str, int] = field(default_factory=dict)  # waiting for review, overdue, permits ending soon
    work_orders: dict[str, int] = field(default_factory=dict)  # new, overdue, callbacks due, 3 days without a note
    complaints: dict[str, int] = field(default_factory=dict)  # waiting, past or near a deadline, group risks
    visits: dict[str, int] = field(default_factory=dict)  # this month's plan, visited, issues waiting for feedback
    orders_by_state: list[tuple[str, int]] = field(default_factory=list)  # this month's repair calls, for the chart
    follow_ups: dict[str, int] = field(default_factory=dict)  # what spot checks found, open and overdue


def _pass_return_days(db: Database) -> int:
    # the setting read here, not through the renovation settings: the today view is on the start-up path
    value = settings.get_value(db, PASS_RETURN_DAYS_KEY, str(PASS_RETURN_DAYS))
    return int(value) if value.isdecimal() else PASS_RETURN_DAYS


def today_summary(db: Database) -> TodaySummary:
    today = dt.date.today()
    now = dt.datetime.now().replace(microsecond=0)
    return TodaySummary(
        community=settings.load_community(db),
        counts=unit_counts.counts(db),
        by_state=unit_counts.count_by_state(db),
        recent=audit.recent(db, 30),
        warnings=list(db.warnings),
        unclosed_days=day_closes.unclosed_days(db, dt.date.today().isoformat()),
        overdue_keys=keys.overdue(db, dt.datetime.now().isoformat(sep=" ", timespec="minutes")),
        defects=defects.summary(db, dt.date.today().isoformat()),
        # the store directly: the today view is on the start-up path, the renovation service is not
        renovations=renovations.counts(
            db,
            today.isoformat(),
            (today + dt.timedelta(days=3)).isoformat(),
            (today - dt.timedelta(days=_pass_return_days(db))).isoformat(),
        ),
        work_orders=work_orders.counts(
            db, now.isoformat(sep=" "), (now - dt.timedelta(days=NOTE_AFTER_DAYS)).isoformat(sep=" ")
        ),
        visits=visits.desk_figures(db, today.strftime("%Y-%m")),
        orders_by_state=monthly_figures.work_orders_by_state(
            db,
            today.replace(day=1).isoformat(),
            (today.replace(day=1) + dt.timedelta(days=32)).replace(day=1).isoformat(),
        ),
        complaints=complaints.counts(
            db, now.isoformat(sep=" "), (now + dt.timedelta(hours=COMPLAINT_NEAR_HOURS)).isoformat(sep=" ")
        ),
        follow_ups=spot_checks.follow_up_counts(db, today.isoformat()),
    )
