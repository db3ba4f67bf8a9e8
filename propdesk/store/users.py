"""SQL for users (login, display name, password hash, roles, lockout)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from propdesk.core.clock import now_iso
from propdesk.store.connection import Database


@dataclass(frozen=True)
class UserRow:
    id: int
    login: str
    display_name: str
    password_hash: str
    roles: frozenset[str]
    active: bool
    failed_count: int
    locked_until: str | None


def _user(row: dict[str, Any]) -> UserRow:
    return UserRow(
        id=row["id"], login=row["login"], display_name=row["display_name"], password_hash=row["password_hash"],
        roles=frozenset(r for r in row["roles"].split(",") if r), active=bool(row["active"]),
        failed_count=row["failed_count"], locked_until=row["locked_until"],
    )  # fmt: skip


def count(db: Database) -> int:
    return int(db.scalar("SELECT count(*) FROM users"))


def by_login(db: Database, login: str) -> UserRow | None:
    row = db.one("SELECT * FROM users WHERE login = ?", (login,))
    return None if row is None else _user(row)


def by_id(db: Database, user_id: int) -> UserRow | None:
    row = db.one("SELECT * FROM users WHERE id = ?", (user_id,))
    return None if row is None else _user(row)


def all_users(db: Database) -> list[UserRow]:
    return [_user(r) for r in db.rows("SELECT * FROM users ORDER BY active DESC, login")]


def insert(db: Database, login: str, display_name: str, password_hash: str, roles: frozenset[str]) -> int:
    stamp = now_iso()
    return db.insert(
        "INSERT INTO users (login, display_name, password_hash, roles, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)",
        (login, display_name, password_hash, ",".join(sorted(roles)), stamp, stamp),
    )


def update(db: Database, user_id: int, **values: Any) -> None:
    allowed = {"display_name", "password_hash", "roles", "active", "failed_count", "locked_until"}
    keys = sorted(k for k in values if k in allowed)
    params = [",".join(sorted(values[k])) if k == "roles" else values[k] for k in keys]
    db.execute(f"UPDATE users SET {', '.join(f'{k} = ?' for k in keys)}, updated_at = ? WHERE id = ?",
               [*params, now_iso(), user_id])  # fmt: skip
