"""The money rules of the cash desk as pure functions (no storage): periods, rates that change
from a date, line amounts rounded half-up to the 分 once per line, the fee-start rule, late fees,
arrears aging and receipt numbers. Issue 4 builds the ledger on these.

Amounts are integer 分. Unit prices are exact ``Decimal`` yuan (a price such as 0.538 元/度 is
finer than a 分); only the line amount is rounded, by ``round_half_up_fen``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from propdesk.core.errors import ValidationError
from propdesk.core.money import Fen, round_half_up_fen


class FeeKind(StrEnum):
    """How a fee item is calculated."""

    AREA_MONTHLY = "按面积每月"  # 物业服务费: area × price per m² per month
    FIXED_MONTHLY = "每户每月"  # 垃圾费, 停车费 (per space)
    ONE_OFF = "一次性"  # 装修管理费, 出入证工本费
    DEPOSIT = "押金"  # a liability, refunded later
    METERED = "按读数"  # water, electricity: (this reading − last) × price
    SERVICE = "有偿服务"  # from a repair: the amount agreed


@dataclass(frozen=True, order=True)
class Period:
    """A billing month."""

    year: int
    month: int

    def __post_init__(self) -> None:
        if not 1 <= self.month <= 12 or not 1900 <= self.year <= 9999:
            raise ValidationError.single("period", f"账期 {self.year}-{self.month} 不存在")

    @classmethod
    def parse(cls, text: str) -> Period:
        """``2026-03``, ``2026-3``, ``202603`` or ``2026年3月``."""
        cleaned = text.strip().replace("年", "-").replace("月", "").replace("/", "-").replace(".", "-")
        try:
            if "-" in cleaned:
                year, month = cleaned.split("-")[:2]
                return cls(int(year), int(month))
            if len(cleaned) == 6 and cleaned.isdecimal():
                return cls(int(cleaned[:4]), int(cleaned[4:]))
        except ValueError:
            pass
        raise ValidationError.single("period", f"账期“{text}”格式不对，应如 2026-03")

    @classmethod
    def of(cls, day: dt.date) -> Period:
        return cls(day.year, day.month)

    def __str__(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"

    def plus(self, months: int) -> Period:
        index = self.year * 12 + self.month - 1 + months
        return Period(index // 12, index % 12 + 1)

    def months_until(self, other: Period) -> int:
        """How many months from this period to ``other`` (0 when the same)."""
        return (other.year * 12 + other.month) - (self.year * 12 + self.month)

    @property
    def first_day(self) -> dt.date:
        return dt.date(self.year, self.month, 1)

    @property
    def last_day(self) -> dt.date:
        return self.plus(1).first_day - dt.timedelta(days=1)


def periods(start: Period, end: Period) -> list[Period]:
    """Every month from ``start`` to ``end`` inclusive."""
    if end < start:
        return []
    return [start.plus(i) for i in range(start.months_until(end) + 1)]


def period_range_label(start: Period, end: Period) -> str:
    """``2026年1月`` or ``2026年1月–3月`` or ``2025年11月–2026年2月``, as printed on receipts."""
    if start == end:
        return f"{start.year}年{start.month}月"
    if start.year == end.year:
        return f"{start.year}年{start.month}月–{end.month}月"
    return f"{start.year}年{start.month}月–{end.year}年{end.month}月"


@dataclass(frozen=True)
class Rate:
    """A price in force from ``effective_from`` (a period) until the next rate."""

    effective_from: Period
    unit_price: Decimal  # yuan per m² per month, per unit per month, per reading unit …


def rate_for(rates: Sequence[Rate], period: Period) -> Rate:
    """The rate in force in ``period``: old bills keep their old rate."""
    usable = [r for r in rates if r.effective_from <= period]
    if not usable:
        raise ValidationError.single("rate", f"{period} 没有生效的收费标准")
    return max(usable, key=lambda r: r.effective_from)


def line_amount(unit_price: Decimal, quantity: Decimal, months: Decimal = Decimal(1)) -> Fen:
    """price × quantity × months, rounded half-up to the 分 — the one place a bill line is rounded."""
    if unit_price < 0 or quantity < 0 or months < 0:
        raise ValidationError.single("amount", "单价、数量和月数都不能为负数")
    return round_half_up_fen(unit_price * quantity * months)


def area_quantity(area_centi_m2: int) -> Decimal:
    """A unit's floor area as an exact quantity in m² (stored in hundredths)."""
    return Decimal(area_centi_m2) / 100


