"""The 客服 area (with its 走访, 值班, 社区活动 and 跟进事项 pages): the work orders (by state or 逾期 / 超 3 天未写沟通记录, category, technician, or a number,
phone, unit or caller typed exactly) and the complaints (by state or 已超期 / 临近期限 / 群诉风险,
category), each with the chosen record's steps and buttons below; 新报修 (Ctrl+R) and 新投诉 on top."""

from __future__ import annotations

from typing import Any

from propdesk.core import complaints as complaint_values
from propdesk.core.work_orders import CATEGORIES, OrderState
from propdesk.services import complaints, repair_settings, work_orders
from propdesk.services.work_orders import NOTE_VIEW, OVERDUE_VIEW, OrderFilter

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from propdesk.qt.desk import Desk
from propdesk.qt.i18n import QT_TRANSLATE_NOOP
from propdesk.qt.table_model import Column
from propdesk.qt.views.activities_page import ActivitiesPage
from propdesk.qt.views.complaint_panel import ComplaintPanel
from propdesk.qt.views.duty_page import DutyPage
from propdesk.qt.views.follow_ups_page import FollowUpsPage
from propdesk.qt.views.service_list_page import ListFilter, ListSpec, ServiceListPage
from propdesk.qt.views.visits_page import VisitsPage
from propdesk.qt.views.work_order_panel import WorkOrderPanel

ORDER_COLUMNS = [
    Column(QT_TRANSLATE_NOOP("Column", "No."), lambda o: o.number),
    Column(QT_TRANSLATE_NOOP("Column", "Reported"), lambda o: o.reported_at[:16]),
    Column(QT_TRANSLATE_NOOP("Column", "Unit / place"), lambda o: f"{o.unit_code} {o.location}".strip()),
    Column(QT_TRANSLATE_NOOP("Column", "Caller"), lambda o: f"{o.caller} {o.phone}"),
    Column(QT_TRANSLATE_NOOP("Column", "Category"), lambda o: o.category),
    Column(QT_TRANSLATE_NOOP("Column", "Urgency"), lambda o: o.urgency),
    Column(QT_TRANSLATE_NOOP("Column", "Due"), lambda o: o.due_at[5:16]),
    Column(QT_TRANSLATE_NOOP("Column", "State"), lambda o: o.state),
    Column(QT_TRANSLATE_NOOP("Column", "Technician"), lambda o: o.technician),
    Column(QT_TRANSLATE_NOOP("Column", "Problem"), lambda o: o.description),
]
COMPLAINT_COLUMNS = [
    Column(QT_TRANSLATE_NOOP("Column", "Complaint no."), lambda c: c.number),
    Column(QT_TRANSLATE_NOOP("Column", "Received"), lambda c: c.received_at[:16]),
    Column(QT_TRANSLATE_NOOP("Column", "Unit / place"), lambda c: f"{c.unit_code} {c.place}".strip()),
    Column(QT_TRANSLATE_NOOP("Column", "Complainant"), lambda c: f"{c.complainant} {c.phone}"),
    Column(QT_TRANSLATE_NOOP("Column", "Category"), lambda c: c.category),
    Column(QT_TRANSLATE_NOOP("Column", "Level"), lambda c: c.level + ("·群诉" if c.group_risk else "")),
    Column(QT_TRANSLATE_NOOP("Column", "Resolve by"), lambda c: c.resolve_due[5:16]),
    Column(QT_TRANSLATE_NOOP("Column", "State"), lambda c: c.state),
    Column(QT_TRANSLATE_NOOP("Column", "Handler"), lambda c: c.handler),
    Column(QT_TRANSLATE_NOOP("Column", "Complaint"), lambda c: c.description),
]


def _order_page(f: ListFilter, offset: int, limit: int) -> Any:
    wanted = OrderFilter(view=f.view, category=f.category, technician=f.technician, text=f.text)
    return lambda db: work_orders.page(db, wanted, offset, limit)


def _complaint_page(f: ListFilter, offset: int, limit: int) -> Any:
    return lambda db: complaints.page(db, f.view, f.category, f.text, offset, limit)


