"""Business settings kept in the database (the community, the office)."""

from __future__ import annotations

from propdesk.core.start_values import Community
from propdesk.store.connection import Database

_COMMUNITY_KEYS = ("name", "company", "office_address", "office_phone", "receipt_title")


def get_value(db: Database, key: str, default: str = "") -> str:
    value = db.scalar("SELECT value FROM settings WHERE key = ?", (key,))
    return default if value is None else str(value)


def set_value(db: Database, key: str, value: str) -> None:
    db.execute(
        "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (key, value),
    )


def load_community(db: Database) -> Community:
    values = {r["key"]: r["value"] for r in db.rows("SELECT key, value FROM settings WHERE key LIKE 'community.%'")}
    return Community(**{k: values.get(f"community.{k}", "") for k in _COMMUNITY_KEYS})


def save_community(db: Database, community: Community) -> None:
    for key in _COMMUNITY_KEYS:
        set_value(db, f"community.{key}", getattr(community, key))
