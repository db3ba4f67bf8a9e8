"""Fixtures of the service tests: a community with one unit billed for three months; a unit ready to renovate."""

from decimal import Decimal

import pytest

from propdesk.core.author import Actor
from propdesk.core.billing import FeeKind, Period
from propdesk.services import fees, units
from propdesk.store.connection import Database


@pytest.fixture
def billed(community_db: Database, actor: Actor) -> tuple[Database, int]:
    unit_id = next(u.id for u in units.list_units(community_db, units.UnitFilter(), 0, 1).rows)
    units.update_unit(
        community_db, actor, unit_id, floor=1, area_centi_m2=8950, unit_type="住宅", state="已入住", note=""
    )
    fees.add_fee_item(community_db, actor, "物业服务费", FeeKind.AREA_MONTHLY, "元/㎡·月", frozenset(), 100,
                      Decimal("1.85"), Period(2020, 1))  # fmt: skip
    fees.add_fee_item(community_db, actor, "垃圾费", FeeKind.FIXED_MONTHLY, "元/户·月", frozenset(), 100, Decimal("10"),
                      Period(2020, 1))  # fmt: skip
    fees.generate_bills(community_db, actor, Period(2026, 9), Period(2026, 11))
    return community_db, unit_id


@pytest.fixture
def unit(community_db: Database, actor: Actor) -> tuple[Database, int]:
    """A delivered unit with the renovation fee items priced (装修管理费 300, 装修押金 2,000, 垃圾清运费 200)."""
    db = community_db
    unit_id = next(u.id for u in units.list_units(db, units.UnitFilter(), 0, 1).rows)
    units.update_unit(db, actor, unit_id, floor=1, area_centi_m2=8950, unit_type="住宅", state="已交付未入住", note="")
    for name, kind, price in (("装修管理费", FeeKind.ONE_OFF, "300"), ("装修押金", FeeKind.DEPOSIT, "2000"),
                              ("垃圾清运费", FeeKind.ONE_OFF, "200")):  # fmt: skip
        fees.add_fee_item(db, actor, name, kind, "元/户", frozenset(), 100, Decimal(price), Period(2020, 1))
    return db, unit_id
