"""抄表录入: a month's readings of a metered item typed in one sheet; each reading makes (or corrects,
while unpaid) the unit's bill for that month — usage × the price in force, rounded once."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from propdesk.core.author import Actor
from propdesk.core.billing import FeeItem, FeeKind, Period, line_amount, meter_usage, period_range_label, rate_for
from propdesk.core.changes import Changes
from propdesk.core.errors import FieldProblem, NotFound, ValidationError
from propdesk.core.meters import ReadingRow, plain
from propdesk.core.permissions import Permission
from propdesk.services import prepayments
from propdesk.store import audit, billing, meter_readings, registry
from propdesk.store.connection import Database


@dataclass(frozen=True)
class ReadingEntry:
    unit_id: int
    current: Decimal
    previous: Decimal | None = None  # the 底数, only for a unit with no reading before


@dataclass(frozen=True)
class ReadingRun:
    created: int
    corrected: int
    unchanged: int
    billed_fen: int


def metered_items(db: Database) -> list[FeeItem]:
    return [i for i in billing.fee_items(db) if i.kind == FeeKind.METERED]


def _item(db: Database, fee_item_id: int) -> FeeItem:
    item = next((i for i in metered_items(db) if i.id == fee_item_id), None)
    if item is None:
        raise NotFound("找不到这个按读数收费的项目")
    return item


def reading_sheet(db: Database, fee_item_id: int, period: Period, building: str = "") -> list[ReadingRow]:
    _item(db, fee_item_id)
    return [
        ReadingRow(
            r["unit_id"], r["unit_code"], r["owner_names"],
            None if r["previous"] is None else Decimal(r["previous"]),
            None if r["current"] is None else Decimal(r["current"]), bool(r["paid"]),
        )
        for r in meter_readings.sheet(db, fee_item_id, str(period), building.strip())
    ]  # fmt: skip


def save_readings(db: Database, actor: Actor, fee_item_id: int, period: Period, entries: Sequence[ReadingEntry],
                  today: dt.date | None = None) -> tuple[ReadingRun, Changes]:  # fmt: skip
    """Keep a month's readings and bill each unit's usage. All or nothing: a bad reading names its unit and
    nothing is kept until every row is right."""
    actor.require(Permission.GENERATE_BILLS)
    if not entries:
        raise ValidationError.single("readings", "没有录入任何读数")
    created = corrected = unchanged = billed = 0
    touched: list[int] = []
    with db.atomic():
        item = _item(db, fee_item_id)
        try:
            price = rate_for(item.rates, period).unit_price
        except ValidationError:
            raise ValidationError.single("period", f"{item.name} 在 {period} 没有生效的单价") from None
        problems: list[FieldProblem] = []
        for entry in entries:
            unit = registry.unit_row(db, entry.unit_id)
            code = unit["code"] if unit else f"#{entry.unit_id}"
            last = meter_readings.last_before(db, entry.unit_id, fee_item_id, str(period))
            existing = meter_readings.reading(db, entry.unit_id, fee_item_id, str(period))
            previous = Decimal(last) if last is not None else entry.previous
            if previous is None and existing is not None:  # correcting a first reading keeps its 底数
                previous = Decimal(existing["previous"])
            if previous is None:
                problems.append(FieldProblem("readings", f"{code}：第一次抄表，请填写上期读数（底数）"))
                continue
            try:
                usage = meter_usage(previous, entry.current)
            except ValidationError as error:
                problems.append(FieldProblem("readings", f"{code}：{error.problems[0].message}"))
                continue
            amount = line_amount(price, usage)
            description = f"{period_range_label(period, period)}{item.name}（{plain(previous)}→{plain(entry.current)}）"
            if existing is not None and existing["paid"]:
                if Decimal(existing["current"]) != entry.current:
                    problems.append(FieldProblem("readings", f"{code}：本月{item.name}已缴费，读数不能再改"))
                else:
                    unchanged += 1
                continue
            if existing is not None and (Decimal(existing["current"]), Decimal(existing["previous"])) == (
                entry.current, previous):  # fmt: skip
                unchanged += 1
                continue
            bill_id = existing["bill_id"] if existing is not None else None
            if bill_id is not None:
                meter_readings.correct_bill(db, bill_id, plain(usage), amount, description)
            elif amount > 0:
                bill_id = meter_readings.insert_bill(db, {
                    "unit_id": entry.unit_id, "fee_item_id": fee_item_id, "period": str(period),
                    "description": description, "quantity": plain(usage), "unit_price": str(price), "months": "1",
                    "amount_fen": amount, "due_date": period.last_day.isoformat(), "author": actor.name,
                })  # fmt: skip
            if existing is None:
                meter_readings.insert_reading(db, {
                    "unit_id": entry.unit_id, "fee_item_id": fee_item_id, "period": str(period),
                    "previous": plain(previous), "current": plain(entry.current), "usage": plain(usage),
                    "bill_id": bill_id, "author": actor.name,
                })  # fmt: skip
                created += 1
            else:
                meter_readings.correct_reading(db, existing["id"], plain(previous), plain(entry.current), plain(usage),
                                               bill_id, actor.name)  # fmt: skip
                audit.record(db, actor.name, "update", "meter_reading", existing["id"],
                             f"更正 {code} {period} {item.name}读数 {existing['current']} → {plain(entry.current)}",
                             {"current": existing["current"], "previous": existing["previous"]},
                             {"current": plain(entry.current), "previous": plain(previous), "amount_fen": amount},
                             unit_id=entry.unit_id)  # fmt: skip
                corrected += 1
            billed += amount
            touched.append(entry.unit_id)
        if problems:
            raise ValidationError(problems)
        if touched:
            prepayments.draw_down(db, actor.name, dt.datetime.now().replace(microsecond=0).isoformat(sep=" "), touched)
        audit.record(db, actor.name, "generate", "meter_readings", None,
                     f"录入 {period} {item.name}读数 {created} 户，更正 {corrected} 户，计费 {billed / 100:.2f} 元", None,
                     {"item": item.name, "period": str(period), "created": created, "corrected": corrected,
                      "billed_fen": billed})  # fmt: skip
    return ReadingRun(created, corrected, unchanged, billed), Changes(units=frozenset(touched))
