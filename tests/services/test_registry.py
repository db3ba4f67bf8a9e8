import pytest

from propdesk.core.author import Actor
from propdesk.core.errors import Conflict, ValidationError
from propdesk.core.registry import BuildingPlan, PersonInput, ResidentInput, VehicleInput
from propdesk.services import buildings, households, search, units
from propdesk.store import audit
from propdesk.store.connection import Database


def _unit_id(db: Database, code: str) -> int:
    [hit] = [h for h in search.search_units(db, code) if h.code == code]
    return hit.unit_id


def test_generator_makes_every_unit_once(community_db: Database, actor: Actor) -> None:
    page = units.list_units(community_db, units.UnitFilter(building="3"), 0, 500)
    assert page.total == 2 * 18 * 4
    assert page.rows[0].code == "3-1-101" and page.rows[-1].code == "3-2-1804"
    assert {u.area_centi_m2 for u in page.rows} == {8950, 12030}
    with pytest.raises(Conflict, match="已存在"):
        buildings.generate_building(
            community_db, actor, BuildingPlan(code="3", entrances=1, floors=1, units_per_floor=1, areas_centi_m2=[5000])
        )
    assert units.list_units(community_db, units.UnitFilter(), 0, 1).total == 144


def test_bad_plan_lists_every_problem(db: Database, actor: Actor) -> None:
    with pytest.raises(ValidationError) as caught:
        buildings.generate_building(
            db, actor, BuildingPlan(code="", entrances=0, floors=120, units_per_floor=4, areas_centi_m2=[1, 2])
        )
    assert {p.field for p in caught.value.problems} == {"code", "entrances", "floors", "areas"}
    assert units.list_units(db, units.UnitFilter(), 0, 1).total == 0


def test_owner_registration_is_strict_and_audited(community_db: Database, actor: Actor) -> None:
    unit_id = _unit_id(community_db, "3-2-1502")
    with pytest.raises(ValidationError, match="校验位"):
        households.add_owner(community_db, actor, unit_id, PersonInput(name="张三", id_number="110105194912310021"))
    assert units.unit_record(community_db, unit_id).owners == []
    households.add_owner(
        community_db, actor, unit_id, PersonInput(name="张三", id_number="11010519491231002x", mobile="138 1234 5678")
    )
    households.add_owner(community_db, actor, unit_id, PersonInput(name="李四"))
    record = units.unit_record(community_db, unit_id)
    assert [(o.role, o.person.name) for o in record.owners] == [("业主", "张三"), ("共有人", "李四")]
    assert record.owners[0].person.id_number == "11010519491231002X"
    assert record.owners[0].person.mobile == "13812345678"
    assert record.unit.owner_names == "张三、李四"
    entries = audit.entries_for(community_db, "ownership", unit_id)
    assert entries and entries[0].author == "测试员"


def test_transfer_keeps_history(community_db: Database, actor: Actor) -> None:
    unit_id = _unit_id(community_db, "3-1-101")
    households.add_owner(community_db, actor, unit_id, PersonInput(name="张三"), start_date="2020-01-01")
    households.transfer_ownership(
        community_db, actor, unit_id, [PersonInput(name="王五", mobile="13900001111")], "2024-06-30", "二手房买卖"
    )
    record = units.unit_record(community_db, unit_id)
    assert [o.person.name for o in record.owners] == ["王五"]
    assert [(o.person.name, o.end_date) for o in record.former_owners] == [("张三", "2024-06-30")]
    assert record.transfers[0].from_names == "张三" and record.transfers[0].to_names == "王五"
    assert [h.code for h in search.search_units(community_db, "王五")] == ["3-1-101"]
    assert search.search_units(community_db, "张三") == []