class StartRule(StrEnum):
    """When monthly fees start after handover (an office setting)."""

    MID_MONTH = "15日前交房从当月15日起，否则次月起"
    NEXT_MONTH = "交房次月起"
    SAME_MONTH = "交房当月起"


@dataclass(frozen=True)
class FeeStart:
    period: Period
    fraction: Decimal  # share of the first month charged (1 or ½)


def fee_start(handed_over: dt.date, rule: StartRule = StartRule.MID_MONTH) -> FeeStart:
    """The first billable month and how much of it is charged."""
    this_month = Period.of(handed_over)
    if rule == StartRule.SAME_MONTH:
        return FeeStart(this_month, Decimal(1))
    if rule == StartRule.MID_MONTH and handed_over.day <= 15:
        return FeeStart(this_month, Decimal(1) / 2)
    return FeeStart(this_month.plus(1), Decimal(1))


def months_ahead(last_paid: Period | None, first_billable: Period, count: int) -> list[Period]:
    """ "Pay N months ahead": the periods continue from the last paid one (or start at the first billable)."""
    if count < 1 or count > 120:
        raise ValidationError.single("months", "预交月数应在 1 到 120 之间")
    start = last_paid.plus(1) if last_paid is not None else first_billable
    start = max(start, first_billable)
    return [start.plus(i) for i in range(count)]


def late_fee(overdue: Fen, permille_per_day: Decimal, grace_until: dt.date, today: dt.date) -> Fen:
    """滞纳金: a daily ‰ of the overdue amount for each day after the grace date (0 before it)."""
    if overdue <= 0 or permille_per_day <= 0:
        return 0
    days = (today - grace_until).days
    if days <= 0:
        return 0
    return round_half_up_fen(Decimal(overdue) / 100 * permille_per_day / 1000 * days)


AGING_BUCKETS = ["1个月以内", "1–3个月", "3–6个月", "6–12个月", "12个月以上"]


def aging_bucket(due: dt.date, today: dt.date) -> str:
    """The arrears column a debt falls in (by whole months overdue)."""
    months = (today.year - due.year) * 12 + today.month - due.month - (1 if today.day < due.day else 0)
    if months < 1:
        return AGING_BUCKETS[0]
    if months < 3:
        return AGING_BUCKETS[1]
    if months < 6:
        return AGING_BUCKETS[2]
    if months < 12:
        return AGING_BUCKETS[3]
    return AGING_BUCKETS[4]


def receipt_number(year: int, sequence: int, prefix: str = "") -> str:
    """``2026000123``: prefix, year, a 6-digit sequence that restarts each year."""
    if not 1 <= sequence <= 999_999:
        raise ValidationError.single("sequence", "收据序号超出范围（每年最多 999999 张）")
    return f"{prefix}{year:04d}{sequence:06d}"


def meter_usage(previous: Decimal, current: Decimal) -> Decimal:
    """本期读数 − 上期读数; a reading lower than the last is refused (a meter change is its own entry)."""
    if current < previous:
        raise ValidationError.single("reading", f"本期读数 {current} 小于上期读数 {previous}，请核对（换表请单独登记）")
    return current - previous


@dataclass(frozen=True)
class FeeItem:
    """收费项目: what is charged, how it is calculated, its price history."""

    id: int
    name: str
    kind: str
    unit_label: str
    unit_types: frozenset[str]  # empty: every unit type
    vacant_percent: int  # share charged while a unit is 空置 (a discount when below 100)
    rates: tuple[Rate, ...]

    def applies_to(self, unit_type: str) -> bool:
        return not self.unit_types or unit_type in self.unit_types

    @property
    def monthly(self) -> bool:
        return self.kind in (FeeKind.AREA_MONTHLY, FeeKind.FIXED_MONTHLY)


@dataclass(frozen=True)
class Bill:
    """One line a unit owes."""

    id: int
    unit_id: int
    fee_item: str
    period: str | None
    description: str
    quantity: str
    unit_price: str
    months: str
    amount_fen: int
    due_date: str


@dataclass(frozen=True)
class BillLine:
    """A bill as computed, before it is stored."""

    unit_id: int
    fee_item_id: int
    period: Period
    description: str
    quantity: Decimal
    unit_price: Decimal
    months: Decimal
    amount_fen: int
    due_date: dt.date


