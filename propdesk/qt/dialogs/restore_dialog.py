"""从备份恢复: pick one of the automatic backups (newest first) or any backup file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from propdesk.qt import preferences
from propdesk.qt.desk import Desk


class RestoreDialog(QDialog):
    """``chosen`` is the backup file picked, or None."""

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.chosen: Path | None = None
        self.setWindowTitle(self.tr("Restore from backup"))
        self.resize(560, 420)
        self.intro_label = QLabel(self.tr("Automatic backups, newest first. The current data is saved as a safety "
                                          "copy before anything is replaced."))  # fmt: skip
        self.intro_label.setWordWrap(True)
        self.backups_list = QListWidget()
        self.restore_button = QPushButton(self.tr("Restore the selected backup"))
        self.restore_button.setEnabled(False)
        self.file_button = QPushButton(self.tr("Another file…"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.file_button)
        buttons.addStretch(1)
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro_label)
        layout.addWidget(self.backups_list, 1)
        layout.addLayout(buttons)
        self.backups_list.currentRowChanged.connect(lambda row: self.restore_button.setEnabled(row >= 0))
        self.backups_list.itemDoubleClicked.connect(lambda _item: self.on_restore_clicked())
        self.restore_button.clicked.connect(self.on_restore_clicked)
        self.file_button.clicked.connect(self.on_file_clicked)
        self.cancel_button.clicked.connect(self.reject)

        def listing(db: Any) -> list[tuple[Path, str, int]]:
            from propdesk.services import backups

            return [(b.path, b.taken_at.strftime("%Y-%m-%d %H:%M"), b.path.stat().st_size)
                    for b in backups.list_backups(backups.backup_folder(db))]  # fmt: skip

        desk.query(listing, self.show_backups)

    def show_backups(self, found: list[tuple[Path, str, int]]) -> None:
        for path, taken_at, size in found:
            label = f"{taken_at}　　{size / 1_048_576:.1f} MB　　{path.name}"
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            self.backups_list.addItem(item)
        if not found:
            self.backups_list.addItem(self.tr("No automatic backups yet."))
            self.backups_list.setEnabled(False)

    def on_restore_clicked(self) -> None:
        item = self.backups_list.currentItem()
        if item is not None and item.data(Qt.ItemDataRole.UserRole):
            self.chosen = Path(item.data(Qt.ItemDataRole.UserRole))
            self.accept()

    def on_file_clicked(self) -> None:
        path = preferences.ask_open_path(self, self.tr("Restore from which backup?"), "propdesk (*.sqlite3)")
        if path is not None:
            self.chosen = path
            self.accept()
