"""用户管理 (admin): the desk's staff, their roles, resetting a forgotten password."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from propdesk.core.errors import ValidationError
from propdesk.core.permissions import Role
from propdesk.services import users

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from propdesk.qt import prompts
from propdesk.qt.desk import Desk
from propdesk.qt.dialogs.form_dialog import FormDialog


class UserDialog(FormDialog):
    """Add a user (with a password) or edit one (name, roles, active)."""

    def __init__(self, desk: Desk, user: users.User | None = None, parent: QWidget | None = None) -> None:
        super().__init__(
            desk, self.tr("Edit user %1").replace("%1", user.login) if user else self.tr("Add user"), parent
        )
        self.user = user
        self.login_edit = QLineEdit(user.login if user else "")
        self.login_edit.setReadOnly(user is not None)
        self.name_edit = QLineEdit(user.display_name if user else "")
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.role_boxes = {role: QCheckBox(role.value) for role in Role}
        roles_row = QWidget()
        roles_layout = QHBoxLayout(roles_row)
        roles_layout.setContentsMargins(0, 0, 0, 0)
        for role, box in self.role_boxes.items():
            box.setChecked(user is not None and role.value in user.roles)
            roles_layout.addWidget(box)
        self.active_box = QCheckBox(self.tr("May sign in"))
        self.active_box.setChecked(user.active if user else True)
        self.add_field("login", self.tr("User"), self.login_edit)
        self.add_field("display_name", self.tr("Name*"), self.name_edit)
        if user is None:
            self.add_field("password", self.tr("Password"), self.password_edit)
        self.add_field("roles", self.tr("Roles"), roles_row)
        self.add_field("active", "", self.active_box)

    def roles(self) -> frozenset[str]:
        return frozenset(role.value for role, box in self.role_boxes.items() if box.isChecked())

    def build_job(self) -> Callable[[Any], Any]:
        actor, name, roles = self.desk.actor, self.name_edit.text(), self.roles()
        if self.user is None:
            login, password = self.login_edit.text(), self.password_edit.text()
            return lambda db: users.add_user(db, actor, login, name, password, roles)
        user_id, active = self.user.id, self.active_box.isChecked()
        return lambda db: users.update_user(db, actor, user_id, name, roles, active)


class UsersDialog(QDialog):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.users: list[users.User] = []
        self.setWindowTitle(self.tr("Users"))
        self.resize(720, 420)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("User"), self.tr("Name"), self.tr("Roles"), self.tr("State")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.add_button = QPushButton(self.tr("Add user…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.reset_button = QPushButton(self.tr("Reset password…"))
        self.close_button = QPushButton(self.tr("Close"))
        self.auto_lock_spin = QSpinBox()
        self.auto_lock_spin.setRange(0, 240)
        self.auto_lock_spin.setSuffix(self.tr(" minutes"))
        self.auto_lock_spin.setSpecialValueText(self.tr("never"))
        self.auto_lock_button = QPushButton(self.tr("Save"))
        lock_row = QHBoxLayout()
        lock_row.addWidget(QLabel(self.tr("Lock the screen after idle:")))
        lock_row.addWidget(self.auto_lock_spin)
        lock_row.addWidget(self.auto_lock_button)
        lock_row.addStretch(1)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.reset_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addLayout(lock_row)
        self.add_button.clicked.connect(self.on_add_clicked)
        self.edit_button.clicked.connect(self.on_edit_clicked)
        self.table.doubleClicked.connect(self.on_edit_clicked)
        self.reset_button.clicked.connect(self.on_reset_clicked)
        self.close_button.clicked.connect(self.accept)
        self.auto_lock_button.clicked.connect(self.on_auto_lock_saved)
        idle = getattr(parent, "idle", None)
        self.auto_lock_spin.setValue(idle.minutes if idle is not None else 10)
        self.reload()

    def on_auto_lock_saved(self) -> None:
        from propdesk.services.session import set_auto_lock_minutes

        actor, minutes = self.desk.actor, self.auto_lock_spin.value()
        idle = getattr(self.parent(), "idle", None)

        def done(value: int) -> None:
            if idle is not None:
                idle.set_minutes(value)
            prompts.info(self, self.tr("Users"), self.tr("Saved."))

        self.desk.mutate(lambda db: set_auto_lock_minutes(db, actor, minutes), done, parent=self)

    def reload(self) -> None:
        actor = self.desk.actor
        self.desk.query(lambda db: users.list_users(db, actor), self.show_users, self.on_refused)

    def on_refused(self, exc: BaseException) -> None:
        prompts.show_exception(self, exc)  # e.g. not an administrator: the service said so
        self.reject()

    def show_users(self, rows: list[users.User]) -> None:
        self.users = rows
        self.table.setRowCount(len(rows))
        for r, user in enumerate(rows):
            state = self.tr("Active") if user.active else self.tr("Stopped")
            if user.locked_until:
                state += self.tr(" (locked until %1)").replace("%1", user.locked_until[11:16])
            for c, text in enumerate([user.login, user.display_name, "、".join(sorted(user.roles)), state]):
                self.table.setItem(r, c, QTableWidgetItem(text))

    def selected(self) -> users.User | None:
        row = self.table.currentRow()
        return self.users[row] if 0 <= row < len(self.users) else None

    def on_add_clicked(self) -> None:
        if UserDialog(self.desk, parent=self).exec():
            self.reload()

    def on_edit_clicked(self) -> None:
        user = self.selected()
        if user is not None and UserDialog(self.desk, user, self).exec():
            self.reload()

    def on_reset_clicked(self) -> None:
        user = self.selected()
        if user is None:
            return
        password = prompts.ask_text(self, self.tr("Reset password"),
                                    self.tr("New password for %1 (at least 6 characters):").replace("%1", user.login))  # fmt: skip
        if not password:
            return
        actor = self.desk.actor

        def done(_value: Any) -> None:
            prompts.info(
                self, self.tr("Reset password"), self.tr("The password of %1 was reset.").replace("%1", user.login)
            )
            self.reload()

        self.desk.mutate(lambda db: users.reset_password(db, actor, user.id, password), done, parent=self)


class ChangePasswordDialog(FormDialog):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(desk, self.tr("Change my password"), parent)
        self.old_edit, self.new_edit, self.repeat_edit = (QLineEdit(), QLineEdit(), QLineEdit())
        for edit in (self.old_edit, self.new_edit, self.repeat_edit):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.add_field("old_password", self.tr("Current password"), self.old_edit)
        self.add_field("password", self.tr("New password"), self.new_edit)
        self.add_field("repeat", self.tr("New password again"), self.repeat_edit)

    def build_job(self) -> Callable[[Any], Any]:
        if self.new_edit.text() != self.repeat_edit.text():
            raise ValidationError.single("repeat", self.tr("The two passwords differ"))
        actor, old, new = self.desk.actor, self.old_edit.text(), self.new_edit.text()
        return lambda db: users.change_own_password(db, actor, old, new)
