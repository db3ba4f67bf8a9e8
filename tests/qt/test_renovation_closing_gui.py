"""The end of a renovation through the 装修 tab: design change reviewed, work finished, acceptance failed
and passed with the form printed, passes back or lost, the deposit settled with a deduction and the
审批表 printed; and the renovation settings dialog."""

import datetime as dt
from collections.abc import Callable
from typing import Any

from propdesk.core.renovation import Deduction
from propdesk.services import (
    deposit_settlements,
    design_changes,
    refunds,
    renovation_settings,
    renovations,
    worker_passes,
)
from propdesk.store.connection import Database
from tests.qt.conftest import wait_idle

from propdesk.qt.main_window import MainWindow


def _open(qtbot: Any, window: MainWindow, unit_id: int) -> Any:
    window.open_renovation(unit_id)
    tab = window.unit_page.renovation_tab
    qtbot.waitUntil(lambda: tab.unit_id == unit_id and tab.selected() is not None, timeout=10_000)
    tab.lower_tabs.setCurrentWidget(tab.closing_panel)
    return tab


def _save(qtbot: Any, dialog: Any) -> None:
    dialog.on_save_clicked()
    qtbot.waitUntil(lambda: dialog.result_value is not None or not dialog.error_label.isHidden(), timeout=10_000)


def test_a_design_change_is_reviewed_and_the_work_reported_finished(
    qtbot: Any, window: MainWindow, read_db: Callable[[], Database], monkeypatch: Any
) -> None:
    from propdesk.qt.dialogs.renovation_closing_dialogs import (
        ChangeReviewDialog,
        CompletionDialog,
        DesignChangeDialog,
    )

    db = read_db()
    working = next(r for r in renovations.ledger(db, "施工中") if design_changes.changes(db, r.id))
    tab = _open(qtbot, window, working.unit_id)
    panel = tab.closing_panel
    qtbot.waitUntil(lambda: panel.change_review_button.isEnabled(), timeout=10_000)
    assert not panel.change_button.isEnabled()  # one change waits: no second request
    assert panel.table.item(0, 1).text() == "设计变更" and "待审核" in panel.table.item(0, 3).text()

    def review(dialog: ChangeReviewDialog) -> int:
        dialog.decision_box.setCurrentIndex(1)
        _save(qtbot, dialog)
        assert "原因" in dialog.error_label.text()
        dialog.error_label.hide()
        dialog.decision_box.setCurrentIndex(0)
        _save(qtbot, dialog)
        return 1

    monkeypatch.setattr(ChangeReviewDialog, "exec", review)
    panel.change_review_button.click()
    qtbot.waitUntil(lambda: panel.change_button.isEnabled(), timeout=10_000)
    assert "吊顶" in renovations.get(read_db(), working.id).items

    def request(dialog: DesignChangeDialog) -> int:
        dialog.description_edit.setText("阳台加装推拉门")
        if "门窗" in dialog.item_checks:
            dialog.item_checks["门窗"].setChecked(True)
        dialog.extend_check.setChecked(True)
        _save(qtbot, dialog)
        return 1

    monkeypatch.setattr(DesignChangeDialog, "exec", request)
    panel.change_button.click()
    qtbot.waitUntil(lambda: panel.change_review_button.isEnabled(), timeout=10_000)
    [latest, _] = design_changes.changes(read_db(), working.id)
    assert latest.state == "待审核" and latest.new_end and latest.new_end > working.planned_end

    def finished(dialog: CompletionDialog) -> int:
        dialog.note_edit.setText("业主来电报完工")
        _save(qtbot, dialog)
        return 1

    monkeypatch.setattr(CompletionDialog, "exec", finished)
    panel.finished_button.click()
    qtbot.waitUntil(lambda: panel.inspect_button.isEnabled(), timeout=10_000)
    assert renovations.get(read_db(), working.id).state == "待验收"
    assert tab.table.item(tab.table.currentRow(), 0).text() == "待验收"


