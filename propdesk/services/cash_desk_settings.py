"""收费设置: the receipt number prefix, the receipt paper, and the fee-start rule of the office."""

from __future__ import annotations

import re
from dataclasses import asdict

from propdesk.core.author import Actor
from propdesk.core.billing import CashDeskSettings, ReceiptPaper, StartRule
from propdesk.core.changes import Changes
from propdesk.core.errors import FieldProblem, ValidationError
from propdesk.core.permissions import Permission
from propdesk.services.fees import START_RULE_KEY
from propdesk.services.payments import PREFIX_KEY
from propdesk.store import audit, settings
from propdesk.store.connection import Database

PAPER_KEY = "receipts.paper"
_PREFIX = re.compile(r"[A-Za-z0-9-]{0,6}")


def load(db: Database) -> CashDeskSettings:
    paper = settings.get_value(db, PAPER_KEY, ReceiptPaper.A4_THREE.value)
    rule = settings.get_value(db, START_RULE_KEY, StartRule.MID_MONTH.value)
    return CashDeskSettings(
        receipt_prefix=settings.get_value(db, PREFIX_KEY),
        receipt_paper=paper if paper in {p.value for p in ReceiptPaper} else ReceiptPaper.A4_THREE.value,
        start_rule=rule if rule in {r.value for r in StartRule} else StartRule.MID_MONTH.value,
    )


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
    if problems:
        raise ValidationError(problems)
    with db.atomic():
        before = load(db)
        after = CashDeskSettings(prefix, wanted.receipt_paper, wanted.start_rule)
        if after == before:
            return Changes()
        settings.set_value(db, PREFIX_KEY, prefix)
        settings.set_value(db, PAPER_KEY, after.receipt_paper)
        settings.set_value(db, START_RULE_KEY, after.start_rule)
        audit.record(db, actor.name, "update", "settings", None, "修改收费设置", asdict(before), asdict(after))
    return Changes()
