from collections.abc import Callable
from typing import Any

from propdesk.services import search, units
from propdesk.store.connection import Database
from tests.qt.conftest import wait_idle

from PySide6.QtCore import Qt

from propdesk.qt.main_window import MainWindow


def test_today_view_is_filled_on_start(window: MainWindow) -> None:
    summary = window.today_view.summary
    assert summary is not None and summary.counts["units"] == 60
    assert "阳光花园" in window.windowTitle()
    assert window.today_view.recent_table.rowCount() > 0


def test_units_list_pages_sorts_and_filters_in_sql(qtbot: Any, window: MainWindow) -> None:
    window.show_page("units")
    view = window.units_view
    qtbot.waitUntil(lambda: view.model.rowCount() == 60)
    assert view.model.row_object(0).code == "1-1-101"
    with qtbot.waitSignal(view.loaded):
        view.on_header_section_clicked(2)  # area, ascending
    areas = [view.model.row_object(r).area_centi_m2 for r in range(view.model.rowCount())]
    assert areas == sorted(areas)
    with qtbot.waitSignal(view.loaded):
        view.state_combo.setCurrentIndex(view.state_combo.findData("出租"))
    assert all(view.model.row_object(r).state == "出租" for r in range(view.model.rowCount()))
    assert view.total == view.model.rowCount()


def test_search_box_opens_the_unit_with_enter(qtbot: Any, window: MainWindow, read_db: Callable[[], Database]) -> None:
    target = units.list_units(read_db(), units.UnitFilter(), 0, 60).rows[7]
    with qtbot.waitSignal(window.search_box.results_shown, timeout=5000):
        qtbot.keyClicks(window.search_box, target.code)
    assert window.search_box.hits[0].code == target.code
    qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.unit_page.record is not None and window.unit_page.record.unit.id == target.id)
    assert window.stack.currentWidget() is window.unit_page
    assert target.code in window.unit_page.title_label.text()


def test_typing_then_enter_at_once_opens_the_first_hit(
    qtbot: Any, window: MainWindow, read_db: Callable[[], Database]
) -> None:
    owner = next(u for u in units.list_units(read_db(), units.UnitFilter(), 0, 60).rows if u.owner_names)
    name = owner.owner_names.split("、")[0]
    expected = search.search_units(read_db(), name)[0]
    window.search_box.setFocus()
    window.search_box.setText(name)
    window.search_box.textEdited.emit(name)
    qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.unit_page.record is not None)
    assert window.unit_page.record.unit.id == expected.unit_id


def test_keyboard_shortcuts_switch_areas(qtbot: Any, window: MainWindow) -> None:
    window.actions_by_name["go_units"].trigger()
    assert window.stack.currentWidget() is window.units_view
    window.actions_by_name["go_owners"].trigger()
    assert window.stack.currentWidget() is window.owners_view
    qtbot.waitUntil(lambda: window.owners_view.model.rowCount() > 0)
    assert window.actions_by_name["focus_search"].shortcut().toString() == "Ctrl+F"


def test_print_household_card_is_kept(
    qtbot: Any, window: MainWindow, read_db: Callable[[], Database], monkeypatch: Any
) -> None:
    from propdesk.qt.dialogs import pdf_preview

    shown: list[str] = []
    monkeypatch.setattr(pdf_preview.PdfPreviewDialog, "exec", lambda self: shown.append(self.windowTitle()) or 0)
    window.print_document("household-card", "1-1-101")
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    assert "1-1-101" in shown[0]
    unit_id = units.list_units(read_db(), units.UnitFilter(), 0, 1).rows[0].id
    wait_idle(qtbot, window)
    assert len(units.unit_record(read_db(), unit_id).printed) == 1


