"""一户一页: everything about one unit in one place; later areas add their tabs here."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from propdesk.core.changes import Changes
from propdesk.core.identity import mask_id_number
from propdesk.core.registry import OwnerRole, Ownership, Resident, SearchHit, UnitRecord
from propdesk.services import households, printing, units

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from propdesk.qt import prompts
from propdesk.qt.desk import Desk
from propdesk.qt.dialogs.person_dialog import PersonDialog
from propdesk.qt.dialogs.resident_dialog import ResidentDialog, VehicleDialog
from propdesk.qt.dialogs.unit_dialog import UnitDialog
from propdesk.qt.tables import read_only_table as _table
from propdesk.qt.tables import table_group
from propdesk.qt.views.account_tab import AccountTab
from propdesk.qt.views.keys_page import KeysPage
from propdesk.qt.views.move_in_tab import MoveInTab
from propdesk.qt.views.renovation_tab import RenovationTab
from propdesk.qt.views.unit_service_tab import UnitServiceTab


def _fill(table: QTableWidget, rows: Sequence[Sequence[str]]) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(value))


class UnitPage(QWidget):
    print_requested = Signal(str, str)  # kind, key

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.unit_id: int | None = None
        self.record: UnitRecord | None = None
        self.title_label = QLabel()
        self.title_label.setStyleSheet("font-size: 20px; font-weight: bold;")
        self.facts_label = QLabel()
        self.edit_unit_button = QPushButton(self.tr("Edit unit (F2)"))
        self.add_owner_button = QPushButton(self.tr("Register owner"))
        self.edit_owner_button = QPushButton(self.tr("Edit owner"))
        self.transfer_button = QPushButton(self.tr("Transfer"))
        self.remove_co_owner_button = QPushButton(self.tr("Remove co-owner"))
        self.print_card_button = QPushButton(self.tr("Print household card (Ctrl+P)"))
        self.archive_button = QPushButton(self.tr("Unit archive"))
        self.archive_button.setToolTip(self.tr("Everything about this unit in one PDF with bookmarks (一户一档)"))
        self.reveal_button = QPushButton(self.tr("Show full ID numbers"))
        self.reveal_button.setToolTip(self.tr("Supervisors and administrators; each look is kept in the change log"))
        self.revealed_unit: int | None = None
        top = QHBoxLayout()
        heading = QVBoxLayout()
        heading.addWidget(self.title_label)
        heading.addWidget(self.facts_label)
        top.addLayout(heading, 1)
        for button in (
            self.reveal_button,
            self.edit_unit_button,
            self.add_owner_button,
            self.edit_owner_button,
            self.transfer_button,
            self.print_card_button,
            self.archive_button,
        ):
            top.addWidget(button)

        self.owners_table = _table(
            [
                self.tr("Role"),
                self.tr("Name"),
                self.tr("ID kind"),
                self.tr("ID number"),
                self.tr("Mobile"),
                self.tr("Landline"),
                self.tr("Emergency contact"),
                self.tr("Registered on"),
            ]
        )
        self.residents_table = _table(
            [
                self.tr("Kind"),
                self.tr("Name"),
                self.tr("Relation"),
                self.tr("ID card number"),
                self.tr("Phone"),
                self.tr("Moved in"),
                self.tr("Moved out"),
                self.tr("Note"),
            ]
        )
        self.vehicles_table = _table([self.tr("Plate"), self.tr("Parking space"), self.tr("Note")])
        self.add_resident_button = QPushButton(self.tr("Add resident/tenant"))
        self.edit_resident_button = QPushButton(self.tr("Edit"))
        self.move_out_button = QPushButton(self.tr("Move out"))
        self.add_vehicle_button = QPushButton(self.tr("Register vehicle"))
        self.remove_vehicle_button = QPushButton(self.tr("Remove vehicle"))

        household_tab = QWidget()
        household_layout = QVBoxLayout(household_tab)
        household_layout.addWidget(table_group(self.tr("Owners"), self.owners_table, [self.remove_co_owner_button]))
        household_layout.addWidget(
            table_group(
                self.tr("Household members and tenants (household card)"),
                self.residents_table,
                [self.add_resident_button, self.edit_resident_button, self.move_out_button],
            )
        )
        household_layout.addWidget(
            table_group(self.tr("Vehicles"), self.vehicles_table, [self.add_vehicle_button, self.remove_vehicle_button])
        )
        self.former_table = _table(
            [self.tr("Name"), self.tr("ID number"), self.tr("Mobile"), self.tr("Registered on"), self.tr("Until")]
        )
        self.transfers_table = _table(
            [
                self.tr("Transfer date"),
                self.tr("Former owners"),
                self.tr("New owners"),
                self.tr("Details"),
                self.tr("Clerk"),
            ]
        )
        history_tab = QWidget()
        history_layout = QVBoxLayout(history_tab)
        history_layout.addWidget(table_group(self.tr("Transfers"), self.transfers_table, []))
        history_layout.addWidget(table_group(self.tr("Former owners"), self.former_table, []))
        self.printed_table = _table([self.tr("Printed at"), self.tr("Form"), self.tr("Printed by"), self.tr("Size")])
        self.open_printed_button = QPushButton(self.tr("View"))
        printed_tab = QWidget()
        printed_layout = QVBoxLayout(printed_tab)
        printed_layout.addWidget(
            table_group(self.tr("Documents printed for this unit"), self.printed_table, [self.open_printed_button])
        )
        self.tabs = QTabWidget()
        self.tabs.addTab(household_tab, self.tr("Owners and household"))
        self.account_tab = AccountTab(desk)
        self.account_tab.print_requested.connect(self.print_requested)
        self.tabs.addTab(self.account_tab, self.tr("Account"))
        self.move_in_tab = MoveInTab(desk)
        self.move_in_tab.print_requested.connect(self.print_requested)
        self.move_in_tab.pay_requested.connect(lambda: self.tabs.setCurrentWidget(self.account_tab))
        self.tabs.addTab(self.move_in_tab, self.tr("Move-in"))
        self.keys_page = KeysPage(desk)
        self.keys_page.print_requested.connect(self.print_requested)
        self.tabs.addTab(self.keys_page, self.tr("Key custody"))
        self.renovation_tab = RenovationTab(desk)
        self.renovation_tab.print_requested.connect(self.print_requested)
        self.renovation_tab.pay_requested.connect(lambda: self.tabs.setCurrentWidget(self.account_tab))
        self.tabs.addTab(self.renovation_tab, self.tr("Renovation"))
        self.repairs_tab, self.complaints_tab = self._service_tabs(desk)
        self.tabs.addTab(self.repairs_tab, self.tr("Repairs"))
        self.tabs.addTab(self.complaints_tab, self.tr("Complaints"))
        self.tabs.addTab(history_tab, self.tr("Ownership history"))
        self.tabs.addTab(printed_tab, self.tr("Printed documents"))
        self.history_table = _table([self.tr("Time"), self.tr("Clerk"), self.tr("Action"), self.tr("Changes")])
        history_log_tab = QWidget()
        QVBoxLayout(history_log_tab).addWidget(self.history_table)
        self.tabs.addTab(history_log_tab, self.tr("Change history"))
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)

        self.edit_unit_button.clicked.connect(self.on_edit_unit_clicked)
        self.add_owner_button.clicked.connect(self.on_add_owner_clicked)
        self.edit_owner_button.clicked.connect(self.on_edit_owner_clicked)
        self.transfer_button.clicked.connect(self.on_transfer_clicked)
        self.remove_co_owner_button.clicked.connect(self.on_remove_co_owner_clicked)
        self.print_card_button.clicked.connect(self.on_print_card_clicked)
        self.archive_button.clicked.connect(
            lambda: self.print_requested.emit("archive", self.record.unit.code) if self.record else None
        )
        self.add_resident_button.clicked.connect(self.on_add_resident_clicked)
        self.edit_resident_button.clicked.connect(self.on_edit_resident_clicked)
        self.move_out_button.clicked.connect(self.on_move_out_clicked)
        self.add_vehicle_button.clicked.connect(self.on_add_vehicle_clicked)
        self.remove_vehicle_button.clicked.connect(self.on_remove_vehicle_clicked)
        self.open_printed_button.clicked.connect(self.on_open_printed_clicked)
        self.reveal_button.clicked.connect(self.on_reveal_clicked)
        self.owners_table.doubleClicked.connect(self.on_edit_owner_clicked)
        self.residents_table.doubleClicked.connect(self.on_edit_resident_clicked)
        self.printed_table.doubleClicked.connect(self.on_open_printed_clicked)
        QShortcut(QKeySequence(Qt.Key.Key_F2), self, self.on_edit_unit_clicked)
        QShortcut(QKeySequence.StandardKey.Print, self, self.on_print_card_clicked)
        self.desk.changed.connect(self.on_desk_changed)

    # ------------------------------------------------------------ loading

    def show_unit(self, unit_id: int) -> None:
        if unit_id != self.unit_id:
            self.revealed_unit = None
        self.unit_id = unit_id
        self.reload()

    def reload(self) -> None:
        if self.unit_id is None:
            return
        unit_id = self.unit_id
        self.desk.query(lambda db: units.unit_record(db, unit_id), self.set_record)

    def set_record(self, record: UnitRecord) -> None:
        if record.unit.id != self.unit_id:
            return
        self.record = record
        u = record.unit
        full = self.revealed_unit == u.id
        ident = (lambda v: v) if full else mask_id_number  # ID numbers stay masked until a supervisor opens them
        has_ids = any(o.person.id_number for o in record.owners + record.former_owners) or any(
            r.id_number for r in record.residents
        )
        self.reveal_button.setVisible(has_ids and not full)
        self.title_label.setText(f"{u.code}　{u.owner_names or self.tr('(no owner registered)')}")
        self.facts_label.setText(
            self.tr("Floor area %1 m²  ·  %2  ·  %3  ·  floor %4")
            .replace("%1", u.area_text)
            .replace("%2", u.unit_type)
            .replace("%3", u.state)
            .replace("%4", str(u.floor))
            + (f"　·　{u.note}" if u.note else "")
        )
        _fill(
            self.owners_table,
            [
                [
                    o.role,
                    o.person.name,
                    o.person.id_kind,
                    ident(o.person.id_number),
                    o.person.mobile,
                    o.person.landline,
                    f"{o.person.emergency_name} {o.person.emergency_phone}".strip(),
                    o.start_date,
                ]
                for o in record.owners
            ],
        )
        _fill(
            self.residents_table,
            [
                [r.kind, r.name, r.relation, ident(r.id_number), r.phone, r.move_in_date, r.move_out_date or "", r.note]
                for r in record.residents
            ],
        )
        _fill(self.vehicles_table, [[v.plate, v.parking_space, v.note] for v in record.vehicles])
        _fill(
            self.former_table,
            [
                [o.person.name, ident(o.person.id_number), o.person.mobile, o.start_date, o.end_date or ""]
                for o in record.former_owners
            ],
        )
        _fill(self.transfers_table, [[t.date, t.from_names, t.to_names, t.note, t.author] for t in record.transfers])
        _fill(
            self.printed_table,
            [[p.printed_at, p.title, p.printed_by, f"{p.size_bytes // 1024} KB"] for p in record.printed],
        )
        _fill(self.history_table, [[e.at, e.author, e.summary, e.describe()] for e in record.history])
        has_owner = bool(record.owners)
        self.edit_owner_button.setEnabled(has_owner)
        self.transfer_button.setEnabled(has_owner)
        self.add_owner_button.setText(self.tr("Register co-owner") if has_owner else self.tr("Register owner"))
        self.account_tab.show_unit(u.id, u.code, u.owner_names)
        self.move_in_tab.show_unit(u.id, u.code)
        self.keys_page.show_unit(u.id, u.code, u.owner_names.split("、")[0])
        self.renovation_tab.show_unit(u.id, u.code, u.owner_names.split("、")[0])
        for tab in (self.repairs_tab, self.complaints_tab):
            tab.show_unit(SearchHit(u.id, u.code, u.owner_names, "房号", u.state))

    def _service_tabs(self, desk: Desk) -> tuple[UnitServiceTab, UnitServiceTab]:
        from propdesk.services import complaints, work_orders

        from propdesk.qt.views.complaint_panel import ComplaintPanel
        from propdesk.qt.views.work_order_panel import WorkOrderPanel

        def new_repair(unit: SearchHit) -> None:
            from propdesk.qt.dialogs.repair_dialog import RepairDialog

            dialog = RepairDialog(desk, unit, self)
            if dialog.exec() and dialog.result_value is not None and dialog.print_check.isChecked():
                self.print_requested.emit("work-order", dialog.result_value.number)

        def new_complaint(unit: SearchHit) -> None:
            from propdesk.qt.dialogs.service_dialogs import ComplaintDialog

            ComplaintDialog(desk, unit, self).exec()

        order_panel, complaint_panel = WorkOrderPanel(desk), ComplaintPanel(desk)
        for panel in (order_panel, complaint_panel):
            panel.print_requested.connect(self.print_requested)
        repairs = UnitServiceTab(
            desk, [self.tr("No."), self.tr("Reported"), self.tr("Place"), self.tr("Category"), self.tr("State"),
                   self.tr("Technician"), self.tr("Problem")],
            lambda o: [o.number, o.reported_at[:16], o.location, o.category, o.state, o.technician, o.description],
            lambda unit_id: lambda db: work_orders.of_unit(db, unit_id),
            lambda order_id: lambda db: work_orders.get(db, order_id), order_panel,
            self.tr("New repair for this unit… (Ctrl+R)"), new_repair,
        )  # fmt: skip
        complaints_tab = UnitServiceTab(
            desk, [self.tr("No."), self.tr("Received"), self.tr("Category"), self.tr("Level"), self.tr("State"),
                   self.tr("Handler"), self.tr("Complaint")],
            lambda c: [c.number, c.received_at[:16], c.category, c.level, c.state, c.handler, c.description],
            lambda unit_id: lambda db: complaints.of_unit(db, unit_id),
            lambda complaint_id: lambda db: complaints.get(db, complaint_id), complaint_panel,
            self.tr("New complaint about this unit…"), new_complaint,
        )  # fmt: skip
        return repairs, complaints_tab

    def on_desk_changed(self, changes: Changes) -> None:
        if self.unit_id is not None and (changes.touches_unit(self.unit_id) or changes.persons):
            self.reload()

    # ------------------------------------------------------------ actions

    def _selected(self, table: QTableWidget, items: Sequence[Any]) -> Any:
        row = table.currentRow()
        return items[row] if 0 <= row < len(items) else None

    def on_reveal_clicked(self) -> None:
        if self.record is None:
            return
        unit_id = self.record.unit.id
        actor = self.desk.actor

        def shown(_value: Any) -> None:
            self.revealed_unit = unit_id
            self.reload()

        self.desk.mutate(lambda db: households.reveal_personal_data(db, actor, unit_id), shown, parent=self)

    def on_edit_unit_clicked(self) -> None:
        if self.record is not None:
            UnitDialog(self.desk, self.record.unit, self).exec()

    def on_add_owner_clicked(self) -> None:
        if self.record is not None:
            PersonDialog(
                self.desk, "add", unit_id=self.record.unit.id, unit_code=self.record.unit.code, parent=self
            ).exec()

    def on_edit_owner_clicked(self) -> None:
        if self.record is None or not self.record.owners:
            return
        ownership: Ownership = self._selected(self.owners_table, self.record.owners) or self.record.owners[0]
        PersonDialog(self.desk, "edit", person=ownership.person, parent=self).exec()

    def on_remove_co_owner_clicked(self) -> None:
        """Only a co-owner entered by mistake is removed; the 业主 changes by 过户."""
        if self.record is None:
            return
        ownership: Ownership | None = self._selected(self.owners_table, self.record.owners)
        if ownership is None or ownership.role != OwnerRole.CO_OWNER:
            prompts.info(
                self,
                self.tr("Remove co-owner"),
                self.tr(
                    "First select the co-owner to remove in the owners table. The owner changes only by a transfer."
                ),
            )
            return
        reason = prompts.ask_text(
            self,
            self.tr("Remove co-owner"),
            self.tr("Why is co-owner %1 removed (kept in the change log):").replace("%1", ownership.person.name),
        )
        if not reason or not reason.strip():
            return
        actor = self.desk.actor
        self.desk.mutate(lambda db: households.remove_co_owner(db, actor, ownership.id, reason), parent=self)

    def on_transfer_clicked(self) -> None:
        if self.record is None:
            return
        names = "、".join(o.person.name for o in self.record.owners)
        if not prompts.confirm(
            self,
            self.tr("Transfer"),
            self.tr("%1 will pass from %2 to new owners. The former owners stay in the ownership history. Continue?")
            .replace("%1", self.record.unit.code)
            .replace("%2", names),
        ):
            return

        PersonDialog(
            self.desk, "transfer", unit_id=self.record.unit.id, unit_code=self.record.unit.code, parent=self
        ).exec()

    def on_print_card_clicked(self) -> None:
        if self.record is not None:
            self.print_requested.emit("household-card", self.record.unit.code)

    def on_add_resident_clicked(self) -> None:
        if self.record is not None:
            ResidentDialog(self.desk, self.record.unit.id, parent=self).exec()

    def on_edit_resident_clicked(self) -> None:
        if self.record is None:
            return
        resident: Resident | None = self._selected(self.residents_table, self.record.residents)
        if resident is not None:
            ResidentDialog(self.desk, self.record.unit.id, resident, parent=self).exec()

    def on_move_out_clicked(self) -> None:
        if self.record is None:
            return
        resident: Resident | None = self._selected(self.residents_table, self.record.residents)
        if resident is None or resident.move_out_date:
            return
        if prompts.confirm(self, self.tr("Move out"), self.tr("Does %1 move out today?").replace("%1", resident.name)):
            actor = self.desk.actor
            self.desk.mutate(lambda db: households.move_out_resident(db, actor, resident.id), parent=self)

    def on_add_vehicle_clicked(self) -> None:
        if self.record is not None:
            VehicleDialog(self.desk, self.record.unit.id, parent=self).exec()

    def on_remove_vehicle_clicked(self) -> None:
        if self.record is None:
            return
        vehicle = self._selected(self.vehicles_table, self.record.vehicles)
        if vehicle is not None and prompts.confirm(
            self, self.tr("Remove vehicle"), self.tr("Remove vehicle %1?").replace("%1", vehicle.plate)
        ):
            actor = self.desk.actor
            self.desk.mutate(lambda db: households.remove_vehicle(db, actor, vehicle.id), parent=self)

    def on_open_printed_clicked(self) -> None:
        if self.record is None:
            return
        document = self._selected(self.printed_table, self.record.printed)
        if document is None:
            return
        from propdesk.qt.dialogs.pdf_preview import PREVIEW_DPI, PdfPreviewDialog, render_pages

        def job(db: Any) -> tuple[bytes, list[Any]]:
            pdf = printing.printed_pdf(db, document.id)
            return pdf, render_pages(pdf, PREVIEW_DPI)

        def show(result: tuple[bytes, list[Any]]) -> None:
            PdfPreviewDialog(result[0], document.title, self, pages=result[1], desk=self.desk).exec()

        self.desk.query(job, show)
