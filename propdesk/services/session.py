"""What the desk needs to know before anyone works: are there users, how to sign in, the today view."""

from __future__ import annotations

from dataclasses import dataclass

from propdesk.core.author import Actor
from propdesk.core.changes import Changes
from propdesk.core.errors import ValidationError
from propdesk.core.permissions import Permission
from propdesk.services.today import TodaySummary, today_summary
from propdesk.store import audit, settings, users
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
        auto_lock_minutes=int(minutes) if minutes.isdecimal() else DEFAULT_AUTO_LOCK_MINUTES,
        summary=today_summary(db),
    )


def set_auto_lock_minutes(db: Database, actor: Actor, minutes: int) -> tuple[int, Changes]:
    """Lock the screen after this many idle minutes (0: never); an office policy for admins."""
    actor.require(Permission.EDIT_SETTINGS)
    if not 0 <= minutes <= 240:
        raise ValidationError.single("minutes", "自动锁定时间应在 0 到 240 分钟之间（0 表示不锁定）")
    with db.atomic():
        before = settings.get_value(db, AUTO_LOCK_KEY, str(DEFAULT_AUTO_LOCK_MINUTES))
        settings.set_value(db, AUTO_LOCK_KEY, str(minutes))
        audit.record(db, actor.name, "update", "settings", None, f"空闲 {minutes} 分钟自动锁定",
                     {"auto_lock_minutes": before}, {"auto_lock_minutes": minutes})  # fmt: skip
    return minutes, Changes()
