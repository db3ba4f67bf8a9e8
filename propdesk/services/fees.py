"""收费项目 and monthly bills: prices that change from a month, generation that never bills twice."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from propdesk.core.author import Actor
from propdesk.core.billing import (
    Bill,
    FeeItem,
    FeeKind,
    MonthlyBiller,
    Period,
    StartRule,
    line_amount,
    months_ahead,
    periods,
    rate_for,
)
from propdesk.core.changes import Changes
from propdesk.core.errors import Conflict, FieldProblem, NotFound, ValidationError
from propdesk.core.permissions import Permission
from propdesk.core.registry import UnitType
from propdesk.services import prepayments
from propdesk.store import audit, billing, registry, settings
from propdesk.store.connection import Database

START_RULE_KEY = "billing.start_rule"
MAX_PERIODS_PER_RUN = 120


@dataclass(frozen=True)
class BillRun:
    created: int
    already_billed: int
    periods: int
    units: int
    drawn: int = 0  # bills settled at once from units' prepayments


def _plain(value: Decimal) -> str:
    """10 as "10" and 1.50 as "1.5" — never normalize()'s "1E+1" on a receipt."""
    return str(value.quantize(Decimal(1)) if value == value.to_integral() else value.normalize())


def _now() -> str:
    return dt.datetime.now().replace(microsecond=0).isoformat(sep=" ")


def parse_price(text: str, field_name: str = "unit_price", label: str = "单价") -> Decimal:
    """A unit price in yuan: exact, non-negative, at most 4 decimals (0.538 元/度)."""
    try:
        value = Decimal(text.strip().replace("，", "").replace(",", ""))
    except InvalidOperation:
        raise ValidationError.single(field_name, f"{label}“{text}”不是有效的数字") from None
    if not value.is_finite() or value < 0 or value > 1_000_000:
        raise ValidationError.single(field_name, f"{label}“{text}”应在 0 到 1000000 之间")
    if value != value.quantize(Decimal("0.0001")):
        raise ValidationError.single(field_name, f"{label}“{text}”最多四位小数")
    # "150.00" is stored as 150, never as normalize()'s 1.5E+2, which would print on receipts
    return value.quantize(Decimal(1)) if value == value.to_integral() else value


def list_fee_items(db: Database) -> list[FeeItem]:
    return billing.fee_items(db)


def add_fee_item(db: Database, actor: Actor, name: str, kind: str, unit_label: str, unit_types: frozenset[str],
                 vacant_percent: int, unit_price: Decimal, effective_from: Period) -> tuple[int, Changes]:  # fmt: skip
    actor.require(Permission.EDIT_SETTINGS)
    name = name.strip()
    problems = []
    if not name or len(name) > 30:
        problems.append(FieldProblem("name", "收费项目名称不能为空，最多 30 个字"))
    if kind not in {k.value for k in FeeKind}:
        problems.append(FieldProblem("kind", "请选择计费方式"))
    if not unit_types <= {t.value for t in UnitType}:
        problems.append(FieldProblem("unit_types", "房屋类型不对"))
    if not 0 <= vacant_percent <= 100:
        problems.append(FieldProblem("vacant_percent", "空置收费比例应在 0 到 100 之间"))
    if unit_price < 0:
        problems.append(FieldProblem("unit_price", "单价不能为负数"))
    if problems:
        raise ValidationError(problems)
    with db.atomic():
        if billing.fee_item_by_name(db, name) is not None:
            raise Conflict(f"收费项目“{name}”已存在")
        item_id = billing.insert_fee_item(db, name, kind, unit_label.strip(), unit_types, vacant_percent)
        billing.insert_rate(db, item_id, effective_from, unit_price, actor.name)
        audit.record(db, actor.name, "create", "fee_item", item_id, f"新增收费项目 {name}（{unit_price} {unit_label}）",
                     None, {"name": name, "kind": kind, "unit_price": str(unit_price), "from": str(effective_from),
                            "unit_types": sorted(unit_types), "vacant_percent": vacant_percent})  # fmt: skip
    return item_id, Changes()


