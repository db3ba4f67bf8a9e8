"""Signing in: the first run's admin, the daily sign-in, switching user and unlocking the screen."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from propdesk.core.errors import ValidationError
from propdesk.services import users

from PySide6.QtWidgets import QDialogButtonBox, QLabel, QLineEdit, QWidget

from propdesk.qt.desk import Desk
from propdesk.qt.dialogs.form_dialog import FormDialog


def _password_edit() -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


class SignInDialog(FormDialog):
    """``result_value`` is the signed-in Actor."""

    def __init__(self, desk: Desk, hint: str = "", login: str = "", locked: bool = False,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(desk, self.tr("Screen locked — sign in") if locked else self.tr("Sign in to propdesk"), parent)
        self.setMinimumWidth(380)
        self.login_edit = QLineEdit(login)
        self.password_edit = _password_edit()
        self.add_field("login", self.tr("User"), self.login_edit)
        self.add_field("password", self.tr("Password"), self.password_edit)
        if hint:
            hint_label = QLabel(hint)
            hint_label.setWordWrap(True)
            hint_label.setStyleSheet("color: #666;")
            self.form_layout.addRow(hint_label)
        self.button_box.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Sign in"))
        (self.password_edit if login else self.login_edit).setFocus()

    def build_job(self) -> Callable[[Any], Any]:
        login, password = self.login_edit.text(), self.password_edit.text()
        if not login.strip():
            raise ValidationError.single("login", self.tr("Enter your user name"))
        return lambda db: users.sign_in(db, login, password)

    def _failed(self, exc: BaseException) -> None:
        self.password_edit.clear()  # a refused password is typed again, never kept
        super()._failed(exc)


class FirstAdminDialog(FormDialog):
    """The first run: the administrator who will add everyone else."""

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(desk, self.tr("Welcome to propdesk — create the administrator"), parent)
        intro = QLabel(self.tr("This data file has no users yet. Create the administrator account; "
                               "the administrator then adds the desk's staff and their roles."))  # fmt: skip
        intro.setWordWrap(True)
        self.form_layout.addRow(intro)
        self.login_edit = QLineEdit("admin")
        self.name_edit = QLineEdit()
        self.password_edit = _password_edit()
        self.repeat_edit = _password_edit()
        self.add_field("login", self.tr("User"), self.login_edit)
        self.add_field("display_name", self.tr("Name*"), self.name_edit)
        self.add_field("password", self.tr("Password"), self.password_edit)
        self.add_field("repeat", self.tr("Password again"), self.repeat_edit)
        self.name_edit.setFocus()

    def build_job(self) -> Callable[[Any], Any]:
        if self.password_edit.text() != self.repeat_edit.text():
            raise ValidationError.single("repeat", self.tr("The two passwords differ"))
        login, name, password = self.login_edit.text(), self.name_edit.text(), self.password_edit.text()
        return lambda db: users.create_first_admin(db, login, name, password)
