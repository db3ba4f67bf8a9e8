"""一房一验 on the 入伙 tab: the unit's checklist (room × item) with 合格/不合格 and the problem typed
beside it, photos added to an item and shown as thumbnails; and the unit's defects with their 复验."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from propdesk.core.changes import Changes
from propdesk.core.move_in import Defect, Inspection, Result
from propdesk.services import inspections

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from propdesk.qt import prompts
from propdesk.qt.desk import Desk
from propdesk.qt.tables import button_row, read_only_table

RESULT_COLUMN, DESCRIPTION_COLUMN = 2, 3
_CHOICES = ["", Result.PASS.value, Result.FAIL.value]


def _fixed(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    return item


class InspectionPage(QWidget):
    print_requested = Signal(str, str)
    failed = Signal(str)

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.unit_id: int | None = None
        self.unit_code = ""
        self.inspection: Inspection | None = None
        self.date_edit = QDateEdit(QDate.currentDate())
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.inspector_edit = QLineEdit()
        self.inspector_edit.setPlaceholderText(self.tr("Who walks the unit with the owner"))
        self.start_button = QPushButton(self.tr("Start the inspection"))
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Date")))
        top.addWidget(self.date_edit)
        top.addWidget(QLabel(self.tr("Inspector")))
        top.addWidget(self.inspector_edit, 1)
        top.addWidget(self.start_button)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels([self.tr("Room"), self.tr("Item"), self.tr("Result"), self.tr("Problem"),
                                              self.tr("Photos")])  # fmt: skip
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.horizontalHeader().setSectionResizeMode(DESCRIPTION_COLUMN, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.summary_label = QLabel()
        self.thumbs = QHBoxLayout()
        self.thumbs.addStretch(1)
        self.rest_pass_button = QPushButton(self.tr("Mark the rest as passed"))
        self.photo_button = QPushButton(self.tr("Add photos to the selected item…"))
        self.save_button = QPushButton(self.tr("Save the inspection"))
        self.print_button = QPushButton(self.tr("Print 房屋验收确认书"))
        buttons = button_row([self.rest_pass_button, self.photo_button, self.save_button, self.print_button])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary_label)
        layout.addLayout(self.thumbs)
        layout.addLayout(buttons)
        self.start_button.clicked.connect(self.on_start_clicked)
        self.rest_pass_button.clicked.connect(self.on_rest_pass_clicked)
        self.photo_button.clicked.connect(self.on_photo_clicked)
        self.save_button.clicked.connect(self.on_save_clicked)
        self.print_button.clicked.connect(lambda: self.print_requested.emit("inspection", self.unit_code))
        self.table.currentCellChanged.connect(lambda row, *_: self.show_thumbnails(row))

    def show_unit(self, unit_id: int, unit_code: str) -> None:
        if unit_id == self.unit_id and self.inspection is not None:
            return  # keep what is being typed; this page's own saves reload it
        self.unit_id, self.unit_code = unit_id, unit_code
        self.reload()

    def reload(self) -> None:
        if self.unit_id is None:
            return
        unit_id = self.unit_id
        self.desk.query(lambda db: (unit_id, inspections.of_unit(db, unit_id)), self._loaded)

    def _loaded(self, result: tuple[int, Inspection | None]) -> None:
        unit_id, found = result
        if unit_id == self.unit_id:
            self.show_inspection(found)

    def show_inspection(self, found: Inspection | None) -> None:
        self.inspection = found
        started = found is not None
        self.start_button.setVisible(not started)
        for button in (self.rest_pass_button, self.photo_button, self.save_button, self.print_button):
            button.setEnabled(started)
        if found is not None:
            self.date_edit.setDate(QDate.fromString(found.inspected_on, "yyyy-MM-dd"))
            self.inspector_edit.setText(found.inspector)
        items = found.items if found else ()
        self.table.setRowCount(len(items))
        for row, item in enumerate(items):
            self.table.setItem(row, 0, _fixed(item.room))
            self.table.setItem(row, 1, _fixed(item.item))
            choice = QComboBox()
            choice.addItems([self.tr("not checked"), Result.PASS.value, Result.FAIL.value])
            choice.setCurrentIndex(_CHOICES.index(item.result or ""))
            choice.currentIndexChanged.connect(lambda _i, r=row: self._mark(r))
            self.table.setCellWidget(row, RESULT_COLUMN, choice)
            self.table.setItem(row, DESCRIPTION_COLUMN, QTableWidgetItem(item.description))
            self.table.setItem(row, 4, _fixed(str(item.photos) if item.photos else ""))
            self._mark(row)
        self.table.resizeColumnsToContents()
        self.update_summary()

    def _mark(self, row: int) -> None:
        choice = self.table.cellWidget(row, RESULT_COLUMN)
        if isinstance(choice, QComboBox):
            failed = choice.currentIndex() == 2
            choice.setStyleSheet("color: #d93025; font-weight: bold;" if failed else "")
        self.update_summary()

    def results(self) -> list[tuple[int, str | None, str]]:
        found = []
        for row, item in enumerate(self.inspection.items if self.inspection else ()):
            choice = self.table.cellWidget(row, RESULT_COLUMN)
            index = choice.currentIndex() if isinstance(choice, QComboBox) else 0
            cell = self.table.item(row, DESCRIPTION_COLUMN)
            found.append((item.id, _CHOICES[index] or None, cell.text() if cell else ""))
        return found

    def update_summary(self) -> None:
        if self.inspection is None:
            self.summary_label.setText(self.tr("Not inspected yet: fill in the date and inspector, then start."))
            return
        results = [r for _, r, _ in self.results()]
        self.summary_label.setText(
            self.tr("%1 items: %2 passed, %3 failed, %4 not checked yet.")
            .replace("%1", str(len(results))).replace("%2", str(results.count(Result.PASS)))
            .replace("%3", str(results.count(Result.FAIL))).replace("%4", str(results.count(None))))  # fmt: skip

    def show_thumbnails(self, row: int) -> None:
        while self.thumbs.count() > 1:
            taken = self.thumbs.takeAt(0)
            if taken is not None and (widget := taken.widget()) is not None:
                widget.deleteLater()
        if self.inspection is None or not 0 <= row < len(self.inspection.items):
            return
        item = self.inspection.items[row]
        if not item.photos:
            return

        def show(found: list[dict[str, Any]]) -> None:
            for photo in found:
                label = QLabel()
                pixmap = QPixmap()
                pixmap.loadFromData(bytes(photo["thumbnail"]))
                label.setPixmap(pixmap)
                label.setToolTip(str(photo["file_name"]))
                self.thumbs.insertWidget(self.thumbs.count() - 1, label)

        self.desk.query(lambda db: inspections.photos(db, "inspection_item", item.id), show)

    # ------------------------------------------------------------ actions

    def _run(self, job: Any) -> None:
        self.desk.mutate(job, lambda _value: self.reload(), parent=self, on_error=self._failed)

    def _failed(self, exc: BaseException) -> None:
        prompts.report(self, exc, self.failed.emit)

    def on_start_clicked(self) -> None:
        actor, unit_id = self.desk.actor, self.unit_id or 0
        day: dt.date = self.date_edit.date().toPython()  # type: ignore[assignment]
        inspector = self.inspector_edit.text()
        self._run(lambda db: inspections.start(db, actor, unit_id, day, inspector))

    def on_rest_pass_clicked(self) -> None:
        for row in range(self.table.rowCount()):
            choice = self.table.cellWidget(row, RESULT_COLUMN)
            if isinstance(choice, QComboBox) and choice.currentIndex() == 0:
                choice.setCurrentIndex(1)

    def on_save_clicked(self) -> None:
        actor, unit_id, results = self.desk.actor, self.unit_id or 0, self.results()
        day: dt.date = self.date_edit.date().toPython()  # type: ignore[assignment]
        inspector = self.inspector_edit.text()
        self._run(lambda db: inspections.record_results(db, actor, unit_id, results, day, inspector))

    def on_photo_clicked(self) -> None:
        row = self.table.currentRow()
        if self.inspection is None or not 0 <= row < len(self.inspection.items):
            prompts.info(self, self.tr("Add photos"), self.tr("First select the item the photos show."))
            return
        names, _ = QFileDialog.getOpenFileNames(self, self.tr("Photos of %1").replace("%1", self.inspection.items[row].location),
                                                "", self.tr("Pictures (*.jpg *.jpeg *.png *.heic *.bmp)"))  # fmt: skip
        if names:
            self.add_photos(row, [Path(n) for n in names])

    def add_photos(self, row: int, paths: list[Path]) -> None:
        """Keep the files as photos of the item in ``row`` (read and shrunk on the worker)."""
        if self.inspection is None:
            return
        actor, item_id, unit_id = self.desk.actor, self.inspection.items[row].id, self.unit_id or 0

        def job(db: Any) -> Any:
            for path in paths:
                inspections.add_photo(db, actor, "inspection_item", item_id, path.read_bytes(), path.name)
            return inspections.of_unit(db, unit_id), Changes(units=frozenset({unit_id}))

        def done(found: Inspection | None) -> None:
            self.show_inspection(found)
            self.table.selectRow(row)
            self.show_thumbnails(row)

        self.desk.mutate(job, done, parent=self, on_error=self._failed)


class DefectsPage(QWidget):
    """The unit's defects: where, what, state, dates; register one found later, re-check, close."""

    failed = Signal(str)

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.unit_id: int | None = None
        self.unit_code = ""
        self.defects: list[Defect] = []
        self.table = read_only_table([self.tr("Where"), self.tr("Problem"), self.tr("State"), self.tr("Found"),
                                      self.tr("Passed on"), self.tr("Deadline"), self.tr("Re-check"),
                                      self.tr("Closed"), self.tr("Photos")])  # fmt: skip
        self.add_button = QPushButton(self.tr("Register a defect…"))
        self.recheck_button = QPushButton(self.tr("Re-check…"))
        self.dismiss_button = QPushButton(self.tr("Close as wrong…"))
        self.photo_button = QPushButton(self.tr("Add re-check photos…"))
        row = button_row([self.add_button, self.recheck_button, self.photo_button, self.dismiss_button])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        self.add_button.clicked.connect(self.on_add_clicked)
        self.recheck_button.clicked.connect(self.on_recheck_clicked)
        self.dismiss_button.clicked.connect(self.on_dismiss_clicked)
        self.photo_button.clicked.connect(self.on_photo_clicked)

    def show_unit(self, unit_id: int) -> None:
        self.unit_id = unit_id
        self.desk.query(lambda db: (unit_id, inspections.defects_of_unit(db, unit_id)), self._loaded)

    def _loaded(self, result: tuple[int, list[Defect]]) -> None:
        unit_id, found = result
        if unit_id != self.unit_id:
            return
        self.defects = found
        self.unit_code = found[0].unit_code if found else self.unit_code
        today = dt.date.today()
        self.table.setRowCount(len(found))
        for r, d in enumerate(found):
            state = d.state.value + (self.tr(" (overdue)") if d.overdue(today) else "")
            values = [d.location, d.description, state, d.found_on, d.transferred_on or "", d.deadline or "",
                      d.recheck_result, d.closed_on or "", str(d.photos) if d.photos else ""]  # fmt: skip
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                if d.overdue(today):
                    item.setForeground(Qt.GlobalColor.darkRed)
                self.table.setItem(r, c, item)

    def selected(self) -> Defect | None:
        row = self.table.currentRow()
        return self.defects[row] if 0 <= row < len(self.defects) else None

    def on_add_clicked(self) -> None:
        from propdesk.qt.dialogs.defect_dialogs import AddDefectDialog

        if self.unit_id is not None:
            AddDefectDialog(self.desk, self.unit_id, self.unit_code, self).exec()

    def on_recheck_clicked(self) -> None:
        from propdesk.qt.dialogs.defect_dialogs import RecheckDialog

        chosen = self.selected()
        if chosen is None or chosen.closed_on:
            prompts.info(self, self.tr("Re-check"), self.tr("First select an open defect."))
            return
        RecheckDialog(self.desk, chosen, self).exec()

    def on_photo_clicked(self) -> None:
        chosen = self.selected()
        if chosen is None:
            prompts.info(self, self.tr("Add photos"), self.tr("First select the defect the photos show."))
            return
        names, _ = QFileDialog.getOpenFileNames(self, self.tr("Photos of %1").replace("%1", chosen.location), "",
                                                self.tr("Pictures (*.jpg *.jpeg *.png *.heic *.bmp)"))  # fmt: skip
        if names:
            self.add_photos(chosen, [Path(n) for n in names])

    def add_photos(self, defect: Defect, paths: list[Path]) -> None:
        """Photos taken at the 复验, kept on the defect itself."""
        actor, unit_id = self.desk.actor, defect.unit_id

        def job(db: Any) -> Any:
            for path in paths:
                inspections.add_photo(db, actor, "defect", defect.id, path.read_bytes(), path.name)
            return None, Changes(units=frozenset({unit_id}))

        self.desk.mutate(job, parent=self, on_error=self._failed)

    def _failed(self, exc: BaseException) -> None:
        prompts.report(self, exc, self.failed.emit)

    def on_dismiss_clicked(self) -> None:
        chosen = self.selected()
        if chosen is None or chosen.closed_on:
            prompts.info(self, self.tr("Close as wrong"), self.tr("First select an open defect."))
            return
        reason = prompts.ask_text(self, self.tr("Close as wrong"),
                                  self.tr("Why is “%1” closed without a repair (kept with the defect):")
                                  .replace("%1", chosen.location))  # fmt: skip
        if reason and reason.strip():
            actor = self.desk.actor
            self.desk.mutate(lambda db: inspections.dismiss(db, actor, chosen.id, reason), parent=self)
