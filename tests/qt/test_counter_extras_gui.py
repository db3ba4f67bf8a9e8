"""The counter beyond bills: prepayments, one-off charges, deposit refunds approved by a supervisor's
password, late-fee waivers, meter readings typed in a sheet, the deposit ledger."""

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

from propdesk.core.author import Actor
from propdesk.core.late_fees import LateFeeRule
from propdesk.core.permissions import Role
from propdesk.services import late_fees, payments, prepayments, refunds
from propdesk.store.connection import Database
from tests.qt.conftest import wait_idle
from tests.qt.test_account_gui import _open_account

from propdesk.qt.main_window import MainWindow


def _save(qtbot: Any, dialog: Any) -> None:
    dialog.on_save_clicked()
    qtbot.waitUntil(lambda: dialog.result_value is not None or not dialog.error_label.isHidden(), timeout=10_000)


def test_a_prepayment_through_the_dialog_settles_and_prints(qtbot: Any, window: MainWindow, previews: list[str],
                                                            read_db: Callable[[], Database], monkeypatch: Any) -> None:  # fmt: skip
    from propdesk.qt.dialogs.payment_dialog import PrepaymentDialog

    db = read_db()
    unit_id = next(u for u in range(1, 61) if payments.owed(db, u) and not prepayments.balance(db, u))
    owed = payments.account(db, unit_id).owed_fen
    _open_account(qtbot, window, unit_id)
    tab = window.unit_page.account_tab

    def run(dialog: PrepaymentDialog) -> int:
        dialog.amount_edit.setText("abc")
        _save(qtbot, dialog)
        assert "金额" in dialog.error_label.text() and dialog.amount_edit.text() == "abc"  # kept as typed
        dialog.amount_edit.setText(f"{(owed + 50000) / 100:.2f}")
        dialog.cash.cash_edit.setText(f"{(owed + 60000) / 100:.2f}")
        assert dialog.cash.change_label.text() == "¥100.00"
        _save(qtbot, dialog)
        return 1

    monkeypatch.setattr(PrepaymentDialog, "exec", run)
    tab.prepay_button.click()
    qtbot.waitUntil(lambda: bool(previews), timeout=10_000)
    wait_idle(qtbot, window)
    after = payments.account(read_db(), unit_id)
    assert "收款收据" in previews[0] and not any(b.period for b in after.owed)
    assert after.prepaid_fen >= 50000 and after.prepayments[0].kind == "存入"
    qtbot.waitUntil(lambda: tab.prepayments_table.rowCount() == len(after.prepayments), timeout=5000)


def test_a_cashier_refunds_a_deposit_with_a_supervisors_password(qtbot: Any, window: MainWindow, previews: list[str],
                                                                 read_db: Callable[[], Database],
                                                                 monkeypatch: Any) -> None:  # fmt: skip
    from propdesk.services import renovations

    from propdesk.qt.dialogs.refund_dialog import RefundDialog

    db = read_db()  # a deposit from before propdesk: those of renovations in propdesk go back by their settlement
    held = next(d for d in refunds.deposit_ledger(db, held_only=True) if d.amount_fen >= 100000
                and d.bill_id not in {f.bill_id for r in renovations.of_unit(db, d.unit_id) for f in r.fees})  # fmt: skip
    window.desk.set_actor(Actor("张敏", frozenset({Role.CASHIER.value})))
    _open_account(qtbot, window, held.unit_id)
    tab = window.unit_page.account_tab
    tab.lower_tabs.setCurrentIndex(2)
    assert tab.refund_deposit_button.isEnabled()

    def run(dialog: RefundDialog) -> int:
        assert not dialog.approval.self_approved
        dialog.deduction_edit.setText("300")
        assert dialog.paid_out_label.text().startswith(f"¥{(held.amount_fen - 30000) / 100:,.2f}")
        dialog.reason_edit.setText("装修验收合格")
        dialog.deduction_reason_edit.setText("损坏楼道墙面")
        dialog.approval.login_edit.setText("lzg")
        dialog.approval.password_edit.setText("wrong-password")
        _save(qtbot, dialog)
        assert not dialog.error_label.isHidden() and dialog.reason_edit.text() == "装修验收合格"
        dialog.error_label.hide()
        dialog.approval.password_edit.setText("123456")
        _save(qtbot, dialog)
        return 1

    monkeypatch.setattr(RefundDialog, "exec", run)
    tab.deposits_table.setCurrentCell(
        next(i for i, d in enumerate(tab.account.deposits) if d.bill_id == held.bill_id), 0
    )
    tab.refund_deposit_button.click()
    qtbot.waitUntil(lambda: bool(previews), timeout=10_000)
    [done] = [d for d in refunds.deposit_ledger(read_db()) if d.bill_id == held.bill_id]
    refund = refunds.get_refund(read_db(), done.refund_number or "")
    assert refund.approved_by == "李主管" and refund.cashier == "张敏" and refund.deducted_fen == 30000
    assert refund.number in previews[0]
    from propdesk.qt.dialogs.day_close_dialog import DayCloseDialog

    day = DayCloseDialog(window.desk, parent=window)  # the cashier's day shows the money paid out
    qtbot.addWidget(day)
    qtbot.waitUntil(lambda: day.report is not None, timeout=10_000)
    rows = [day.table.item(r, 0).text() for r in range(day.table.rowCount())]
    assert refund.number in rows and "退款" in day.totals_label.text()


