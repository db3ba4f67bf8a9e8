"""The 账务 tab at the counter: owed bills ticked, F9 takes the payment and prints its receipt,
bad cash input keeps what was typed, a supervisor voids a receipt with a reason."""

from collections.abc import Callable
from typing import Any

from propdesk.core.author import Actor
from propdesk.core.billing import ReceiptSummary
from propdesk.services import day_close, payments, units
from propdesk.store.connection import Database
from tests.qt.conftest import wait_idle

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from propdesk.qt import prompts
from propdesk.qt.dialogs.payment_dialog import PaymentDialog
from propdesk.qt.main_window import MainWindow


def _unit_owing(db: Database, at_least: int) -> int:
    for row in units.list_units(db, units.UnitFilter(), 0, 60).rows:
        if len(payments.owed(db, row.id)) >= at_least:
            return row.id
    raise AssertionError("the demo has no unit owing that much")


def _open_account(qtbot: Any, window: MainWindow, unit_id: int) -> None:
    window.open_unit(unit_id)
    tab = window.unit_page.account_tab
    qtbot.waitUntil(lambda: tab.account is not None and tab.account.unit_id == unit_id, timeout=10_000)
    window.unit_page.tabs.setCurrentWidget(tab)


def test_f9_pays_the_ticked_bills_and_prints_the_receipt(
    qtbot: Any, window: MainWindow, read_db: Callable[[], Database], previews: list[str], monkeypatch: Any
) -> None:
    unit_id = _unit_owing(read_db(), 4)
    owed_before = payments.owed(read_db(), unit_id)
    _open_account(qtbot, window, unit_id)
    tab = window.unit_page.account_tab
    assert tab.bills_table.rowCount() == len(owed_before)
    assert [tab.bills_table.item(r, 1).text() for r in range(len(owed_before))] == [b.period or "" for b in owed_before]
    tab.tick_all(False)
    assert not tab.pay_button.isEnabled()
    for r in (0, 1):
        tab.bills_table.item(r, 0).setCheckState(Qt.CheckState.Checked)
    chosen = owed_before[:2]
    total = sum(b.amount_fen for b in chosen)
    assert f"{total / 100:,.2f}" in tab.selected_label.text()

    def run_dialog(dialog: PaymentDialog) -> int:
        assert dialog.total_fen == total and dialog.payer_edit.text()
        dialog.cash_edit.setText("1000")
        assert dialog.change_label.text() == f"¥{(100000 - total) / 100:,.2f}"
        dialog.on_save_clicked()
        qtbot.waitUntil(lambda: dialog.result_value is not None, timeout=10_000)
        return 1

    monkeypatch.setattr(PaymentDialog, "exec", run_dialog)
    QTest.keyClick(tab.bills_table, Qt.Key.Key_F9)
    qtbot.waitUntil(lambda: bool(previews), timeout=10_000)
    wait_idle(qtbot, window)
    account = payments.account(read_db(), unit_id)
    newest = account.receipts[0]
    assert newest.number in previews[0] and newest.total_fen == total and newest.method == "现金"
    assert [b.id for b in account.owed] == [b.id for b in owed_before[2:]]
    receipt = payments.get_receipt(read_db(), newest.number)
    assert receipt.cash_given_fen == 100000 and receipt.change_fen == 100000 - total
    qtbot.waitUntil(lambda: tab.bills_table.rowCount() == len(owed_before) - 2)
    assert tab.receipts_table.item(0, 0).text() == newest.number


