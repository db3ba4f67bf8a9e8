"""入伙 tab of the unit page: the move-in worked through as steps on the left (each ticked when done,
with what is missing), the step's form on the right. Every step saves on its own, so the clerk can
pause and come back; 办结 is offered when nothing is missing."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from propdesk.core.money import format_yuan
from propdesk.core.move_in import KEY_KINDS, MOVE_IN_DOCUMENTS, OPTIONAL_DOCUMENTS, IdentityKind, MoveIn, Step
from propdesk.services import move_ins

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from propdesk.qt import prompts
from propdesk.qt.desk import Desk
from propdesk.qt.tables import button_row
from propdesk.qt.views.inspection_page import DefectsPage, InspectionPage

STEPS = list(Step)


def _page(*rows: tuple[str, QWidget] | QWidget) -> tuple[QWidget, QFormLayout]:
    page = QWidget()
    form = QFormLayout(page)
    for row in rows:
        if isinstance(row, tuple):
            form.addRow(row[0], row[1])
        else:
            form.addRow(row)
    return page, form


def _buttons(*buttons: QPushButton) -> QWidget:
    box = QWidget()
    row = button_row(buttons)
    row.setContentsMargins(0, 0, 0, 0)
    box.setLayout(row)
    return box


class MoveInTab(QWidget):
    print_requested = Signal(str, str)  # kind, key
    pay_requested = Signal()  # take the move-in fees on the 账务 tab

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.unit_id: int | None = None
        self.unit_code = ""
        self.record: MoveIn | None = None
        # the step forms are filled from the record only when a unit is opened or a step saved: a reload because
        # something else changed must not overwrite what the clerk is typing
        self.refill = True
        self.start_label = QLabel(self.tr("This unit has no move-in yet."))
        self.start_button = QPushButton(self.tr("Start the move-in"))
        self.steps = QListWidget()
        self.steps.setFixedWidth(260)
        self.pages = QStackedWidget()
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #d93025;")
        self.error_label.hide()
        self._build_pages()
        body = QHBoxLayout()
        body.addWidget(self.steps)
        right = QVBoxLayout()
        right.addWidget(self.pages, 1)
        right.addWidget(self.error_label)
        body.addLayout(right, 1)
        self.body = QWidget()
        self.body.setLayout(body)
        start_row = QHBoxLayout()
        start_row.addWidget(self.start_label)
        start_row.addWidget(self.start_button)
        start_row.addStretch(1)
        self.start_box = QWidget()
        self.start_box.setLayout(start_row)
        layout = QVBoxLayout(self)
        layout.addWidget(self.start_box)
        layout.addWidget(self.body, 1)
        self.start_button.clicked.connect(self.on_start_clicked)
        self.steps.currentRowChanged.connect(self.pages.setCurrentIndex)
        self.show_record(None)

    # ------------------------------------------------------------ the step pages

    def _build_pages(self) -> None:
        self.kind_box = QComboBox()
        self.kind_box.addItems([k.value for k in IdentityKind])
        self.name_edit = QLineEdit()
        self.id_edit = QLineEdit()
        self.id_edit.setPlaceholderText(self.tr("18-digit resident ID"))
        self.letter_check = QCheckBox(self.tr("The owner's signed letter of authorisation (委托书) is received"))
        self.identity_button = QPushButton(self.tr("Identity checked"))
        identity, _ = _page((self.tr("Who came"), self.kind_box), (self.tr("Name"), self.name_edit),
                            (self.tr("ID number"), self.id_edit), self.letter_check, _buttons(self.identity_button))  # fmt: skip
        self.documents_list = QListWidget()
        self.documents_all = QPushButton(self.tr("Tick all"))
        self.documents_button = QPushButton(self.tr("Save the checklist"))
        documents, _ = _page(self.documents_list, _buttons(self.documents_all, self.documents_button))
        self.handover_date = QDateEdit(QDate.currentDate())
        self.handover_date.setCalendarPopup(True)
        self.handover_date.setDisplayFormat("yyyy-MM-dd")
        self.months_spin = QSpinBox()
        self.months_spin.setRange(0, 36)
        self.months_spin.setSuffix(self.tr(" months"))
        self.handover_button = QPushButton(self.tr("Hand over and bill the move-in fees"))
        self.fees_label = QLabel()
        self.fees_label.setWordWrap(True)
        self.pay_button = QPushButton(self.tr("Take the fees on the Account tab (F9)"))
        fees_page, _ = _page((self.tr("Handover date"), self.handover_date), (self.tr("Prepaid at move-in"), self.months_spin),
                             _buttons(self.handover_button), self.fees_label, _buttons(self.pay_button))  # fmt: skip
        self.inspection_page = InspectionPage(self.desk)
        self.water_edit, self.power_edit, self.gas_edit = QLineEdit(), QLineEdit(), QLineEdit()
        self.gas_edit.setPlaceholderText(self.tr("Leave empty if the unit has no gas"))
        self.readings_button = QPushButton(self.tr("Save the readings"))
        readings, _ = _page((self.tr("Water meter"), self.water_edit), (self.tr("Electricity meter"), self.power_edit),
                            (self.tr("Gas meter"), self.gas_edit), _buttons(self.readings_button))  # fmt: skip
        self.key_spins: dict[str, QSpinBox] = {}
        keys_page, keys_form = _page()
        for kind in KEY_KINDS:
            spin = QSpinBox()
            spin.setRange(0, 99)
            self.key_spins[kind] = spin
            keys_form.addRow(kind, spin)
        self.keys_button = QPushButton(self.tr("Save the keys handed over"))
        keys_form.addRow(_buttons(self.keys_button))
        self.record_print_button = QPushButton(self.tr("Print the move-in confirmation (业主入伙确认单)"))
        self.owner_signed = QCheckBox(self.tr("The owner (or agent) has signed"))
        self.clerk_signed = QCheckBox(self.tr("The clerk has signed"))
        self.sign_button = QPushButton(self.tr("Save signatures"))
        self.complete_button = QPushButton(self.tr("Complete the move-in"))
        self.complete_button.setStyleSheet("font-weight: bold;")
        self.missing_label = QLabel()
        self.missing_label.setWordWrap(True)
        signatures, _ = _page(_buttons(self.record_print_button), self.owner_signed, self.clerk_signed,
                              _buttons(self.sign_button), self.missing_label, _buttons(self.complete_button))  # fmt: skip
        self.defects_page = DefectsPage(self.desk)
        for page in (identity, documents, fees_page, self.inspection_page, readings, keys_page, signatures,
                     self.defects_page):  # fmt: skip
            self.pages.addWidget(page)
        self.identity_button.clicked.connect(self.on_identity_clicked)
        self.documents_all.clicked.connect(self.on_documents_all_clicked)
        self.documents_button.clicked.connect(self.on_documents_clicked)
        self.handover_button.clicked.connect(self.on_handover_clicked)
        self.pay_button.clicked.connect(self.pay_requested)
        self.readings_button.clicked.connect(self.on_readings_clicked)
        self.keys_button.clicked.connect(self.on_keys_clicked)
        self.record_print_button.clicked.connect(lambda: self.print_requested.emit("move-in-record", self.unit_code))
        self.sign_button.clicked.connect(self.on_sign_clicked)
        self.complete_button.clicked.connect(self.on_complete_clicked)
        self.inspection_page.print_requested.connect(self.print_requested)
        self.inspection_page.failed.connect(self.show_error)
        self.defects_page.failed.connect(self.show_error)

    # ------------------------------------------------------------ loading

    def show_unit(self, unit_id: int, unit_code: str) -> None:
        if unit_id != self.unit_id:
            self.steps.setCurrentRow(0)
            self.refill = True
        self.unit_id, self.unit_code = unit_id, unit_code
        self.inspection_page.show_unit(unit_id, unit_code)
        self.defects_page.show_unit(unit_id)
        self.reload()

    def reload(self) -> None:
        if self.unit_id is None:
            return
        unit_id = self.unit_id
        self.desk.query(lambda db: (unit_id, move_ins.get(db, unit_id), move_ins.prepay_months(db)), self._loaded)

    def _loaded(self, result: tuple[int, MoveIn | None, int]) -> None:
        unit_id, record, months = result
        if unit_id != self.unit_id:
            return
        if self.refill and (record is None or not record.handed_over_on):
            self.months_spin.setValue(months)
        self.show_record(record)

    def show_record(self, record: MoveIn | None) -> None:
        self.record = record
        self.start_box.setVisible(record is None)
        self.body.setVisible(record is not None)
        if record is None:
            return
        gaps = record.missing()  # the error line stays: a reload arriving after a refused save must not hide it
        current = max(0, self.steps.currentRow())
        self.steps.blockSignals(True)
        self.steps.clear()
        for step in STEPS:
            mark = "✖" if step in gaps else "✔"
            item = QListWidgetItem(f"{mark} {step.value}" + (f"\n    {gaps[step]}" if step in gaps else ""))
            item.setForeground(Qt.GlobalColor.darkRed if step in gaps else Qt.GlobalColor.darkGreen)
            self.steps.addItem(item)
        self.steps.addItem(QListWidgetItem(self.tr("Defects of this unit")))
        self.steps.setCurrentRow(current)
        self.steps.blockSignals(False)
        self.pages.setCurrentIndex(current)
        editable = not record.completed
        self._show_state(record, gaps, editable)
        if self.refill:
            self._fill(record)
            self.refill = False

    def _fill(self, record: MoveIn) -> None:
        # identity
        self.kind_box.setCurrentText(record.identity_kind or IdentityKind.OWNER.value)
        self.name_edit.setText(record.identity_name or record.owner_names.split("、")[0])
        self.id_edit.setText(record.identity_id_number)
        self.letter_check.setChecked(record.agent_letter)
        # documents
        self.documents_list.clear()
        for document in MOVE_IN_DOCUMENTS:
            label = document + (
                self.tr(" (only when keys are left with the office)") if document in OPTIONAL_DOCUMENTS else ""
            )
            if document in record.documents:
                label += f"　{record.documents[document]}"
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, document)
            item.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            item.setCheckState(Qt.CheckState.Checked if document in record.documents else Qt.CheckState.Unchecked)
            self.documents_list.addItem(item)
        self.water_edit.setText(record.water_reading)
        self.power_edit.setText(record.electricity_reading)
        self.gas_edit.setText(record.gas_reading)
        for kind, spin in self.key_spins.items():
            spin.setValue(record.keys.get(kind, 0))
        self.owner_signed.setChecked(record.owner_signed)
        self.clerk_signed.setChecked(record.clerk_signed)
        if record.handed_over_on:
            self.handover_date.setDate(QDate.fromString(record.handed_over_on, "yyyy-MM-dd"))

    def _show_state(self, record: MoveIn, gaps: dict[Step, str], editable: bool) -> None:
        # handover and fees
        handed = bool(record.handed_over_on)
        self.handover_date.setEnabled(not handed and editable)
        self.months_spin.setEnabled(not handed and editable)
        self.handover_button.setEnabled(not handed and editable)
        if handed:
            self.fees_label.setText(
                self.tr("Handed over on %1; fees are charged from then by the office's rule. Owed now: ¥%2.")
                .replace("%1", record.handed_over_on or "").replace("%2", format_yuan(record.owed_fen)))  # fmt: skip
        else:
            self.fees_label.setText(self.tr("Not handed over yet."))
        self.pay_button.setEnabled(handed and record.owed_fen > 0)
        if record.completed:
            self.missing_label.setText(self.tr("Completed on %1 by %2.").replace("%1", record.completed_at or "")
                                       .replace("%2", record.completed_by or ""))  # fmt: skip
        elif gaps:
            self.missing_label.setText(
                self.tr("Still missing: ") + "；".join(f"{s.value}（{t}）" for s, t in gaps.items())
            )
        else:
            self.missing_label.setText(self.tr("Every step is done."))
        self.complete_button.setEnabled(editable and not gaps)
        for button in (self.identity_button, self.documents_button, self.documents_all, self.readings_button,
                       self.keys_button, self.sign_button):  # fmt: skip
            button.setEnabled(editable)

    # ------------------------------------------------------------ saving

    def run(self, job: Callable[[Any], Any]) -> None:
        self.error_label.hide()
        self.desk.mutate(job, self._saved, parent=self, on_error=self._failed)

    def _saved(self, value: Any) -> None:
        self.refill = True
        if isinstance(value, MoveIn):
            self.show_record(value)
        else:
            self.reload()

    def _failed(self, exc: BaseException) -> None:
        prompts.report(self, exc, self.show_error)

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    def on_start_clicked(self) -> None:
        if self.unit_id is None:
            return
        actor, unit_id = self.desk.actor, self.unit_id
        self.steps.setCurrentRow(0)
        self.run(lambda db: move_ins.start(db, actor, unit_id))

    def on_identity_clicked(self) -> None:
        actor, unit_id = self.desk.actor, self.unit_id or 0
        kind, name, number = self.kind_box.currentText(), self.name_edit.text(), self.id_edit.text()
        letter = self.letter_check.isChecked()
        self.run(lambda db: move_ins.check_identity(db, actor, unit_id, kind, name, number, letter))

    def on_documents_all_clicked(self) -> None:
        for row in range(self.documents_list.count()):
            item = self.documents_list.item(row)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) not in OPTIONAL_DOCUMENTS:
                item.setCheckState(Qt.CheckState.Checked)

    def on_documents_clicked(self) -> None:
        today = dt.date.today().isoformat()
        known = self.record.documents if self.record else {}
        done = {}
        for row in range(self.documents_list.count()):
            item = self.documents_list.item(row)
            if item is not None and item.checkState() == Qt.CheckState.Checked:
                document = str(item.data(Qt.ItemDataRole.UserRole))
                done[document] = known.get(document, today)
        actor, unit_id = self.desk.actor, self.unit_id or 0
        self.run(lambda db: move_ins.set_documents(db, actor, unit_id, done))

    def on_handover_clicked(self) -> None:
        day: dt.date = self.handover_date.date().toPython()  # type: ignore[assignment]
        months = self.months_spin.value()
        question = self.tr("Hand over %1 on %2? Its fees start by the office's rule from that day, and %3 months of "
                           "the monthly fees are billed for the cash desk.")  # fmt: skip
        if not prompts.confirm(self, self.tr("Handover"), question.replace("%1", self.unit_code)
                               .replace("%2", day.isoformat()).replace("%3", str(months))):  # fmt: skip
            return
        actor, unit_id = self.desk.actor, self.unit_id or 0
        self.run(lambda db: move_ins.hand_over(db, actor, unit_id, day, months))

    def on_readings_clicked(self) -> None:
        actor, unit_id = self.desk.actor, self.unit_id or 0
        water, power, gas = self.water_edit.text(), self.power_edit.text(), self.gas_edit.text()
        self.run(lambda db: move_ins.set_readings(db, actor, unit_id, water, power, gas))

    def on_keys_clicked(self) -> None:
        handed = {kind: spin.value() for kind, spin in self.key_spins.items() if spin.value()}
        actor, unit_id = self.desk.actor, self.unit_id or 0
        self.run(lambda db: move_ins.set_keys(db, actor, unit_id, handed))

    def on_sign_clicked(self) -> None:
        actor, unit_id = self.desk.actor, self.unit_id or 0
        owner, clerk = self.owner_signed.isChecked(), self.clerk_signed.isChecked()
        self.run(lambda db: move_ins.sign(db, actor, unit_id, owner, clerk))

    def on_complete_clicked(self) -> None:
        actor, unit_id = self.desk.actor, self.unit_id or 0
        self.run(lambda db: move_ins.complete(db, actor, unit_id))
