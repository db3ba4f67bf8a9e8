"""The supervisor's desk beyond the targets, through the window on the demo: a spot check recorded and its
follow-up closed by the clerk, the plan's targets typed and approved, a conduct check, and a community
activity planned, signed up for and printed."""

import datetime as dt
import os
from collections.abc import Callable
from typing import Any

from propdesk.core.author import Actor
from propdesk.store.connection import Database
from tests.qt.conftest import wait_idle

from propdesk.qt.main_window import MainWindow

SHOTS = os.environ.get("PROPDESK_SHOTS")  # a folder: the screens are saved there to be looked at


def _shot(widget: Any, name: str) -> None:
    if SHOTS:
        widget.window().grab().save(os.path.join(SHOTS, f"{name}.png"))


def test_a_spot_check_becomes_a_follow_up_the_clerk_closes(qtbot: Any, window: MainWindow, monkeypatch: Any,
                                                           read_db: Callable[[], Database]) -> None:  # fmt: skip
    from propdesk.qt.dialogs.spot_check_dialog import SpotCheckDialog

    window.show_page("supervisor")
    desk = window.page("supervisor")
    desk.tabs.setCurrentWidget(desk.spot_checks)
    page = desk.spot_checks
    qtbot.waitUntil(lambda: page.sample is not None, timeout=10_000)
    db = read_db()
    sampled = db.execute("SELECT count(*) FROM spot_check_items i JOIN spot_checks s ON s.id = i.spot_check_id"
                         " WHERE s.month = ?", (page.month(),)).fetchone()[0]  # fmt: skip
    assert page.table.rowCount() == sampled > 0 and not page.draw_button.isEnabled()
    _shot(page, "supervisor-spot-checks")
    row = next(r for r, item in enumerate(page.sample.items) if not item.checked)
    page.table.setCurrentCell(row, 0)

    def check(dialog: SpotCheckDialog) -> int:
        dialog.result_box.setCurrentText("不合格")
        dialog.on_save_clicked()  # refused: no problem written, no one to follow it up; nothing typed is lost
        qtbot.waitUntil(lambda: not dialog.error_label.isHidden(), timeout=10_000)
        assert "请写明发现的问题" in dialog.error_label.text()
        dialog.problem_edit.setText("保修单未归档")
        dialog.assignee_box.setCurrentText("王小丽")
        dialog.on_save_clicked()
        qtbot.waitUntil(lambda: dialog.result_value is not None, timeout=10_000)
        return 1

    monkeypatch.setattr(SpotCheckDialog, "exec", check)
    page.check_button.click()
    item_id = page.sample.items[row].id
    qtbot.waitUntil(lambda: any(i.id == item_id and i.checked for i in page.sample.items), timeout=10_000)
    follow_up = db.execute("SELECT f.id, f.assignee, f.state FROM follow_ups f JOIN spot_check_items i"
                           " ON i.follow_up_id = f.id WHERE i.id = ?", (item_id,)).fetchone()  # fmt: skip
    assert follow_up[1:] == ("王小丽", "待处理")
    window.desk.set_actor(Actor("王小丽", frozenset({"前台客服"})))
    window.show_page("today")  # the clerk's morning: the follow-up is on the today view, a link to the list
    window.today_view.refresh()
    qtbot.waitUntil(lambda: "跟进事项" in window.today_view.visits_label.text(), timeout=10_000)
    window.today_view.visits_label.linkActivated.emit("跟进")
    service = window.page("service")
    assert service.tabs.currentWidget() is service.follow_ups
    follow_ups = service.follow_ups
    qtbot.waitUntil(lambda: any(f.id == follow_up[0] for f in follow_ups.items), timeout=10_000)
    follow_ups.table.setCurrentCell(next(r for r, f in enumerate(follow_ups.items) if f.id == follow_up[0]), 0)
    monkeypatch.setattr("propdesk.qt.prompts.responder", lambda kind, title, text: "已补存保修单")
    follow_ups.done_button.click()
    wait_idle(qtbot, window)
    assert db.execute("SELECT state, done_by, done_note FROM follow_ups WHERE id = ?",
                      (follow_up[0],)).fetchone() == ("已完成", "王小丽", "已补存保修单")  # fmt: skip


def test_the_plan_is_typed_saved_and_approved(qtbot: Any, window: MainWindow, read_db: Callable[[], Database],
                                              answers: list[tuple[str, str, str]]) -> None:  # fmt: skip
    window.show_page("supervisor")
    desk = window.page("supervisor")
    desk.tabs.setCurrentWidget(desk.plan)
    page = desk.plan
    qtbot.waitUntil(lambda: page.plan is not None and page.plan.month == page.month(), timeout=10_000)
    assert page.plan.state == "草稿" and page.approve_button.isEnabled()  # the demo's draft for this month
    _shot(page, "supervisor-plan")
    page.table.item(0, 1).setText("abc")
    page.save_button.click()
    assert answers[-1][0] == "warning" and "不是有效的数字" in answers[-1][2]
    page.table.item(0, 1).setText("12,345.60")
    page.save_button.click()
    qtbot.waitUntil(lambda: page.plan.collection[0].target_fen == 1234560, timeout=10_000)
    page.approve_button.click()
    qtbot.waitUntil(lambda: page.plan.state == "已批准", timeout=10_000)
    db = read_db()
    assert db.execute("SELECT state, approved_by FROM month_plans WHERE month = ?",
                      (page.month(),)).fetchone() == ("已批准", "测试员")  # fmt: skip
    assert not page.save_button.isEnabled()


