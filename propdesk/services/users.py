"""Users and sign-in: the first admin, passwords (scrypt), lockout after repeated failures, roles."""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass

from propdesk.core.author import Actor
from propdesk.core.changes import Changes
from propdesk.core.errors import Conflict, FieldProblem, NotFound, UserError, ValidationError
from propdesk.core.passwords import hash_password, password_problem, verify_password
from propdesk.core.permissions import Permission, Role
from propdesk.store import audit, users
from propdesk.store.connection import Database

MAX_FAILURES = 5
LOCKOUT = dt.timedelta(minutes=5)


@dataclass(frozen=True)
class User:
    id: int
    login: str
    display_name: str
    roles: frozenset[str]
    active: bool
    locked_until: str | None


def _public(row: users.UserRow) -> User:
    return User(row.id, row.login, row.display_name, row.roles, row.active, row.locked_until)


def has_users(db: Database) -> bool:
    return users.count(db) > 0


def list_users(db: Database, actor: Actor) -> list[User]:
    actor.require(Permission.MANAGE_USERS)
    return [_public(u) for u in users.all_users(db)]


def _check(login: str, display_name: str, password: str | None, roles: frozenset[str]) -> tuple[str, str]:
    login, display_name = login.strip(), display_name.strip()
    problems = []
    if not login or len(login) > 30 or any(ch.isspace() for ch in login):
        problems.append(FieldProblem("login", "用户名不能为空、不能有空格，最多 30 个字"))
    if not display_name:
        problems.append(FieldProblem("display_name", "姓名不能为空（它会记在每一条操作日志上）"))
    if password is not None and (issue := password_problem(password)):
        problems.append(FieldProblem("password", issue))
    if not roles or not roles <= {r.value for r in Role}:
        problems.append(FieldProblem("roles", "请至少选择一个角色"))
    if problems:
        raise ValidationError(problems)
    return login, display_name


def create_first_admin(db: Database, login: str, display_name: str, password: str) -> Actor:
    """The first run's admin; refused once any user exists."""
    login, display_name = _check(login, display_name, password, frozenset({Role.ADMIN.value}))
    with db.atomic():
        if users.count(db):
            raise Conflict("已经有用户了，请用管理员账号登录后再添加用户")
        user_id = users.insert(db, login, display_name, hash_password(password), frozenset({Role.ADMIN.value}))
        audit.record(db, display_name, "create", "user", user_id, f"创建首个管理员 {login}", None,
                     {"login": login, "display_name": display_name, "roles": [Role.ADMIN.value]})  # fmt: skip
    return Actor(display_name, frozenset({Role.ADMIN.value}), user_id, login)


def sign_in(db: Database, login: str, password: str, now: dt.datetime | None = None) -> Actor:
    """The signed-in actor, or a plain refusal; five wrong passwords lock the account for five minutes."""
    now = now or dt.datetime.now()
    refusal: str | None = None
    with db.atomic():  # a failed attempt is committed too: it counts towards the lockout
        user = users.by_login(db, login.strip())
        if user is None or not user.active:
            verify_password(password, _dummy_hash())  # same time as a real check: no hint which logins exist
            raise UserError("用户名或密码不对")
        if user.locked_until and dt.datetime.fromisoformat(user.locked_until) > now:
            minutes = int((dt.datetime.fromisoformat(user.locked_until) - now).total_seconds() // 60) + 1
            raise UserError(f"密码错误次数太多，账号已锁定，请 {minutes} 分钟后再试，或请管理员重置密码")
        if not verify_password(password, user.password_hash):
            failures = user.failed_count + 1
            locked = (now + LOCKOUT).isoformat(timespec="seconds") if failures >= MAX_FAILURES else None
            users.update(db, user.id, failed_count=0 if locked else failures, locked_until=locked)
            audit.record(db, user.display_name, "sign_in_failed", "user", user.id, f"{user.login} 登录失败", None,
                         {"failures": failures, "locked_until": locked})  # fmt: skip
            left = MAX_FAILURES - failures
            refusal = "用户名或密码不对" + (f"（再错 {left} 次将锁定 5 分钟）" if 0 < left < 3 else "")
            refusal += "，账号已锁定 5 分钟" if locked else ""
        else:
            if user.failed_count or user.locked_until:
                users.update(db, user.id, failed_count=0, locked_until=None)
            audit.record(db, user.display_name, "sign_in", "user", user.id, f"{user.login} 登录")
    if refusal is not None:
        raise UserError(refusal)
    return Actor(user.display_name, user.roles, user.id, user.login)


def add_user(db: Database, actor: Actor, login: str, display_name: str, password: str,
             roles: frozenset[str]) -> tuple[int, Changes]:  # fmt: skip
    actor.require(Permission.MANAGE_USERS)
    login, display_name = _check(login, display_name, password, roles)
    with db.atomic():
        if users.by_login(db, login) is not None:
            raise Conflict(f"用户名 {login} 已存在")
        user_id = users.insert(db, login, display_name, hash_password(password), roles)
        audit.record(db, actor.name, "create", "user", user_id, f"添加用户 {login}（{'、'.join(sorted(roles))}）",
                     None, {"login": login, "display_name": display_name, "roles": sorted(roles)})  # fmt: skip
    return user_id, Changes()


def update_user(db: Database, actor: Actor, user_id: int, display_name: str, roles: frozenset[str],
                active: bool) -> Changes:  # fmt: skip
    actor.require(Permission.MANAGE_USERS)
    with db.atomic():
        user = users.by_id(db, user_id)
        if user is None:
            raise NotFound("找不到这个用户")
        _, display_name = _check(user.login, display_name, None, roles)
        if user_id == actor.user_id and (not active or Role.ADMIN.value not in roles):
            raise UserError("不能停用自己或去掉自己的管理员角色，请让另一位管理员操作")
        users.update(db, user_id, display_name=display_name, roles=roles, active=int(active))
        audit.record(db, actor.name, "update", "user", user_id, f"修改用户 {user.login}",
                     {"display_name": user.display_name, "roles": sorted(user.roles), "active": user.active},
                     {"display_name": display_name, "roles": sorted(roles), "active": active})  # fmt: skip
    return Changes()


def reset_password(db: Database, actor: Actor, user_id: int, new_password: str) -> Changes:
    """An admin sets a new password (and lifts a lockout)."""
    actor.require(Permission.MANAGE_USERS)
    if issue := password_problem(new_password):
        raise ValidationError.single("password", issue)
    with db.atomic():
        user = users.by_id(db, user_id)
        if user is None:
            raise NotFound("找不到这个用户")
        users.update(db, user_id, password_hash=hash_password(new_password), failed_count=0, locked_until=None)
        audit.record(db, actor.name, "reset_password", "user", user_id, f"重置 {user.login} 的密码")
    return Changes()


def change_own_password(db: Database, actor: Actor, old_password: str, new_password: str) -> Changes:
    if actor.user_id is None:
        raise UserError("请先登录")
    if issue := password_problem(new_password):
        raise ValidationError.single("password", issue)
    with db.atomic():
        user = users.by_id(db, actor.user_id)
        if user is None or not verify_password(old_password, user.password_hash):
            raise ValidationError.single("old_password", "原密码不对")
        users.update(db, user.id, password_hash=hash_password(new_password))
        audit.record(db, actor.name, "change_password", "user", user.id, f"{user.login} 修改了自己的密码")
    return Changes()


@functools.cache
def _dummy_hash() -> str:
    return hash_password("propdesk-no-such-user")