def test_acceptance_then_the_deposit_settled_and_printed(qtbot: Any, window: MainWindow, previews: list[str],
                                                         read_db: Callable[[], Database], answers: list[Any],
                                                         monkeypatch: Any) -> None:  # fmt: skip
    from propdesk.qt.dialogs.renovation_closing_dialogs import AcceptanceDialog, SettlementDialog

    db = read_db()
    [rectifying] = renovations.ledger(db, "验收整改")
    tab = _open(qtbot, window, rectifying.unit_id)
    panel = tab.closing_panel
    qtbot.waitUntil(lambda: panel.inspect_button.isEnabled(), timeout=10_000)
    assert any("不通过" in panel.table.item(r, 3).text() for r in range(panel.table.rowCount()))

    def inspect(dialog: AcceptanceDialog) -> int:
        assert dialog.windowTitle().startswith("复验")
        failed, required = next(iter(dialog.rows.values()))
        failed.setChecked(True)
        _save(qtbot, dialog)
        assert "整改要求" in dialog.error_label.text() and required.isEnabled()
        dialog.error_label.hide()
        failed.setChecked(False)
        _save(qtbot, dialog)
        return 1

    monkeypatch.setattr(AcceptanceDialog, "exec", inspect)
    panel.inspect_button.click()
    qtbot.waitUntil(lambda: bool(previews), timeout=10_000)
    assert previews[-1].startswith("装修竣工验收表")
    qtbot.waitUntil(lambda: panel.settle_button.isEnabled(), timeout=10_000)
    assert renovations.get(read_db(), rectifying.id).state == "已验收"
    panel.settle_button.click()  # the passes are still out: said so, nothing opens
    qtbot.waitUntil(lambda: any("出入证" in a[2] for a in answers), timeout=10_000)
    out = [p for p in worker_passes.passes(read_db(), rectifying.id) if not p.returned_at]
    tab.lower_tabs.setCurrentIndex(0)
    for index, worker in enumerate(out):
        row = [p.number for p in tab.passes].index(worker.number)
        tab.passes_table.setCurrentCell(row, 0)
        (tab.lost_button if index == 0 else tab.return_button).click()
        wait_idle(qtbot, window)
        qtbot.waitUntil(lambda n=worker.number: next(p for p in tab.passes if p.number == n).returned_at is not None,
                        timeout=10_000)  # fmt: skip
    assert tab.passes[[p.number for p in tab.passes].index(out[0].number)].state(dt.date.today()) == "遗失（押金没收）"
    tab.lower_tabs.setCurrentWidget(panel)

    def settle(dialog: SettlementDialog) -> int:
        assert dialog.draft.held_fen == 200000
        suggested = dialog.table.rowCount()  # the violations' penalties, filled in
        assert suggested == len(dialog.draft.suggested)
        dialog.add_row(Deduction("损坏赔偿", "", 0))
        row = dialog.table.rowCount() - 1
        dialog.table.item(row, 1).setText("电梯厅墙面修补")
        dialog.table.item(row, 2).setText("12O")
        _save(qtbot, dialog)
        assert "金额不对" in dialog.error_label.text()
        dialog.error_label.hide()
        dialog.table.item(row, 2).setText("120")
        assert "实退" in dialog.result_label.text() and "元" in dialog.result_label.text()
        _save(qtbot, dialog)
        return 1

    monkeypatch.setattr(SettlementDialog, "exec", settle)
    panel.settle_button.click()
    qtbot.waitUntil(lambda: len(previews) == 2, timeout=10_000)
    assert previews[-1].startswith("装修押金退还审批表")
    wait_idle(qtbot, window)
    settled = deposit_settlements.get(read_db(), rectifying.id)
    kept = sum(d.amount_fen for d in settled.deductions)
    assert settled.refunded_fen == 200000 - kept and settled.passes_forfeited_fen > 0
    assert all(refunds.get_refund(read_db(), n).approved_by == "测试员" for n in settled.refund_numbers)
    assert renovations.get(read_db(), rectifying.id).state == "已结算"
    qtbot.waitUntil(lambda: panel.settlement_print_button.isEnabled(), timeout=10_000)
    assert not panel.settle_button.isEnabled()


def test_the_renovation_settings_dialog_saves(qtbot: Any, window: MainWindow,
                                              read_db: Callable[[], Database], monkeypatch: Any) -> None:  # fmt: skip
    from propdesk.qt.dialogs.renovation_settings_dialog import RenovationSettingsDialog

    def edit(dialog: RenovationSettingsDialog) -> int:
        dialog.items_edit.setPlainText("")
        _save(qtbot, dialog)
        assert "装修项目" in dialog.error_label.text()
        dialog.error_label.hide()
        dialog.items_edit.setPlainText("水电改造\n防水\n地暖")
        dialog.review_spin.setValue(7)
        dialog.grace_spin.setValue(3)
        _save(qtbot, dialog)
        return 1

    monkeypatch.setattr(RenovationSettingsDialog, "exec", edit)
    window.actions_by_name["renovation_settings"].trigger()
    qtbot.waitUntil(lambda: renovation_settings.load(read_db()).review_days == 7, timeout=10_000)
    rules = renovation_settings.load(read_db())
    assert rules.work_items == ("水电改造", "防水", "地暖") and rules.pass_return_days == 3
