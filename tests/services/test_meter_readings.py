"""抄表: readings carried forward, usage × the price of the month, corrections while unpaid, all or nothing."""

from decimal import Decimal

import pytest

from propdesk.core.author import Actor
from propdesk.core.billing import FeeKind, Period
from propdesk.core.errors import ValidationError
from propdesk.core.meters import parse_reading
from propdesk.services import fees, meter_readings, payments, units
from propdesk.services.meter_readings import ReadingEntry
from propdesk.store.connection import Database
from tests.services.test_payments import CASHIER, NOW

OCT, NOV = Period(2026, 10), Period(2026, 11)


@pytest.fixture
def water(billed: tuple[Database, int], actor: Actor) -> int:
    db, _ = billed
    item_id, _ = fees.add_fee_item(db, actor, "水费", FeeKind.METERED, "元/吨", frozenset(), 100, Decimal("3.45"),
                                   Period(2020, 1))  # fmt: skip
    fees.set_price(db, actor, item_id, Decimal("3.8"), NOV)
    return item_id


def test_readings_bill_the_usage_at_the_months_price(billed: tuple[Database, int], water: int, actor: Actor) -> None:
    db, unit_id = billed
    sheet = meter_readings.reading_sheet(db, water, OCT)
    assert [(r.unit_code, r.previous, r.current) for r in sheet][:1] == [("3-1-101", None, None)]
    with pytest.raises(ValidationError, match="3-1-101：第一次抄表，请填写上期读数"):
        meter_readings.save_readings(db, actor, water, OCT, [ReadingEntry(unit_id, Decimal("120.5"))])
    run, _ = meter_readings.save_readings(
        db, actor, water, OCT, [ReadingEntry(unit_id, Decimal("120.5"), Decimal(100))]
    )
    assert (run.created, run.billed_fen) == (1, 7073)  # 20.5 t × 3.45 = 70.725 → 70.73
    [october] = [b for b in payments.owed(db, unit_id) if b.fee_item == "水费"]
    assert (october.period, october.quantity, october.unit_price, october.description) == (
        "2026-10",
        "20.5",
        "3.45",
        "2026年10月水费（100→120.5）",
    )
    assert meter_readings.reading_sheet(db, water, NOV)[0].previous == Decimal("120.5")  # carried forward
    run, _ = meter_readings.save_readings(db, actor, water, NOV, [ReadingEntry(unit_id, Decimal(130))])
    assert run.billed_fen == 3610  # 9.5 t at November's 3.8
    again, _ = meter_readings.save_readings(db, actor, water, NOV, [ReadingEntry(unit_id, Decimal(130))])
    assert (again.created, again.corrected, again.unchanged) == (0, 0, 1)


def test_a_reading_is_corrected_while_unpaid_and_fixed_once_paid(billed: tuple[Database, int], water: int,
                                                                 actor: Actor) -> None:  # fmt: skip
    db, unit_id = billed
    meter_readings.save_readings(db, actor, water, OCT, [ReadingEntry(unit_id, Decimal(150), Decimal(100))])
    run, _ = meter_readings.save_readings(db, actor, water, OCT, [ReadingEntry(unit_id, Decimal(105), Decimal(100))])
    assert run.corrected == 1
    [bill] = [b for b in payments.owed(db, unit_id) if b.fee_item == "水费"]
    assert bill.amount_fen == 1725 and bill.description.endswith("（100→105）")
    payments.pay_bills(db, CASHIER, unit_id, [bill.id], "现金", "张三", now=NOW)
    with pytest.raises(ValidationError, match="已缴费，读数不能再改"):
        meter_readings.save_readings(db, actor, water, OCT, [ReadingEntry(unit_id, Decimal(106))])
    assert meter_readings.reading_sheet(db, water, OCT)[0].paid


def test_one_bad_row_keeps_nothing(community_db: Database, water: int, actor: Actor) -> None:
    db = community_db
    first, second = [u.id for u in units.list_units(db, units.UnitFilter(), 0, 2).rows]
    units.update_unit(db, actor, second, floor=1, area_centi_m2=9000, unit_type="住宅", state="已入住", note="")
    bills_before = db.scalar("SELECT count(*) FROM bills")
    with pytest.raises(ValidationError) as raised:
        meter_readings.save_readings(db, actor, water, OCT, [ReadingEntry(first, Decimal(10), Decimal(5)),
                                                              ReadingEntry(second, Decimal(3), Decimal(5))])  # fmt: skip
    assert "小于上期读数" in str(raised.value)
    assert db.scalar("SELECT count(*) FROM bills") == bills_before
    assert db.scalar("SELECT count(*) FROM meter_readings") == 0


def test_readings_are_parsed_strictly() -> None:
    assert parse_reading("１２３．５") == Decimal("123.5")
    for bad in ("-1", "abc", "1.234", ""):
        with pytest.raises(ValidationError):
            parse_reading(bad)
