"""The service desk through the window: a call from the phone number to the callback, the today view's
figures opening the list behind them, the unit's 报修 tab, and the technicians."""

from collections.abc import Callable
from pathlib import Path
from typing import Any

from propdesk.core.permissions import Permission
from propdesk.core.work_orders import Action
from propdesk.services import payments, repair_settings, units, work_orders
from propdesk.store.connection import Database
from tests.qt.conftest import wait_idle

from propdesk.qt.main_window import MainWindow


def _save(qtbot: Any, dialog: Any) -> None:
    dialog.on_save_clicked()
    qtbot.waitUntil(lambda: dialog.result_value is not None or not dialog.error_label.isHidden(), timeout=10_000)


def _owner_with_phone(db: Database) -> tuple[int, str, str]:
    for row in units.list_units(db, units.UnitFilter(state="已入住"), 0, 200).rows:
        owners = units.unit_record(db, row.id).owners
        if owners and owners[0].person.mobile:
            return row.id, owners[0].person.name, owners[0].person.mobile
    raise AssertionError("the demo has owners with phones")


def test_a_call_from_the_phone_number_to_the_callback(qtbot: Any, window: MainWindow, previews: list[str],
                                                       read_db: Callable[[], Database], answers: list[Any],
                                                       monkeypatch: Any) -> None:  # fmt: skip
    from propdesk.qt.dialogs.repair_dialog import RepairDialog
    from propdesk.qt.dialogs.work_order_dialogs import DispatchDialog, WorkCompletionDialog, WorkOrderCallbackDialog

    unit_id, owner, mobile = _owner_with_phone(read_db())
    window.show_page("service")
    view = window.page("service")

    def register(dialog: RepairDialog) -> int:
        dialog.lookup_edit.setText(mobile)
        qtbot.waitUntil(lambda: dialog.unit_box.count() > 0, timeout=10_000)
        assert dialog.unit_box.currentData() == unit_id and dialog.caller_edit.text() == owner
        assert dialog.phone_edit.text() == mobile
        dialog.warranty_box.setCurrentText("保修期外")
        _save(qtbot, dialog)
        assert "报修内容" in dialog.error_label.text() and dialog.phone_edit.text() == mobile  # nothing typed is lost
        dialog.error_label.hide()
        dialog.description_edit.setText("厨房水槽下水管漏水")
        dialog.location_box.setCurrentText("厨房")
        _save(qtbot, dialog)
        return 1

    monkeypatch.setattr(RepairDialog, "exec", register)
    window.actions_by_name["new_repair"].trigger()
    qtbot.waitUntil(lambda: bool(previews), timeout=10_000)
    assert previews[-1].startswith("维修派工单 WX")
    number = previews[-1].split()[-1]
    order = work_orders.by_number(read_db(), number)
    assert order.unit_id == unit_id and order.state == "待派工" and order.phone == mobile
    view.repairs.text_edit.setText(number)
    qtbot.waitUntil(
        lambda: view.repairs.panel.item is not None and view.repairs.panel.item.number == number, timeout=10_000
    )
    panel = view.repairs.panel
    assert panel.buttons[Action.DISPATCH].isEnabled() and not panel.buttons[Action.COMPLETE].isEnabled()

    def dispatch(dialog: DispatchDialog) -> int:
        assert dialog.technician_box.count() >= 3 and "水电" in dialog.technician_box.itemText(0)
        _save(qtbot, dialog)
        return 1

    monkeypatch.setattr(DispatchDialog, "exec", dispatch)
    panel.buttons[Action.DISPATCH].click()
    qtbot.waitUntil(lambda: panel.item is not None and panel.item.state == "已派工", timeout=10_000)
    panel.buttons[Action.ACCEPT].click()
    qtbot.waitUntil(lambda: panel.item is not None and panel.item.state == "已接单", timeout=10_000)
    panel.buttons[Action.ARRIVE].click()
    qtbot.waitUntil(lambda: panel.item is not None and panel.item.state == "处理中", timeout=10_000)

    def complete(dialog: WorkCompletionDialog) -> int:
        dialog.result_edit.setText("更换下水管接头")
        dialog.add_row()
        for column, text in enumerate(["PVC 接头", "DN50", "2", "6.50"]):
            dialog.table.item(0, column).setText(text)
        dialog.fee_edit.setText("50")
        assert dialog.total_label.text().startswith("¥63.00") and "账单" in dialog.total_label.text()
        _save(qtbot, dialog)
        return 1

    monkeypatch.setattr(WorkCompletionDialog, "exec", complete)
    panel.buttons[Action.COMPLETE].click()
    qtbot.waitUntil(lambda: panel.item is not None and panel.item.state == "待回访", timeout=10_000)
    billed = work_orders.by_number(read_db(), number)
    assert billed.total_fen == 6300 and billed.fee_bill_id in {b.id for b in payments.owed(read_db(), unit_id)}

    def call_back(dialog: WorkOrderCallbackDialog) -> int:
        dialog.satisfaction_box.setCurrentText("不满意")
        _save(qtbot, dialog)
        assert "意见" in dialog.error_label.text()
        dialog.error_label.hide()
        dialog.satisfaction_box.setCurrentText("满意")
        _save(qtbot, dialog)
        return 1

    monkeypatch.setattr(WorkOrderCallbackDialog, "exec", call_back)
    panel.buttons[Action.CALLBACK].click()
    qtbot.waitUntil(lambda: panel.item is not None and panel.item.state == "已关闭", timeout=10_000)
    wait_idle(qtbot, window)
    assert [e.action for e in work_orders.by_number(read_db(), number).events] == [
        "登记", "派工", "接单", "到场", "完工", "回访"]  # fmt: skip
    assert not any(b.isEnabled() for b in panel.buttons.values())


