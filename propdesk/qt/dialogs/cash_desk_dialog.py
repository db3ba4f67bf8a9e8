"""收费设置: receipt number prefix, receipt paper, fee-start rule, late-fee rule."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from propdesk.core.billing import CashDeskSettings, ReceiptPaper, StartRule
from propdesk.services import cash_desk_settings, late_fees

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QSpinBox, QWidget

from propdesk.qt.desk import Desk
from propdesk.qt.dialogs.form_dialog import FormDialog


class CashDeskDialog(FormDialog):
    def __init__(self, desk: Desk, current: CashDeskSettings, parent: QWidget | None = None) -> None:
        super().__init__(desk, self.tr("Cash desk settings"), parent)
        self.prefix_edit = QLineEdit(current.receipt_prefix)
        self.prefix_edit.setPlaceholderText(self.tr("Optional, e.g. YG: receipts then read YG2026000123"))
        self.add_field("receipt_prefix", self.tr("Receipt number prefix"), self.prefix_edit)
        self.paper_box = QComboBox()
        self.paper_box.addItem(self.tr("A4, three copies (stub, accounts, customer)"), ReceiptPaper.A4_THREE.value)
        self.paper_box.addItem(self.tr("A5 or 241 mm continuous paper, one copy"), ReceiptPaper.A5.value)
        self.paper_box.setCurrentIndex(max(0, self.paper_box.findData(current.receipt_paper)))
        self.add_field("receipt_paper", self.tr("Receipt paper"), self.paper_box)
        self.rule_box = QComboBox()
        for rule in StartRule:
            self.rule_box.addItem(rule.value, rule.value)
        self.rule_box.setCurrentIndex(max(0, self.rule_box.findData(current.start_rule)))
        self.add_field("start_rule", self.tr("Fees start"), self.rule_box)
        self.late_check = QCheckBox(self.tr("Charge a late fee on overdue bills"))
        self.late_check.setChecked(current.late_fee_enabled)
        self.add_field("late_fee_enabled", self.tr("Late fee"), self.late_check)
        self.permille_edit = QLineEdit(str(current.late_fee_permille))
        self.permille_edit.setPlaceholderText(self.tr("e.g. 0.5 (per mille of the bill per day)"))
        self.add_field("late_fee_permille", self.tr("Per day (‰)"), self.permille_edit)
        self.grace_spin = QSpinBox()
        self.grace_spin.setRange(0, 365)
        self.grace_spin.setValue(current.late_fee_grace_days)
        self.grace_spin.setSuffix(self.tr(" days after the due date"))
        self.add_field("late_fee_grace_days", self.tr("Grace period"), self.grace_spin)
        self.late_check.toggled.connect(self.on_late_toggled)
        self.on_late_toggled(current.late_fee_enabled)

    def on_late_toggled(self, on: bool) -> None:
        self.permille_edit.setEnabled(on)
        self.grace_spin.setEnabled(on)

    def build_job(self) -> Callable[[Any], Any]:
        wanted = CashDeskSettings(self.prefix_edit.text(), str(self.paper_box.currentData()),
                                  str(self.rule_box.currentData()), self.late_check.isChecked(),
                                  late_fees.parse_permille(self.permille_edit.text()),
                                  self.grace_spin.value())  # fmt: skip
        actor = self.desk.actor
        return lambda db: cash_desk_settings.save(db, actor, wanted)
