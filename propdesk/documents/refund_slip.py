"""退款单: a refund as issued — its own number, what was held, any deduction and why, what was paid
out in figures and 大写, the approving supervisor — with signature lines for payee, cashier and
approver. Printed at the counter and kept as printed."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from propdesk.core.money import format_yuan, to_capital
from propdesk.core.prepayments import Refund
from propdesk.core.registry import Community
from propdesk.documents.base import FormHeader, field_grid, paragraph, render_form, signature_lines

TITLE = "退款单"


@dataclass(frozen=True)
class RefundDoc:
    community: Community
    refund: Refund
    printed_at: str
    printed_by: str
    reprint: bool = False


def render_refund(doc: RefundDoc) -> bytes:
    f = doc.refund
    fields = [
        ("退款单号", f.number),
        ("退款时间", f.refunded_at[:16]),
        ("房号", f.unit_code),
        ("领款人", f.payee),
        ("退款类别", f.kind),
        ("项目", f.item),
        ("原交金额", f"¥{format_yuan(f.held_fen)}"),
        ("扣除金额", f"¥{format_yuan(f.deducted_fen)}"),
        ("实退金额", f"¥{format_yuan(f.amount_fen)}"),
        ("实退大写", to_capital(f.amount_fen)),
        ("退款方式", f.method),
        ("审批人", f.approved_by),
        ("退款原因", f.reason),
        ("经办人", f.cashier),
    ]
    if f.deducted_fen:
        fields.append(("扣除原因", f.deduction_reason))
    from reportlab.lib.units import mm
    from reportlab.platypus import Spacer

    story: list[Any] = [field_grid(fields), Spacer(1, 3 * mm)]
    if doc.reprint:
        story.append(paragraph("（补打）", "base"))
    story.append(paragraph("领款人凭本单及原收据（客户联）领取退款；退款单手写无效。", "small"))
    story += signature_lines(["领款人", "经办人", "审批人"])
    header = FormHeader(community=doc.community, title=TITLE, number=f.number, printed_at=doc.printed_at,
                        printed_by=doc.printed_by)  # fmt: skip
    return render_form(header, story)
