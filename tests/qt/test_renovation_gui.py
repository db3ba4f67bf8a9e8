"""The 装修 tab and area: apply, review, take the fees, issue and print the permit; the ledger."""

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from propdesk.core.author import Actor
from propdesk.services import payments, renovations
from propdesk.store.connection import Database
from tests.qt.conftest import wait_idle

from propdesk.qt.dialogs import pdf_preview
from propdesk.qt.main_window import MainWindow


@pytest.fixture
def previews(monkeypatch: Any) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(pdf_preview.PdfPreviewDialog, "exec", lambda self: shown.append(self.windowTitle()) or 0)
    return shown


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
    qtbot.waitUntil(lambda: tab.passes_table.rowCount() >= 1, timeout=10_000)
    issued = next(p for p in worker_passes.passes(read_db(), working.id) if p.name == "王师傅")
    assert tab.passes_table.item(tab.passes.index(issued), 5).text() == "待缴费"
    db = read_db()
    with db.atomic():
        owed = [b.id for b in payments.owed(db, working.unit_id) if "出入证" in b.description]
        payments.pay_bills(db, Actor("张敏", frozenset({"收银员"})), working.unit_id, owed, "现金", "王师傅")
    window.unit_page.reload()
    qtbot.waitUntil(lambda: tab.print_passes_button.isEnabled(), timeout=10_000)
    tab.print_passes_button.click()
    qtbot.waitUntil(lambda: bool(previews), timeout=10_000)
    assert previews[0].startswith("临时出入证")
