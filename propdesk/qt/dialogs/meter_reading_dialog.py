"""抄表录入: pick the metered item, the month and a building; the sheet lists every unit with its last
reading; type this month's readings top to bottom (Enter goes down), see usage and amount at once,
save them all in one go. A first reading asks for the 底数; a paid month cannot be changed."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from propdesk.core.billing import FeeItem, Period, line_amount, meter_usage, rate_for
from propdesk.core.errors import PropdeskError, UserError, ValidationError
from propdesk.core.meters import ReadingRow, parse_reading, plain
from propdesk.core.money import format_yuan
from propdesk.services import buildings, meter_readings
from propdesk.services.meter_readings import ReadingEntry

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
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

PREVIOUS, CURRENT, USAGE, AMOUNT, STATE = 2, 3, 4, 5, 6


class MeterReadingDialog(QDialog):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.setWindowTitle(self.tr("Meter readings"))
        self.resize(860, 620)
        self.items: list[FeeItem] = []
        self.rows: list[ReadingRow] = []
        self.loaded_for: tuple[int, Period, str] | None = None
        self.last_run: Any = None
        self.item_box = QComboBox()
        self.month_edit = QLineEdit(str(Period.of(dt.date.today())))
        self.month_edit.setMaximumWidth(90)
        self.building_box = QComboBox()
        self.building_box.addItem(self.tr("All buildings"), "")
        self.load_button = QPushButton(self.tr("Show sheet"))
        self.price_label = QLabel()
        top = QHBoxLayout()
        for label, widget in ((self.tr("Item"), self.item_box), (self.tr("Month"), self.month_edit),
                              (self.tr("Building"), self.building_box)):  # fmt: skip
            top.addWidget(QLabel(label))
            top.addWidget(widget)
        top.addWidget(self.load_button)
        top.addWidget(self.price_label, 1)
        self.table = QTableWidget(0, 7)
        self.table.setHorizontalHeaderLabels([self.tr("Unit"), self.tr("Owner"), self.tr("Last reading"),
                                              self.tr("This reading"), self.tr("Usage"), self.tr("Amount"),
                                              self.tr("State")])  # fmt: skip
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #d93025;")
        self.error_label.hide()
        self.summary_label = QLabel()
        self.button_box = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close)
        self.button_box.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save readings and bill"))
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.error_label)
        layout.addWidget(self.button_box)
        self.load_button.clicked.connect(self.load_sheet)
        self.item_box.currentIndexChanged.connect(self.load_sheet)
        self.building_box.currentIndexChanged.connect(self.load_sheet)
        self.month_edit.returnPressed.connect(self.load_sheet)
        self.table.itemChanged.connect(self.on_item_changed)
        self.button_box.accepted.connect(self.on_save_clicked)
        self.button_box.rejected.connect(self.reject)
        self.desk.query(lambda db: (meter_readings.metered_items(db), buildings.list_buildings(db)), self.set_choices)

    def set_choices(self, found: tuple[list[FeeItem], list[Any]]) -> None:
        self.items, found_buildings = found
        self.item_box.blockSignals(True)
        self.building_box.blockSignals(True)
        for item in self.items:
            self.item_box.addItem(item.name, item.id)
        for building in found_buildings:
            self.building_box.addItem(building.name, building.code)
        self.item_box.blockSignals(False)
        self.building_box.blockSignals(False)
        if not self.items:
            self.show_error(self.tr("There is no metered fee item (按读数) yet: add water or electricity under "
                                    "Fees → Fee items and prices."))  # fmt: skip
            return
        self.load_sheet()

    # ------------------------------------------------------------ the sheet

    def choice(self) -> tuple[FeeItem, Period, str]:
        index = self.item_box.currentIndex()
        if not 0 <= index < len(self.items):
            raise UserError(self.tr("Choose a metered fee item first."))
        return self.items[index], Period.parse(self.month_edit.text()), str(self.building_box.currentData() or "")

    def price(self) -> Decimal | None:
        try:
            item, period, _ = self.choice()
            return rate_for(item.rates, period).unit_price
        except PropdeskError:
            return None

    def load_sheet(self, *_args: object) -> None:
        try:
            item, period, building = self.choice()
        except PropdeskError as exc:
            self.show_error(exc.message)
            return
        self.error_label.hide()
        price = self.price()
        self.price_label.setText(self.tr("Price: %1 %2").replace("%1", str(price)).replace("%2", item.unit_label)
                                 if price is not None else self.tr("No price in force this month"))  # fmt: skip

        def done(rows: list[ReadingRow]) -> None:
            self.loaded_for = (item.id, period, building)
            self.show_rows(rows)

        self.desk.query(lambda db: meter_readings.reading_sheet(db, item.id, period, building), done, self.on_failed)

    def show_rows(self, rows: list[ReadingRow]) -> None:
        self.rows = rows
        self.table.blockSignals(True)
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            fixed = [row.unit_code, row.owner_names]
            for c, text in enumerate(fixed):
                self.table.setItem(r, c, _cell(text, editable=False))
            self.table.setItem(r, PREVIOUS, _cell("" if row.previous is None else plain(row.previous),
                                                  editable=row.previous is None and not row.paid, right=True))  # fmt: skip
            self.table.setItem(r, CURRENT, _cell("" if row.current is None else plain(row.current),
                                                 editable=not row.paid, right=True))  # fmt: skip
            for c in (USAGE, AMOUNT):
                self.table.setItem(r, c, _cell("", editable=False, right=True))
            state = self.tr("paid") if row.paid else (self.tr("billed") if row.current is not None else "")
            self.table.setItem(r, STATE, _cell(state if row.previous is not None or row.current is not None
                                               else self.tr("first reading: type the base"), editable=False))  # fmt: skip
            self.compute(r)
        self.table.blockSignals(False)
        self.table.resizeColumnsToContents()
        for column, least in ((PREVIOUS, 90), (CURRENT, 90), (USAGE, 80), (AMOUNT, 90)):  # room for what is typed
            self.table.setColumnWidth(column, max(least, self.table.columnWidth(column)))
        if rows:
            self.table.setCurrentCell(0, CURRENT)
        self.update_summary()

    def on_item_changed(self, item: QTableWidgetItem) -> None:
        if item.column() in (PREVIOUS, CURRENT):
            self.table.blockSignals(True)
            self.compute(item.row())
            self.table.blockSignals(False)
            self.update_summary()
            if item.column() == CURRENT and item.row() + 1 < self.table.rowCount():
                self.table.setCurrentCell(item.row() + 1, CURRENT)  # typing down the sheet, like on paper

    def compute(self, r: int) -> None:
        usage_item, amount_item = self.table.item(r, USAGE), self.table.item(r, AMOUNT)
        if usage_item is None or amount_item is None:
            return
        usage_item.setText("")
        amount_item.setText("")
        try:
            previous, current = self.cell_reading(r, PREVIOUS), self.cell_reading(r, CURRENT)
            if previous is None or current is None:
                return
            usage = meter_usage(previous, current)
        except ValidationError:
            usage_item.setText(self.tr("check"))
            return
        price = self.price()
        usage_item.setText(plain(usage))
        if price is not None:
            amount_item.setText(format_yuan(line_amount(price, usage)))

    def cell_reading(self, r: int, column: int) -> Decimal | None:
        item = self.table.item(r, column)
        text = item.text().strip() if item is not None else ""
        return parse_reading(text) if text else None

    def entries(self) -> list[ReadingEntry]:
        """The rows typed or changed since the sheet was shown; a bad number names its unit."""
        found = []
        for r, row in enumerate(self.rows):
            try:
                current = self.cell_reading(r, CURRENT)
                previous = self.cell_reading(r, PREVIOUS)
            except ValidationError as exc:
                raise ValidationError.single("readings", f"{row.unit_code}：{exc.message}") from None
            if current is None or row.paid:
                continue
            if current == row.current and (row.previous is not None or previous is None):
                continue
            found.append(ReadingEntry(row.unit_id, current, previous if row.previous is None else None))
        return found

    # ------------------------------------------------------------ saving

    def on_save_clicked(self) -> None:
        self.error_label.hide()
        try:
            item, period, _ = self.choice()
            entries = self.entries()
        except PropdeskError as exc:
            self.show_error(exc.message)
            return
        if self.loaded_for is None or self.loaded_for[:2] != (item.id, period):
            self.show_error(self.tr("The month or item changed: press Show sheet first."))
            return
        if not entries:
            self.show_error(self.tr("Nothing new to save."))
            return
        actor = self.desk.actor
        self.button_box.setEnabled(False)
        self.desk.mutate(lambda db: meter_readings.save_readings(db, actor, item.id, period, entries),
                         self.on_saved, parent=self, on_error=self.on_failed)  # fmt: skip

    def on_saved(self, run: Any) -> None:
        self.button_box.setEnabled(True)
        self.last_run = run
        self.load_sheet()

    def update_summary(self) -> None:
        typed = sum(1 for r in range(self.table.rowCount()) if (i := self.table.item(r, CURRENT)) and i.text().strip())
        text = self.tr("%1 of %2 units have a reading this month.").replace("%1", str(typed)).replace(
            "%2", str(len(self.rows)))  # fmt: skip
        if self.last_run is not None:
            text += "　" + self.tr("Saved: %1 new, %2 corrected, bills ¥%3.").replace(
                "%1", str(self.last_run.created)).replace("%2", str(self.last_run.corrected)).replace(
                "%3", format_yuan(self.last_run.billed_fen))  # fmt: skip
        self.summary_label.setText(text)

    def on_failed(self, exc: BaseException) -> None:
        self.button_box.setEnabled(True)
        prompts.report(self, exc, self.show_error)

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()


def _cell(text: str, editable: bool, right: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
    item.setFlags(flags | Qt.ItemFlag.ItemIsEditable if editable else flags)
    if right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    if not editable:
        item.setForeground(Qt.GlobalColor.darkGray)
    return item
