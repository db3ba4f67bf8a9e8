"""新报修, typed while the caller is on the line: their phone (or the unit, or a name) finds the unit and
the owner, and the caller's past calls show beside the form; area, place, category, warranty, urgency
(its deadline), what is wrong, an appointment, and — if someone can go now — the technician."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from propdesk.core.identity import normalize_phone
from propdesk.core.registry import SearchHit
from propdesk.core.work_orders import (
    CATEGORIES,
    PUBLIC_LOCATIONS,
    Area,
    Channel,
    OrderRow,
    Technician,
    Urgency,
    Warranty,
)
from propdesk.services import repair_settings, work_orders
from propdesk.services.search import search_units
from propdesk.services.work_orders import RepairEntry

from PySide6.QtCore import QDateTime, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialogButtonBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QWidget,
)

from propdesk.qt.desk import Desk
from propdesk.qt.dialogs.form_dialog import FormDialog

ROOMS = ["厨房", "卫生间", "客厅", "卧室", "阳台", "入户门", "全屋"]


def _row(*widgets: QWidget) -> QWidget:
    """Several fields on one line of the form (the last one stretches)."""
    row = QWidget()
    line = QHBoxLayout(row)
    line.setContentsMargins(0, 0, 0, 0)
    for index, widget in enumerate(widgets):
        line.addWidget(widget, 1 if index == len(widgets) - 1 else 0)
    return row


class RepairDialog(FormDialog):
    def __init__(self, desk: Desk, unit: SearchHit | None = None, parent: QWidget | None = None) -> None:
        super().__init__(desk, self.tr("New repair"), parent)
        self.setMinimumWidth(760)
        self.hits: list[SearchHit] = [unit] if unit else []
        self.lookup_edit = QLineEdit()
        self.lookup_edit.setPlaceholderText(self.tr("Caller's phone, unit (3-2-1502) or name — the unit is found"))
        self.add_field("lookup", self.tr("Caller"), self.lookup_edit)
        self.unit_box = QComboBox()
        self.area_box = QComboBox()
        self.area_box.addItems([a.value for a in Area])
        self.add_field("unit", self.tr("Where"), _row(self.area_box, self.unit_box))
        self.caller_edit = QLineEdit()
        self.phone_edit = QLineEdit()
        self.channel_box = QComboBox()
        self.channel_box.addItems([c.value for c in Channel])
        self.caller_edit.setPlaceholderText(self.tr("Name"))
        self.phone_edit.setPlaceholderText(self.tr("Phone"))
        self.add_field("caller", self.tr("Reported by"), _row(self.caller_edit, self.phone_edit, self.channel_box))
        self.fields["phone"] = self.phone_edit
        self.location_box = QComboBox()
        self.location_box.setEditable(True)
        self.location_box.setMinimumWidth(220)
        self.add_field("location", self.tr("Place"), self.location_box)
        self.category_box = QComboBox()
        self.category_box.addItems(CATEGORIES)
        self.warranty_box = QComboBox()
        self.warranty_box.addItems([Warranty.OUT.value, Warranty.IN.value])
        self.urgency_box = QComboBox()
        self.urgency_box.addItems([Urgency.NORMAL.value, Urgency.URGENT.value, Urgency.PLANNED.value])
        self.add_field("category", self.tr("Kind"), _row(self.category_box, self.warranty_box, self.urgency_box))
        self.fields["warranty"], self.fields["urgency"] = self.warranty_box, self.urgency_box
        self.description_edit = QLineEdit()
        self.description_edit.setPlaceholderText(self.tr("What is wrong, in the caller's words"))
        self.add_field("description", self.tr("Problem"), self.description_edit)
        self.appointment_check = QCheckBox(self.tr("Appointment"))
        self.appointment_edit = QDateTimeEdit(QDateTime.currentDateTime().addSecs(2 * 3600))
        self.appointment_edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.appointment_edit.setCalendarPopup(True)
        self.appointment_edit.setEnabled(False)
        self.appointment_check.toggled.connect(self.appointment_edit.setEnabled)
        self.technician_box = QComboBox()
        self.add_field("technician", self.tr("Dispatch"),
                       _row(self.appointment_check, self.appointment_edit, self.technician_box))  # fmt: skip
        self.past_list = QListWidget()
        self.past_list.setMaximumHeight(110)
        self.add_field("past", self.tr("Past calls"), self.past_list)
        self.print_check = QCheckBox(self.tr("Print the work order after saving"))
        self.print_check.setChecked(True)
        self.add_field("print", "", self.print_check)
        self.button_box.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Register"))
        self.lookup_timer = QTimer(self)
        self.lookup_timer.setSingleShot(True)
        self.lookup_timer.setInterval(200)
        self.lookup_timer.timeout.connect(self.look_up)
        self.lookup_edit.textChanged.connect(lambda _text: self.lookup_timer.start())
        self.area_box.currentTextChanged.connect(self.on_area_changed)
        self.unit_box.currentIndexChanged.connect(self.on_unit_changed)
        self.on_area_changed(Area.UNIT.value)
        self.show_hits(self.hits)
        desk.query(lambda db: repair_settings.technicians(db, active_only=True), self.show_technicians)
        if unit is not None:
            desk.query(lambda db: work_orders.of_unit(db, unit.unit_id), self.show_past)
        self.lookup_edit.setFocus()

    def show_technicians(self, found: list[Technician]) -> None:
        self.technician_box.clear()
        self.technician_box.addItem(self.tr("(not dispatched yet)"), "")
        for t in found:
            self.technician_box.addItem(f"{t.name}（{'、'.join(t.trades) or '—'}）", t.name)

    def on_area_changed(self, area: str) -> None:
        self.unit_box.setEnabled(area == Area.UNIT)
        self.warranty_box.setEnabled(area == Area.UNIT)
        current = self.location_box.currentText()
        self.location_box.clear()
        self.location_box.addItems(ROOMS if area == Area.UNIT else PUBLIC_LOCATIONS)
        self.location_box.setCurrentText(current if current in (ROOMS + PUBLIC_LOCATIONS) and current else "")

    def look_up(self) -> None:
        text = self.lookup_edit.text().strip()
        if len(text) < 2:
            return
        phone = normalize_phone(text)
        as_phone = phone if phone.isdigit() and len(phone) >= 7 else ""

        def job(db: Any) -> tuple[str, list[SearchHit], list[OrderRow]]:
            hits = search_units(db, text, limit=8)
            calls = work_orders.of_phone(db, as_phone) if as_phone else []
            known = {h.unit_id for h in hits}
            for code in dict.fromkeys(c.unit_code for c in calls if c.unit_code):  # where this number called from
                for hit in search_units(db, code, limit=1):
                    if hit.unit_id not in known:
                        hits.append(SearchHit(hit.unit_id, hit.code, hit.owner_names, "以往报修", hit.state))
                        known.add(hit.unit_id)
            return text, hits, calls

        self.desk.query(job, self.show_lookup)

    def show_lookup(self, result: tuple[str, list[SearchHit], list[OrderRow]]) -> None:
        text, hits, calls = result
        if text != self.lookup_edit.text().strip():
            return  # typed on since: a newer lookup follows
        phone = normalize_phone(text)
        if phone.isdigit() and len(phone) >= 7 and not self.phone_edit.text().strip():
            self.phone_edit.setText(phone)
        self.show_hits(hits)
        if calls:
            self.show_past(calls)
            if not self.caller_edit.text().strip():
                self.caller_edit.setText(calls[0].caller)

    def show_hits(self, hits: list[SearchHit]) -> None:
        self.hits = hits
        self.unit_box.blockSignals(True)
        self.unit_box.clear()
        for hit in hits:
            self.unit_box.addItem(f"{hit.code}　{hit.owner_names}（{hit.matched}）", hit.unit_id)
        self.unit_box.blockSignals(False)
        if hits:
            self.on_unit_changed(0)

    def on_unit_changed(self, index: int) -> None:
        if not 0 <= index < len(self.hits):
            return
        hit = self.hits[index]
        if not self.caller_edit.text().strip() and hit.owner_names:
            self.caller_edit.setText(hit.owner_names.split("、")[0])
        if not normalize_phone(self.phone_edit.text()):
            self.desk.query(lambda db: work_orders.of_unit(db, hit.unit_id), self.show_past)

    def show_past(self, calls: list[OrderRow]) -> None:
        self.past_list.clear()
        for c in calls[:20]:
            self.past_list.addItem(f"{c.reported_at[:10]}　{c.number}　{c.unit_code or c.location}　{c.category}　"
                                   f"{c.state}　{c.description}")  # fmt: skip
        if not calls:
            self.past_list.addItem(self.tr("No earlier calls."))

    def entry(self) -> RepairEntry:
        unit_id = self.unit_box.currentData() if self.area_box.currentText() == Area.UNIT else None
        appointment: dt.datetime | None = (
            self.appointment_edit.dateTime().toPython() if self.appointment_check.isChecked() else None  # type: ignore[assignment]
        )
        return RepairEntry(
            channel=self.channel_box.currentText(), caller=self.caller_edit.text(), phone=self.phone_edit.text(),
            area=self.area_box.currentText(), unit_id=int(unit_id) if unit_id is not None else None,
            location=self.location_box.currentText(), category=self.category_box.currentText(),
            warranty=self.warranty_box.currentText(), urgency=self.urgency_box.currentText(),
            description=self.description_edit.text(), appointment=appointment,
            technician=str(self.technician_box.currentData() or ""),
        )  # fmt: skip

    def build_job(self) -> Callable[[Any], Any]:
        actor, entry = self.desk.actor, self.entry()
        return lambda db: work_orders.register(db, actor, entry)
