"""Backups in the desk: the status-bar age, the daily backup, "backup now", restore, and the
start-up check that offers the newest good backup when the file is damaged."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any

from propdesk.core.changes import Changes

from PySide6.QtCore import QObject, QTimer, Signal

if TYPE_CHECKING:
    from propdesk.services.backups import BackupResult, BackupStatus
from PySide6.QtWidgets import QFileDialog, QLabel, QWidget

from propdesk.qt import prompts
from propdesk.qt.desk import Desk

CHECK_EVERY_MS = 30 * 60 * 1000  # look twice an hour whether today's backup is due
FIRST_CHECK_MS = 60 * 1000  # not during start-up: the clerk is waiting for the window


class BackupController(QObject):
    status_changed = Signal(object)  # BackupStatus

    def __init__(self, desk: Desk, window: QWidget, label: QLabel) -> None:
        super().__init__(window)
        self.desk = desk
        self.window = window
        self.label = label
        self.status: BackupStatus | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.on_timer_timeout)

    def start(self) -> None:
        self.refresh()
        QTimer.singleShot(FIRST_CHECK_MS, self.on_timer_timeout)
        self.timer.start()

    def refresh(self) -> None:
        from propdesk.services import backups

        self.desk.query(backups.status, self.show_status, lambda exc: None)

    def show_status(self, status: BackupStatus) -> None:
        self.status = status
        now = dt.datetime.now()
        age = status.age(now)
        if age is None:
            text = self.tr("Last backup: none yet")
        elif age < dt.timedelta(hours=1):
            text = self.tr("Last backup: %1 minutes ago").replace("%1", str(max(1, age.seconds // 60)))
        elif age < dt.timedelta(days=1):
            text = self.tr("Last backup: %1 hours ago").replace("%1", str(age.seconds // 3600))
        else:
            text = self.tr("Last backup: %1 days ago").replace("%1", str(age.days))
        self.label.setText(text)
        self.label.setToolTip(status.last_good_path or str(status.folder))
        self.label.setStyleSheet("color: #d93025; font-weight: bold;" if status.is_stale(now) else "")
        self.status_changed.emit(status)

    def on_timer_timeout(self) -> None:
        """Make the day's backup once a day while the desk runs."""
        from propdesk.services import backups

        status = self.status
        if status is not None and status.age(dt.datetime.now()) is not None:
            age = status.age(dt.datetime.now())
            if age is not None and age < dt.timedelta(days=1):
                return
        actor = self.desk.actor
        self.desk.query(lambda db: backups.make_backup(db, actor), lambda _result: self.refresh(),
                        lambda exc: prompts.show_exception(self.window, exc))  # fmt: skip

    def backup_now(self) -> None:
        """Back up to a folder the clerk picks (a USB stick), starting in the automatic folder."""
        from propdesk.services import backups

        start = str(self.status.folder) if self.status else ""
        folder = QFileDialog.getExistingDirectory(self.window, self.tr("Back up to which folder?"), start)
        if not folder:
            return
        actor = self.desk.actor

        def done(result: BackupResult) -> None:
            self.refresh()
            prompts.info(self.window, self.tr("Backup finished"), self.tr("Backed up and checked:\n%1")
                         .replace("%1", str(result.path)))  # fmt: skip

        self.desk.query(lambda db: backups.make_backup(db, actor, Path(folder)), done,
                        lambda exc: prompts.show_exception(self.window, exc))  # fmt: skip

    def choose_folder(self) -> None:
        """Where the automatic backups go (an administrator's setting)."""
        from propdesk.services import backups

        start = str(self.status.folder) if self.status else ""
        folder = QFileDialog.getExistingDirectory(self.window, self.tr("Folder for automatic backups"), start)
        if not folder:
            return
        actor = self.desk.actor
        self.desk.mutate(lambda db: backups.set_backup_folder(db, actor, Path(folder)), lambda _v: self.refresh(),
                         parent=self.window)  # fmt: skip

    def restore_from_file(self) -> None:
        """Pick from the automatic backups (or any file), then restore."""
        from propdesk.qt.dialogs.restore_dialog import RestoreDialog

        dialog = RestoreDialog(self.desk, self.window)
        if dialog.exec() and dialog.chosen is not None:
            self.restore(dialog.chosen)

    def restore(self, source: Path, reason: str = "") -> None:
        from propdesk.services import backups

        question = self.tr(
            "Replace all data with the backup %1?\n\nThe current data is first saved as a safety copy."
        ).replace("%1", source.name)
        if reason:
            question = reason + "\n\n" + question
        if not prompts.confirm(self.window, self.tr("Restore from backup"), question):
            return
        actor = self.desk.actor

        def job(db: Any) -> tuple[Path, Changes]:
            safety = backups.restore(db, actor, source)
            return safety, Changes(community=True, buildings=True, all_units=True, printed=True)

        def done(safety: Path) -> None:
            self.refresh()
            prompts.info(self.window, self.tr("Restored"), self.tr("Restored from %1.\nThe data before the restore is in %2.")
                         .replace("%1", str(source)).replace("%2", str(safety)))  # fmt: skip

        self.desk.mutate(job, done, parent=self.window)

    def check_file(self) -> None:
        """The start-up check: a damaged file is said plainly and the newest good backup offered."""
        from propdesk.services import backups

        def job(db: Any) -> tuple[list[str], Path | None]:
            problems = backups.quick_check(db)
            if not problems:
                return problems, None
            good = backups.newest_good_backup(backups.backup_folder(db))
            return problems, good.path if good else None

        def done(result: tuple[list[str], Path | None]) -> None:
            problems, good = result
            if not problems:
                return
            if good is None:
                prompts.warning(
                    self.window,
                    self.tr("The data file is damaged"),
                    self.tr(
                        "The data file is damaged and no good backup was found.\nStop working in it and call support."
                    ),
                )
                return
            self.restore(good, self.tr("The data file is damaged (%1). The newest good backup is %2.")
                         .replace("%1", problems[0]).replace("%2", good.name))  # fmt: skip

        self.desk.query(job, done, lambda exc: prompts.show_exception(self.window, exc))
