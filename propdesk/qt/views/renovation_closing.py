"""The 变更与验收 page under the unit's 装修 tab: the design changes, the acceptance inspections and the
deposit settlement of the renovation selected above, in date order, with the next step the desk can
take — request or review a change, record the work finished, inspect, settle, print."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from propdesk.core.money import format_yuan
from propdesk.core.permissions import Permission
from propdesk.core.renovation import (
    CHANGEABLE_STATES,
    Acceptance,
    DesignChange,
    Renovation,
    RenovationRules,
    RenovationState,
    Settlement,
)
from propdesk.services import deposit_settlements

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QPushButton, QTableWidgetItem, QVBoxLayout, QWidget

from propdesk.qt.desk import Desk
from propdesk.qt.tables import button_row, read_only_table


@dataclass(frozen=True)
class Closing:
    """What the page shows of one renovation."""

    changes: list[DesignChange]
    acceptances: list[Acceptance]
    settlement: Settlement | None


class RenovationClosingPanel(QWidget):
    print_requested = Signal(str, str)

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.renovation: Renovation | None = None
        self.closing = Closing([], [], None)
        self.rules = RenovationRules()
        self.payee = ""
        self.table = read_only_table([self.tr("Date"), self.tr("Step"), self.tr("Content"), self.tr("Result")])
        self.change_button = QPushButton(self.tr("Design change…"))
        self.change_review_button = QPushButton(self.tr("Review the change…"))
        self.finished_button = QPushButton(self.tr("Work finished…"))
        self.inspect_button = QPushButton(self.tr("Inspect…"))
        self.acceptance_print_button = QPushButton(self.tr("Print the acceptance form"))
        self.settle_button = QPushButton(self.tr("Settle the deposit…"))
        self.settlement_print_button = QPushButton(self.tr("Print the settlement"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(button_row([self.change_button, self.change_review_button, self.finished_button,
                                     self.inspect_button, self.acceptance_print_button, self.settle_button,
                                     self.settlement_print_button]))  # fmt: skip
        self.change_button.clicked.connect(self.on_change_clicked)
        self.change_review_button.clicked.connect(self.on_change_review_clicked)
        self.finished_button.clicked.connect(self.on_finished_clicked)
        self.inspect_button.clicked.connect(self.on_inspect_clicked)
        self.acceptance_print_button.clicked.connect(lambda: self._print("acceptance"))
        self.settle_button.clicked.connect(self.on_settle_clicked)
        self.settlement_print_button.clicked.connect(lambda: self._print("deposit-settlement"))
        self.show_renovation(None, self.closing, self.rules, "")

    def show_renovation(self, r: Renovation | None, closing: Closing, rules: RenovationRules, payee: str) -> None:
        self.renovation, self.closing, self.rules, self.payee = r, closing, rules, payee
        rows: list[tuple[str, str, str, str]] = []  # in the order things happened, then shown latest first
        for c in reversed(closing.changes):
            what = c.description + (f"（增加：{'、'.join(c.items_added)}）" if c.items_added else "")
            what += f"，延期至 {c.new_end}" if c.new_end else ""
            result = f"{c.state} {c.reviewed_by or ''} {c.opinion}".strip() if c.reviewed_at else \
                self.tr("waiting for review until %1").replace("%1", c.review_due)  # fmt: skip
            rows.append((c.requested_at[:10], self.tr("Design change"), what, result))
        if r is not None and r.completed_on:
            rows.append((r.completed_on, self.tr("Work finished"), "", ""))
        for a in reversed(closing.acceptances):
            failed = "；".join(f"{k}：{v}" for k, v in a.failures.items())
            rows.append((a.inspected_on, self.tr("Acceptance"), failed or a.note, (self.tr("passed") if a.passed
                         else self.tr("failed: rectify, then inspect again")) + f"（{a.inspector}）"))  # fmt: skip
        s = closing.settlement
        if s is not None:
            content = self.tr("held ¥%1, kept ¥%2").replace("%1", format_yuan(s.held_fen)).replace(
                "%2", format_yuan(s.kept_fen))  # fmt: skip
            result = self.tr("refunded ¥%1").replace("%1", format_yuan(s.refunded_fen + s.passes_refunded_fen))
            if s.shortfall_fen:
                result += self.tr(", ¥%1 billed").replace("%1", format_yuan(s.shortfall_fen))
            rows.append(
                (s.settled_at[:10], self.tr("Deposit settled"), content, f"{result}（{'、'.join(s.refund_numbers)}）")
            )
        order = sorted(range(len(rows)), key=lambda i: (rows[i][0], i), reverse=True)  # same day: the later step first
        rows = [rows[i] for i in order]
        self.table.setRowCount(len(rows))
        for index, values in enumerate(rows):
            for column, value in enumerate(values):
                self.table.setItem(index, column, QTableWidgetItem(value))
        state = r.state if r else ""
        actor = self.desk.actor
        waiting = next((c for c in closing.changes if c.state == "待审核"), None)
        self.change_button.setEnabled(state in CHANGEABLE_STATES and waiting is None)
        self.change_review_button.setEnabled(waiting is not None and actor.can(Permission.APPROVE_RENOVATION))
        self.finished_button.setEnabled(state == RenovationState.WORKING)
        self.inspect_button.setEnabled(state in (RenovationState.WAITING_ACCEPTANCE, RenovationState.RECTIFYING))
        self.acceptance_print_button.setEnabled(r is not None and bool(r.permit_number))
        self.settle_button.setEnabled(state == RenovationState.ACCEPTED and actor.can(Permission.TAKE_PAYMENT))
        self.settlement_print_button.setEnabled(s is not None)

    def _print(self, kind: str) -> None:
        if self.renovation is not None and self.renovation.permit_number:
            self.print_requested.emit(kind, self.renovation.permit_number)

    def on_change_clicked(self) -> None:
        from propdesk.qt.dialogs.renovation_closing_dialogs import DesignChangeDialog

        if self.renovation is not None:
            DesignChangeDialog(self.desk, self.renovation, self.rules.work_items, self).exec()

    def on_change_review_clicked(self) -> None:
        from propdesk.qt.dialogs.renovation_closing_dialogs import ChangeReviewDialog

        waiting = next((c for c in self.closing.changes if c.state == "待审核"), None)
        if waiting is not None and self.renovation is not None:
            ChangeReviewDialog(self.desk, waiting, self.renovation.unit_code, self).exec()

    def on_finished_clicked(self) -> None:
        from propdesk.qt.dialogs.renovation_closing_dialogs import CompletionDialog

        if self.renovation is not None:
            CompletionDialog(self.desk, self.renovation, self).exec()

    def on_inspect_clicked(self) -> None:
        from propdesk.qt.dialogs.renovation_closing_dialogs import AcceptanceDialog

        if self.renovation is not None and AcceptanceDialog(self.desk, self.renovation, self).exec():
            self._print("acceptance")

    def on_settle_clicked(self) -> None:
        renovation = self.renovation
        if renovation is None:
            return

        def opened(draft: Any) -> None:
            from propdesk.qt.dialogs.renovation_closing_dialogs import SettlementDialog

            if draft.passes_out:
                from propdesk.qt import prompts

                prompts.info(self, self.tr("Settle the deposit"),
                             self.tr("Passes %1 are still out: record them handed back or lost first.")
                             .replace("%1", "、".join(draft.passes_out)))  # fmt: skip
                return
            if SettlementDialog(self.desk, draft, self.payee, self).exec():
                self._print("deposit-settlement")

        self.desk.query(lambda db: deposit_settlements.draft(db, renovation.id), opened)
