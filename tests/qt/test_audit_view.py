from pathlib import Path
from typing import Any

import openpyxl

from propdesk.qt.main_window import MainWindow


def test_change_log_screen_filters_and_exports(qtbot: Any, tmp_path: Path, window: MainWindow,
                                               answers: list[Any]) -> None:  # fmt: skip
    window.show_page("audit")
    view = window.page("audit")
    qtbot.waitUntil(lambda: view.model.rowCount() > 0)
    total = view.total
    qtbot.waitUntil(lambda: view.author_combo.count() > 2)
    with qtbot.waitSignal(view.loaded):
        view.author_combo.setCurrentIndex(view.author_combo.findData("王小丽"))
    assert 0 < view.total < total
    assert {view.model.row_object(r).author for r in range(view.model.rowCount())} == {"王小丽"}
    with qtbot.waitSignal(view.loaded):
        view.from_edit.setText("2099-01-01")
        view.reload_timer.timeout.emit()
    assert view.total == 0
    with qtbot.waitSignal(view.loaded):
        view.from_edit.setText("不是日期")
        view.reload_timer.timeout.emit()
    assert view.total > 0 and "d93025" in view.from_edit.styleSheet()  # a bad date is ignored and marked
    out = tmp_path / "log.xlsx"
    view.export_to(out)
    qtbot.waitUntil(lambda: any(a[1] == "导出完成" for a in answers), timeout=5000)
    sheet = openpyxl.load_workbook(out).active
    assert sheet["A1"].value == "操作日志" and [c.value for c in sheet[2]] == ["时间", "经办人", "对象", "操作", "改动"]
    assert sheet.max_row - 2 == view.total
    assert {sheet.cell(row=r, column=2).value for r in range(3, sheet.max_row + 1)} == {"王小丽"}


def test_every_recorded_entity_has_a_name_on_screen() -> None:
    import re

    from propdesk.qt.entity_names import ENTITY_NAMES

    root = Path(__file__).resolve().parents[2] / "propdesk"
    pattern = re.compile(r'audit\.record\(\s*db,\s*[^,]+,\s*"[a-z_]+",\s*"([a-z_]+)"')
    recorded = {m for path in root.rglob("*.py") for m in pattern.findall(path.read_text(encoding="utf-8"))}
    assert len(recorded) > 20 and recorded - set(ENTITY_NAMES) == set()
