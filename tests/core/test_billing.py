import datetime as dt
from decimal import Decimal

import pytest

from propdesk.core.billing import (
    AGING_BUCKETS,
    Period,
    Rate,
    StartRule,
    aging_bucket,
    area_quantity,
    fee_start,
    late_fee,
    line_amount,
    meter_usage,
    months_ahead,
    period_range_label,
    periods,
    rate_for,
    receipt_number,
)
from propdesk.core.errors import ValidationError
from propdesk.core.money import to_capital


def test_periods_parse_add_and_span_years() -> None:
    assert Period.parse("2026-3") == Period.parse("202603") == Period.parse("2026年3月") == Period(2026, 3)
    assert Period(2025, 11).plus(3) == Period(2026, 2) and Period(2026, 1).plus(-1) == Period(2025, 12)
    assert Period(2025, 11).months_until(Period(2026, 2)) == 3
    assert [str(p) for p in periods(Period(2025, 11), Period(2026, 2))] == ["2025-11", "2025-12", "2026-01", "2026-02"]
    assert periods(Period(2026, 2), Period(2026, 1)) == []
    assert Period(2024, 2).last_day == dt.date(2024, 2, 29)
    with pytest.raises(ValidationError):
        Period.parse("2026-13")
    with pytest.raises(ValidationError):
        Period.parse("三月")


def test_period_labels_as_printed() -> None:
    assert period_range_label(Period(2026, 1), Period(2026, 1)) == "2026年1月"
    assert period_range_label(Period(2026, 1), Period(2026, 3)) == "2026年1月–3月"
    assert period_range_label(Period(2025, 11), Period(2026, 2)) == "2025年11月–2026年2月"


def test_old_bills_keep_their_old_rate() -> None:
    rates = [Rate(Period(2020, 1), Decimal("1.85")), Rate(Period(2025, 7), Decimal("2.10"))]
    assert rate_for(rates, Period(2025, 6)).unit_price == Decimal("1.85")
    assert rate_for(rates, Period(2025, 7)).unit_price == Decimal("2.10")
    assert rate_for(list(reversed(rates)), Period(2030, 1)).unit_price == Decimal("2.10")
    with pytest.raises(ValidationError, match="没有生效"):
        rate_for(rates, Period(2019, 12))


@pytest.mark.parametrize(
    ("price", "quantity", "months", "fen"),
    [
        ("1.85", "89.50", "1", 16558),  # 165.575 → 165.58: half-up, not banker's
        ("2.35", "89.50", "1", 21033),  # 210.325 → 210.33
        ("2.35", "89.50", "3", 63098),  # rounded once on the line, not per month (3 × 210.33 = 630.99)
        ("0.538", "127", "1", 6833),  # 68.326 → 68.33
        ("1.85", "120.30", "0.5", 11128),  # half a month: 111.2775 → 111.28
        ("20", "1", "12", 24000),
        ("0", "89.5", "1", 0),
    ],
)
def test_each_line_is_rounded_half_up_once(price: str, quantity: str, months: str, fen: int) -> None:
    assert line_amount(Decimal(price), Decimal(quantity), Decimal(months)) == fen


def test_negative_lines_are_refused() -> None:
    with pytest.raises(ValidationError):
        line_amount(Decimal("-1"), Decimal(1))
    assert area_quantity(8950) == Decimal("89.50")


@pytest.mark.parametrize(
    ("handed_over", "rule", "period", "fraction"),
    [
        (dt.date(2026, 3, 10), StartRule.MID_MONTH, Period(2026, 3), Decimal("0.5")),
        (dt.date(2026, 3, 15), StartRule.MID_MONTH, Period(2026, 3), Decimal("0.5")),
        (dt.date(2026, 3, 16), StartRule.MID_MONTH, Period(2026, 4), Decimal(1)),
        (dt.date(2026, 12, 20), StartRule.MID_MONTH, Period(2027, 1), Decimal(1)),
        (dt.date(2026, 3, 1), StartRule.NEXT_MONTH, Period(2026, 4), Decimal(1)),
        (dt.date(2026, 3, 31), StartRule.SAME_MONTH, Period(2026, 3), Decimal(1)),
    ],
)
def test_fee_start_rule(handed_over: dt.date, rule: StartRule, period: Period, fraction: Decimal) -> None:
    start = fee_start(handed_over, rule)
    assert (start.period, start.fraction) == (period, fraction)