def test_short_cash_keeps_the_form_and_takes_nothing(
    qtbot: Any, window: MainWindow, read_db: Callable[[], Database]
) -> None:
    unit_id = _unit_owing(read_db(), 1)
    bills = payments.owed(read_db(), unit_id)
    receipts_before = len(payments.account(read_db(), unit_id).receipts)
    dialog = PaymentDialog(window.desk, unit_id, "X", "张三", bills, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.cash_edit.setText("0.01")
    assert dialog.change_label.text().startswith("还差") or "Short" in dialog.change_label.text()
    dialog.on_save_clicked()
    qtbot.waitUntil(dialog.error_label.isVisible, timeout=10_000)
    assert "少于应收" in dialog.error_label.text()
    assert dialog.cash_edit.text() == "0.01" and dialog.payer_edit.text() == "张三"
    wait_idle(qtbot, window)
    assert len(payments.account(read_db(), unit_id).receipts) == receipts_before
    dialog.cash_edit.setText("12.345")
    dialog.on_save_clicked()
    assert "两位小数" in dialog.error_label.text()


def test_void_from_the_tab_asks_a_reason_and_the_bills_are_owed_again(
    qtbot: Any, window: MainWindow, read_db: Callable[[], Database]
) -> None:
    db = read_db()
    unit_id = _unit_owing(db, 2)
    with db.atomic():  # a payment of today: the demo's last open day may hold only a prepayment
        payments.pay_bills(db, Actor("张敏", frozenset({"收银员"})), unit_id, [payments.owed(db, unit_id)[0].id],
                           "现金", "业主")  # fmt: skip

    def open_day(r: ReceiptSummary) -> bool:  # a closed day's receipts cannot be voided
        return not r.void and day_close.day_report(db, r.cashier, r.paid_at[:10]).closed is None

    before = payments.account(db, unit_id)
    target = next(r for r in before.receipts if open_day(r))
    _open_account(qtbot, window, unit_id)
    tab = window.unit_page.account_tab
    tab.receipts_table.selectRow(before.receipts.index(target))
    prompts.responder = lambda kind, title, text: "交款人要求改成转账"
    tab.on_void_clicked()
    wait_idle(qtbot, window)
    after = payments.account(read_db(), unit_id)
    voided = next(r for r in after.receipts if r.number == target.number)
    assert voided.void and voided.void_reason == "交款人要求改成转账"
    assert len(after.owed) > len(before.owed)
    qtbot.waitUntil(lambda: "交款人要求改成转账" in tab.receipts_table.item(before.receipts.index(target), 6).text())


def test_a_closed_day_receipt_cannot_be_voided_and_the_clerk_is_told_why(
    qtbot: Any, window: MainWindow, read_db: Callable[[], Database], answers: list[Any]
) -> None:
    db = read_db()
    unit_id, target = next(
        (u.id, r)
        for u in units.list_units(db, units.UnitFilter(), 0, 60).rows
        for r in payments.account(db, unit_id=u.id).receipts
        if not r.void and day_close.day_report(db, r.cashier, r.paid_at[:10]).closed is not None
    )
    before = payments.account(db, unit_id)
    _open_account(qtbot, window, unit_id)
    tab = window.unit_page.account_tab
    tab.receipts_table.selectRow(before.receipts.index(target))
    prompts.responder = lambda kind, title, text: answers.append((kind, title, text)) or "想作废"
    tab.on_void_clicked()
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: any("已日结" in text for _, _, text in answers), timeout=5000)
    assert payments.account(read_db(), unit_id) == before


