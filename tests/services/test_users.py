import datetime as dt

import pytest

from propdesk.core.author import Actor
from propdesk.core.errors import Conflict, UserError, ValidationError
from propdesk.core.passwords import hash_password, verify_password
from propdesk.core.permissions import Permission, PermissionDenied, Role
from propdesk.services import users
from propdesk.store import audit
from propdesk.store.connection import Database


def test_passwords_are_salted_slow_hashes() -> None:
    first, second = hash_password("秘密123456"), hash_password("秘密123456")
    assert first != second and first.startswith("scrypt$") and "秘密" not in first
    assert verify_password("秘密123456", first) and not verify_password("秘密123457", first)
    assert not verify_password("x", "md5$abc")


def test_first_admin_once_then_sign_in(db: Database) -> None:
    assert not users.has_users(db)
    admin = users.create_first_admin(db, "admin", "王管理", "secret99")
    assert admin.can(Permission.MANAGE_USERS) and admin.user_id is not None
    with pytest.raises(Conflict):
        users.create_first_admin(db, "admin2", "另一个", "secret99")
    actor = users.sign_in(db, "ADMIN", "secret99")  # logins are not case-sensitive
    assert actor.name == "王管理" and Role.ADMIN.value in actor.roles
    assert audit.recent(db, 1)[0].action == "sign_in"
    stored = db.scalar("SELECT password_hash FROM users")
    assert "secret99" not in stored


def test_five_wrong_passwords_lock_for_five_minutes(db: Database) -> None:
    users.create_first_admin(db, "admin", "王管理", "secret99")
    now = dt.datetime(2026, 11, 26, 9, 0)
    for attempt in range(5):
        with pytest.raises(UserError, match="用户名或密码不对"):
            users.sign_in(db, "admin", f"wrong{attempt}", now)
    with pytest.raises(UserError, match="已锁定"):
        users.sign_in(db, "admin", "secret99", now + dt.timedelta(minutes=1))  # even the right one, for now
    assert users.sign_in(db, "admin", "secret99", now + dt.timedelta(minutes=6)).name == "王管理"
    with pytest.raises(UserError, match="用户名或密码不对"):
        users.sign_in(db, "nobody", "secret99")


def test_only_an_admin_manages_users(db: Database) -> None:
    admin = users.create_first_admin(db, "admin", "王管理", "secret99")
    clerk_id, _ = users.add_user(db, admin, "wxl", "王小丽", "123456", frozenset({Role.CLERK.value}))
    clerk = users.sign_in(db, "wxl", "123456")
    assert clerk.can(Permission.EDIT_REGISTRY) and not clerk.can(Permission.VIEW_PERSONAL_DATA)
    with pytest.raises(PermissionDenied, match="管理员"):
        users.add_user(db, clerk, "x", "某人", "123456", frozenset({Role.ADMIN.value}))
    with pytest.raises(PermissionDenied):
        users.list_users(db, clerk)
    with pytest.raises(ValidationError) as caught:
        users.add_user(db, admin, "bad login", "", "123", frozenset())
    assert {p.field for p in caught.value.problems} == {"login", "display_name", "password", "roles"}
    users.update_user(db, admin, clerk_id, "王小丽", frozenset({Role.CLERK.value, Role.CASHIER.value}), True)
    assert users.sign_in(db, "wxl", "123456").roles == {Role.CLERK.value, Role.CASHIER.value}
    with pytest.raises(UserError, match="不能停用自己"):
        users.update_user(db, admin, admin.user_id or 0, "王管理", frozenset({Role.CLERK.value}), True)
    users.reset_password(db, admin, clerk_id, "newpass1")
    assert users.sign_in(db, "wxl", "newpass1").name == "王小丽"
    users.update_user(db, admin, clerk_id, "王小丽", frozenset({Role.CLERK.value}), False)
    with pytest.raises(UserError):
        users.sign_in(db, "wxl", "newpass1")  # a deactivated user cannot sign in


def test_change_own_password(db: Database) -> None:
    admin = users.create_first_admin(db, "admin", "王管理", "secret99")
    with pytest.raises(ValidationError, match="原密码不对"):
        users.change_own_password(db, admin, "wrong", "another1")
    users.change_own_password(db, admin, "secret99", "another1")
    assert users.sign_in(db, "admin", "another1").name == "王管理"
    with pytest.raises(UserError, match="请先登录"):
        users.change_own_password(db, Actor("无人"), "a", "bbbbbb")


def test_permission_denied_names_the_roles() -> None:
    clerk = Actor("王小丽", frozenset({Role.CLERK.value}))
    with pytest.raises(PermissionDenied, match="「管理员」"):
        clerk.require(Permission.RESTORE_BACKUP)
    assert "「客服主管」或「管理员」" in str(PermissionDenied(Permission.VIEW_CHANGE_LOG))


def test_services_check_roles_themselves(community_db: Database, tmp_path: object) -> None:
    from propdesk.core.change_log import AuditFilter
    from propdesk.core.registry import Community, PersonInput
    from propdesk.services import audit_trail, backups, community, households, units

    clerk = Actor("王小丽", frozenset({Role.CLERK.value}))
    cashier = Actor("赵收银", frozenset({Role.CASHIER.value}))
    supervisor = Actor("李主管", frozenset({Role.SUPERVISOR.value}))
    unit = units.list_units(community_db, units.UnitFilter(), 0, 1).rows[0]
    households.add_owner(community_db, clerk, unit.id, PersonInput(name="张三"))  # a clerk registers owners
    with pytest.raises(PermissionDenied):
        households.add_owner(community_db, cashier, unit.id, PersonInput(name="李四"))
    with pytest.raises(PermissionDenied):
        community.save_community(community_db, supervisor, Community(name="别的名字"))
    with pytest.raises(PermissionDenied):
        audit_trail.list_entries(community_db, clerk, AuditFilter())
    assert audit_trail.list_entries(community_db, supervisor, AuditFilter()).total > 0
    with pytest.raises(PermissionDenied, match="管理员"):
        backups.restore(community_db, supervisor, tmp_path)  # type: ignore[arg-type]
    assert [o.person.name for o in units.unit_record(community_db, unit.id).owners] == ["张三"]
