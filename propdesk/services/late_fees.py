"""滞纳金: the office's rule (off by default), the late fee of owed bills today, and the supervisor's
waiver of a bill's late fee with a reason."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import asdict
from decimal import Decimal, InvalidOperation

from propdesk.core.author import Actor
from propdesk.core.billing import Bill, Period, ReceiptLine, period_range_label
from propdesk.core.changes import Changes
from propdesk.core.errors import FieldProblem, NotFound, ValidationError
from propdesk.core.late_fees import LateFeeRule, late_fees
from propdesk.core.permissions import Permission
from propdesk.core.prepayments import LATE_FEE_ITEM
from propdesk.store import audit, billing, receipts, settings
from propdesk.store.connection import Database

ENABLED_KEY = "billing.late_fee.enabled"
PERMILLE_KEY = "billing.late_fee.permille"
GRACE_KEY = "billing.late_fee.grace_days"
MAX_PERMILLE = Decimal(5)


def rule(db: Database) -> LateFeeRule:
    default = LateFeeRule()
    try:
        permille = Decimal(settings.get_value(db, PERMILLE_KEY, str(default.permille_per_day)))
        grace = int(settings.get_value(db, GRACE_KEY, str(default.grace_days)))
    except (InvalidOperation, ValueError):
        return default
    return LateFeeRule(settings.get_value(db, ENABLED_KEY, "0") == "1", permille, grace)


def parse_permille(text: str) -> Decimal:
    try:
        value = Decimal(text.strip().removesuffix("‰"))
    except InvalidOperation:
        raise ValidationError.single("late_fee_permille", f"滞纳金比例“{text}”不是有效的数字") from None
    if not value.is_finite() or not 0 < value <= MAX_PERMILLE or value != value.quantize(Decimal("0.01")):
        raise ValidationError.single("late_fee_permille", f"滞纳金比例应在 0.01‰ 到 {MAX_PERMILLE}‰ 之间，最多两位小数")
    return value


def save_rule(db: Database, actor: Actor, wanted: LateFeeRule) -> Changes:
    actor.require(Permission.EDIT_SETTINGS)
    problems = check_rule(wanted)
    if problems:
        raise ValidationError(problems)
    with db.atomic():
        before = rule(db)
        if before == wanted:
            return Changes()
        write_rule(db, wanted)
        audit.record(db, actor.name, "update", "settings", None, f"滞纳金规则：{wanted.describe()}",
                     {k: str(v) for k, v in asdict(before).items()}, {k: str(v) for k, v in asdict(wanted).items()})  # fmt: skip
    return Changes(all_units=True)


def write_rule(db: Database, wanted: LateFeeRule) -> None:
    """Store the rule (inside the caller's transaction; the caller checks rights and logs)."""
    settings.set_value(db, ENABLED_KEY, "1" if wanted.enabled else "0")
    settings.set_value(db, PERMILLE_KEY, str(wanted.permille_per_day))
    settings.set_value(db, GRACE_KEY, str(wanted.grace_days))


def check_rule(wanted: LateFeeRule) -> list[FieldProblem]:
    problems = []
    if not 0 < wanted.permille_per_day <= MAX_PERMILLE:
        problems.append(FieldProblem("late_fee_permille", f"滞纳金比例应在 0.01‰ 到 {MAX_PERMILLE}‰ 之间"))
    if not 0 <= wanted.grace_days <= 365:
        problems.append(FieldProblem("late_fee_grace_days", "宽限天数应在 0 到 365 之间"))
    return problems


def waived_bills(db: Database, unit_id: int) -> frozenset[int]:
    return billing.waived_of_unit(db, unit_id)


def rule_fees(db: Database, bills: Sequence[Bill], today: dt.date, waived: frozenset[int]) -> dict[int, int]:
    return late_fees(rule(db), bills, today, waived)


def due_on(db: Database, bills: Sequence[Bill], today: dt.date) -> dict[int, int]:
    """The late fee of each of these bills today (none when the rule is off or a bill was waived)."""
    if not bills:
        return {}
    return rule_fees(db, bills, today, billing.waived_of_unit(db, bills[0].unit_id))


def receipt_line(db: Database, bills: Sequence[Bill], charged: dict[int, int]) -> ReceiptLine:
    """One 滞纳金 line for the bills that carry one: the months it covers, the rate, how many bills."""
    months = sorted(Period.parse(b.period) for b in bills if b.id in charged and b.period)
    label = period_range_label(months[0], months[-1]) if months else ""
    return ReceiptLine(None, LATE_FEE_ITEM, label, f"{rule(db).permille_per_day}‰/日", f"{len(charged)}笔",
                       sum(charged.values()))  # fmt: skip


def waive(db: Database, actor: Actor, unit_id: int, bill_ids: Sequence[int], reason: str,
          now: dt.datetime | None = None) -> tuple[int, Changes]:  # fmt: skip
    """减免滞纳金: a supervisor waives the late fee of owed bills, with a reason kept beside each."""
    actor.require(Permission.WAIVE_LATE_FEE)
    if not reason.strip():
        raise ValidationError.single("reason", "请填写减免滞纳金的原因")
    if not bill_ids:
        raise ValidationError.single("bills", "请选择要减免滞纳金的账单")
    at = (now or dt.datetime.now()).replace(microsecond=0)
    with db.atomic():
        owed = {b.id: b for b in receipts.unpaid_bills(db, unit_id)}
        chosen = [owed[i] for i in dict.fromkeys(bill_ids) if i in owed]
        if len(chosen) != len(set(bill_ids)):
            raise NotFound("所选账单中有已缴或不属于这户的，请刷新后重选")
        amount = sum(rule_fees(db, chosen, at.date(), frozenset()).values())
        made = billing.insert_waivers(db, [b.id for b in chosen], reason.strip(), actor.name, at.isoformat(sep=" "))
        audit.record(db, actor.name, "waive", "late_fee", None,
                     f"减免滞纳金 {made} 笔（当日 {amount / 100:.2f} 元）：{reason.strip()}", None,
                     {"bills": [b.id for b in chosen], "amount_fen": amount, "reason": reason.strip()},
                     unit_id=unit_id)  # fmt: skip
    return made, Changes(units=frozenset({unit_id}))