def test_the_today_figures_open_the_list_behind_them(qtbot: Any, window: MainWindow,
                                                      read_db: Callable[[], Database]) -> None:  # fmt: skip
    today = window.today_view
    qtbot.waitUntil(lambda: "报修" in today.repairs_label.text(), timeout=10_000)
    counts = work_orders.counts(read_db())
    assert f">{counts['overdue']}</a> 单逾期" in today.repairs_label.text()
    today.repairs_label.linkActivated.emit("逾期")
    view = window.page("service")
    assert window.stack.currentWidget() is view
    qtbot.waitUntil(
        lambda: view.repairs.list.total == counts["overdue"] and view.repairs.list.model.rowCount() > 0, timeout=10_000
    )
    assert view.repairs.view_box.currentText() == "逾期"


def test_the_unit_repairs_tab_and_a_technician_added(qtbot: Any, window: MainWindow, read_db: Callable[[], Database],
                                                     monkeypatch: Any) -> None:  # fmt: skip
    from propdesk.qt.dialogs.repair_settings_dialog import RepairSettingsDialog, TechnicianDialog

    db = read_db()
    unit_id = int(db.scalar("SELECT unit_id FROM work_orders WHERE unit_id IS NOT NULL GROUP BY unit_id"
                            " ORDER BY count(*) DESC LIMIT 1"))  # fmt: skip
    expected = [o.number for o in work_orders.of_unit(db, unit_id)]
    window.open_unit(unit_id)
    tab = window.unit_page.repairs_tab
    window.unit_page.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: [o.number for o in tab.rows] == expected and tab.panel.item is not None, timeout=10_000)
    assert tab.panel.item is not None and tab.panel.item.number == expected[0]

    def add(dialog: TechnicianDialog) -> int:
        dialog.name_edit.setText("钱师傅")
        dialog.trade_checks["电梯"].setChecked(True)
        dialog.phone_edit.setText("123")
        _save(qtbot, dialog)
        assert "电话" in dialog.error_label.text()
        dialog.error_label.hide()
        dialog.phone_edit.setText("13905711009")
        _save(qtbot, dialog)
        return 1

    def settings(dialog: RepairSettingsDialog) -> int:
        dialog.edit_technician(None)
        qtbot.waitUntil(lambda: "钱师傅" in [t.name for t in dialog.technicians], timeout=10_000)
        dialog.spins["紧急"].setValue(2)
        dialog.normal_resolve.setValue(5)
        dialog.ratio_spin.setValue(10)
        _save(qtbot, dialog)
        return 1

    monkeypatch.setattr(TechnicianDialog, "exec", add)
    monkeypatch.setattr(RepairSettingsDialog, "exec", settings)
    window.actions_by_name["repair_settings"].trigger()
    qtbot.waitUntil(lambda: repair_settings.deadline_hours(read_db())["紧急"] == 2, timeout=10_000)
    assert next(t for t in repair_settings.technicians(read_db()) if t.name == "钱师傅").trades == ("电梯",)
    from propdesk.services import complaints, visits

    assert complaints.limits(read_db())["一般"].resolve_working_days == 5 and visits.ratio_percent(read_db()) == 10