def test_a_charge_and_a_late_fee_waiver_from_the_tab(qtbot: Any, window: MainWindow, read_db: Callable[[], Database],
                                                     monkeypatch: Any) -> None:  # fmt: skip
    from propdesk.qt.dialogs.charge_dialog import ChargeDialog

    db = read_db()
    unit_id = next(u for u in range(1, 61) if len([b for b in payments.owed(db, u) if b.period]) >= 3)
    late_fees.save_rule(db, Actor("管理员"), LateFeeRule(True, Decimal("0.5"), 0))
    db.conn.commit()
    _open_account(qtbot, window, unit_id)
    tab = window.unit_page.account_tab
    qtbot.waitUntil(lambda: bool(tab.account and tab.account.late_fees), timeout=5000)
    assert not tab.bills_table.isColumnHidden(6) and "滞纳金" in tab.summary_label.text()
    before = len(tab.account.owed)

    def run(dialog: ChargeDialog) -> int:
        dialog.item_box.setCurrentIndex(dialog.item_box.findText("有偿维修", flags=_contains()))
        dialog.price_edit.setText("85.5")
        dialog.note_edit.setText("更换水龙头")
        assert dialog.amount_label.text() == "¥85.50"
        _save(qtbot, dialog)
        return 1

    monkeypatch.setattr(ChargeDialog, "exec", run)
    tab.charge_button.click()
    qtbot.waitUntil(lambda: tab.account is not None and len(tab.account.owed) == before + 1, timeout=10_000)
    assert any(b.description == "有偿维修（更换水龙头）" and b.amount_fen == 8550 for b in tab.account.owed)
    late_bill = next(b for b in tab.account.owed if b.id in tab.account.late_fees)
    tab.tick_all(False)
    row = [b.id for b in tab.account.owed].index(late_bill.id)
    from PySide6.QtCore import Qt

    tab.bills_table.item(row, 0).setCheckState(Qt.CheckState.Checked)
    from propdesk.qt import prompts

    monkeypatch.setattr(prompts, "ask_text", lambda *args, **kwargs: "首次逾期，业主出差")
    tab.waive_button.click()
    qtbot.waitUntil(lambda: tab.account is not None and late_bill.id in tab.account.waived, timeout=10_000)
    assert tab.bills_table.item(row, 6).text() == "已减免"


def _contains() -> Any:
    from PySide6.QtCore import Qt

    return Qt.MatchFlag.MatchContains


def test_meter_readings_are_typed_in_a_sheet_and_billed(qtbot: Any, window: MainWindow,
                                                        read_db: Callable[[], Database]) -> None:  # fmt: skip
    from propdesk.core.billing import Period

    from propdesk.qt.dialogs.meter_reading_dialog import CURRENT, PREVIOUS, MeterReadingDialog

    dialog = MeterReadingDialog(window.desk, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.table.rowCount() > 0, timeout=10_000)
    assert dialog.month_edit.text() == str(Period.of(dt.date.today()))
    carried = next(r for r, row in enumerate(dialog.rows) if row.previous is not None and row.current is None)
    first = next(r for r, row in enumerate(dialog.rows) if row.previous is None and row.current is None)
    previous = dialog.rows[carried].previous
    assert previous is not None
    dialog.table.item(carried, CURRENT).setText(str(previous - 1))  # lower than last month: refused
    dialog.on_save_clicked()
    qtbot.waitUntil(lambda: not dialog.error_label.isHidden(), timeout=10_000)
    assert dialog.rows[carried].unit_code in dialog.error_label.text()
    assert dialog.table.item(carried, CURRENT).text() == str(previous - 1)  # kept as typed
    dialog.table.item(carried, CURRENT).setText(str(previous + 10))
    assert dialog.table.item(carried, 4).text() == "10"
    dialog.table.item(first, PREVIOUS).setText("100")
    dialog.table.item(first, CURRENT).setText("112.5")
    dialog.on_save_clicked()
    qtbot.waitUntil(lambda: "已保存" in dialog.summary_label.text(), timeout=10_000)  # the sheet is shown again
    assert (dialog.last_run.created, dialog.last_run.corrected) == (2, 0)
    assert dialog.rows[first].current == Decimal("112.5")
    wait_idle(qtbot, window)
    month = dialog.month_edit.text()
    usage = {r[0]: r[1] for r in read_db().execute(
        "SELECT m.unit_id, b.quantity FROM meter_readings m JOIN bills b ON b.id = m.bill_id WHERE m.period = ?",
        (month,))}  # fmt: skip
    assert usage[dialog.rows[first].unit_id] == "12.5" and usage[dialog.rows[carried].unit_id] == "10"


def test_the_deposit_ledger_lists_and_exports_what_it_shows(qtbot: Any, window: MainWindow, tmp_path: Path,
                                                            answers: list[Any]) -> None:  # fmt: skip
    from openpyxl import load_workbook

    from propdesk.qt.dialogs.deposit_ledger_dialog import DepositLedgerDialog

    dialog = DepositLedgerDialog(window.desk, window)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.table.rowCount() > 0, timeout=10_000)
    held = dialog.table.rowCount()
    dialog.held_check.setChecked(False)
    qtbot.waitUntil(lambda: dialog.table.rowCount() > held, timeout=10_000)
    out = tmp_path / "deposits.xlsx"
    dialog.export_to(out)
    qtbot.waitUntil(out.exists, timeout=10_000)  # written on the worker, renamed into place when whole
    sheet = load_workbook(out).active
    assert sheet.max_row == 2 + dialog.table.rowCount()
    assert [sheet.cell(row=3 + r, column=1).value for r in range(dialog.table.rowCount())] == [
        dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())
    ]
    assert sheet.cell(row=3, column=5).value == 2000
