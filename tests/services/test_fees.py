import datetime as dt
from decimal import Decimal

import pytest

from propdesk.core.author import Actor
from propdesk.core.billing import FeeKind, Period
from propdesk.core.errors import Conflict, ValidationError
from propdesk.core.permissions import PermissionDenied, Role
from propdesk.services import fees, units
from propdesk.store import audit
from propdesk.store.connection import Database


@pytest.fixture
def priced(community_db: Database, actor: Actor) -> Database:
    fees.add_fee_item(community_db, actor, "物业服务费", FeeKind.AREA_MONTHLY, "元/㎡·月", frozenset({"住宅"}), 70,
                      Decimal("1.85"), Period(2020, 1))  # fmt: skip
    fees.add_fee_item(community_db, actor, "垃圾费", FeeKind.FIXED_MONTHLY, "元/户·月", frozenset(), 100,
                      Decimal("10"), Period(2020, 1))  # fmt: skip
    return community_db


def _unit(db: Database, code: str) -> int:
    return next(u.id for u in units.list_units(db, units.UnitFilter(), 0, 500).rows if u.code == code)


def test_generating_a_month_twice_adds_nothing(priced: Database, actor: Actor) -> None:
    for code in ("3-1-101", "3-1-102"):
        units.update_unit(priced, actor, _unit(priced, code), floor=1,
                          area_centi_m2=8950 if code.endswith("101") else 12030, unit_type="住宅", state="已入住",
                          note="")  # fmt: skip
    run, _ = fees.generate_bills(priced, actor, Period(2026, 1), Period(2026, 3))
    assert (run.created, run.already_billed, run.units) == (2 * 2 * 3, 0, 2)  # only delivered units are billed
    again, _ = fees.generate_bills(priced, actor, Period(2026, 1), Period(2026, 4))
    assert (again.created, again.already_billed) == (2 * 2, 2 * 2 * 3)
    bills = fees.bills_of_unit(priced, _unit(priced, "3-1-101"))
    fee = [b for b in bills if b.fee_item == "物业服务费"]
    assert [b.amount_fen for b in fee] == [16558] * 4  # 89.50 × 1.85 = 165.575 → 165.58, half-up once per line
    assert fee[0].description == "2026年1月物业服务费" and fee[0].due_date == "2026-01-31"
    assert audit.recent(priced, 1)[0].action == "generate"


def test_prices_change_from_a_month_and_old_bills_keep_theirs(priced: Database, actor: Actor) -> None:
    unit_id = _unit(priced, "3-1-101")
    units.update_unit(priced, actor, unit_id, floor=1, area_centi_m2=10000, unit_type="住宅", state="已入住", note="")
    fees.generate_bills(priced, actor, Period(2026, 1), Period(2026, 1))
    item = next(i for i in fees.list_fee_items(priced) if i.name == "物业服务费")
    fees.set_price(priced, actor, item.id, Decimal("2.10"), Period(2026, 2))
    fees.generate_bills(priced, actor, Period(2026, 1), Period(2026, 2))
    fee = [b.amount_fen for b in fees.bills_of_unit(priced, unit_id) if b.fee_item == "物业服务费"]
    assert fee == [18500, 21000]


def test_fee_start_vacancy_and_unit_types(priced: Database, actor: Actor) -> None:
    moved_in = _unit(priced, "3-1-201")
    units.update_unit(priced, actor, moved_in, floor=2, area_centi_m2=10000, unit_type="住宅", state="已入住", note="")
    priced.execute("UPDATE units SET billing_from = '2026-03-10' WHERE id = ?", (moved_in,))  # set by move-in later
    vacant = _unit(priced, "3-1-202")
    units.update_unit(priced, actor, vacant, floor=2, area_centi_m2=10000, unit_type="住宅", state="空置", note="")
    shop = _unit(priced, "3-1-203")
    units.update_unit(priced, actor, shop, floor=2, area_centi_m2=10000, unit_type="商铺", state="已入住", note="")
    fees.generate_bills(priced, actor, Period(2026, 2), Period(2026, 4))
    started = {(b.fee_item, b.period): b.amount_fen for b in fees.bills_of_unit(priced, moved_in)}
    assert ("物业服务费", "2026-02") not in started  # before handover
    assert started[("物业服务费", "2026-03")] == 9250  # handed over on the 10th: half of 185.00
    assert started[("物业服务费", "2026-04")] == 18500
    assert started[("垃圾费", "2026-03")] == 500
    assert {b.amount_fen for b in fees.bills_of_unit(priced, vacant) if b.fee_item == "物业服务费"} == {12950}  # 70 %
    assert {b.fee_item for b in fees.bills_of_unit(priced, shop)} == {"垃圾费"}  # 物业服务费 here is for homes


def test_fee_items_are_checked_and_need_the_right_role(priced: Database, actor: Actor) -> None:
    with pytest.raises(Conflict):
        fees.add_fee_item(
            priced, actor, "垃圾费", FeeKind.FIXED_MONTHLY, "", frozenset(), 100, Decimal(1), Period(2026, 1)
        )
    with pytest.raises(ValidationError):
        fees.add_fee_item(priced, actor, "", "不存在", "", frozenset({"别墅"}), 120, Decimal(1), Period(2026, 1))
    clerk = Actor("王小丽", frozenset({Role.CLERK.value}))
    with pytest.raises(PermissionDenied):
        fees.generate_bills(priced, clerk, Period(2026, 1), Period(2026, 1))
    cashier = Actor("赵收银", frozenset({Role.CASHIER.value}))
    assert fees.generate_bills(priced, cashier, Period(2026, 1), Period(2026, 1))[0].periods == 1
    with pytest.raises(ValidationError):
        fees.generate_bills(priced, actor, Period(2026, 2), Period(2026, 1))
    assert fees.parse_price("0.538") == Decimal("0.538") and fees.parse_price("1,850") == Decimal(1850)
    assert [str(fees.parse_price(t)) for t in ("150", "150.00", "100", "0.50")] == ["150", "150", "100", "0.50"]
    with pytest.raises(ValidationError, match="四位小数"):
        fees.parse_price("0.12345")
    assert dt.date(2026, 1, 31).isoformat() == "2026-01-31"


def test_bill_ahead_continues_from_the_last_billed_month(billed: tuple[Database, int], actor: Actor) -> None:
    """预交: bills through 2026-11 exist; 3 months ahead adds December to February, twice adds the next three."""
    from propdesk.services import payments

    db, unit_id = billed
    created, _ = fees.bill_ahead(db, actor, unit_id, 3, today=dt.date(2026, 11, 26))
    periods_owed = sorted({b.period for b in payments.owed(db, unit_id) if b.period})
    assert created == 6 and periods_owed[-3:] == ["2026-12", "2027-01", "2027-02"]
    fees.bill_ahead(db, actor, unit_id, 3, today=dt.date(2026, 11, 26))
    assert max(b.period for b in payments.owed(db, unit_id) if b.period) == "2027-05"
    # the regular run for those months later adds nothing: one bill per unit, item and month
    run, _ = fees.generate_bills(db, actor, Period(2026, 12), Period(2027, 5))
    assert db.scalar("SELECT count(*) FROM bills WHERE unit_id = ? AND period >= '2026-12'", (unit_id,)) == 12
    assert run.already_billed >= 12
    with pytest.raises(ValidationError):
        fees.bill_ahead(db, actor, unit_id, 0)