def test_a_complaint_from_registration_to_review(qtbot: Any, window: MainWindow, previews: list[str],
                                                 read_db: Callable[[], Database], monkeypatch: Any) -> None:  # fmt: skip
    from propdesk.core.author import Actor
    from propdesk.core.complaints import Step
    from propdesk.services import complaints

    from propdesk.qt import prompts
    from propdesk.qt.dialogs.service_dialogs import ComplaintCallbackDialog, ComplaintDialog

    unit_id, owner, mobile = _owner_with_phone(read_db())
    window.show_page("service")
    view = window.page("service")
    view.tabs.setCurrentWidget(view.complaints)

    def register(dialog: ComplaintDialog) -> int:
        dialog.lookup_edit.setText(mobile)
        qtbot.waitUntil(lambda: dialog.unit_box.currentData() == unit_id, timeout=10_000)
        assert dialog.complainant_edit.text() == owner and dialog.phone_edit.text() == mobile
        _save(qtbot, dialog)
        assert "投诉内容" in dialog.error_label.text()
        dialog.error_label.hide()
        dialog.description_edit.setText("楼上装修中午电钻噪声")
        dialog.demand_edit.setText("中午停止噪声施工")
        dialog.category_box.setCurrentText("装修扰民")
        dialog.risk_check.setChecked(True)
        _save(qtbot, dialog)
        return 1

    monkeypatch.setattr(ComplaintDialog, "exec", register)
    view.complaints.new_button.click()
    wait_idle(qtbot, window)
    [made] = complaints.page(read_db(), "群诉风险", text=mobile).rows
    page = view.complaints
    page.text_edit.setText(made.number)
    panel = view.complaint_panel
    qtbot.waitUntil(lambda: panel.item is not None and panel.item.number == made.number, timeout=10_000)
    assert "群诉风险" in panel.details.text() and not panel.buttons[Step.RESOLVE].isEnabled()
    notes = iter(["已致电安抚，约谈施工队", "施工队承诺中午停工", "处理及时"])
    monkeypatch.setattr(prompts, "responder", lambda kind, title, text: next(notes) if kind == "text" else True)
    panel.buttons[Step.RESPOND].click()
    qtbot.waitUntil(lambda: panel.item is not None and panel.item.state == "处理中", timeout=10_000)
    panel.buttons[Step.RESOLVE].click()
    qtbot.waitUntil(lambda: panel.item is not None and panel.item.state == "待回访", timeout=10_000)

    def call_back(dialog: ComplaintCallbackDialog) -> int:
        assert dialog.windowTitle() == f"投诉回访 — {made.number}"
        dialog.satisfaction_box.setCurrentText("满意")
        _save(qtbot, dialog)
        return 1

    monkeypatch.setattr(ComplaintCallbackDialog, "exec", call_back)
    panel.buttons[Step.CALLBACK].click()
    qtbot.waitUntil(lambda: panel.item is not None and panel.item.state == "已办结", timeout=10_000)
    assert not panel.buttons[Step.REVIEW].isEnabled() or window.desk.actor.can(Permission.REVIEW_SERVICE)
    window.desk.set_actor(Actor("李主管", frozenset({"客服主管"})))
    panel.show_item(panel.item)
    panel.buttons[Step.REVIEW].click()
    qtbot.waitUntil(lambda: panel.item is not None and panel.item.review == "处理及时", timeout=10_000)
    panel.print_button.click()
    qtbot.waitUntil(lambda: bool(previews), timeout=10_000)
    assert previews[-1] == f"投诉处理记录表 {made.number}"
    window.open_unit(unit_id)
    tab = window.unit_page.complaints_tab
    window.unit_page.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: made.number in [c.number for c in tab.rows], timeout=10_000)


