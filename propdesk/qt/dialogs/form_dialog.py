"""The base of every data-entry dialog: a form, an error line, OK runs a service on the worker.

A refused save keeps everything typed, marks the fields at fault and says why in Chinese; the
dialog closes only when the service succeeded.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from propdesk.core.errors import PropdeskError, UserError, ValidationError
from propdesk.services.errors import explain

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from propdesk.qt import prompts
from propdesk.qt.desk import Desk

_ERROR_STYLE = "border: 1px solid #d93025; background: #fff4f4;"


class FormDialog(QDialog):
    def __init__(self, desk: Desk, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        self.form_layout = QFormLayout()
        self.form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.fields: dict[str, QWidget] = {}
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #d93025;")
        self.error_label.hide()
        self.button_box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.button_box.accepted.connect(self.on_save_clicked)
        self.button_box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form_layout)
        layout.addWidget(self.error_label)
        layout.addWidget(self.button_box)
        self.result_value: Any = None

    def add_field(self, key: str, label: str, widget: QWidget) -> QWidget:
        self.fields[key] = widget
        self.form_layout.addRow(label, widget)
        return widget

    def build_job(self) -> Callable[[Any], Any]:
        """Read the form (raising ValidationError for what can be checked here) and return the job."""
        raise NotImplementedError

    def on_save_clicked(self) -> None:
        self.clear_problems()
        try:
            job = self.build_job()
        except PropdeskError as exc:
            self.show_problem(exc)
            return
        self.button_box.setEnabled(False)
        self.desk.mutate(job, self._saved, parent=self, on_error=self._failed)

    def _saved(self, value: Any) -> None:
        self.button_box.setEnabled(True)
        self.result_value = value
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.button_box.setEnabled(True)
        known = explain(exc)
        if isinstance(known, UserError):
            self.show_problem(known)
        else:
            prompts.show_exception(self, exc)

    def clear_problems(self) -> None:
        self.error_label.hide()
        for widget in self.fields.values():
            widget.setStyleSheet("")

    def show_problem(self, exc: PropdeskError) -> None:
        self.error_label.setText(exc.message)
        self.error_label.show()
        if isinstance(exc, ValidationError):
            first: QWidget | None = None
            for problem in exc.problems:
                widget = self.fields.get(problem.field)
                if widget is not None:
                    widget.setStyleSheet(_ERROR_STYLE)
                    first = first or widget
            if first is not None:
                first.setFocus()