class ServiceDeskView(QWidget):
    unit_activated = Signal(int)
    print_requested = Signal(str, str)

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        order_spec = ListSpec(
            ORDER_COLUMNS, [110, 120, 150, 170, 70, 70, 90, 70, 70],
            [(self.tr("All work orders"), ""), (self.tr("Overdue"), OVERDUE_VIEW),
             (self.tr("Open 3 days without a note"), NOTE_VIEW), *((s.value, s.value) for s in OrderState)],
            CATEGORIES, self.tr("All categories"), self.tr("Order no., phone, unit or caller"),
            self.tr("New repair… (Ctrl+R)"), "维修工单", _order_page,
            lambda order_id: lambda db: work_orders.get(db, order_id), technicians=True,
        )  # fmt: skip
        complaint_spec = ListSpec(
            COMPLAINT_COLUMNS, [110, 120, 150, 170, 70, 70, 90, 70, 70],
            [(self.tr("All complaints"), ""), (self.tr("Past the deadline"), complaints.OVERDUE_VIEW),
             (self.tr("Deadline within 24 hours"), complaints.NEAR_VIEW),
             (self.tr("Group complaint risk"), complaints.RISK_VIEW),
             *((s.value, s.value) for s in complaint_values.ComplaintState)],
            complaint_values.CATEGORIES, self.tr("All categories"), self.tr("Complaint no., phone, unit or name"),
            self.tr("New complaint…"), "投诉", _complaint_page,
            lambda complaint_id: lambda db: complaints.get(db, complaint_id),
        )  # fmt: skip
        self.order_panel = WorkOrderPanel(desk)
        self.repairs = ServiceListPage(desk, order_spec, self.order_panel, lambda: self.new_repair())
        self.complaint_panel = ComplaintPanel(desk)
        self.complaints = ServiceListPage(desk, complaint_spec, self.complaint_panel, lambda: self.new_complaint())
        self.tabs = QTabWidget()
        self.tabs.addTab(self.repairs, self.tr("Repairs"))
        self.tabs.addTab(self.complaints, self.tr("Complaints"))
        self.visits = VisitsPage(desk)
        self.visits.print_requested.connect(self.print_requested)
        self.tabs.addTab(self.visits, self.tr("Visits"))
        self.duty = DutyPage(desk)
        self.duty.print_requested.connect(self.print_requested)
        self.tabs.addTab(self.duty, self.tr("Duty log"))
        self.activities = ActivitiesPage(desk)
        self.activities.print_requested.connect(self.print_requested)
        self.tabs.addTab(self.activities, self.tr("Community activities"))
        self.follow_ups = FollowUpsPage(desk)
        self.tabs.addTab(self.follow_ups, self.tr("Follow-ups"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        for page in (self.repairs, self.complaints):
            page.unit_activated.connect(self.unit_activated)
        for panel in (self.order_panel, self.complaint_panel):
            panel.print_requested.connect(self.print_requested)
        self.tabs.currentChanged.connect(lambda _index: self.reload_current())
        desk.changed.connect(self.on_desk_changed)
        self._shown_once = False

    def current_page(self) -> ServiceListPage:
        return self.complaints if self.tabs.currentWidget() is self.complaints else self.repairs

    def reload_current(self) -> None:
        current = self.tabs.currentWidget()
        if current in (self.visits, self.duty, self.activities, self.follow_ups):
            current.reload()
        else:
            self.current_page().list.reload()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            self.desk.query(lambda db: [t.name for t in repair_settings.technicians(db)],
                            lambda names: self.repairs.set_technicians(names, self.tr("All technicians")))  # fmt: skip
        self.reload_current()

    def set_view(self, view: str, complaints_list: bool = False) -> None:
        """Open on one view of a list (the today view's figures link here)."""
        page = self.complaints if complaints_list else self.repairs
        self.tabs.setCurrentWidget(page)
        page.set_view(view)

    def on_desk_changed(self, changes: Any) -> None:
        if getattr(changes, "service", False) and self.isVisible():
            self.reload_current()

    def new_repair(self, unit: Any = None) -> None:
        from propdesk.qt.dialogs.repair_dialog import RepairDialog

        dialog = RepairDialog(self.desk, unit, self)
        if dialog.exec() and dialog.result_value is not None and dialog.print_check.isChecked():
            self.print_requested.emit("work-order", dialog.result_value.number)

    def new_complaint(self, unit: Any = None) -> None:
        from propdesk.qt.dialogs.service_dialogs import ComplaintDialog

        dialog = ComplaintDialog(self.desk, unit, self)
        if dialog.exec() and dialog.result_value is not None:
            self.tabs.setCurrentWidget(self.complaints)
