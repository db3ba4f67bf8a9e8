"""The unit counts the triggers keep agree with counting the units, through inserts, moves between states,
buildings and types, and deletes — so the list's "共 N 户" costs the same at any size."""

from propdesk.core.author import Actor
from propdesk.core.registry import BuildingPlan, UnitFilter
from propdesk.services import buildings, units
from propdesk.store import registry
from propdesk.store.connection import Database


def _counted(db: Database, f: UnitFilter) -> int:
    where, params = registry._unit_where(f)
    return int(db.scalar(f"SELECT count(*) FROM units u JOIN buildings b ON b.id = u.building_id{where}", params))


def test_kept_counts_match_a_count_of_the_units(community_db: Database, actor: Actor) -> None:
    db = community_db
    buildings.generate_building(db, actor, BuildingPlan(code="5", entrances=1, floors=6, units_per_floor=2,
                                                        areas_centi_m2=[9000, 9000]))  # fmt: skip
    first = units.list_units(db, UnitFilter(building="3"), 0, 2).rows
    units.update_unit(db, actor, first[0].id, floor=1, area_centi_m2=8950, unit_type="住宅", state="已入住", note="")
    units.update_unit(db, actor, first[1].id, floor=1, area_centi_m2=8950, unit_type="商铺", state="出租", note="")
    spare = units.list_units(db, UnitFilter(building="5"), 0, 1).rows[0]
    db.execute("DELETE FROM search_terms WHERE unit_id = ?", (spare.id,))  # units are never deleted by the desk;
    db.execute("DELETE FROM units WHERE id = ?", (spare.id,))  # still, the trigger keeps count of a delete
    filters = [UnitFilter(), UnitFilter(building="3"), UnitFilter(building="5"), UnitFilter(state="已入住"),
               UnitFilter(state="出租", unit_type="商铺"), UnitFilter(building="3", state="未交付"),
               UnitFilter(unit_type="住宅"), UnitFilter(building="9")]  # fmt: skip
    for f in filters:
        assert registry.count_units(db, f) == _counted(db, f), f
    assert registry.counts(db)["units"] == 144 + 12 - 1  # building 3: 2 × 18 × 4; building 5: 6 × 2
    assert sum(registry.count_by_state(db).values()) == 155 and registry.count_by_state(db)["出租"] == 1
