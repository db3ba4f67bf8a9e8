from collections.abc import Callable
from typing import Any

from propdesk.services import audit_trail, units
from propdesk.store.connection import Database
from tests.qt.conftest import wait_idle

from PySide6.QtCore import QDate

from propdesk.qt.dialogs.building_dialog import BuildingDialog
from propdesk.qt.dialogs.person_dialog import PersonDialog
from propdesk.qt.dialogs.unit_dialog import UnitDialog
from propdesk.qt.main_window import MainWindow


def _first_unit(db: Database) -> Any:
    return units.list_units(db, units.UnitFilter(), 0, 1).rows[0]


def test_bad_id_number_keeps_what_was_typed(qtbot: Any, window: MainWindow, read_db: Callable[[], Database]) -> None:
    unit = _first_unit(read_db())
    before = units.unit_record(read_db(), unit.id)
    dialog = PersonDialog(window.desk, "add", unit_id=unit.id, unit_code=unit.code, parent=window)
    qtbot.addWidget(dialog)
    dialog.name_edit.insert("钱多多")
    qtbot.keyClicks(dialog.id_number_edit, "110105194912310021")
    qtbot.keyClicks(dialog.mobile_edit, "13912345678")
    dialog.on_save_clicked()
    qtbot.waitUntil(lambda: dialog.error_label.isVisibleTo(dialog), timeout=5000)
    assert "校验位" in dialog.error_label.text()
    assert dialog.name_edit.text() == "钱多多" and dialog.mobile_edit.text() == "13912345678"
    assert dialog.fields["id_number"].styleSheet() != ""
    assert dialog.result() == 0  # still open
    assert units.unit_record(read_db(), unit.id).owners == before.owners


def test_owner_added_through_the_dialog(qtbot: Any, window: MainWindow, read_db: Callable[[], Database]) -> None:
    unit = _first_unit(read_db())
    dialog = PersonDialog(window.desk, "add", unit_id=unit.id, unit_code=unit.code, parent=window)
    qtbot.addWidget(dialog)
    dialog.name_edit.insert("钱多多")
    qtbot.keyClicks(dialog.id_number_edit, "11010519491231002x")
    assert "1949-12-31" in dialog.id_hint_label.text()
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        dialog.on_save_clicked()
    owners = units.unit_record(read_db(), unit.id).owners
    assert "钱多多" in [o.person.name for o in owners]
    assert next(o for o in owners if o.person.name == "钱多多").person.id_number == "11010519491231002X"


def test_transfer_through_the_dialog_keeps_history(
    qtbot: Any, window: MainWindow, read_db: Callable[[], Database]
) -> None:
    unit = next(u for u in units.list_units(read_db(), units.UnitFilter(), 0, 60).rows if u.owner_names)
    dialog = PersonDialog(window.desk, "transfer", unit_id=unit.id, unit_code=unit.code, parent=window)
    qtbot.addWidget(dialog)
    dialog.date_edit.setDate(QDate.currentDate())
    dialog.name_edit.insert("新业主")
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        dialog.on_save_clicked()
    record = units.unit_record(read_db(), unit.id)
    assert [o.person.name for o in record.owners] == ["新业主"]
    assert record.former_owners and record.transfers[0].to_names == "新业主"


def test_building_generator_dialog_previews_and_creates(
    qtbot: Any, window: MainWindow, read_db: Callable[[], Database]
) -> None:
    dialog = BuildingDialog(window.desk, window)
    qtbot.addWidget(dialog)
    dialog.code_edit.setText("9")
    dialog.entrances_spin.setValue(1)
    dialog.floors_spin.setValue(3)
    dialog.per_floor_spin.setValue(2)
    dialog.areas_edit.setText("88.5, 99")
    assert "共 6 户" in dialog.preview_label.text() and "9-1-302" in dialog.preview_label.text()
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        dialog.on_save_clicked()
    page = units.list_units(read_db(), units.UnitFilter(building="9"), 0, 10)
    assert [u.code for u in page.rows] == ["9-1-101", "9-1-102", "9-1-201", "9-1-202", "9-1-301", "9-1-302"]
    assert page.rows[1].area_centi_m2 == 9900


