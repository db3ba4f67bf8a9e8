"""The 报表 area makes the month's workbook in the background and says where it went."""

from collections.abc import Callable
from pathlib import Path
from typing import Any

from propdesk.store.connection import Database

from propdesk.qt.main_window import MainWindow


def test_the_monthly_workbook_from_the_reports_area(qtbot: Any, window: MainWindow, tmp_path: Path,
                                                    read_db: Callable[[], Database]) -> None:  # fmt: skip
    import openpyxl

    window.show_page("reports")
    view = window.page("reports")
    month = view.month()
    path = tmp_path / "月度报表.xlsx"
    view.make_monthly(month, path)
    qtbot.waitUntil(lambda: "已生成" in view.result_label.text(), timeout=30_000)
    assert view.monthly_button.isEnabled() and str(path) in view.result_label.text()
    book = openpyxl.load_workbook(path, read_only=True)
    assert book.sheetnames[0] == "收费汇总" and len(book.sheetnames) == 12
    assert month in str(next(book["收费汇总"].iter_rows(max_row=1, values_only=True))[0])


def test_the_unit_archive_from_the_unit_page_and_a_building_batch(qtbot: Any, window: MainWindow, tmp_path: Path,
                                                                  previews: list[str],
                                                                  read_db: Callable[[], Database]) -> None:  # fmt: skip
    import pypdf

    db = read_db()
    unit_id, code = db.execute("SELECT id, code FROM units ORDER BY sort_key LIMIT 1").fetchone()
    building = str(db.scalar("SELECT b.code FROM buildings b JOIN units u ON u.building_id = b.id WHERE u.id = ?",
                             (unit_id,)))  # fmt: skip
    in_building = int(db.scalar("SELECT count(*) FROM units u JOIN buildings b ON b.id = u.building_id"
                                " WHERE b.code = ?", (building,)))  # fmt: skip
    window.open_unit(unit_id)
    page = window.unit_page
    qtbot.waitUntil(lambda: page.record is not None and page.record.unit.id == unit_id, timeout=10_000)
    page.archive_button.click()
    qtbot.waitUntil(lambda: bool(previews), timeout=30_000)
    assert previews[-1] == f"房屋档案（一户一档） {code}"
    window.show_page("reports")
    view = window.page("reports")
    view.make_archives(building, tmp_path)
    qtbot.waitUntil(lambda: "已生成" in view.archive_label.text(), timeout=60_000)
    files = sorted(tmp_path.glob("*房屋档案.pdf"))
    assert len(files) == in_building and not list(tmp_path.glob(".*partial"))
    assert pypdf.PdfReader(files[0]).outline[0].title == "封面与目录"


def test_the_supervisors_desk_shows_the_months_targets(qtbot: Any, window: MainWindow, read_db: Callable[[], Database],
                                                       monkeypatch: Any) -> None:  # fmt: skip
    from propdesk.core.author import Actor
    from propdesk.services import supervisor_desk

    window.show_page("supervisor")
    view = window.page("supervisor").targets
    qtbot.waitUntil(lambda: view.table.rowCount() > 10, timeout=10_000)
    figures = supervisor_desk.desk(read_db(), view.month())
    assert [view.table.item(r, 0).text() for r in range(view.table.rowCount())] == [f.target.name for f in figures]
    assert [view.table.item(r, 4).text() for r in range(view.table.rowCount())] == [f.light.value for f in figures]
    view.table.setCurrentCell(0, 0)  # 报修回访率: its trend, and the records behind it
    qtbot.waitUntil(lambda: len(view.trend_chart.bars) == 12, timeout=10_000)
    assert view.trend_chart.bars[-1][0] == view.month()
    view.open_records()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.page("service"), timeout=10_000)
    assert window.page("service").repairs.view_box.currentText() == "待回访"
    from propdesk.qt.dialogs.goals_dialog import GoalsDialog

    def goals(dialog: GoalsDialog) -> int:
        dialog.spins["collection_rate"].setValue(80.0)
        dialog.on_save_clicked()
        qtbot.waitUntil(lambda: dialog.result_value is not None or not dialog.error_label.isHidden(), timeout=10_000)
        return 1

    monkeypatch.setattr(GoalsDialog, "exec", goals)
    window.show_page("supervisor")
    view.goals_button.click()
    qtbot.waitUntil(lambda: any(f.target.key == "collection_rate" and f.target.goal == 0.8 for f in view.figures),
                    timeout=10_000)  # fmt: skip
    window.desk.set_actor(Actor("王小丽", frozenset({"前台客服"})))
    keys = [window.nav_list.item(r).data(256) for r in range(window.nav_list.count())]
    assert window.nav_list.item(keys.index("supervisor")).isHidden()