def test_a_dunning_contact_recorded_from_the_tab_shows_at_once(
    qtbot: Any, window: MainWindow, read_db: Callable[[], Database]
) -> None:
    from propdesk.qt.dialogs.dunning_dialog import DunningDialog

    unit_id = _unit_owing(read_db(), 1)
    _open_account(qtbot, window, unit_id)
    tab = window.unit_page.account_tab
    before = tab.contacts_table.rowCount()
    dialog = DunningDialog(window.desk, unit_id, "X", window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.on_save_clicked()  # no result typed: refused, nothing written
    qtbot.waitUntil(lambda: not dialog.error_label.isHidden(), timeout=5000)
    assert "催缴结果" in dialog.error_label.text()
    dialog.method_box.setCurrentText("上门")
    dialog.result_edit.setText("家中无人，留下通知书")
    dialog.on_save_clicked()
    qtbot.waitUntil(lambda: dialog.result_value is not None, timeout=5000)
    qtbot.waitUntil(lambda: tab.contacts_table.rowCount() == before + 1, timeout=5000)
    assert tab.contacts_table.item(0, 3).text() == "家中无人，留下通知书"


def test_the_account_statement_prints_what_the_tab_shows(
    qtbot: Any, window: MainWindow, read_db: Callable[[], Database], previews: list[str]
) -> None:
    import io

    import pypdf

    unit_id = _unit_owing(read_db(), 2)
    _open_account(qtbot, window, unit_id)
    tab = window.unit_page.account_tab
    tab.statement_button.click()
    qtbot.waitUntil(lambda: bool(previews), timeout=10_000)
    assert "账户对账单" in previews[0] and tab.unit_code in previews[0]
    job = window.last_print_job
    text = "".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(job.pdf)).pages).replace(" ", "")
    account = payments.account(read_db(), unit_id)
    assert f"{account.owed_fen // 100:,}.{account.owed_fen % 100:02d}" in text
    assert all(r.number in text for r in account.receipts)
    assert f"未缴账单（{len(account.owed)}笔）" in text


def test_bill_ahead_then_f9_pays_the_coming_months(
    qtbot: Any, window: MainWindow, read_db: Callable[[], Database], previews: list[str], monkeypatch: Any
) -> None:
    unit_id = _unit_owing(read_db(), 1)
    _open_account(qtbot, window, unit_id)
    tab = window.unit_page.account_tab
    rows_before = tab.bills_table.rowCount()
    tab.ahead_spin.setValue(6)
    tab.on_ahead_clicked()
    qtbot.waitUntil(lambda: tab.bills_table.rowCount() > rows_before, timeout=10_000)
    assert len(tab.ticked()) == tab.bills_table.rowCount()  # everything owed plus the months ahead, ticked

    def run_dialog(dialog: PaymentDialog) -> int:
        dialog.method_box.setCurrentText("微信")
        dialog.reference_edit.setText("4200009")
        dialog.on_save_clicked()
        qtbot.waitUntil(lambda: dialog.result_value is not None, timeout=10_000)
        return 1

    monkeypatch.setattr(PaymentDialog, "exec", run_dialog)
    tab.on_pay_clicked()
    qtbot.waitUntil(lambda: bool(previews), timeout=10_000)
    wait_idle(qtbot, window)
    assert payments.owed(read_db(), unit_id) == []


def test_every_list_exports_to_excel_as_shown(qtbot: Any, window: MainWindow, read_db: Callable[[], Database],
                                              monkeypatch: Any, tmp_path: Any) -> None:  # fmt: skip
    """Right-click → 导出 Excel on a list of the unit page: the rows and columns shown, under the list's name."""
    import openpyxl

    from PySide6.QtWidgets import QFileDialog

    from propdesk.qt.tables import export_title, offer_export

    unit_id = _unit_owing(read_db(), 2)
    _open_account(qtbot, window, unit_id)
    table = window.unit_page.account_tab.bills_table
    qtbot.waitUntil(lambda: table.rowCount() >= 2, timeout=10_000)
    asked: list[str] = []

    def save_as(_parent: object, _caption: str, name: str, _filter: str) -> tuple[str, str]:
        asked.append(name)
        return str(tmp_path / name), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    offer_export(table)
    path = tmp_path / asked[0]
    qtbot.waitUntil(path.exists, timeout=10_000)
    wait_idle(qtbot, window)
    assert asked[0] == f"{export_title(table)}.xlsx"
    sheet = openpyxl.load_workbook(path).worksheets[0]
    cells = [[str(c) if c is not None else "" for c in row] for row in sheet.iter_rows(values_only=True)]
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    shown = [[table.item(r, c).text() if table.item(r, c) else "" for c in range(table.columnCount())]
             for r in range(table.rowCount())]  # fmt: skip
    start = cells.index(headers)
    assert cells[start + 1 : start + 1 + len(shown)] == shown