def test_a_conduct_check_and_the_register_is_for_supervisors(qtbot: Any, window: MainWindow, monkeypatch: Any,
                                                             read_db: Callable[[], Database]) -> None:  # fmt: skip
    from propdesk.qt.dialogs.staff_dialog import StaffObservationDialog

    window.show_page("supervisor")
    desk = window.page("supervisor")
    desk.tabs.setCurrentWidget(desk.staff)
    page = desk.staff
    qtbot.waitUntil(lambda: page.observations.rowCount() > 0, timeout=10_000)
    _shot(page, "supervisor-staff")
    before = page.observations.rowCount()

    def record(dialog: StaffObservationDialog) -> int:
        dialog.staff_box.setCurrentText("王小丽")
        dialog.standard_box.setCurrentText("起身服务")
        dialog.result_box.setCurrentIndex(1)
        dialog.on_save_clicked()
        qtbot.waitUntil(lambda: not dialog.error_label.isHidden(), timeout=10_000)
        dialog.note_edit.setText("业主到前台时未起身")
        dialog.on_save_clicked()
        qtbot.waitUntil(lambda: dialog.result_value is not None, timeout=10_000)
        return 1

    monkeypatch.setattr(StaffObservationDialog, "exec", record)
    page.record_button.click()
    qtbot.waitUntil(lambda: page.observations.rowCount() == before + 1, timeout=10_000)
    assert (
        read_db().execute("SELECT count(*) FROM staff_observations WHERE note = '业主到前台时未起身'").fetchone()[0]
        == 1
    )


def test_an_activity_planned_signed_up_and_printed(qtbot: Any, window: MainWindow, monkeypatch: Any, previews: list[str],
                                                   read_db: Callable[[], Database]) -> None:  # fmt: skip
    from propdesk.qt.dialogs.activity_dialogs import ActivityDialog, SignupDialog

    window.show_page("service")
    service = window.page("service")
    service.tabs.setCurrentWidget(service.activities)
    page = service.activities
    qtbot.waitUntil(lambda: len(page.activities) == 5 and page.activity is not None, timeout=10_000)
    _shot(page, "service-activities")

    def plan(dialog: ActivityDialog) -> int:
        dialog.title_edit.setText("元旦游园会")
        dialog.place_edit.setText("小区中心广场")
        dialog.budget_edit.setText("600")
        dialog.capacity_spin.setValue(2)
        _shot(dialog, "activity-dialog")
        dialog.on_save_clicked()
        qtbot.waitUntil(lambda: dialog.result_value is not None, timeout=10_000)
        return 1

    monkeypatch.setattr(ActivityDialog, "exec", plan)
    page.new_button.click()
    qtbot.waitUntil(lambda: page.activity is not None and page.activity.title == "元旦游园会", timeout=10_000)
    wait_idle(qtbot, window)
    code = read_db().execute("SELECT code FROM units ORDER BY sort_key LIMIT 1").fetchone()[0]

    def sign_up(dialog: SignupDialog) -> int:
        dialog.unit_edit.setText(code)
        dialog.names_edit.setText("张三一家")
        dialog.people_spin.setValue(3)
        dialog.on_save_clicked()  # three people, two places: refused, the form kept
        qtbot.waitUntil(lambda: not dialog.error_label.isHidden(), timeout=10_000)
        assert "只剩 2 人" in dialog.error_label.text() and dialog.names_edit.text() == "张三一家"
        dialog.people_spin.setValue(2)
        dialog.on_save_clicked()
        qtbot.waitUntil(lambda: dialog.result_value is not None, timeout=10_000)
        return 1

    monkeypatch.setattr(SignupDialog, "exec", sign_up)
    page.signup_button.click()
    qtbot.waitUntil(lambda: page.signups.rowCount() == 1, timeout=10_000)
    assert page.signups.item(0, 0).text() == code
    page.poster_button.click()
    qtbot.waitUntil(lambda: bool(previews), timeout=10_000)
    assert previews[-1] == "社区活动通知 元旦游园会"
    page.sheet_button.click()
    qtbot.waitUntil(lambda: len(previews) == 2, timeout=10_000)
    assert previews[-1] == "社区活动报名签到表 元旦游园会"
    assert dt.date.today().isoformat() <= page.activity.starts_at[:10]
