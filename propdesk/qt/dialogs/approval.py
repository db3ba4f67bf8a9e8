"""A supervisor's approval inside a dialog: the supervisor at the desk approves by being signed in;
anyone else has a supervisor type their login and password, checked when the job runs."""

from __future__ import annotations

from typing import Any

from propdesk.core.author import Actor
from propdesk.core.permissions import Permission
from propdesk.services import users

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QLineEdit

from propdesk.qt.desk import Desk
from propdesk.qt.dialogs.form_dialog import FormDialog


class SupervisorApproval:
    def __init__(self, dialog: FormDialog, desk: Desk, permission: Permission) -> None:
        self.actor = desk.actor
        self.login_edit = QLineEdit()
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.self_approved = desk.actor.can(permission)
        if self.self_approved:
            dialog.add_field(
                "approver", QCoreApplication.translate("SupervisorApproval", "Approved by"), QLabel(desk.actor.name)
            )
        else:
            self.login_edit.setPlaceholderText(
                QCoreApplication.translate("SupervisorApproval", "The supervisor's login name")
            )
            dialog.add_field(
                "approver", QCoreApplication.translate("SupervisorApproval", "Supervisor"), self.login_edit
            )
            dialog.add_field(
                "password", QCoreApplication.translate("SupervisorApproval", "Supervisor password"), self.password_edit
            )

    def approver_job(self) -> Any:
        """A function of the database giving the approving actor (read now: the job runs on the worker)."""
        actor, self_approved = self.actor, self.self_approved
        login, password = self.login_edit.text().strip(), self.password_edit.text()

        def approver(db: Any) -> Actor:
            return actor if self_approved else users.sign_in(db, login, password)

        return approver
