from collections.abc import Callable
from pathlib import Path
from typing import Any

from propdesk.services import backups, units
from propdesk.store.connection import Database
from tests.qt.conftest import wait_idle

from propdesk.qt.main_window import MainWindow


def test_status_bar_shows_backup_age_and_turns_red(qtbot: Any, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.backups.status is not None, timeout=5000)
    assert window.backup_label.text() == "上次备份：尚未备份"
    assert "d93025" in window.backup_label.styleSheet()
    window.backups.on_timer_timeout()  # the daily backup is due: none was ever made
    qtbot.waitUntil(lambda: window.backups.status is not None and window.backups.status.last_good_at is not None,
                    timeout=10_000)  # fmt: skip
    assert "分钟前" in window.backup_label.text() and window.backup_label.styleSheet() == ""
    assert Path(window.backups.status.last_good_path).parent == window.backups.status.folder
    window.backups.on_timer_timeout()  # made today already: nothing more
    wait_idle(qtbot, window)
    assert len(backups.list_backups(window.backups.status.folder)) == 1


def test_backup_now_to_a_usb_folder(qtbot: Any, tmp_path: Path, window: MainWindow, answers: list[Any],
                                    monkeypatch: Any) -> None:  # fmt: skip
    from PySide6.QtWidgets import QFileDialog

    usb = tmp_path / "U盘"
    usb.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *args: str(usb)))
    window.actions_by_name["backup_now"].trigger()
    qtbot.waitUntil(lambda: any(a[1] == "备份完成" for a in answers), timeout=10_000)
    [copy] = backups.list_backups(usb)
    assert str(copy.path) in answers[-1][2]


def test_restore_through_the_window_brings_data_back(
    qtbot: Any, tmp_path: Path, window: MainWindow, read_db: Callable[[], Database], answers: list[Any]
) -> None:
    from propdesk.qt.dialogs.unit_dialog import UnitDialog

    saved = tmp_path / "saved"
    window.desk.query(lambda db: backups.make_backup(db, window.desk.actor, saved), lambda _r: None)
    wait_idle(qtbot, window)
    [copy] = backups.list_backups(saved)
    unit = units.list_units(read_db(), units.UnitFilter(), 0, 1).rows[0]
    dialog = UnitDialog(window.desk, unit, window)
    qtbot.addWidget(dialog)
    dialog.note_edit.setText("误操作")
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        dialog.on_save_clicked()
    window.backups.restore(copy.path)
    qtbot.waitUntil(lambda: any(a[1] == "已恢复" for a in answers), timeout=10_000)
    assert units.get_unit(read_db(), unit.id).note == ""
    assert any(a[0] == "confirm" and "安全副本" in a[2] for a in answers)


def test_a_file_too_damaged_to_open_is_replaced_by_the_newest_good_backup(
    qtbot: Any, demo_file: Path, answers: list[Any]
) -> None:
    from propdesk.core.author import Actor
    from propdesk.store.connection import open_database

    from propdesk.qt.app import ensure_application, open_desk

    with open_database(demo_file) as db:
        backups.make_backup(db, Actor("测试员"))  # into the automatic folder
        expected = units.list_units(db, units.UnitFilter(), 0, 1).total
    demo_file.write_bytes(b"\x00" * 4096 * 4)  # the power went at the worst moment
    ensure_application()
    window, worker = open_desk(demo_file, Actor("测试员"))
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.ready, timeout=15_000):
        window.start()
    assert any(kind == "confirm" and "最新的完好备份" in text for kind, _, text in answers)
    assert window.today_view.summary is not None and window.today_view.summary.counts["units"] == expected
    assert list(demo_file.parent.glob("desk.sqlite3.damaged-*"))
    worker.shutdown()


def test_closing_the_desk_makes_a_backup(qtbot: Any, demo_file: Path) -> None:
    from propdesk.core.author import Actor
    from propdesk.store.connection import open_database

    from propdesk.qt.app import _backup_on_exit

    with open_database(demo_file) as db:
        _backup_on_exit(Actor("测试员"))(db)
        status = backups.status(db)
    assert status.last_good_at is not None and Path(status.last_good_path).exists()


def test_the_automatic_backup_folder_is_a_setting(qtbot: Any, tmp_path: Path, window: MainWindow,
                                                  monkeypatch: Any) -> None:  # fmt: skip
    from PySide6.QtWidgets import QFileDialog

    chosen = tmp_path / "D盘备份"
    chosen.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *args: str(chosen)))
    window.actions_by_name["backup_folder"].trigger()
    qtbot.waitUntil(lambda: window.backups.status is not None and window.backups.status.folder == chosen,
                    timeout=5000)  # fmt: skip
    window.backups.on_timer_timeout()
    qtbot.waitUntil(lambda: len(backups.list_backups(chosen)) == 1, timeout=10_000)


def test_the_admin_moves_the_data_to_another_drive(qtbot: Any, tmp_path: Path, demo_template: Path,
                                                   answers: list[Any]) -> None:  # fmt: skip
    """设置 → 数据位置: the file moves, the window closes, and the next start opens it in the new place."""
    import shutil

    from propdesk.core.author import Actor
    from propdesk.core.paths import data_dir, default_db_path
    from propdesk.store.connection import open_database

    from propdesk.qt.app import ensure_application, open_desk

    default_db_path().parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(demo_template, default_db_path())
    ensure_application()
    main, worker = open_desk(default_db_path(), Actor("管理员"))
    qtbot.addWidget(main)
    with qtbot.waitSignal(main.ready, timeout=10_000):
        main.show()
        main.start()
    assert main.actions_by_name["data_location"].isVisible()
    target = tmp_path / "D盘" / "propdesk"
    main.move_data(target)
    qtbot.waitUntil(lambda: getattr(main, "data_moved", False), timeout=30_000)
    worker.shutdown()
    assert data_dir() == target and default_db_path().exists()
    assert any("数据已移到" in text for _kind, _title, text in answers)
    with open_database(default_db_path()) as db:
        assert int(db.scalar("SELECT count(*) FROM units")) == 60