def test_a_month_of_visits_planned_approved_visited_and_reported(qtbot: Any, window: MainWindow, previews: list[str],
                                                                 read_db: Callable[[], Database], monkeypatch: Any,
                                                                 tmp_path: Path, answers: list[Any]) -> None:  # fmt: skip
    import datetime as dt

    from propdesk.services import visits

    from PySide6.QtCore import QDate

    from propdesk.qt import prompts
    from propdesk.qt.dialogs.visit_dialog import VisitDialog

    window.show_page("service")
    view = window.page("service")
    view.tabs.setCurrentWidget(view.visits)
    page = view.visits
    next_month = (dt.date.today().replace(day=1) + dt.timedelta(days=32)).replace(day=1)
    page.month_edit.setDate(QDate(next_month.year, next_month.month, 1))
    qtbot.waitUntil(lambda: page.make_button.isEnabled(), timeout=10_000)
    page.make_button.click()
    qtbot.waitUntil(lambda: page.plan is not None and page.approve_button.isEnabled(), timeout=10_000)
    month = next_month.strftime("%Y-%m")
    planned = visits.plan(read_db(), month)
    assert planned is not None and page.plan_table.rowCount() == len(planned.units) == planned.target
    page.plan_table.setCurrentCell(0, 0)
    page.remove_button.click()
    qtbot.waitUntil(lambda: page.plan_table.rowCount() == len(planned.units) - 1, timeout=10_000)
    taken_out = planned.units[0]
    monkeypatch.setattr(prompts, "responder", lambda kind, title, text: taken_out.unit_code if kind == "text" else True)
    page.add_button.click()
    qtbot.waitUntil(lambda: page.plan_table.rowCount() == len(planned.units), timeout=10_000)
    page.approve_button.click()
    qtbot.waitUntil(lambda: page.plan is not None and page.plan.state == "已审批", timeout=10_000)
    assert not page.add_button.isEnabled()
    page.month_edit.setDate(QDate.currentDate())
    qtbot.waitUntil(lambda: page.plan is not None and page.plan.month == dt.date.today().strftime("%Y-%m"),
                    timeout=10_000)  # fmt: skip
    before = len(page.visits)
    unvisited = next(r for r, u in enumerate(page.plan.units) if not u.visited_on)

    def record(dialog: VisitDialog) -> int:
        dialog.issues_edit.setPlainText("楼道灯不亮\n希望增加快递柜")
        _save(qtbot, dialog)
        return 1

    monkeypatch.setattr(VisitDialog, "exec", record)
    page.plan_table.setCurrentCell(unvisited, 0)
    page.visit_button.click()
    qtbot.waitUntil(lambda: len(page.visits) == before + 1, timeout=10_000)
    assert page.plan.units[unvisited].visited_on == dt.date.today().isoformat()
    assert "楼道灯不亮" in [i.description for i in page.issues]
    page.print_button.click()
    qtbot.waitUntil(lambda: bool(previews), timeout=10_000)
    assert previews[-1] == f"走访月报 {dt.date.today().strftime('%Y-%m')}"
    import openpyxl

    from propdesk.qt.exports import export_shown, table_contents

    headers, rows, widths = table_contents(page.plan_table)
    target = tmp_path / "plan.xlsx"
    export_shown(page, window.desk, target, "走访计划", headers, rows, widths)
    qtbot.waitUntil(target.exists, timeout=10_000)
    written = list(openpyxl.load_workbook(target).active.iter_rows(min_row=2, values_only=True))
    assert list(written[0]) == headers and len(written) == page.plan_table.rowCount() + 1
    assert [str(v or "") for v in written[unvisited + 1]] == rows[unvisited]


