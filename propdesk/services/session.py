"""What the desk needs to know before anyone works: are there users, how to sign in, the today view."""

from __future__ import annotations

from dataclasses import dataclass

from propdesk.services.today import TodaySummary, today_summary
from propdesk.store import settings, users
from propdesk.store.connection import Database

AUTO_LOCK_KEY = "security.auto_lock_minutes"
DEFAULT_AUTO_LOCK_MINUTES = 10
DEMO_HINT_KEY = "demo.sign_in_hint"


@dataclass(frozen=True)
class StartupState:
    has_users: bool
    sign_in_hint: str
    auto_lock_minutes: int
    summary: TodaySummary


def startup_state(db: Database) -> StartupState:
    minutes = settings.get_value(db, AUTO_LOCK_KEY, str(DEFAULT_AUTO_LOCK_MINUTES))
    return StartupState(
        has_users=users.count(db) > 0,
        sign_in_hint=settings.get_value(db, DEMO_HINT_KEY),
        auto_lock_minutes=int(minutes) if minutes.isdigit() else DEFAULT_AUTO_LOCK_MINUTES,
        summary=today_summary(db),
    )
