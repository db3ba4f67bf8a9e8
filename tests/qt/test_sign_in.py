from pathlib import Path
from typing import Any

from propdesk.core.permissions import Role

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from propdesk.qt.app import ensure_application, open_desk
from propdesk.qt.dialogs.sign_in_dialog import SignInDialog


def test_sign_in_with_the_demo_staff(qtbot: Any, demo_file: Path, answers: list[Any]) -> None:
    ensure_application()
    window, worker = open_desk(demo_file)
    qtbot.addWidget(window)
    seen: list[str] = []

    def type_in() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, SignInDialog):
            QTimer.singleShot(50, type_in)
            return
        assert not window.central.isVisible()  # no office data behind the sign-in
        seen.append(dialog.windowTitle())
        dialog.login_edit.setText("wxl")
        dialog.password_edit.setText("wrong-one")
        dialog.on_save_clicked()
        qtbot.waitUntil(lambda: dialog.error_label.isVisibleTo(dialog), timeout=5000)
        seen.append(dialog.error_label.text())
        assert dialog.password_edit.text() == ""  # a refused password is not kept
        dialog.password_edit.setText("123456")
        dialog.on_save_clicked()

    QTimer.singleShot(0, type_in)
    with qtbot.waitSignal(window.ready, timeout=10_000):
        window.show()
        window.start()
    assert seen[0] == "登录 propdesk" and "用户名或密码不对" in seen[1]
    assert window.desk.actor.name == "王小丽" and window.desk.actor.roles == {Role.CLERK.value}
    assert window.user_label.text() == "用户：王小丽" and window.central.isVisible()

    def unlock() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, SignInDialog):
            QTimer.singleShot(50, unlock)
            return
        seen.append(dialog.windowTitle())
        assert dialog.login_edit.text() == "wxl" and not window.central.isVisible()
        dialog.password_edit.setText("123456")
        dialog.on_save_clicked()

    QTimer.singleShot(0, unlock)
    window.actions_by_name["lock_screen"].trigger()
    assert "已锁定" in seen[-1] and window.central.isVisible() and window.desk.actor.name == "王小丽"
    worker.shutdown()