def test_household_members_vehicles_and_search(community_db: Database, actor: Actor) -> None:
    unit_id = _unit_id(community_db, "3-2-1502")
    households.add_owner(community_db, actor, unit_id, PersonInput(name="张三", mobile="13812345678"))
    resident_id, _ = households.add_resident(
        community_db,
        actor,
        unit_id,
        ResidentInput(name="赵敏", kind="租户", phone="13700004321", move_in_date="2024/5/1"),
    )
    households.add_vehicle(community_db, actor, unit_id, VehicleInput(plate="浙a·12345"))
    for query in [
        "3-2-1502",
        "321502",
        "3-1502",
        "3栋2单元1502",
        "张三",
        "zs",
        "5678",
        "13812345678",
        "赵敏",
        "4321",
        "浙A12345",
    ]:
        assert "3-2-1502" in [h.code for h in search.search_units(community_db, query)], query
    households.move_out_resident(community_db, actor, resident_id, "2025-01-01")
    assert "3-2-1502" not in [h.code for h in search.search_units(community_db, "赵敏")]
    record = units.unit_record(community_db, unit_id)
    assert record.residents[0].move_out_date == "2025-01-01"
    assert record.residents[0].move_in_date == "2024-05-01"
    assert record.vehicles[0].plate == "浙A12345"
    with pytest.raises(ValidationError, match="车牌"):
        households.add_vehicle(community_db, actor, unit_id, VehicleInput(plate="12"))


def test_unit_edit_changes_only_what_changed(community_db: Database, actor: Actor) -> None:
    unit_id = _unit_id(community_db, "3-1-101")
    changes = units.update_unit(
        community_db, actor, unit_id, floor=1, area_centi_m2=9000, unit_type="住宅", state="已入住", note=""
    )
    assert unit_id in changes.units
    [entry] = audit.entries_for(community_db, "unit", unit_id)
    assert entry.before == {"area_centi_m2": 8950, "state": "未交付"}
    assert (
        units.update_unit(
            community_db, actor, unit_id, floor=1, area_centi_m2=9000, unit_type="住宅", state="已入住", note=""
        ).units
        == frozenset()
    )
    with pytest.raises(ValidationError, match="房屋状态"):
        units.update_unit(
            community_db, actor, unit_id, floor=1, area_centi_m2=9000, unit_type="住宅", state="拆迁", note=""
        )


def test_list_sorts_and_filters_in_sql(community_db: Database) -> None:
    by_area = units.list_units(community_db, units.UnitFilter(sort="area", descending=True), 0, 3)
    assert [u.area_centi_m2 for u in by_area.rows] == [12030] * 3
    second = units.list_units(community_db, units.UnitFilter(), 100, 100)
    assert second.total == 144 and len(second.rows) == 44
    assert units.list_units(community_db, units.UnitFilter(text="1502"), 0, 10).total == 2


def test_unit_history_collects_every_change_with_its_author(community_db: Database, actor: Actor) -> None:
    unit_id = _unit_id(community_db, "3-1-101")
    person_id, _ = households.add_owner(community_db, actor, unit_id, PersonInput(name="张三", mobile="13800000001"))
    resident_id, _ = households.add_resident(community_db, actor, unit_id, ResidentInput(name="张小明"))
    households.move_out_resident(community_db, Actor("李经理"), resident_id, "2025-02-01")
    households.update_person(community_db, actor, person_id, PersonInput(name="张三", mobile="13900000002"))
    units.update_unit(community_db, actor, unit_id, floor=1, area_centi_m2=9125, unit_type="住宅", state="已入住",
                      note="")  # fmt: skip
    other = _unit_id(community_db, "3-1-102")
    households.add_resident(community_db, actor, other, ResidentInput(name="别家人"))
    history = units.unit_record(community_db, unit_id).history
    assert [e.summary for e in history] == [
        "修改房屋 3-1-101",
        "修改业主资料 张三",
        "张小明 迁出",
        "3-1-101 登记住户 张小明",
        "3-1-101 登记业主 张三",
    ]
    assert history[2].author == "李经理" and history[0].author == "测试员"
    assert history[0].describe() == "建筑面积：89.50 → 91.25；状态：未交付 → 已入住"
    assert history[1].describe() == "手机：13800000001 → 13900000002"
