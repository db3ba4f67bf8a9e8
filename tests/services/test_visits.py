"""走访: the plan reaches the 8 % target, shares it across buildings, never repeats a household within the
year, is reproducible, adjusted and approved by the supervisor; visits and their issues to feedback;
the month's report counted by hand."""

import datetime as dt

import pytest

from propdesk.core.author import Actor
from propdesk.core.errors import Conflict, ValidationError
from propdesk.core.permissions import PermissionDenied, Role
from propdesk.core.registry import BuildingPlan
from propdesk.core.visits import allocate, target_count
from propdesk.services import buildings, units, visits
from propdesk.store.connection import Database

CLERK = Actor("王小丽", frozenset({Role.CLERK.value}))
SUPERVISOR = Actor("李主管", frozenset({Role.SUPERVISOR.value}))


def test_allocation_is_proportional_and_never_more_than_a_building_has() -> None:
    assert target_count(1000, 8) == 80 and target_count(101, 8) == 9
    shares = allocate({"1": list(range(60)), "2": list(range(30)), "3": list(range(10))}, 10)
    assert shares == {"1": 6, "2": 3, "3": 1}
    assert allocate({"1": [1, 2], "2": list(range(100))}, 200) == {"1": 2, "2": 100}
    assert sum(allocate({"A": [1] * 7, "B": [1] * 7, "C": [1] * 7}, 10).values()) == 10


@pytest.fixture
def estate(community_db: Database, actor: Actor) -> Database:
    db = community_db
    for code, floors in (("8", 10), ("9", 5)):
        buildings.generate_building(db, actor, BuildingPlan(code=code, entrances=2, floors=floors, units_per_floor=2,
                                                            areas_centi_m2=[8950, 8950], state="已入住"))  # fmt: skip
    for row in units.list_units(db, units.UnitFilter(), 0, 1000).rows[::5]:
        units.update_unit(db, actor, row.id, floor=row.floor, area_centi_m2=row.area_centi_m2, unit_type=row.unit_type,
                          state="空置", note="")  # fmt: skip
    return db


def test_a_month_plan_meets_the_target_across_buildings_and_no_household_twice(estate: Database) -> None:
    db = estate
    november, _ = visits.make_plan(db, CLERK, "2026-11")
    occupied = db.scalar("SELECT count(*) FROM units WHERE state IN ('已入住', '出租')")
    assert november.occupied == occupied and len(november.units) == november.target == -(-occupied * 8 // 100)
    per_building = {b: sum(1 for u in november.units if u.building == b) for b in ("8", "9")}
    assert per_building["8"] > per_building["9"] > 0  # the bigger building gives more
    with pytest.raises(Conflict, match="已经生成"):
        visits.make_plan(db, CLERK, "2026-11")
    december, _ = visits.make_plan(db, CLERK, "2026-12")
    assert not {u.unit_id for u in november.units} & {u.unit_id for u in december.units}
    next_year, _ = visits.make_plan(db, CLERK, "2027-01")  # a new plan year may visit them again
    assert next_year.units
    with pytest.raises(ValidationError, match="月份"):
        visits.make_plan(db, CLERK, "2026-13")


def test_the_supervisor_adjusts_and_approves(estate: Database) -> None:
    db = estate
    made, _ = visits.make_plan(db, CLERK, "2026-11")
    december, _ = visits.make_plan(db, CLERK, "2026-12")
    with pytest.raises(PermissionDenied):
        visits.adjust(db, CLERK, "2026-11", [], [made.units[0].unit_id])
    with pytest.raises(Conflict, match="2026-12"):
        visits.adjust(db, SUPERVISOR, "2026-11", [december.units[0].unit_id], [])
    short, _ = visits.adjust(db, SUPERVISOR, "2026-11", [], [made.units[0].unit_id])
    with pytest.raises(Conflict, match="少于目标"):
        visits.approve(db, SUPERVISOR, "2026-11")
    planned = {u.unit_id for u in short.units} | {u.unit_id for u in december.units}
    spare = next(
        r.id for r in units.list_units(db, units.UnitFilter(state="已入住"), 0, 1000).rows if r.id not in planned
    )
    visits.adjust(db, SUPERVISOR, "2026-11", [spare], [])
    approved, _ = visits.approve(db, SUPERVISOR, "2026-11")
    assert approved.state == "已审批" and approved.approved_by == "李主管"
    with pytest.raises(Conflict, match="已审批"):
        visits.adjust(db, SUPERVISOR, "2026-11", [], [spare])


def test_visits_issues_feedback_and_the_month_report(estate: Database) -> None:
    import io

    import pypdf

    from propdesk.documents import catalog

    db = estate
    plan, _ = visits.make_plan(db, CLERK, "2026-11")
    first, second = plan.units[0], plan.units[1]
    day = dt.date(2026, 11, 20)
    with pytest.raises(ValidationError):
        visits.record_visit(db, CLERK, first.unit_id, day, "飞鸽", "", "", "", [])
    visit, _ = visits.record_visit(db, CLERK, first.unit_id, day, "上门", "王小丽", "业主本人", "对服务基本满意",
                                   ["楼道灯不亮", "希望增加快递柜", " "])  # fmt: skip
    assert [i.description for i in visit.issues] == ["楼道灯不亮", "希望增加快递柜"]
    visits.record_visit(db, CLERK, second.unit_id, day, "电话", "王小丽", "业主", "无意见", [])
    visits.feed_back(db, CLERK, visit.issues[0].id, "已更换楼道灯，电话告知业主")
    with pytest.raises(Conflict, match="反馈过"):
        visits.feed_back(db, CLERK, visit.issues[0].id, "再说一次")
    assert [i.description for i in visits.open_issues(db)] == ["希望增加快递柜"]
    report = visits.report(db, "2026-11")
    assert (report.planned, report.visited_planned, report.visited_total) == (len(plan.units), 2, 2)
    assert (report.issues_raised, report.issues_fed_back) == (2, 1)
    assert sum(p for _, p, _ in report.by_building) == len(plan.units) and sum(v for *_, v in report.by_building) == 2
    text = pypdf.PdfReader(io.BytesIO(catalog.make(db, CLERK, "visit-report", "2026-11").pdf)).pages[0].extract_text()
    for expected in ("走访月报", "2026-11", first.unit_code, "楼道灯不亮", "已更换楼道灯", "待反馈", "未达标"):
        assert expected in text, expected
