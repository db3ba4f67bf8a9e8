from collections.abc import Callable
from pathlib import Path
from typing import Any

from propdesk.core.author import Actor
from propdesk.core.permissions import Role
from propdesk.services import users
from propdesk.store.connection import Database
from tests.qt.conftest import wait_idle

from propdesk.qt.app import ensure_application, open_desk
from propdesk.qt.dialogs.users_dialog import UserDialog, UsersDialog
from propdesk.qt.main_window import MainWindow


def test_admin_adds_a_clerk_who_can_then_sign_in(qtbot: Any, window: MainWindow,
                                                 read_db: Callable[[], Database]) -> None:  # fmt: skip
    admin = users.sign_in(read_db(), "admin", "123456")
    window.desk.set_actor(admin)
    manager = UsersDialog(window.desk, window)
    qtbot.addWidget(manager)
    qtbot.waitUntil(lambda: manager.table.rowCount() == 4, timeout=5000)
    dialog = UserDialog(window.desk, parent=manager)
    qtbot.addWidget(dialog)
    dialog.login_edit.setText("qian")
    dialog.name_edit.insert("钱前台")
    dialog.password_edit.setText("abc123")
    dialog.role_boxes[Role.CLERK].setChecked(True)
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        dialog.on_save_clicked()
    manager.reload()
    qtbot.waitUntil(lambda: manager.table.rowCount() == 5, timeout=5000)
    clerk = users.sign_in(read_db(), "qian", "abc123")
    assert clerk.name == "钱前台" and clerk.roles == {Role.CLERK.value}


def test_a_clerk_is_told_only_admins_manage_users(qtbot: Any, window: MainWindow, answers: list[Any]) -> None:
    window.desk.set_actor(Actor("王小丽", frozenset({Role.CLERK.value})))
    manager = UsersDialog(window.desk, window)
    qtbot.addWidget(manager)
    qtbot.waitUntil(lambda: bool(answers), timeout=5000)
    assert "管理员" in answers[-1][2] and "没有权限" in answers[-1][2]
    wait_idle(qtbot, window)


def test_status_bar_shows_who_is_signed_in(qtbot: Any, demo_file: Path) -> None:
    ensure_application()
    window, worker = open_desk(demo_file, Actor("李主管", frozenset({Role.SUPERVISOR.value})))
    qtbot.addWidget(window)
    window.desk.set_actor(Actor("张敏", frozenset({Role.CLERK.value})))
    assert window.user_label.text() == "用户：张敏"
    worker.shutdown()


def test_menus_follow_the_roles(qtbot: Any, window: MainWindow) -> None:
    window.desk.set_actor(Actor("王小丽", frozenset({Role.CLERK.value})))
    assert not window.actions_by_name["manage_users"].isVisible()
    assert not window.actions_by_name["restore_backup"].isVisible()
    audit_items = [window.nav_list.item(r) for r in range(window.nav_list.count())]
    audit_item = next(i for i in audit_items if i is not None and i.text() == "操作日志")
    assert audit_item.isHidden()
    window.desk.set_actor(Actor("管理员", frozenset({Role.ADMIN.value})))
    assert window.actions_by_name["manage_users"].isVisible() and not audit_item.isHidden()


def test_restore_dialog_lists_the_automatic_backups(qtbot: Any, window: MainWindow) -> None:
    from propdesk.services import backups

    from propdesk.qt.dialogs.restore_dialog import RestoreDialog

    window.desk.query(lambda db: backups.make_backup(db, window.desk.actor), lambda _r: None)
    wait_idle(qtbot, window)
    dialog = RestoreDialog(window.desk, window)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.backups_list.count() == 1, timeout=5000)
    dialog.backups_list.setCurrentRow(0)
    dialog.on_restore_clicked()
    assert dialog.chosen is not None and dialog.chosen.name.startswith("propdesk-")


def test_auto_lock_minutes_are_an_admin_setting(qtbot: Any, window: MainWindow, answers: list[Any],
                                                read_db: Callable[[], Database]) -> None:  # fmt: skip
    from propdesk.services.session import startup_state

    window.desk.set_actor(Actor("管理员", frozenset({Role.ADMIN.value})))
    manager = UsersDialog(window.desk, window)
    qtbot.addWidget(manager)
    manager.auto_lock_spin.setValue(3)
    manager.on_auto_lock_saved()
    qtbot.waitUntil(lambda: window.idle.minutes == 3, timeout=5000)
    assert startup_state(read_db()).auto_lock_minutes == 3
