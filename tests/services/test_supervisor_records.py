"""The supervisor's other records: community activities (sign-up limits, attendance, summary), the month's
plan beside what was done, and the BI staff register (supervisors only)."""

import datetime as dt
from decimal import Decimal

import pytest

from propdesk.core.author import Actor
from propdesk.core.billing import FeeKind, Period
from propdesk.core.errors import Conflict, ValidationError
from propdesk.core.permissions import PermissionDenied, Role
from propdesk.services import activities, fees, payments, plans, staff_quality, units
from propdesk.services.activities import ActivityEntry
from propdesk.store.connection import Database

CLERK = Actor("王小丽", frozenset({Role.CLERK.value}))
START = dt.datetime(2026, 11, 28, 9, 30)


def _entry(**changes: object) -> ActivityEntry:
    values: dict[str, object] = {"title": "重阳节敬老茶话会", "starts_at": START, "ends_at": START + dt.timedelta(hours=2),
                                 "place": "会所二楼", "organiser": "王小丽", "budget_fen": 80000, "description": "茶点、义诊",
                                 "signup_until": dt.date(2026, 11, 27), "capacity": 5}  # fmt: skip
    values.update(changes)
    return ActivityEntry(**values)  # type: ignore[arg-type]


def test_an_activity_from_plan_to_summary(community_db: Database) -> None:
    db = community_db
    unit_ids = [u.id for u in units.list_units(db, units.UnitFilter(), 0, 4).rows]
    with pytest.raises(ValidationError) as problem:
        activities.save(db, CLERK, None, _entry(title=" ", ends_at=START, signup_until=dt.date(2026, 11, 29)))
    assert {p.field for p in problem.value.problems} == {"title", "ends_at", "signup_until"}
    assert activities.recent(db) == []
    made, _ = activities.save(db, CLERK, None, _entry())
    day = dt.date(2026, 11, 26)
    activities.sign_up(db, CLERK, made.id, unit_ids[0], "张三、李梅", 2, "13800001111", today=day)
    activities.sign_up(db, CLERK, made.id, unit_ids[1], "赵四", 1, today=day)
    with pytest.raises(Conflict, match="已经报名"):
        activities.sign_up(db, CLERK, made.id, unit_ids[0], "张三", 1, today=day)
    with pytest.raises(Conflict, match="只剩 2 人"):
        activities.sign_up(db, CLERK, made.id, unit_ids[2], "钱五一家", 3, today=day)
    with pytest.raises(Conflict, match="截止"):
        activities.sign_up(db, CLERK, made.id, unit_ids[2], "钱五", 1, today=dt.date(2026, 11, 28))
    with pytest.raises(ValidationError, match="不能少于报名人数"):
        activities.save(db, CLERK, made.id, _entry(capacity=2))
    with pytest.raises(Conflict, match="才开始"):
        activities.close(db, CLERK, made.id, [], "很好", 0, now=dt.datetime(2026, 11, 27, 10, 0))
    found = activities.get(db, made.id)
    assert (found.signed_households, found.signed_people) == (2, 3)
    came = [found.signups[0].id]
    held, _ = activities.close(
        db, CLERK, made.id, came, "到场老人 2 位，义诊测血压。", 76550, now=START + dt.timedelta(hours=3)
    )
    assert held.state == "已举办" and held.spent_fen == 76550
    assert [s.attended for s in held.signups] == [True, False]
    with pytest.raises(Conflict):
        activities.sign_up(db, CLERK, made.id, unit_ids[3], "孙六", 1, today=day)
    import io

    from PIL import Image

    from propdesk.services import inspections

    picture = io.BytesIO()
    Image.new("RGB", (640, 480), "orange").save(picture, "JPEG")
    inspections.add_photo(db, CLERK, "activity", made.id, picture.getvalue(), "合影.jpg")
    (listed,) = activities.of_month(db, "2026-11")
    assert (listed.households, listed.people, listed.attended, listed.photos) == (2, 3, 1, 1)
    other, _ = activities.save(db, CLERK, None, _entry(title="跳蚤市场"))
    with pytest.raises(ValidationError):
        activities.cancel(db, CLERK, other.id, "")
    cancelled, _ = activities.cancel(db, CLERK, other.id, "天气预报有雨")
    assert cancelled.state == "已取消" and "天气预报有雨" in cancelled.summary