def set_price(db: Database, actor: Actor, fee_item_id: int, unit_price: Decimal, effective_from: Period) -> Changes:
    """A new price from a month on; bills already made keep the price they were made with."""
    actor.require(Permission.EDIT_SETTINGS)
    if unit_price < 0:
        raise ValidationError.single("unit_price", "单价不能为负数")
    with db.atomic():
        item = next((i for i in billing.fee_items(db, active_only=False) if i.id == fee_item_id), None)
        if item is None:
            raise NotFound("找不到这个收费项目")
        billing.insert_rate(db, fee_item_id, effective_from, unit_price, actor.name)
        audit.record(db, actor.name, "update", "fee_item", fee_item_id, f"{item.name} 自 {effective_from} 起单价 {unit_price}",
                     None, {"unit_price": str(unit_price), "from": str(effective_from)})  # fmt: skip
    return Changes()


def start_rule(db: Database) -> StartRule:
    value = settings.get_value(db, START_RULE_KEY, StartRule.MID_MONTH.value)
    return StartRule(value) if value in {r.value for r in StartRule} else StartRule.MID_MONTH


def generate_bills(
    db: Database, actor: Actor, start: Period, end: Period, building: str = ""
) -> tuple[BillRun, Changes]:
    """Bill every billable unit for every monthly item and period from ``start`` to ``end``.

    Idempotent: a (unit, item, period) billed before is left alone, so running a month twice adds nothing.
    """
    actor.require(Permission.GENERATE_BILLS)
    months = periods(start, end)
    if not months:
        raise ValidationError.single("end", "结束账期不能早于开始账期")
    if len(months) > MAX_PERIODS_PER_RUN:
        raise ValidationError.single("end", f"一次最多生成 {MAX_PERIODS_PER_RUN} 个月")
    with db.atomic():
        biller = MonthlyBiller(billing.fee_items(db), months, start_rule(db))
        unit_rows = billing.billable_units(db, building)
        lines = []
        for unit_id, unit_type, state, area, billing_from in unit_rows:
            started = dt.date.fromisoformat(billing_from) if billing_from else None
            lines += biller.rows(unit_id, unit_type, state, area, started)
        created = billing.insert_bill_rows(db, lines, actor.name)
        drawn = prepayments.draw_down(db, actor.name, _now(), [row[0] for row in unit_rows] if building else None)
        run = BillRun(
            created=created,
            already_billed=len(lines) - created,
            periods=len(months),
            units=len(unit_rows),
            drawn=len(drawn),
        )
        audit.record(db, actor.name, "generate", "bills", None,
                     f"生成 {start}–{end} 账单 {created} 条（已有 {run.already_billed} 条未重复生成）", None,
                     {"from": str(start), "to": str(end), "building": building, "created": created,
                      "already_billed": run.already_billed, "drawn_from_prepayments": len(drawn)})  # fmt: skip
    return run, Changes(all_units=created > 0)


def bill_ahead(db: Database, actor: Actor, unit_id: int, months: int,
               today: dt.date | None = None) -> tuple[int, Changes]:  # fmt: skip
    """预交 N 个月: bill the unit's monthly items for the N months after its last billed month (from this
    month if it has none), so the counter can take them in the same payment. Returns how many were new."""
    actor.require(Permission.GENERATE_BILLS)
    return bill_months_ahead(db, actor.name, unit_id, months, today), Changes(units=frozenset({unit_id}))


def bill_months_ahead(db: Database, author: str, unit_id: int, months: int, today: dt.date | None = None) -> int:
    """``bill_ahead`` without the rights check, for use cases that include it (a handover bills the
    move-in months whoever hands over); call inside the caller's transaction or on its own."""
    with db.atomic():
        unit = billing.billable_unit(db, unit_id)
        if unit is None:
            raise Conflict("这户房屋未交付，不能预交费用")
        last = billing.last_billed_period(db, unit_id)
        current = Period.of(today or dt.date.today())
        months_list = months_ahead(Period.parse(last) if last else None, current, months)
        biller = MonthlyBiller(billing.fee_items(db), months_list, start_rule(db))
        _, unit_type, state, area, billing_from = unit
        started = dt.date.fromisoformat(billing_from) if billing_from else None
        created = billing.insert_bill_rows(db, biller.rows(unit_id, unit_type, state, area, started), author)
        if created == 0:
            raise Conflict("没有可预交的月度收费项目，请先在收费项目中设置")
        prepayments.draw_down(db, author, _now(), [unit_id])
        audit.record(db, author, "generate", "bills", None,
                     f"预交 {months_list[0]}–{months_list[-1]} 共 {months} 个月，生成账单 {created} 条", None,
                     {"unit_id": unit_id, "from": str(months_list[0]), "to": str(months_list[-1]), "created": created},
                     unit_id=unit_id)  # fmt: skip
    return created


