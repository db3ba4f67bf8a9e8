"""房屋 list: filter by building, state and type, sort in SQL, one page at a time."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from propdesk.core.changes import Changes
from propdesk.core.registry import Unit, UnitState, UnitType, format_area
from propdesk.reports.ledger_xlsx import write_ledger
from propdesk.services import buildings, ledger_export, units

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QPushButton, QWidget

from propdesk.qt import preferences, prompts
from propdesk.qt.desk import Desk
from propdesk.qt.i18n import QT_TRANSLATE_NOOP
from propdesk.qt.table_model import Column
from propdesk.qt.views.paged_list import PagedList

COLUMNS = [
    Column(QT_TRANSLATE_NOOP("Column", "Unit"), lambda u: u.code, "code"),
    Column(QT_TRANSLATE_NOOP("Column", "Floor"), lambda u: str(u.floor), "floor", align_right=True),
    Column(
        QT_TRANSLATE_NOOP("Column", "Floor area (m²)"), lambda u: format_area(u.area_centi_m2), "area", align_right=True
    ),
    Column(QT_TRANSLATE_NOOP("Column", "Type"), lambda u: u.unit_type, "type"),
    Column(QT_TRANSLATE_NOOP("Column", "State"), lambda u: u.state, "state"),
    Column(QT_TRANSLATE_NOOP("Column", "Owners"), lambda u: u.owner_names, "owner"),
    Column(QT_TRANSLATE_NOOP("Column", "Note"), lambda u: u.note),
]


class UnitsView(PagedList):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(desk, COLUMNS, parent)
        self.sort_key = "code"
        self.descending = False
        self.building_combo = QComboBox()
        self.building_combo.addItem(self.tr("All buildings"), "")
        self.state_combo = QComboBox()
        self.state_combo.addItem(self.tr("All states"), "")
        for state in UnitState:
            self.state_combo.addItem(state.value, state.value)
        self.type_combo = QComboBox()
        self.type_combo.addItem(self.tr("All types"), "")
        for unit_type in UnitType:
            self.type_combo.addItem(unit_type.value, unit_type.value)
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Filter: unit, owner, note"))
        self.filter_edit.setClearButtonEnabled(True)
        self.add_button = QPushButton(self.tr("New unit"))
        self.generate_button = QPushButton(self.tr("Generate a building"))
        self.import_button = QPushButton(self.tr("Import Excel"))
        self.export_button = QPushButton(self.tr("Export Excel"))
        self.print_button = QPushButton(self.tr("Print list"))
        bar = QHBoxLayout()
        for widget in (self.building_combo, self.state_combo, self.type_combo):
            bar.addWidget(widget)
        bar.addWidget(self.filter_edit, 1)
        for button in (
            self.add_button,
            self.generate_button,
            self.import_button,
            self.export_button,
            self.print_button,
        ):
            bar.addWidget(button)
        self.body_layout.insertLayout(0, bar)
        self.set_column_widths([110, 60, 100, 70, 110, 200])
        for combo in (self.building_combo, self.state_combo, self.type_combo):
            combo.currentIndexChanged.connect(self.reload_from_start)
        self.filter_edit.textChanged.connect(lambda _text: self.reload_timer.start())
        self.export_button.clicked.connect(self.on_export_clicked)
        self.desk.changed.connect(self.on_desk_changed)

    def unit_filter(self) -> units.UnitFilter:
        return units.UnitFilter(
            building=self.building_combo.currentData() or "",
            state=self.state_combo.currentData() or "",
            unit_type=self.type_combo.currentData() or "",
            text=self.filter_edit.text().strip(),
            sort=self.sort_key or "code",
            descending=self.descending,
        )

    def fetch(self, offset: int, limit: int) -> Any:
        f = self.unit_filter()
        return lambda db: units.list_units(db, f, offset, limit)

    def refresh(self) -> None:
        self.load_buildings()
        self.reload()

    def load_buildings(self) -> None:
        def show(items: list[Any]) -> None:
            current = self.building_combo.currentData()
            self.building_combo.blockSignals(True)
            self.building_combo.clear()
            self.building_combo.addItem(self.tr("All buildings"), "")
            for b in items:
                label = self.tr("%1 (%2 units)").replace("%1", b.name).replace("%2", str(b.unit_count))
                self.building_combo.addItem(label, b.code)
            index = self.building_combo.findData(current)
            self.building_combo.setCurrentIndex(max(index, 0))
            self.building_combo.blockSignals(False)

        self.desk.query(buildings.list_buildings, show)

    def on_desk_changed(self, changes: Changes) -> None:
        if changes.buildings:
            self.load_buildings()
        if changes.touches_units:
            shown = {u.id for u in self.model._rows if isinstance(u, Unit)}
            if changes.all_units or changes.buildings or shown & changes.units or not shown:
                self.reload()
            elif changes.units:
                self.reload()  # a new unit may belong on this page

    def on_export_clicked(self) -> None:
        path = preferences.ask_save_path(
            self, self.tr("Export units and owners"), "房屋业主台账.xlsx", "Excel (*.xlsx)"
        )
        if path is not None:
            self.export_to(path)

    def export_to(self, path: Path) -> None:
        """Write the workbook on the worker: 10,000 rows take seconds, the window stays responsive."""
        f, actor = self.unit_filter(), self.desk.actor

        def job(db: Any) -> int:
            rows = ledger_export.ledger_rows(db, actor, f)
            write_ledger(path, rows)
            return len(rows)

        def done(count: int) -> None:
            prompts.info(
                self,
                self.tr("Export finished"),
                self.tr("Exported %1 units to %2").replace("%1", str(count)).replace("%2", str(path)),
            )

        self.desk.query(job, done, lambda exc: prompts.show_exception(self, exc))
