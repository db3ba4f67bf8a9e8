"""抽查: the sample is the stated share of the month's closed records, drawn again to the same records from
its stored seed, never re-drawn; checks are recorded once and a problem becomes a follow-up item."""

import datetime as dt

import pytest

from propdesk.core.author import Actor
from propdesk.core.errors import Conflict, ValidationError
from propdesk.core.permissions import PermissionDenied, Role
from propdesk.core.work_orders import Action
from propdesk.services import spot_checks, units, work_orders
from propdesk.services.work_orders import RepairEntry
from propdesk.store.connection import Database

CLERK = Actor("王小丽", frozenset({Role.CLERK.value}))
DAY = dt.datetime(2026, 10, 5, 9, 0)
TODAY = dt.date(2026, 11, 26)


def _closed_orders(db: Database, count: int) -> list[int]:
    unit_ids = [u.id for u in units.list_units(db, units.UnitFilter(), 0, count).rows]
    made = []
    for index, unit_id in enumerate(unit_ids):
        entry = RepairEntry("电话", "张三", "13800001111", "户内", unit_id, "厨房", "水电", "保修期外", "一般", "漏水",
                            technician="老刘")  # fmt: skip
        at = DAY + dt.timedelta(days=index % 20)
        order, _ = work_orders.register(db, CLERK, entry, at)
        work_orders.act(db, CLERK, order.id, Action.ARRIVE, now=at + dt.timedelta(hours=1))
        work_orders.complete(db, CLERK, order.id, "已修好", [], 0, at + dt.timedelta(hours=2))
        if index % 5 != 4:  # one in five is never called back: not closed, not in the population
            work_orders.callback(db, CLERK, order.id, "满意", "", at + dt.timedelta(days=1))
            made.append(order.id)
    return made


def test_the_sample_is_a_fifth_of_the_closed_orders_and_draws_again_the_same(community_db: Database,
                                                                             actor: Actor) -> None:  # fmt: skip
    db = community_db
    closed = _closed_orders(db, 30)
    assert len(closed) == 24
    with pytest.raises(ValidationError, match="还没有结束"):
        spot_checks.draw_sample(db, actor, "2026-11", today=TODAY)
    with pytest.raises(PermissionDenied):
        spot_checks.draw_sample(db, CLERK, "2026-10", today=TODAY)
    sample, _ = spot_checks.draw_sample(db, actor, "2026-10", today=TODAY, seed=12345)
    repairs = [i for i in sample.items if i.kind == "报修"]
    assert len(repairs) == 5  # 20 % of 24, rounded up
    assert {i.record_id for i in repairs} <= set(closed)
    assert sample.population["报修"] == sorted(closed) and sample.population["投诉"] == []
    assert all(i.label.startswith("WX") and i.unit_id for i in repairs)
    assert spot_checks.reproduces(sample)
    with pytest.raises(Conflict, match="不能重抽"):
        spot_checks.draw_sample(db, actor, "2026-10", today=TODAY, seed=999)
    with pytest.raises(Exception, match="never re-drawn"):
        db.execute("DELETE FROM spot_check_items")
    # another seed draws other records (the seed is what makes the sample)
    from propdesk.core.spot_checks import draw

    assert draw(sample.population, 20, 12345) == {k: sorted(i.record_id for i in sample.items if i.kind == k)
                                                   for k in sample.population}  # fmt: skip
    assert any(draw(sample.population, 20, seed)["报修"] != draw(sample.population, 20, 12345)["报修"]
               for seed in range(5))  # fmt: skip


def test_a_failed_check_becomes_a_follow_up_the_clerk_closes(community_db: Database, actor: Actor) -> None:
    db = community_db
    _closed_orders(db, 10)
    sample, _ = spot_checks.draw_sample(db, actor, "2026-10", today=TODAY, seed=7)
    first, second = sample.items[0], sample.items[1]
    now = dt.datetime(2026, 11, 26, 10, 0)
    with pytest.raises(ValidationError) as problem:
        spot_checks.record_check(db, actor, first.id, "电话回访业主", False, "合格", now=now)
    assert {p.field for p in problem.value.problems} == {"problem", "assignee", "due_on", "result"}
    assert spot_checks.get(db, "2026-10").items[0].checked_at is None  # type: ignore[union-attr]
    checked, _ = spot_checks.record_check(db, actor, first.id, "查阅档案", False, "不合格", "派工单未存入客户档案",
                                          "王小丽", dt.date(2026, 11, 30), now=now)  # fmt: skip
    done = next(i for i in checked.items if i.id == first.id)
    assert done.result == "不合格" and done.archive_complete is False and done.follow_up_id
    spot_checks.record_check(db, actor, second.id, "电话回访业主", True, "合格", now=now)
    with pytest.raises(Conflict, match="已由"):
        spot_checks.record_check(db, actor, second.id, "电话回访业主", True, "不合格", "x", "王小丽",
                                 dt.date(2026, 11, 30), now=now)  # fmt: skip
    with pytest.raises(Exception, match="kept as written"):
        db.execute("UPDATE spot_check_items SET result = '合格' WHERE id = ?", (first.id,))
    (follow_up,) = spot_checks.follow_ups(db)
    assert follow_up.assignee == "王小丽" and follow_up.description == "派工单未存入客户档案"
    assert "2026-10 抽查 报修 WX" in follow_up.source and spot_checks.open_count(db, "王小丽") == 1
    with pytest.raises(ValidationError):
        spot_checks.complete_follow_up(db, CLERK, follow_up.id, " ")
    closed, _ = spot_checks.complete_follow_up(db, CLERK, follow_up.id, "已补存派工单", now=now)
    assert closed.state == "已完成" and closed.done_by == "王小丽"
    assert spot_checks.follow_ups(db) == [] and spot_checks.open_count(db, "王小丽") == 0
    history = spot_checks.history(db)
    assert history[0]["month"] == "2026-10" and history[0]["checked"] == 2 and history[0]["failed"] == 1


def test_the_ratio_is_a_setting(community_db: Database, actor: Actor) -> None:
    db = community_db
    closed = _closed_orders(db, 10)
    with pytest.raises(ValidationError):
        spot_checks.save_ratio_percent(db, actor, 0)
    spot_checks.save_ratio_percent(db, actor, 50)
    sample, _ = spot_checks.draw_sample(db, actor, "2026-10", today=TODAY)
    assert sample.ratio_percent == 50 and len(sample.items) == len(closed) // 2