def bills_of_unit(db: Database, unit_id: int) -> list[Bill]:
    return billing.bills_of_unit(db, unit_id)


CHARGEABLE = (FeeKind.ONE_OFF, FeeKind.DEPOSIT, FeeKind.SERVICE)


def chargeable_items(db: Database) -> list[FeeItem]:
    """The items charged one at a time at the counter: one-off fees, deposits, paid services."""
    return [i for i in billing.fee_items(db) if i.kind in CHARGEABLE]


def current_price(item: FeeItem, today: dt.date | None = None) -> Decimal | None:
    usable = [r for r in item.rates if r.effective_from <= Period.of(today or dt.date.today())]
    return rate_for(usable, Period.of(today or dt.date.today())).unit_price if usable else None


def charge(db: Database, actor: Actor, unit_id: int, fee_item_id: int, quantity: Decimal,
           unit_price: Decimal | None = None, note: str = "", today: dt.date | None = None) -> tuple[int, Changes]:  # fmt: skip
    """临时收费: one one-off, deposit or paid-service bill on a unit (the price is the item's current one unless
    given — a paid service is priced per job); it is then owed and paid at the counter like any bill."""
    actor.require(Permission.GENERATE_BILLS)
    return charge_item(db, actor.name, unit_id, fee_item_id, quantity, unit_price, note, today), Changes(
        units=frozenset({unit_id})
    )


def system_item(db: Database, author: str, name: str, kind: FeeKind, unit_label: str, day: dt.date) -> int:
    """A fee item the desk's own use cases bill by (有偿维修, 装修押金不足补缴): made, priced 0, the first time
    it is needed — the amount is set per bill."""
    row = billing.fee_item_by_name(db, name)
    if row is not None:
        return int(row["id"])
    item_id = billing.insert_fee_item(db, name, kind.value, unit_label, frozenset(), 100)
    billing.insert_rate(db, item_id, Period.of(day), Decimal(0), author)
    audit.record(db, author, "create", "fee_item", item_id, f"新增收费项目 {name}（自动建立）", None,
                 {"name": name, "kind": kind.value})  # fmt: skip
    return item_id


def charge_item(db: Database, author: str, unit_id: int, fee_item_id: int, quantity: Decimal,
                unit_price: Decimal | None = None, note: str = "", today: dt.date | None = None) -> int:  # fmt: skip
    """``charge`` without the rights check, for use cases that include a charge (a worker pass's 工本费 is
    charged by whoever issues the pass); returns the bill."""
    day = today or dt.date.today()
    if quantity <= 0 or quantity > 100_000 or quantity != quantity.quantize(Decimal("0.01")):
        raise ValidationError.single("quantity", "数量应大于 0，最多两位小数")
    with db.atomic():
        item = next((i for i in chargeable_items(db) if i.id == fee_item_id), None)
        if item is None:
            raise NotFound("找不到这个一次性收费项目（一次性、押金或有偿服务）")
        if registry.unit_row(db, unit_id) is None:
            raise NotFound("找不到这户房屋")
        price = unit_price if unit_price is not None else current_price(item, day)
        if price is None:
            raise ValidationError.single("unit_price", f"{item.name} 还没有生效的单价，请填写单价")
        amount = line_amount(price, quantity)
        if amount <= 0:
            raise ValidationError.single("unit_price", "金额应大于 0")
        description = item.name + (f"（{note.strip()}）" if note.strip() else "")
        bill_id = billing.insert_charge(db, unit_id, item.id, description, _plain(quantity), str(price), amount,
                                        day.isoformat(), author)  # fmt: skip
        audit.record(db, author, "create", "bill", bill_id, f"临时收费 {description} {amount / 100:.2f} 元", None,
                     {"item": item.name, "quantity": str(quantity), "unit_price": str(price), "amount_fen": amount},
                     unit_id=unit_id)  # fmt: skip
    return bill_id