def test_unit_dialog_rejects_bad_area_and_saves_good(
    qtbot: Any, window: MainWindow, read_db: Callable[[], Database]
) -> None:
    unit = _first_unit(read_db())
    dialog = UnitDialog(window.desk, unit, window)
    qtbot.addWidget(dialog)
    dialog.area_edit.setText("九十")
    dialog.on_save_clicked()
    assert "不是有效的数字" in dialog.error_label.text() and dialog.area_edit.text() == "九十"
    dialog.area_edit.setText("91.25")
    dialog.note_edit.setText("顶楼")
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        dialog.on_save_clicked()
    wait_idle(qtbot, window)
    saved = units.get_unit(read_db(), unit.id)
    assert (saved.area_centi_m2, saved.note) == (9125, "顶楼")
    [entry] = audit_trail.entries_for_unit(read_db(), unit.id)[:1]
    assert entry.after == {"area_centi_m2": 9125, "note": "顶楼"}


def test_unit_page_refreshes_after_change(qtbot: Any, window: MainWindow, read_db: Callable[[], Database]) -> None:
    unit = _first_unit(read_db())
    window.open_unit(unit.id)
    qtbot.waitUntil(lambda: window.unit_page.record is not None)
    dialog = PersonDialog(window.desk, "add", unit_id=unit.id, unit_code=unit.code, parent=window)
    qtbot.addWidget(dialog)
    dialog.name_edit.insert("赵共有")
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        dialog.on_save_clicked()
    qtbot.waitUntil(
        lambda: any(
            window.unit_page.owners_table.item(r, 1).text() == "赵共有"
            for r in range(window.unit_page.owners_table.rowCount())
        ),
        timeout=5000,
    )


def test_remove_a_co_owner_with_a_reason(
    qtbot: Any, window: MainWindow, read_db: Callable[[], Database], answers: list[Any]
) -> None:
    from propdesk.qt import prompts

    unit = _first_unit(read_db())
    window.open_unit(unit.id)
    page = window.unit_page
    qtbot.waitUntil(lambda: page.record is not None)
    dialog = PersonDialog(window.desk, "add", unit_id=unit.id, unit_code=unit.code, parent=window)
    qtbot.addWidget(dialog)
    dialog.role_combo.setCurrentText("共有人")
    dialog.name_edit.insert("误登记")
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        dialog.on_save_clicked()
    qtbot.waitUntil(lambda: page.record is not None and any(o.person.name == "误登记" for o in page.record.owners))
    assert page.record is not None
    row = next(i for i, o in enumerate(page.record.owners) if o.person.name == "误登记")
    page.owners_table.selectRow(row)
    prompts.responder = lambda kind, title, text: "录入错误" if kind == "text" else True
    page.on_remove_co_owner_clicked()
    qtbot.waitUntil(lambda: page.record is not None and all(o.person.name != "误登记" for o in page.record.owners))
    assert all(o.person.name != "误登记" for o in units.unit_record(read_db(), unit.id).owners)
    [entry] = [e for e in audit_trail.recent(read_db(), 5) if e.action == "delete"]
    assert "录入错误" in entry.summary


def test_read_only_file_keeps_what_was_typed(qtbot: Any, window: MainWindow, read_db: Callable[[], Database],
                                             answers: list[Any]) -> None:  # fmt: skip
    from propdesk.store.connection import Database as Db

    def read_only(db: Db) -> None:
        db.execute("PRAGMA query_only = 1")  # SQLite now refuses writes as on a read-only file

    window.desk.query(read_only, lambda _r: None)
    wait_idle(qtbot, window)
    unit = _first_unit(read_db())
    dialog = PersonDialog(window.desk, "add", unit_id=unit.id, unit_code=unit.code, parent=window)
    qtbot.addWidget(dialog)
    dialog.name_edit.insert("孙只读")
    qtbot.keyClicks(dialog.mobile_edit, "13912345678")
    dialog.on_save_clicked()
    qtbot.waitUntil(lambda: bool(answers), timeout=5000)
    kind, _, text = answers[-1]
    assert kind == "error" and "只读" in text and "建议" in text
    assert dialog.name_edit.text() == "孙只读" and dialog.mobile_edit.text() == "13912345678"
    assert dialog.result() == 0 and dialog.button_box.isEnabled()
    assert all(o.person.name != "孙只读" for o in units.unit_record(read_db(), unit.id).owners)