def test_list_exports_keep_filter_order_and_masking(
    qtbot: Any, tmp_path: Any, window: MainWindow, answers: list[Any]
) -> None:
    import openpyxl

    from propdesk.reports.ledger_xlsx import read_ledger

    window.show_page("units")
    view = window.units_view
    qtbot.waitUntil(lambda: view.model.rowCount() > 0)
    with qtbot.waitSignal(view.loaded):
        view.state_combo.setCurrentIndex(view.state_combo.findData("已入住"))
    shown = [view.model.row_object(r).code for r in range(view.model.rowCount())]
    ledger = tmp_path / "units.xlsx"
    view.export_to(ledger)
    qtbot.waitUntil(lambda: bool(answers) and answers[-1][1] == "导出完成", timeout=5000)
    rows, _ = read_ledger(ledger)
    assert [f"{r.building}-{r.entrance}-{r.room}" for r in rows] == shown
    assert {r.state for r in rows} == {"已入住"}

    window.show_page("owners")
    owners_view = window.owners_view
    qtbot.waitUntil(lambda: owners_view.model.rowCount() > 0)
    out = tmp_path / "owners.xlsx"
    answers.clear()
    owners_view.export_to(out)
    qtbot.waitUntil(lambda: bool(answers) and answers[-1][1] == "导出完成", timeout=5000)
    sheet = openpyxl.load_workbook(out).active
    assert sheet["A1"].value == "业主名单" and [c.value for c in sheet[2]][:3] == ["姓名", "证件类型", "证件号码"]
    assert sheet.max_row - 2 == owners_view.total
    assert "**********" in sheet["C3"].value  # masked as on screen
    assert [sheet.cell(row=r, column=1).value for r in range(3, 8)] == [
        owners_view.model.row_object(r).name for r in range(5)
    ]


def test_back_from_a_unit_keeps_the_list_page(qtbot: Any, window: MainWindow) -> None:
    window.show_page("units")
    view = window.units_view
    qtbot.waitUntil(lambda: view.model.rowCount() > 0)
    with qtbot.waitSignal(view.loaded):
        view.state_combo.setCurrentIndex(view.state_combo.findData("已入住"))
    first = view.model.row_object(0)
    view.on_table_activated(view.model.index(0, 0))
    qtbot.waitUntil(lambda: window.unit_page.record is not None and window.unit_page.record.unit.id == first.id)
    window.actions_by_name["go_back"].trigger()
    assert window.stack.currentWidget() is view
    qtbot.waitUntil(lambda: view.model.rowCount() > 0)
    assert view.state_combo.currentData() == "已入住" and view.model.row_object(0).id == first.id
    assert window.actions_by_name["go_back"].shortcut().toString() == "Alt+Left"


def test_f1_opens_the_user_guide_and_an_admin_tidies_the_file(qtbot: Any, window: MainWindow,
                                                              answers: list[tuple[str, str, str]]) -> None:  # fmt: skip
    import os

    from propdesk.core.author import Actor

    from propdesk.qt.dialogs.guide_dialog import GuideDialog

    assert window.actions_by_name["user_guide"].shortcut().toString() == "F1"
    window.actions_by_name["user_guide"].trigger()
    guide = next(w for w in window.findChildren(GuideDialog))
    text = guide.browser.toPlainText()
    assert "使用指南" in text and "日结" in text and "Ctrl+R" in text
    if os.environ.get("PROPDESK_SHOTS"):
        guide.grab().save(os.path.join(os.environ["PROPDESK_SHOTS"], "guide.png"))
    guide.close()
    window.desk.set_actor(Actor("王小丽", frozenset({"前台客服"})))
    assert not window.actions_by_name["optimize_database"].isVisible()
    window.desk.set_actor(Actor("管理员"))
    assert window.actions_by_name["optimize_database"].isVisible()
    window.actions_by_name["optimize_database"].trigger()
    qtbot.waitUntil(lambda: any("整理完成" in text for _kind, _title, text in answers), timeout=30_000)
    assert any(kind == "confirm" and "MB" in text for kind, _title, text in answers)
