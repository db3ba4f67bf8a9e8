"""客服设置: the hours each repair urgency allows, the complaint deadlines per level, the monthly visit
ratio, and the technicians (add, change, mark as left)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from propdesk.core.complaints import Level, Limits
from propdesk.core.work_orders import CATEGORIES, Technician, Urgency
from propdesk.services import complaints, repair_settings, visits

from PySide6.QtWidgets import QCheckBox, QLineEdit, QPushButton, QSpinBox, QTableWidgetItem, QWidget

from propdesk.qt.desk import Desk
from propdesk.qt.dialogs.form_dialog import FormDialog
from propdesk.qt.dialogs.renovation_dialogs import check_grid
from propdesk.qt.tables import read_only_table, table_with_buttons


class TechnicianDialog(FormDialog):
    def __init__(self, desk: Desk, technician: Technician | None, parent: QWidget | None = None) -> None:
        super().__init__(desk, self.tr("Technician"), parent)
        self.technician = technician
        self.name_edit = QLineEdit(technician.name if technician else "")
        self.add_field("name", self.tr("Name"), self.name_edit)
        box, self.trade_checks = check_grid(CATEGORIES, 3)
        for trade, check in self.trade_checks.items():
            check.setChecked(technician is not None and trade in technician.trades)
        self.add_field("trades", self.tr("Trades"), box)
        self.phone_edit = QLineEdit(technician.phone if technician else "")
        self.add_field("phone", self.tr("Phone"), self.phone_edit)
        self.active_check = QCheckBox(self.tr("Still working here (untick when they leave)"))
        self.active_check.setChecked(technician.active if technician else True)
        self.add_field("active", "", self.active_check)

    def build_job(self) -> Callable[[Any], Any]:
        actor, technician_id = self.desk.actor, self.technician.id if self.technician else None
        name, phone, active = self.name_edit.text(), self.phone_edit.text(), self.active_check.isChecked()
        trades = tuple(t for t, c in self.trade_checks.items() if c.isChecked())
        return lambda db: repair_settings.save_technician(db, actor, technician_id, name, trades, phone, active)


class RepairSettingsDialog(FormDialog):
    def __init__(self, desk: Desk, hours: dict[str, int], technicians: list[Technician], limits: dict[str, Limits],
                 ratio_percent: int, parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(desk, self.tr("Service desk settings"), parent)
        self.setMinimumWidth(620)
        self.spins: dict[str, QSpinBox] = {}
        for urgency in Urgency:
            self.spins[urgency.value] = self._spin(hours[urgency.value], 720, self.tr(" hours"))
            self.add_field(urgency.value, self.tr("Repair, %1: done within").replace("%1", urgency.value),
                           self.spins[urgency.value])  # fmt: skip
        urgent, normal = limits[Level.URGENT.value], limits[Level.NORMAL.value]
        self.urgent_respond = self._spin(urgent.respond_hours, 240, self.tr(" hours"))
        self.urgent_resolve = self._spin(urgent.resolve_hours or 24, 720, self.tr(" hours"))
        self.normal_respond = self._spin(normal.respond_hours, 240, self.tr(" hours"))
        self.normal_resolve = self._spin(normal.resolve_working_days or 7, 60, self.tr(" working days"))
        for key, label, spin in (("紧急.respond", self.tr("Urgent complaint: respond within"), self.urgent_respond),
                                 ("紧急.resolve", self.tr("Urgent complaint: resolve within"), self.urgent_resolve),
                                 ("一般.respond", self.tr("Normal complaint: respond within"), self.normal_respond),
                                 ("一般.resolve", self.tr("Normal complaint: resolve within"), self.normal_resolve)):  # fmt: skip
            self.add_field(key, label, spin)
        self.ratio_spin = self._spin(ratio_percent, 100, self.tr(" % of occupied households a month"))
        self.add_field("ratio_percent", self.tr("Visits"), self.ratio_spin)
        self.technicians = technicians
        self.table = read_only_table([self.tr("Name"), self.tr("Trades"), self.tr("Phone"), self.tr("Working")])
        self.table.setMinimumHeight(180)
        add_button, edit_button = QPushButton(self.tr("Add…")), QPushButton(self.tr("Change…"))
        self.add_field("technicians", self.tr("Technicians"), table_with_buttons(self.table, [add_button, edit_button]))
        add_button.clicked.connect(lambda: self.edit_technician(None))
        edit_button.clicked.connect(self.on_edit_clicked)
        self.table.doubleClicked.connect(lambda _index: self.on_edit_clicked())
        self.show_technicians(technicians)

    @staticmethod
    def _spin(value: int, top: int, suffix: str) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(1, top)
        spin.setValue(value)
        spin.setSuffix(suffix)
        return spin

    def show_technicians(self, technicians: list[Technician]) -> None:
        self.technicians = technicians
        self.table.setRowCount(len(technicians))
        for row, t in enumerate(technicians):
            values = [t.name, "、".join(t.trades), t.phone, self.tr("yes") if t.active else self.tr("left")]
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))

    def on_edit_clicked(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.technicians):
            self.edit_technician(self.technicians[row])

    def edit_technician(self, technician: Technician | None) -> None:
        if TechnicianDialog(self.desk, technician, self).exec():
            self.desk.query(repair_settings.technicians, self.show_technicians)

    def build_job(self) -> Callable[[Any], Any]:
        actor, hours = self.desk.actor, {k: s.value() for k, s in self.spins.items()}
        wanted = {Level.URGENT.value: Limits(self.urgent_respond.value(), resolve_hours=self.urgent_resolve.value()),
                  Level.NORMAL.value: Limits(self.normal_respond.value(),
                                             resolve_working_days=self.normal_resolve.value())}  # fmt: skip
        ratio = self.ratio_spin.value()

        def job(db: Any) -> Any:
            with db.atomic():  # one use case: all three settings or none
                repair_settings.save_deadline_hours(db, actor, hours)
                complaints.save_limits(db, actor, wanted)
                return visits.save_ratio_percent(db, actor, ratio)

        return job