def test_id_numbers_are_masked_until_a_supervisor_opens_them(qtbot: Any, window: MainWindow,
                                                             read_db: Callable[[], Database],
                                                             answers: list[Any]) -> None:  # fmt: skip
    from propdesk.core.author import Actor
    from propdesk.core.permissions import Role

    unit = next(u for u in units.list_units(read_db(), units.UnitFilter(), 0, 60).rows if u.owner_names)
    full = units.unit_record(read_db(), unit.id).owners[0].person.id_number
    window.desk.set_actor(Actor("王小丽", frozenset({Role.CLERK.value})))
    window.open_unit(unit.id)
    page = window.unit_page
    qtbot.waitUntil(lambda: page.record is not None and page.record.unit.id == unit.id)
    assert page.owners_table.item(0, 3).text() == full[:4] + "*" * (len(full) - 8) + full[-4:]
    page.on_reveal_clicked()
    qtbot.waitUntil(lambda: bool(answers), timeout=5000)
    assert "没有权限" in answers[-1][2] and page.owners_table.item(0, 3).text() != full
    window.desk.set_actor(Actor("李主管", frozenset({Role.SUPERVISOR.value})))
    page.on_reveal_clicked()
    qtbot.waitUntil(lambda: page.owners_table.item(0, 3).text() == full, timeout=5000)
    assert audit_trail.entries_for_unit(read_db(), unit.id)[0].action == "view_personal"
    assert audit_trail.entries_for_unit(read_db(), unit.id)[0].author == "李主管"


def test_a_clerk_edits_an_owner_without_seeing_the_full_id(qtbot: Any, window: MainWindow,
                                                           read_db: Callable[[], Database]) -> None:  # fmt: skip
    from propdesk.core.author import Actor
    from propdesk.core.permissions import Role

    unit = next(u for u in units.list_units(read_db(), units.UnitFilter(), 0, 60).rows if u.owner_names)
    owner = units.unit_record(read_db(), unit.id).owners[0].person
    window.desk.set_actor(Actor("王小丽", frozenset({Role.CLERK.value})))
    dialog = PersonDialog(window.desk, "edit", person=owner, parent=window)
    qtbot.addWidget(dialog)
    assert "*" in dialog.id_number_edit.text() and owner.id_number not in dialog.id_number_edit.text()
    dialog.mobile_edit.setText("13911112222")
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        dialog.on_save_clicked()
    saved = units.unit_record(read_db(), unit.id).owners[0].person
    assert saved.id_number == owner.id_number and saved.mobile == "13911112222"


