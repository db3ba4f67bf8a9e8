"""The 入伙 tab walked through with the keyboard-and-mouse widgets, and the 入伙 area's lists."""

from collections.abc import Callable
from pathlib import Path
from typing import Any

from propdesk.services import inspections, move_ins, payments
from propdesk.store.connection import Database
from tests.qt.conftest import wait_idle

from PySide6.QtWidgets import QComboBox

from propdesk.qt import prompts
from propdesk.qt.main_window import MainWindow
from propdesk.qt.views.inspection_page import DESCRIPTION_COLUMN, RESULT_COLUMN


def _fresh_unit(db: Database) -> int:
    return int(db.scalar("SELECT id FROM units WHERE state = '未交付' AND id NOT IN (SELECT unit_id FROM move_ins)"))


def test_a_move_in_is_walked_through_the_tab(qtbot: Any, window: MainWindow, read_db: Callable[[], Database],
                                              tmp_path: Path, answers: list[Any]) -> None:  # fmt: skip
    from PIL import Image

    unit_id = _fresh_unit(read_db())
    window.open_move_in(unit_id)
    tab = window.unit_page.move_in_tab
    qtbot.waitUntil(lambda: tab.unit_id == unit_id and tab.start_box.isVisible(), timeout=10_000)
    assert window.unit_page.tabs.currentWidget() is tab
    tab.start_button.click()
    qtbot.waitUntil(lambda: tab.record is not None, timeout=10_000)
    assert tab.steps.count() == 8 and tab.steps.item(0).text().startswith("✖")
    tab.name_edit.setText("周建国")
    tab.id_edit.setText("110105194912310021")  # a wrong check digit
    tab.identity_button.click()
    qtbot.waitUntil(lambda: not tab.error_label.isHidden(), timeout=10_000)
    assert "身份证" in tab.error_label.text() and tab.id_edit.text() == "110105194912310021"  # kept as typed
    tab.id_edit.setText("11010519491231002X")
    tab.identity_button.click()
    qtbot.waitUntil(lambda: tab.steps.item(0).text().startswith("✔"), timeout=10_000)
    tab.documents_all.click()
    tab.documents_button.click()
    qtbot.waitUntil(lambda: tab.steps.item(1).text().startswith("✔"), timeout=10_000)
    tab.months_spin.setValue(6)
    tab.handover_button.click()  # the confirmation is answered yes
    qtbot.waitUntil(lambda: tab.record is not None and bool(tab.record.handed_over_on), timeout=10_000)
    assert tab.pay_button.isEnabled() and "尚欠" in tab.steps.item(2).text()
    tab.pay_button.click()
    assert window.unit_page.tabs.currentWidget() is window.unit_page.account_tab
    db = read_db()
    with db.atomic():
        payments.pay_bills(db, _cashier(), unit_id, [b.id for b in payments.owed(db, unit_id)], "现金", "周建国")
    window.unit_page.reload()
    qtbot.waitUntil(lambda: tab.steps.item(2).text().startswith("✔"), timeout=10_000)
    page = tab.inspection_page
    page.inspector_edit.setText("王工")
    page.start_button.click()
    qtbot.waitUntil(lambda: page.table.rowCount() > 30, timeout=10_000)
    wait_idle(qtbot, window)  # every reload the steps above set off has landed: none refills the table while we type
    failed: QComboBox = page.table.cellWidget(0, RESULT_COLUMN)  # type: ignore[assignment]
    failed.setCurrentIndex(2)
    page.on_rest_pass_clicked()
    page.on_save_clicked()
    qtbot.waitUntil(lambda: not tab.error_label.isHidden(), timeout=10_000)
    assert "写明问题" in tab.error_label.text()
    page.table.item(0, DESCRIPTION_COLUMN).setText("门锁卡涩")
    page.on_save_clicked()
    qtbot.waitUntil(lambda: tab.steps.item(3).text().startswith("✔"), timeout=10_000)
    picture = tmp_path / "门锁.jpg"
    Image.new("RGB", (2000, 1500), (120, 100, 90)).save(picture, "JPEG")
    page.table.selectRow(0)
    page.add_photos(0, [picture])
    qtbot.waitUntil(lambda: page.table.item(0, 4) is not None and page.table.item(0, 4).text() == "1", timeout=10_000)
    qtbot.waitUntil(lambda: page.thumbs.count() == 2, timeout=10_000)  # the thumbnail and the stretch
    tab.water_edit.setText("8")
    tab.power_edit.setText("120.5")
    tab.readings_button.click()
    qtbot.waitUntil(lambda: tab.steps.item(4).text().startswith("✔"), timeout=10_000)
    tab.key_spins["入户门钥匙"].setValue(3)
    tab.keys_button.click()
    qtbot.waitUntil(lambda: tab.steps.item(5).text().startswith("✔"), timeout=10_000)
    assert not tab.complete_button.isEnabled()
    tab.owner_signed.setChecked(True)
    tab.clerk_signed.setChecked(True)
    tab.sign_button.click()
    qtbot.waitUntil(lambda: tab.complete_button.isEnabled(), timeout=10_000)
    tab.complete_button.click()
    qtbot.waitUntil(lambda: tab.record is not None and tab.record.completed, timeout=10_000)
    wait_idle(qtbot, window)
    record = move_ins.get(read_db(), unit_id)
    assert record is not None and record.completed and record.keys == {"入户门钥匙": 3}
    [defect] = inspections.defects_of_unit(read_db(), unit_id)
    assert defect.description == "门锁卡涩" and defect.photos == 1


