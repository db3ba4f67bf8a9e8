"""The 装修 tab and area: apply, review, take the fees, issue and print the permit; the ledger."""

from collections.abc import Callable
from pathlib import Path
from typing import Any

from propdesk.core.author import Actor
from propdesk.services import payments, renovations
from propdesk.store.connection import Database
from tests.qt.conftest import wait_idle

from propdesk.qt.main_window import MainWindow


def test_a_renovation_from_application_to_permit(qtbot: Any, window: MainWindow, read_db: Callable[[], Database],
                                                  previews: list[str], monkeypatch: Any) -> None:  # fmt: skip
    from propdesk.qt.dialogs.renovation_dialogs import RenovationApplicationDialog, RenovationReviewDialog

    db = read_db()
    unit_id = int(
        db.scalar("SELECT id FROM units WHERE state = '已入住' AND id NOT IN (SELECT unit_id FROM renovations)")
    )
    window.open_renovation(unit_id)
    tab = window.unit_page.renovation_tab
    qtbot.waitUntil(lambda: tab.unit_id == unit_id and tab.apply_button.isEnabled(), timeout=10_000)

    def apply(dialog: RenovationApplicationDialog) -> int:
        dialog.contractor_edit.setText("杭州美家装饰有限公司")
        dialog.foreman_edit.setText("李工")
        dialog.foreman_phone_edit.setText("123")
        dialog.item_checks["水电改造"].setChecked(True)
        dialog.on_save_clicked()
        qtbot.waitUntil(lambda: not dialog.error_label.isHidden(), timeout=10_000)
        assert "电话" in dialog.error_label.text() and dialog.contractor_edit.text() == "杭州美家装饰有限公司"
        dialog.foreman_phone_edit.setText("13900002222")
        dialog.on_save_clicked()
        qtbot.waitUntil(lambda: dialog.result_value is not None, timeout=10_000)
        return 1

    monkeypatch.setattr(RenovationApplicationDialog, "exec", apply)
    tab.apply_button.click()
    qtbot.waitUntil(lambda: bool(previews), timeout=10_000)
    assert previews[-1].startswith("房屋装修申请表")
    qtbot.waitUntil(lambda: tab.review_button.isEnabled(), timeout=10_000)

    def review(dialog: RenovationReviewDialog) -> int:
        dialog.on_save_clicked()
        qtbot.waitUntil(lambda: dialog.result_value is not None, timeout=10_000)
        return 1

    monkeypatch.setattr(RenovationReviewDialog, "exec", review)
    tab.review_button.click()
    qtbot.waitUntil(lambda: tab.pay_button.isEnabled(), timeout=10_000)
    assert not tab.permit_button.isEnabled() and "未缴" in tab.details.text()
    [renovation] = renovations.of_unit(read_db(), unit_id)
    db = read_db()
    with db.atomic():
        payments.pay_bills(db, Actor("张敏", frozenset({"收银员"})), unit_id, [f.bill_id for f in renovation.fees],
                           "微信", "业主")  # fmt: skip
    window.unit_page.reload()
    qtbot.waitUntil(lambda: tab.permit_button.isEnabled(), timeout=10_000)
    tab.permit_button.click()
    qtbot.waitUntil(lambda: len(previews) == 2, timeout=10_000)
    wait_idle(qtbot, window)
    [issued] = renovations.of_unit(read_db(), unit_id)
    assert issued.state == "施工中" and issued.permit_number and issued.permit_number in previews[-1]


def test_the_renovation_ledger_filters_and_exports(qtbot: Any, window: MainWindow, read_db: Callable[[], Database],
                                                   tmp_path: Path) -> None:  # fmt: skip
    from openpyxl import load_workbook

    view = window._make_renovation_view()
    qtbot.addWidget(view)
    view.show()
    everything = renovations.ledger(read_db())
    qtbot.waitUntil(lambda: view.table.rowCount() == len(everything), timeout=10_000)
    view.state_box.setCurrentIndex(view.state_box.findData("待审核"))
    qtbot.waitUntil(lambda: view.table.rowCount() == len(renovations.ledger(read_db(), "待审核")), timeout=10_000)
    assert all(view.table.item(r, 2).text() == "待审核" for r in range(view.table.rowCount()))
    out = tmp_path / "reno.xlsx"
    view.export_to(out)
    qtbot.waitUntil(out.exists, timeout=10_000)  # written on the worker, renamed into place when whole
    sheet = load_workbook(out).active
    assert sheet.max_row == 2 + view.table.rowCount()
    window.on_go_today_triggered()
    window.today_view.refresh()
    qtbot.waitUntil(lambda: window.today_view.renovations_label.isVisible(), timeout=10_000)
    assert "待审核" in window.today_view.renovations_label.text()