def test_months_ahead_continue_from_the_last_paid_period() -> None:
    assert months_ahead(Period(2026, 11), Period(2024, 1), 3) == [Period(2026, 12), Period(2027, 1), Period(2027, 2)]
    assert months_ahead(None, Period(2026, 4), 2) == [Period(2026, 4), Period(2026, 5)]
    assert months_ahead(Period(2020, 1), Period(2026, 4), 1) == [Period(2026, 4)]  # never before fees start
    with pytest.raises(ValidationError):
        months_ahead(None, Period(2026, 4), 0)


def test_late_fee_is_a_daily_permille_after_the_grace_date() -> None:
    grace = dt.date(2026, 3, 31)
    assert late_fee(100000, Decimal("0.5"), grace, dt.date(2026, 3, 31)) == 0
    assert late_fee(100000, Decimal("0.5"), grace, dt.date(2026, 4, 30)) == 1500  # 1000 × 0.5‰ × 30 = 15.00
    assert late_fee(33333, Decimal("0.3"), grace, dt.date(2026, 4, 10)) == 100  # 333.33 × 0.3‰ × 10 = 0.99999
    assert late_fee(0, Decimal("0.5"), grace, dt.date(2027, 1, 1)) == 0


def test_aging_buckets() -> None:
    today = dt.date(2026, 11, 26)
    assert [
        aging_bucket(d, today)
        for d in (
            dt.date(2026, 11, 1),
            dt.date(2026, 10, 26),
            dt.date(2026, 8, 27),
            dt.date(2026, 6, 1),
            dt.date(2025, 12, 1),
            dt.date(2020, 1, 1),
        )
    ] == [AGING_BUCKETS[0], AGING_BUCKETS[1], AGING_BUCKETS[1], AGING_BUCKETS[2], AGING_BUCKETS[3], AGING_BUCKETS[4]]


def test_receipt_numbers_and_meter_readings() -> None:
    assert receipt_number(2026, 123) == "2026000123"
    assert receipt_number(2026, 1, "YG") == "YG2026000001"
    with pytest.raises(ValidationError):
        receipt_number(2026, 1_000_000)
    assert meter_usage(Decimal("1203.5"), Decimal("1250")) == Decimal("46.5")
    with pytest.raises(ValidationError, match="小于上期"):
        meter_usage(Decimal("10"), Decimal("9"))


@pytest.mark.parametrize(
    ("fen", "capital"),
    [(0, "零元整"), (1, "壹分"), (1000, "壹拾元整"), (10_000_000, "壹拾万元整"), (20_000_000_000, "贰亿元整"),
     (140950, "壹仟肆佰零玖元伍角整"), (168032, "壹仟陆佰捌拾元叁角贰分"), (10700053, "壹拾万柒仟元伍角叁分"),
     (1640902, "壹万陆仟肆佰零玖元零贰分")],
)  # fmt: skip
def test_the_awkward_amounts_of_the_money_issue_in_capitals(fen: int, capital: str) -> None:
    assert to_capital(fen) == capital


def test_the_bulk_biller_agrees_with_the_single_rule_line_for_line() -> None:
    import random

    from propdesk.core.billing import FeeItem, FeeKind, MonthlyBiller, monthly_bill

    items = [
        FeeItem(1, "物业服务费", FeeKind.AREA_MONTHLY, "", frozenset({"住宅"}), 70,
                (Rate(Period(2020, 1), Decimal("1.85")), Rate(Period(2026, 3), Decimal("2.10")))),
        FeeItem(2, "垃圾费", FeeKind.FIXED_MONTHLY, "", frozenset(), 100, (Rate(Period(2020, 1), Decimal("10")),)),
        FeeItem(3, "装修管理费", FeeKind.ONE_OFF, "", frozenset(), 100, (Rate(Period(2020, 1), Decimal("500")),)),
    ]  # fmt: skip
    months = periods(Period(2026, 1), Period(2026, 6))
    rng = random.Random(4)
    for rule in StartRule:
        biller = MonthlyBiller(items, months, rule)
        for unit_id in range(300):
            unit_type = rng.choice(["住宅", "商铺", "车位"])
            state = rng.choice(["已入住", "空置", "出租", "未交付", "装修中"])
            area = rng.randint(1000, 30000)
            started = rng.choice([None, dt.date(2026, rng.randint(1, 6), rng.randint(1, 28)), dt.date(2025, 5, 20)])
            bulk = biller.rows(unit_id, unit_type, state, area, started)
            single = [monthly_bill(item, unit_id, unit_type, state, area, started, period, rule)
                      for item in items for period in months]  # fmt: skip
            expected = [(b.unit_id, b.fee_item_id, str(b.period), b.description, str(b.quantity), str(b.unit_price),
                         str(b.months), b.amount_fen, b.due_date.isoformat()) for b in single if b is not None]  # fmt: skip
            assert bulk == expected