def _cashier() -> Any:
    from propdesk.core.author import Actor

    return Actor("张敏", frozenset({"收银员"}))


def test_the_move_in_area_lists_what_is_missing_and_passes_defects_on(
    qtbot: Any, window: MainWindow, read_db: Callable[[], Database], previews: list[str], tmp_path: Path
) -> None:
    from openpyxl import load_workbook

    view = window._make_move_in_view()
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.open_table.rowCount() > 0, timeout=10_000)
    expected = move_ins.open_move_ins(read_db())
    assert [view.open_table.item(r, 0).text() for r in range(view.open_table.rowCount())] == [
        m.unit_code for m in expected
    ]
    assert all(view.open_table.item(r, 4).text() for r in range(view.open_table.rowCount()))
    waiting = inspections.summary(read_db())["new"]
    assert waiting > 0 and view.transfer_button.isEnabled()
    prompts.responder = lambda kind, title, text: "地产客服 刘经理"
    view.on_transfer_clicked()
    qtbot.waitUntil(lambda: bool(previews), timeout=10_000)
    assert "遗留工程整改通知" in previews[0]
    assert inspections.summary(read_db())["new"] == 0
    view.state_box.setCurrentIndex(5)  # all
    qtbot.waitUntil(lambda: view.ledger_table.rowCount() == inspections.summary(read_db())["all"], timeout=10_000)
    out = tmp_path / "ledger.xlsx"
    view.export_to(out)
    qtbot.waitUntil(out.exists, timeout=10_000)
    sheet = load_workbook(out).active
    assert sheet.max_row == 2 + view.ledger_table.rowCount()
    assert sheet.cell(row=3, column=1).value == view.ledger_table.item(0, 0).text()
    sent = tmp_path / "transfer.xlsx"
    view.export_transfer(sent)
    qtbot.waitUntil(sent.exists, timeout=10_000)
    assert load_workbook(sent).active.max_row == 2 + waiting
    view.open_table.selectRow(0)
    view.on_open_activated()
    assert window.unit_page.tabs.currentWidget() is window.unit_page.move_in_tab


def test_keys_are_kept_let_out_and_back_from_the_unit_page(qtbot: Any, window: MainWindow, previews: list[str],
                                                           read_db: Callable[[], Database], monkeypatch: Any) -> None:  # fmt: skip
    import datetime as dt

    from propdesk.services import keys

    from propdesk.qt.dialogs.key_dialogs import KeyCheckOutDialog, KeyDepositDialog

    db = read_db()
    unit_id = int(db.scalar("SELECT id FROM units WHERE state IN ('已交付未入住', '空置') AND owner_names != ''"
                            " AND id NOT IN (SELECT unit_id FROM key_sets)"))  # fmt: skip
    window.open_keys(unit_id)
    page = window.unit_page.keys_page
    qtbot.waitUntil(lambda: page.unit_id == unit_id and page.deposit_button.isEnabled(), timeout=10_000)

    def deposit(dialog: KeyDepositDialog) -> int:
        dialog.contents_edit.setText("入户门钥匙×2")
        dialog.location_edit.setText("钥匙柜 B-01")
        dialog.on_save_clicked()
        qtbot.waitUntil(lambda: not dialog.error_label.isHidden(), timeout=10_000)
        assert "承诺书" in dialog.error_label.text() and dialog.contents_edit.text() == "入户门钥匙×2"
        dialog.signed_check.setChecked(True)
        dialog.on_save_clicked()
        qtbot.waitUntil(lambda: dialog.result_value is not None, timeout=10_000)
        return 1

    monkeypatch.setattr(KeyDepositDialog, "exec", deposit)
    page.deposit_button.click()
    qtbot.waitUntil(lambda: bool(previews), timeout=10_000)
    assert "钥匙托管承诺书" in previews[0]
    qtbot.waitUntil(lambda: page.sets_table.rowCount() == 1 and page.out_button.isEnabled(), timeout=10_000)

    def let_out(dialog: KeyCheckOutDialog) -> int:
        dialog.reason_box.setCurrentText("维修")
        dialog.taken_edit.setText("维修班 老刘")
        dialog.approved_edit.setText("李主管")
        dialog.on_save_clicked()
        qtbot.waitUntil(lambda: dialog.result_value is not None, timeout=10_000)
        return 1

    monkeypatch.setattr(KeyCheckOutDialog, "exec", let_out)
    page.out_button.click()
    qtbot.waitUntil(lambda: page.in_button.isEnabled(), timeout=10_000)
    assert page.moves_table.item(0, 2).text() == "维修班 老刘"
    page.in_button.click()
    qtbot.waitUntil(lambda: page.out_button.isEnabled(), timeout=10_000)
    [kept] = keys.sets_of_unit(read_db(), unit_id)
    assert kept.out is None and kept.movements[0].back_at is not None and kept.state(dt.datetime.now()) == "在柜"