def test_a_shift_logged_passed_on_and_taken_over(qtbot: Any, window: MainWindow, previews: list[str],
                                                 read_db: Callable[[], Database], monkeypatch: Any) -> None:  # fmt: skip
    from propdesk.services import duty_log

    from propdesk.qt import prompts
    from propdesk.qt.views.duty_page import ShiftDialog

    window.show_page("service")
    view = window.page("service")
    view.tabs.setCurrentWidget(view.duty)
    page = view.duty
    qtbot.waitUntil(lambda: page.log is not None and not page.log.confirmed, timeout=10_000)  # today's day shift
    open_log = page.log
    assert open_log is not None and page.event_button.isEnabled()
    order = work_orders.page(read_db(), work_orders.OrderFilter(), 0, 1).rows[0]
    answers = iter(["3 号楼业主来电：楼道灯不亮", "", order.number, "对讲机 3 部", "钥匙 42 把", "保安 小陈"])
    monkeypatch.setattr(prompts, "responder", lambda kind, title, text: next(answers) if kind == "text" else True)
    page.request_button.click()
    qtbot.waitUntil(lambda: page.log is not None and len(page.log.entries) == len(open_log.entries) + 1,
                    timeout=10_000)  # fmt: skip
    # the call just logged, wherever the clock puts it among the shift's entries (after midnight it sorts first)
    row = next(r for r, e in enumerate(page.log.entries) if e.text == "3 号楼业主来电：楼道灯不亮")
    page.entries_table.setCurrentCell(row, 0)
    page.pass_button.click()
    qtbot.waitUntil(lambda: page.log is not None and any(e.passed_to == order.number for e in page.log.entries),
                    timeout=10_000)  # fmt: skip
    page.handover_button.click()
    qtbot.waitUntil(lambda: page.log is not None and page.log.handover_items == "对讲机 3 部", timeout=10_000)
    page.confirm_button.click()
    qtbot.waitUntil(lambda: page.log is not None and page.log.confirmed, timeout=10_000)
    assert not page.event_button.isEnabled()
    assert duty_log.get(read_db(), open_log.id).incoming == "保安 小陈"

    def night(dialog: ShiftDialog) -> int:
        dialog.shift_box.setCurrentText("夜班")
        dialog.on_duty_edit.setText("保安 小陈")
        _save(qtbot, dialog)
        return 1

    monkeypatch.setattr(ShiftDialog, "exec", night)
    page.open_button.click()
    qtbot.waitUntil(lambda: page.log is not None and page.log.shift == "夜班" and not page.log.confirmed,
                    timeout=10_000)  # fmt: skip
    page.print_button.click()
    qtbot.waitUntil(lambda: bool(previews), timeout=10_000)
    assert previews[-1].startswith("值班记录 ") and previews[-1].endswith("夜班")


def test_the_work_order_list_exports_with_phones_masked_for_a_clerk(qtbot: Any, window: MainWindow, tmp_path: Path,
                                                                    answers: list[Any]) -> None:  # fmt: skip
    import openpyxl

    from propdesk.core.author import Actor

    window.show_page("service")
    page = window.page("service").repairs
    qtbot.waitUntil(lambda: page.list.total > 0, timeout=10_000)
    for name, roles, masked in (("王小丽", {"前台客服"}, True), ("李主管", {"客服主管"}, False)):
        window.desk.set_actor(Actor(name, frozenset(roles)))
        path = tmp_path / f"{name}.xlsx"
        page.export_to(path)
        qtbot.waitUntil(path.exists, timeout=10_000)
        rows = list(openpyxl.load_workbook(path).active.iter_rows(min_row=3, values_only=True))
        assert len(rows) == page.list.total
        callers = " ".join(str(r[3]) for r in rows)
        assert ("****" in callers) is masked