def monthly_bill(item: FeeItem, unit_id: int, unit_type: str, state: str, area_centi_m2: int,
                 billing_from: dt.date | None, period: Period, rule: StartRule) -> BillLine | None:  # fmt: skip
    """The bill a unit owes for a monthly item in ``period``, or None (not billable, not started, no type match)."""
    if not item.monthly or not item.applies_to(unit_type) or state == "未交付":
        return None
    months = Decimal(1)
    if billing_from is not None:
        start = fee_start(billing_from, rule)
        if period < start.period:
            return None
        if period == start.period:
            months = start.fraction
    if state == "空置" and item.vacant_percent < 100:
        months = months * item.vacant_percent / 100
    rate = rate_for(item.rates, period)
    quantity = area_quantity(area_centi_m2) if item.kind == FeeKind.AREA_MONTHLY else Decimal(1)
    return BillLine(
        unit_id=unit_id, fee_item_id=item.id, period=period,
        description=f"{period_range_label(period, period)}{item.name}", quantity=quantity,
        unit_price=rate.unit_price, months=months, amount_fen=line_amount(rate.unit_price, quantity, months),
        due_date=period.last_day,
    )  # fmt: skip


_ONE = Decimal(1)


class MonthlyBiller:
    """``monthly_bill`` for many units at once: what depends only on the item and the period (price,
    wording, due date) is worked out once, and amounts are cached by (price, quantity, share) — units
    of one floor plan share them. A test checks it agrees with ``monthly_bill`` line for line."""

    def __init__(self, items: Sequence[FeeItem], months: Sequence[Period], rule: StartRule) -> None:
        self.rule = rule
        self.months = list(months)
        self.items = [i for i in items if i.monthly]
        self.per_period = {
            (item.id, index): (str(period), rate_for(item.rates, period).unit_price,
                                str(rate_for(item.rates, period).unit_price),
                                f"{period_range_label(period, period)}{item.name}", period.last_day.isoformat())
            for item in self.items for index, period in enumerate(self.months)
        }  # fmt: skip
        self._amounts: dict[tuple[Decimal, Decimal, Decimal], Fen] = {}

    def amount(self, price: Decimal, quantity: Decimal, share: Decimal) -> Fen:
        key = (price, quantity, share)
        cached = self._amounts.get(key)
        if cached is None:
            cached = self._amounts[key] = line_amount(price, quantity, share)
        return cached

    def rows(self, unit_id: int, unit_type: str, state: str, area_centi_m2: int,
             billing_from: dt.date | None) -> list[tuple[int, int, str, str, str, str, str, int, str]]:  # fmt: skip
        """(unit, item, period, description, quantity, price, months, amount, due) for each bill owed."""
        if state == "未交付":
            return []
        start = fee_start(billing_from, self.rule) if billing_from is not None else None
        area = area_quantity(area_centi_m2)
        area_text = str(area)
        found = []
        for item in self.items:
            if not item.applies_to(unit_type):
                continue
            by_area = item.kind == FeeKind.AREA_MONTHLY
            quantity, quantity_text = (area, area_text) if by_area else (_ONE, "1")
            vacant = state == "空置" and item.vacant_percent < 100
            for index, period in enumerate(self.months):
                share = _ONE
                if start is not None:
                    if period < start.period:
                        continue
                    if period == start.period:
                        share = start.fraction
                if vacant:
                    share = share * item.vacant_percent / 100
                period_text, price, price_text, description, due = self.per_period[(item.id, index)]
                found.append((unit_id, item.id, period_text, description, quantity_text, price_text,
                              "1" if share is _ONE else str(share), self.amount(price, quantity, share), due))  # fmt: skip
        return found


class PaymentMethod(StrEnum):
    CASH = "现金"
    WECHAT = "微信"
    ALIPAY = "支付宝"
    CARD = "银行卡"
    TRANSFER = "转账"


@dataclass(frozen=True)
class ReceiptLine:
    bill_id: int | None
    item: str
    period_label: str
    unit_price: str
    quantity: str
    amount_fen: int


@dataclass(frozen=True)
class Receipt:
    """收款收据 as issued; a void keeps the number and adds who, when and why."""

    id: int
    number: str
    unit_id: int | None
    unit_code: str
    payer: str
    method: str
    reference: str
    total_fen: int
    cash_given_fen: int | None
    change_fen: int | None
    cashier: str
    paid_at: str
    lines: tuple[ReceiptLine, ...]
    voided_at: str | None = None
    voided_by: str | None = None
    void_reason: str | None = None

    @property
    def void(self) -> bool:
        return self.voided_at is not None