def test_the_plan_shows_targets_beside_what_was_collected(community_db: Database, actor: Actor) -> None:
    db = community_db
    unit_id = next(u.id for u in units.list_units(db, units.UnitFilter(), 0, 1).rows)
    units.update_unit(db, actor, unit_id, floor=1, area_centi_m2=8950, unit_type="住宅", state="已入住", note="")
    fees.add_fee_item(db, actor, "垃圾费", FeeKind.FIXED_MONTHLY, "元/户·月", frozenset(), 100, Decimal("10"),
                      Period(2020, 1))  # fmt: skip
    fees.generate_bills(db, actor, Period(2026, 11), Period(2026, 11))
    suggested = plans.get(db, "2026-11")
    assert suggested.state == "" and suggested.target_fen == 1000  # the month's bills: the one occupied unit, 10 元
    (line,) = suggested.collection
    with pytest.raises(Conflict, match="先保存"):
        plans.approve(db, actor, "2026-11")
    with pytest.raises(ValidationError):
        plans.save(db, CLERK, "2026-11", {line.building_id: -1})
    plans.save(db, CLERK, "2026-11", {line.building_id: 50000}, "本月重点催收 3 号楼")
    with pytest.raises(PermissionDenied):
        plans.approve(db, CLERK, "2026-11")
    bills = payments.owed(db, unit_id)
    payments.pay_bills(db, actor, unit_id, [b.id for b in bills], "现金", "张三", now=dt.datetime(2026, 11, 20, 10, 0))
    approved, _ = plans.approve(db, actor, "2026-11")
    assert approved.state == "已批准" and approved.note == "本月重点催收 3 号楼"
    (line,) = approved.collection
    assert (line.target_fen, line.actual_fen, line.rate) == (50000, 1000, 0.02)
    with pytest.raises(Conflict, match="已由"):
        plans.save(db, CLERK, "2026-11", {line.building_id: 60000})
    with pytest.raises(Exception, match="kept as approved"):
        db.execute("DELETE FROM collection_targets")


def test_the_staff_register_is_for_supervisors(community_db: Database, actor: Actor) -> None:
    db = community_db
    day = dt.date(2026, 11, 20)
    with pytest.raises(PermissionDenied):
        staff_quality.record(db, CLERK, day, "王小丽", "主动问好", "现场检查", True)
    with pytest.raises(PermissionDenied):
        staff_quality.observations(db, CLERK, "2026-11")
    with pytest.raises(ValidationError) as problem:
        staff_quality.record(db, actor, dt.date(2099, 1, 1), "", "唱歌", "现场检查", False)
    assert {p.field for p in problem.value.problems} == {"staff", "standard", "observed_on", "note"}
    staff_quality.record(db, actor, day, "王小丽", "主动问好", "现场检查", True)
    staff_quality.record(db, actor, day, "王小丽", "电话三声内接听", "抽查电话录音", False, "第五声才接")
    staff_quality.record(db, actor, day, "王小丽", "电话三声内接听", "神秘客户", False, "响铃六声")
    staff_quality.record(db, actor, day, "保安 周强", "着装整洁", "班前检查", True)
    staff_quality.record(db, actor, dt.date(2026, 10, 30), "王小丽", "着装整洁", "班前检查", False, "未佩戴工牌")
    months = {s.staff: s for s in staff_quality.summary(db, actor, "2026-11")}
    assert (months["王小丽"].checks, months["王小丽"].passed) == (3, 1)
    assert months["王小丽"].failed_standards == ("电话三声内接听",) and months["保安 周强"].rate == 1.0
    assert "保安 周强" in staff_quality.staff_names(db, actor)
