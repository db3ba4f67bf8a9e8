"""主管工作台: each figure counted by hand from records made here matches the desk, with its light."""

import datetime as dt

from propdesk.core.author import Actor
from propdesk.core.complaints import Step
from propdesk.core.permissions import Role
from propdesk.core.supervisor import Light
from propdesk.core.work_orders import Action
from propdesk.services import complaints, supervisor_desk, units, work_orders
from propdesk.services.complaints import ComplaintEntry
from propdesk.services.work_orders import RepairEntry
from propdesk.store.connection import Database

CLERK = Actor("王小丽", frozenset({Role.CLERK.value}))
DAY = dt.datetime(2026, 10, 12, 9, 0)


def test_the_desk_counts_what_the_records_say(community_db: Database) -> None:
    db = community_db
    unit_id = next(u.id for u in units.list_units(db, units.UnitFilter(), 0, 1).rows)
    entry = RepairEntry(
        "电话", "张三", "13800001111", "户内", unit_id, "厨房", "水电", "保修期内", "一般", "漏水", technician="老刘"
    )
    made = []
    for hours in (2, 30, 5):  # done in 2 h, in 30 h (late: 一般 is 24 h), in 5 h
        order, _ = work_orders.register(db, CLERK, entry, DAY)
        work_orders.act(db, CLERK, order.id, Action.ARRIVE, now=DAY + dt.timedelta(hours=1))
        work_orders.complete(db, CLERK, order.id, "已修好", [], 0, DAY + dt.timedelta(hours=hours))
        made.append(order)
    work_orders.callback(db, CLERK, made[0].id, "满意", "", DAY + dt.timedelta(days=1))
    work_orders.callback(db, CLERK, made[1].id, "满意", "", DAY + dt.timedelta(days=1))
    complaint, _ = complaints.register(db, CLERK, ComplaintEntry("电话", "李四", "", unit_id, "", "", "噪声", "",
                                                                 "装修扰民", "一般", "王小丽"), DAY)  # fmt: skip
    complaints.proceed(db, CLERK, complaint.id, Step.RESPOND, "已回应", DAY + dt.timedelta(hours=60))  # late: 48 h
    figures = {f.target.key: f for f in supervisor_desk.desk(db, "2026-10", now=dt.datetime(2026, 11, 5))}
    callbacks = figures["repair_callbacks"]
    assert (callbacks.done, callbacks.total) == (2, 3) and callbacks.light == Light.RED
    assert (figures["repair_on_time"].done, figures["repair_on_time"].total) == (2, 3)
    response = figures["complaint_response"]
    assert (response.done, response.total, response.actual) == (0, 1, 0.0)
    assert figures["defects_next_day"].light == Light.NONE  # nothing found: no light, not a false green
    assert figures["unclosed_days"].actual == 0 and figures["unclosed_days"].light == Light.GREEN
    work_orders.callback(db, CLERK, made[2].id, "基本满意", "", DAY + dt.timedelta(days=2))
    again = {f.target.key: f for f in supervisor_desk.desk(db, "2026-10", now=dt.datetime(2026, 11, 5))}
    assert again["repair_callbacks"].actual == 1.0 and again["repair_callbacks"].light == Light.GREEN


def test_the_goals_are_the_supervisors_setting(community_db: Database, actor: Actor) -> None:
    import pytest

    from propdesk.core.errors import ValidationError
    from propdesk.core.permissions import PermissionDenied

    db = community_db
    with pytest.raises(PermissionDenied):
        supervisor_desk.save_goals(db, CLERK, {"collection_rate": 0.8})
    with pytest.raises(ValidationError):
        supervisor_desk.save_goals(db, actor, {"collection_rate": 1.5, "unclosed_days": -1})
    supervisor_desk.save_goals(db, actor, {"collection_rate": 0.8, "unclosed_days": 1})
    goals = {t.key: t.goal for t in supervisor_desk.targets(db)}
    assert goals["collection_rate"] == 0.8 and goals["unclosed_days"] == 1 and goals["visit_ratio"] == 0.08
    figures = {f.target.key: f for f in supervisor_desk.desk(db, "2026-10", now=dt.datetime(2026, 11, 5))}
    assert figures["collection_rate"].target.goal == 0.8
