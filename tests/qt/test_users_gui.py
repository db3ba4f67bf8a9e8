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