@dataclass(frozen=True)
class ReceiptSummary:
    """One receipt as a row of a unit's account."""

    number: str
    paid_at: str
    payer: str
    method: str
    total_fen: int
    cashier: str
    voided_at: str | None
    void_reason: str | None

    @property
    def void(self) -> bool:
        return self.voided_at is not None


@dataclass(frozen=True)
class ArrearsRow:
    """One unit's overdue bills, split by how long they are overdue (``AGING_BUCKETS`` order)."""

    unit_id: int
    unit_code: str
    owner_names: str
    bills: int
    oldest_due: str
    buckets: tuple[int, ...]

    @property
    def total_fen(self) -> int:
        return sum(self.buckets)


def arrears_rows(rows: Sequence[tuple[int, str, str, str, int, int]], today: dt.date) -> list[ArrearsRow]:
    """Fold (unit, code, owners, due date, amount, bills) — overdue amounts grouped by due date — into one
    row per unit; the bucket of each due date is worked out once."""
    bucket_of: dict[str, int] = {}
    by_unit: dict[int, tuple[str, str, int, str, list[int]]] = {}
    for unit_id, code, owners, due, amount, count in rows:
        index = bucket_of.get(due)
        if index is None:
            index = bucket_of[due] = AGING_BUCKETS.index(aging_bucket(dt.date.fromisoformat(due), today))
        entry = by_unit.get(unit_id)
        if entry is None:
            entry = by_unit[unit_id] = (code, owners, 0, due, [0] * len(AGING_BUCKETS))
        entry[4][index] += amount
        by_unit[unit_id] = (code, owners, entry[2] + count, min(entry[3], due), entry[4])
    return [ArrearsRow(unit_id, code, owners, bills, oldest, tuple(buckets))
            for unit_id, (code, owners, bills, oldest, buckets) in by_unit.items()]  # fmt: skip


@dataclass(frozen=True)
class DunningLine:
    item: str
    periods: str  # 2026年1月至10月
    bills: int
    amount_fen: int


@dataclass(frozen=True)
class DunningNotice:
    """催缴通知书 for one unit: what it owes per fee item."""

    unit_id: int
    unit_code: str
    owner_names: str
    lines: tuple[DunningLine, ...]

    @property
    def total_fen(self) -> int:
        return sum(line.amount_fen for line in self.lines)


def dunning_notices(rows: Sequence[tuple[int, str, str, str, str | None, str | None, int, int]]) -> list[DunningNotice]:
    """Fold (unit, code, owners, item, first period, last period, amount, bills) into one notice per unit."""
    notices: list[DunningNotice] = []
    for unit_id, code, owners, item, first, last, amount, count in rows:
        label = period_range_label(Period.parse(first), Period.parse(last)) if first and last else ""
        line = DunningLine(item, label, count, amount)
        if notices and notices[-1].unit_id == unit_id:
            notices[-1] = DunningNotice(unit_id, code, owners, (*notices[-1].lines, line))
        else:
            notices.append(DunningNotice(unit_id, code, owners, (line,)))
    return notices


class DunningMethod(StrEnum):
    VISIT = "上门"
    PHONE = "电话"
    SMS = "短信"
    POSTED = "张贴"
    NOTICE = "书面通知"


@dataclass(frozen=True)
class DunningContact:
    """One time the office chased a unit's arrears."""

    id: int
    unit_id: int
    contacted_on: str
    method: str
    owed_fen: int
    result: str
    next_step: str
    author: str


class ReceiptPaper(StrEnum):
    A4_THREE = "A4x3"  # 存根/记账/客户 on one A4, cut apart
    A5 = "A5"  # one copy per A5 sheet (or 241 mm continuous paper)


@dataclass(frozen=True)
class CashDeskSettings:
    receipt_prefix: str = ""
    receipt_paper: str = ReceiptPaper.A4_THREE.value
    start_rule: str = StartRule.MID_MONTH.value
    late_fee_enabled: bool = False  # 滞纳金: off unless the office turns it on
    late_fee_permille: Decimal = Decimal("0.5")
    late_fee_grace_days: int = 30
