"""第一次使用: after the community is filled in, a new file has no homes yet — the two ways to put them in,
side by side (generate the buildings, or import the office's Excel ledger), or later."""

from __future__ import annotations

from PySide6.QtWidgets import QCommandLinkButton, QDialog, QLabel, QPushButton, QVBoxLayout, QWidget


class FirstStepsDialog(QDialog):
    GENERATE, IMPORT = 1, 2

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("First steps"))
        self.setMinimumWidth(480)
        self.choice = 0
        intro = QLabel(self.tr("The data file has no units yet. How would you like to put them in?"))
        intro.setWordWrap(True)
        self.generate_button = QCommandLinkButton(
            self.tr("Generate the buildings"),
            self.tr("Building number, entrances, floors, units per floor and their areas: every unit at once."),
        )
        self.import_button = QCommandLinkButton(
            self.tr("Import from Excel"),
            self.tr("The office's existing ledger of units and owners (a template is offered)."),
        )
        later = QPushButton(self.tr("Later"))
        self.generate_button.clicked.connect(lambda: self.choose(self.GENERATE))
        self.import_button.clicked.connect(lambda: self.choose(self.IMPORT))
        later.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.generate_button)
        layout.addWidget(self.import_button)
        layout.addWidget(later)
        self.generate_button.setFocus()

    def choose(self, choice: int) -> None:
        self.choice = choice
        self.accept()