def test_the_today_view_flags_overdue_keys_and_defects(qtbot: Any, window: MainWindow) -> None:
    window.on_go_today_triggered()
    view = window.today_view
    view.refresh()
    qtbot.waitUntil(lambda: view.summary is not None and view.keys_label.isVisible(), timeout=10_000)
    assert "应还" in view.keys_label.text() and view.defects_label.isVisible()


def test_move_in_notices_print_in_batch_with_progress(qtbot: Any, window: MainWindow, previews: list[str],
                                                      read_db: Callable[[], Database]) -> None:  # fmt: skip
    waiting = int(read_db().scalar("SELECT count(*) FROM units WHERE state = '未交付'"))
    window.print_move_in_notices("all")
    qtbot.waitUntil(lambda: bool(previews), timeout=20_000)
    assert previews[0] == f"入伙通知书（{waiting} 户）"
    assert window.last_print_job is not None and window.last_print_job.kind == "move-in-notice"


def test_the_inspection_template_is_edited_and_refused_when_empty(qtbot: Any, window: MainWindow,
                                                                  read_db: Callable[[], Database]) -> None:  # fmt: skip
    from propdesk.core.move_in import DEFAULT_TEMPLATE

    from propdesk.qt.dialogs.inspection_template_dialog import InspectionTemplateDialog

    dialog = InspectionTemplateDialog(window.desk, list(DEFAULT_TEMPLATE), window)
    qtbot.addWidget(dialog)
    dialog.table.selectRow(0)
    dialog.on_add_clicked()
    dialog.table.item(1, 1).setText("猫眼")
    dialog.table.selectRow(1)
    dialog.move_row(-1)
    assert dialog.rows()[0] == ("入户", "猫眼")
    dialog.fill([])
    dialog.on_save_clicked()
    qtbot.waitUntil(lambda: not dialog.error_label.isHidden(), timeout=10_000)
    assert "至少要有一项" in dialog.error_label.text()
    dialog.fill([("入户", "猫眼"), *DEFAULT_TEMPLATE])
    dialog.on_save_clicked()
    qtbot.waitUntil(lambda: dialog.result_value is not None or not dialog.isVisible(), timeout=10_000)
    wait_idle(qtbot, window)
    assert inspections.template(read_db())[0] == ("入户", "猫眼")


def test_recheck_photos_are_kept_on_the_defect(qtbot: Any, window: MainWindow, read_db: Callable[[], Database],
                                               tmp_path: Path) -> None:  # fmt: skip
    from PIL import Image

    unit_id = int(read_db().scalar("SELECT unit_id FROM defects WHERE closed_on IS NULL LIMIT 1"))
    window.open_move_in(unit_id)
    page = window.unit_page.move_in_tab.defects_page
    qtbot.waitUntil(lambda: page.unit_id == unit_id and bool(page.defects), timeout=10_000)
    defect = page.defects[0]
    picture = tmp_path / "复验.png"
    Image.new("RGB", (640, 480), (200, 200, 200)).save(picture)
    page.add_photos(defect, [picture])
    wait_idle(qtbot, window)
    assert len(inspections.photos(read_db(), "defect", defect.id)) == 1
    qtbot.waitUntil(lambda: page.defects and page.table.item(0, 8).text() != "", timeout=10_000)