def test_worker_passes_from_the_tab(qtbot: Any, window: MainWindow, read_db: Callable[[], Database],
                                    previews: list[str], monkeypatch: Any) -> None:  # fmt: skip
    from propdesk.services import worker_passes

    from propdesk.qt.dialogs.renovation_dialogs import WorkerPassDialog

    working = renovations.ledger(read_db(), "施工中")[0]
    window.open_renovation(working.unit_id)
    tab = window.unit_page.renovation_tab
    qtbot.waitUntil(lambda: tab.unit_id == working.unit_id and tab.pass_button.isEnabled(), timeout=10_000)

    def issue(dialog: WorkerPassDialog) -> int:
        dialog.name_edit.setText("王师傅")
        dialog.id_edit.setText("110105194912310021")
        dialog.on_save_clicked()
        qtbot.waitUntil(lambda: not dialog.error_label.isHidden(), timeout=10_000)
        assert "身份证" in dialog.error_label.text() and dialog.name_edit.text() == "王师傅"
        dialog.id_edit.setText("11010519491231002X")
        dialog.on_save_clicked()
        qtbot.waitUntil(lambda: dialog.result_value is not None, timeout=10_000)
        return 1

    monkeypatch.setattr(WorkerPassDialog, "exec", issue)
    tab.pass_button.click()
    issued = next(p for p in worker_passes.passes(read_db(), working.id) if p.name == "王师傅")
    qtbot.waitUntil(lambda: issued.number in [p.number for p in tab.passes], timeout=10_000)
    row = [p.number for p in tab.passes].index(issued.number)
    assert tab.passes_table.item(row, 5).text() == "待缴费"
    db = read_db()
    with db.atomic():
        owed = [b.id for b in payments.owed(db, working.unit_id) if "出入证" in b.description]
        payments.pay_bills(db, Actor("张敏", frozenset({"收银员"})), working.unit_id, owed, "现金", "王师傅")
    window.unit_page.reload()
    qtbot.waitUntil(lambda: tab.print_passes_button.isEnabled(), timeout=10_000)
    tab.print_passes_button.click()
    qtbot.waitUntil(lambda: bool(previews), timeout=10_000)
    assert previews[0].startswith("临时出入证")


def test_patrol_from_todays_list_to_a_rectification_notice(qtbot: Any, window: MainWindow, previews: list[str],
                                                            read_db: Callable[[], Database], monkeypatch: Any) -> None:  # fmt: skip
    from propdesk.services import patrols

    from propdesk.qt.dialogs.renovation_dialogs import PatrolDialog, ViolationDialog, ViolationRecheckDialog

    view = window._make_renovation_view()
    view.print_requested.connect(window.print_document)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.patrol_table.rowCount() > 0, timeout=10_000)
    assert view.patrol_table.item(0, 3).text() == "✖"  # nothing patrolled yet today: all on the list
    target = view.patrol_rows[0]

    def patrol(dialog: PatrolDialog) -> int:
        check, note = dialog.checks["垃圾堆放"]
        check.setChecked(True)
        dialog.on_save_clicked()
        qtbot.waitUntil(lambda: not dialog.error_label.isHidden(), timeout=10_000)
        assert "写明情况" in dialog.error_label.text() and check.isChecked()
        note.setText("楼道堆放装修垃圾")
        dialog.on_save_clicked()
        qtbot.waitUntil(lambda: dialog.result_value is not None, timeout=10_000)
        return 1

    def violation(dialog: ViolationDialog) -> int:
        assert dialog.rule_box.currentText() == "垃圾堆放" and dialog.description_edit.text() == "楼道堆放装修垃圾"
        dialog.required_edit.setText("当日清运完毕")
        dialog.penalty_edit.setText("200")
        dialog.on_save_clicked()
        qtbot.waitUntil(lambda: dialog.result_value is not None, timeout=10_000)
        return 1

    monkeypatch.setattr(PatrolDialog, "exec", patrol)
    monkeypatch.setattr(ViolationDialog, "exec", violation)
    view.patrol_table.selectRow(0)
    view.on_patrol_clicked()  # the prompt to register a violation is answered yes
    qtbot.waitUntil(lambda: bool(previews), timeout=10_000)
    assert previews[0].startswith("装修整改通知书")
    found = patrols.violations(read_db(), target.renovation_id)[0]  # newest first
    assert found.description == "楼道堆放装修垃圾" and found.penalty_fen == 20000 and found.state == "待整改"
    qtbot.waitUntil(lambda: any(r.renovation_id == target.renovation_id and r.patrolled_today for r in view.patrol_rows),
                    timeout=10_000)  # fmt: skip

    window.open_renovation(target.unit_id)
    tab = window.unit_page.renovation_tab
    qtbot.waitUntil(lambda: bool(tab.violations) and tab.violations[0].number == found.number, timeout=10_000)

    def recheck(dialog: ViolationRecheckDialog) -> int:
        dialog.found_edit.setText("已清运")
        dialog.on_save_clicked()
        qtbot.waitUntil(lambda: dialog.result_value is not None, timeout=10_000)
        return 1

    monkeypatch.setattr(ViolationRecheckDialog, "exec", recheck)
    tab.violations_table.selectRow(0)
    tab.on_violation_recheck_clicked()
    wait_idle(qtbot, window)
    assert patrols.violations(read_db(), target.renovation_id)[0].state == "已整改"