def test_cash_desk_settings_dialog_saves_and_keeps_input_on_error(qtbot: Any, window: MainWindow) -> None:
    from propdesk.core.billing import CashDeskSettings
    from propdesk.services import cash_desk_settings

    from propdesk.qt.dialogs.cash_desk_dialog import CashDeskDialog

    dialog = CashDeskDialog(window.desk, CashDeskSettings(), window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.prefix_edit.setText("收费处")
    dialog.on_save_clicked()
    qtbot.waitUntil(lambda: not dialog.error_label.isHidden(), timeout=5000)
    assert "前缀" in dialog.error_label.text() and dialog.prefix_edit.text() == "收费处"
    dialog.prefix_edit.setText("yg")
    dialog.paper_box.setCurrentIndex(dialog.paper_box.findData("A5"))
    assert not dialog.permille_edit.isEnabled()
    dialog.late_check.setChecked(True)
    dialog.permille_edit.setText("9")
    dialog.on_save_clicked()
    qtbot.waitUntil(lambda: not dialog.error_label.isHidden(), timeout=5000)
    assert "滞纳金比例" in dialog.error_label.text() and dialog.prefix_edit.text() == "yg"
    dialog.permille_edit.setText("0.3")
    dialog.grace_spin.setValue(15)
    dialog.on_save_clicked()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    loaded: list[Any] = []
    window.desk.query(cash_desk_settings.load, loaded.append)
    qtbot.waitUntil(lambda: bool(loaded), timeout=5000)
    assert loaded[0].receipt_prefix == "YG" and loaded[0].receipt_paper == "A5"
    assert (
        loaded[0].late_fee_enabled and str(loaded[0].late_fee_permille) == "0.3" and loaded[0].late_fee_grace_days == 15
    )


def test_bill_run_dialog_generates_once_and_refuses_a_bad_month(
    qtbot: Any, window: MainWindow, read_db: Callable[[], Database], answers: list[Any]
) -> None:
    from propdesk.qt.dialogs.bill_run_dialog import BillRunDialog

    before = read_db().scalar("SELECT count(*) FROM bills")
    dialog = BillRunDialog(window.desk, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.from_edit.setText("2026-13")
    dialog.on_save_clicked()
    assert "2026-13" in dialog.error_label.text() and dialog.from_edit.text() == "2026-13"
    dialog.from_edit.setText("2030-01")
    dialog.to_edit.setText("2030-02")
    dialog.on_save_clicked()
    qtbot.waitUntil(lambda: any(title == "账单已生成" for _, title, _ in answers), timeout=10_000)
    wait_idle(qtbot, window)
    created = read_db().scalar("SELECT count(*) FROM bills") - before
    assert created > 0 and f"新生成账单 {created} 条" in answers[-1][2]
    again = BillRunDialog(window.desk, window)
    qtbot.addWidget(again)
    again.from_edit.setText("2030-01")
    again.to_edit.setText("2030-02")
    again.on_save_clicked()
    qtbot.waitUntil(lambda: "新生成账单 0 条" in answers[-1][2], timeout=10_000)
    assert f"已有 {created} 条" in answers[-1][2]


def test_fee_items_dialog_adds_an_item_and_changes_a_price(
    qtbot: Any, window: MainWindow, read_db: Callable[[], Database]
) -> None:
    from propdesk.services import fees

    from propdesk.qt.dialogs.fee_items_dialog import FeeItemDialog, FeeItemsDialog, PriceDialog

    listing = FeeItemsDialog(window.desk, window)
    qtbot.addWidget(listing)
    qtbot.waitUntil(lambda: listing.table.rowCount() == len(fees.list_fee_items(read_db())) > 0, timeout=5000)
    add = FeeItemDialog(window.desk, window)
    qtbot.addWidget(add)
    add.show()
    add.name_edit.setText("停车管理费")
    add.kind_box.setCurrentText("每户每月")
    add.price_edit.setText("1.234567")
    add.on_save_clicked()
    assert "单价" in add.error_label.text() and add.name_edit.text() == "停车管理费"  # kept as typed
    add.price_edit.setText("150")
    add.on_save_clicked()
    qtbot.waitUntil(lambda: any(i.name == "停车管理费" for i in fees.list_fee_items(read_db())), timeout=5000)
    item = next(i for i in fees.list_fee_items(read_db()) if i.name == "停车管理费")
    assert item.unit_label == "元/户·月" and str(item.rates[-1].unit_price) == "150"
    price = PriceDialog(window.desk, item, window)
    qtbot.addWidget(price)
    price.price_edit.setText("180")
    price.from_edit.setText("2031-01")
    price.on_save_clicked()
    qtbot.waitUntil(lambda: len(next(i for i in fees.list_fee_items(read_db()) if i.name == "停车管理费").rates) == 2,
                    timeout=5000)  # fmt: skip
    listing.reload()
    qtbot.waitUntil(lambda: listing.table.rowCount() == len(fees.list_fee_items(read_db())), timeout=5000)
