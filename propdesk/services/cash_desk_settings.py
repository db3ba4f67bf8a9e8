"""收费设置: the receipt number prefix, the receipt paper, the fee-start rule and the late-fee rule."""

from __future__ import annotations

import re
from dataclasses import asdict, replace
from typing import Any

from propdesk.core.author import Actor
from propdesk.core.billing import CashDeskSettings, ReceiptPaper, StartRule
from propdesk.core.changes import Changes
from propdesk.core.errors import FieldProblem, ValidationError
from propdesk.core.late_fees import LateFeeRule
from propdesk.core.permissions import Permission
from propdesk.services import late_fees
from propdesk.services.fees import START_RULE_KEY
from propdesk.services.payments import PREFIX_KEY
from propdesk.store import audit, settings
from propdesk.store.connection import Database

PAPER_KEY = "receipts.paper"
_PREFIX = re.compile(r"[A-Za-z0-9-]{0,6}")


def load(db: Database) -> CashDeskSettings:
    paper = settings.get_value(db, PAPER_KEY, ReceiptPaper.A4_THREE.value)
    rule = settings.get_value(db, START_RULE_KEY, StartRule.MID_MONTH.value)
    late = late_fees.rule(db)
    return CashDeskSettings(
        receipt_prefix=settings.get_value(db, PREFIX_KEY),
        receipt_paper=paper if paper in {p.value for p in ReceiptPaper} else ReceiptPaper.A4_THREE.value,
        start_rule=rule if rule in {r.value for r in StartRule} else StartRule.MID_MONTH.value,
        late_fee_enabled=late.enabled,
        late_fee_permille=late.permille_per_day,
        late_fee_grace_days=late.grace_days,
    )


def _plain(values: CashDeskSettings) -> dict[str, Any]:
    return {k: str(v) if not isinstance(v, bool | int) else v for k, v in asdict(values).items()}


def save(db: Database, actor: Actor, wanted: CashDeskSettings) -> Changes:
    actor.require(Permission.EDIT_SETTINGS)
    prefix = wanted.receipt_prefix.strip().upper()
    problems = []
    if not _PREFIX.fullmatch(prefix):
        problems.append(FieldProblem("receipt_prefix", "收据号前缀最多 6 位，只能用字母、数字和“-”"))
    if wanted.receipt_paper not in {p.value for p in ReceiptPaper}:
        problems.append(FieldProblem("receipt_paper", "请选择收据纸张"))
    if wanted.start_rule not in {r.value for r in StartRule}:
        problems.append(FieldProblem("start_rule", "请选择起收规则"))
    late = LateFeeRule(wanted.late_fee_enabled, wanted.late_fee_permille, wanted.late_fee_grace_days)
    problems += late_fees.check_rule(late)
    if problems:
        raise ValidationError(problems)
    with db.atomic():
        before = load(db)
        after = replace(wanted, receipt_prefix=prefix)
        if after == before:
            return Changes()
        settings.set_value(db, PREFIX_KEY, prefix)
        settings.set_value(db, PAPER_KEY, after.receipt_paper)
        settings.set_value(db, START_RULE_KEY, after.start_rule)
        late_fees.write_rule(db, late)
        audit.record(db, actor.name, "update", "settings", None, "修改收费设置",
                     _plain(before), _plain(after))  # fmt: skip
    return Changes()
