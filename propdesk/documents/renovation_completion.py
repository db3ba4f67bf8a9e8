"""The end-of-renovation forms: the 装修竣工验收表 (the checklist as inspected, each re-inspection under the
first, the items to rectify, the signatures) and the 装修押金退还审批表 (deposits held with their receipts,
deductions itemised, the refund in figures and 大写, the passes back or forfeited, approval and payee)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from propdesk.core.money import format_yuan, to_capital
from propdesk.core.registry import Community
from propdesk.core.renovation import Acceptance, HeldDeposit, Renovation, Settlement, acceptance_items
from propdesk.documents.base import (
    FormHeader,
    data_table,
    field_grid,
    paragraph,
    render_form,
    section,
    signature_lines,
)

ACCEPTANCE_TITLE = "装修竣工验收表"
SETTLEMENT_TITLE = "装修押金退还审批表"


@dataclass(frozen=True)
class AcceptanceDoc:
    community: Community
    renovation: Renovation
    acceptances: Sequence[Acceptance]  # latest first; empty prints a blank checklist to fill in on site
    printed_at: str
    printed_by: str


def _renovation_fields(r: Renovation) -> list[tuple[str, str]]:
    return [
        ("房号", r.unit_code),
        ("业主", r.owner_names or r.applicant),
        ("许可证号", r.permit_number or ""),
        ("施工单位", r.contractor),
        ("现场负责人", f"{r.foreman} {r.foreman_phone}"),
        ("许可期限", f"{r.planned_start} 至 {r.planned_end}"),
    ]


def render_acceptance(doc: AcceptanceDoc) -> bytes:
    r = doc.renovation
    items = acceptance_items(r.items)
    story: list[Any] = [
        field_grid([*_renovation_fields(r), ("装修项目", "、".join(r.items)), ("完工日期", r.completed_on or "")]),
    ]
    rounds = list(reversed(doc.acceptances))  # on paper: the first inspection first
    if not rounds:
        story += [section("验收项目"), data_table(["验收项目", "合格", "不合格", "整改要求"],
                                              [[i, "□", "□", ""] for i in items], [62, 16, 16, 76])]  # fmt: skip
    for index, a in enumerate(rounds):
        title = "竣工验收" if index == 0 else f"第 {index} 次复验"
        story.append(section(f"{title}（{a.inspected_on}，验收人 {a.inspector}）"))
        rows = [[i, "不合格" if i in a.failures else "合格", a.failures.get(i, "")] for i in items]
        story.append(data_table(["验收项目", "结果", "整改要求"], rows, [62, 24, 84]))
        verdict = "通过" if a.passed else "不通过，整改后复验"
        story.append(paragraph(f"验收结论：{verdict}" + (f"。{a.note}" if a.note else ""), "base"))
    if "闭水试验合格" not in items:
        story.append(paragraph("本次装修未涉及防水层，不做闭水试验。", "base"))
    story += signature_lines(["业主", "施工单位负责人", "物业验收人"])
    header = FormHeader(community=doc.community, title=ACCEPTANCE_TITLE, number=r.permit_number or "",
                        printed_at=doc.printed_at, printed_by=doc.printed_by)  # fmt: skip
    return render_form(header, story)


@dataclass(frozen=True)
class SettlementDoc:
    community: Community
    renovation: Renovation
    settlement: Settlement
    deposits: Sequence[HeldDeposit]  # as they were held before the settlement
    pass_deposits: Sequence[HeldDeposit]
    accepted_on: str
    printed_at: str
    printed_by: str


def render_settlement(doc: SettlementDoc) -> bytes:
    r, s = doc.renovation, doc.settlement
    held_rows = [[d.item, d.receipt_number, format_yuan(d.amount_fen)] for d in doc.deposits]
    held_rows.append(["合计", "", format_yuan(s.held_fen)])
    deduction_rows = [[d.kind, d.description, format_yuan(d.amount_fen)] for d in s.deductions]
    deduction_rows.append(["合计", "", format_yuan(sum(d.amount_fen for d in s.deductions))])
    story: list[Any] = [
        field_grid([*_renovation_fields(r), ("竣工验收", f"{doc.accepted_on} 通过"), ("结算日期", s.settled_at[:16])]),
        section("已交押金"),
        data_table(["项目", "收据号", "金额（元）"], held_rows, [80, 50, 40], numeric=(2,)),
        section("扣除明细"),
        data_table(["类别", "事由", "金额（元）"], deduction_rows, [26, 104, 40], numeric=(2,)),
        section("结算结果"),
        field_grid(
            [
                ("从押金中扣除", f"¥{format_yuan(s.kept_fen)}"),
                ("应退金额", f"¥{format_yuan(s.refunded_fen)}"),
                ("应退（大写）", to_capital(s.refunded_fen)),
                ("不足追收", f"¥{format_yuan(s.shortfall_fen)}（已开账单）" if s.shortfall_fen else "无"),
            ]
        ),
    ]
    if doc.pass_deposits:
        outcomes = {"可退": "交回，押金退还", "遗失没收": "遗失，押金没收"}
        rows = [[d.pass_number, outcomes.get(d.pass_outcome, "逾期交回，押金没收"), d.receipt_number,
                 format_yuan(d.amount_fen)] for d in doc.pass_deposits]  # fmt: skip
        passes_line = (
            f"出入证押金退还 ¥{format_yuan(s.passes_refunded_fen)}，没收 ¥{format_yuan(s.passes_forfeited_fen)}。"
        )
        story += [
            section("临时出入证押金"),
            data_table(["出入证号", "情况", "收据号", "押金（元）"], rows, [40, 60, 40, 30], numeric=(3,)),
            paragraph(passes_line, "base"),
        ]
    total = s.refunded_fen + s.passes_refunded_fen
    story += [
        section("退款"),
        field_grid(
            [
                ("实退合计", f"¥{format_yuan(total)}（{to_capital(total)}）"),
                ("退款方式", s.method),
                ("退款单号", "、".join(s.refund_numbers)),
                ("领款人", s.payee),
                ("收银员", s.cashier),
                ("审批人", s.approved_by),
            ]
        ),
    ]
    story += signature_lines(["业主（领款人）", "客服主管审批", "财务"])
    header = FormHeader(community=doc.community, title=SETTLEMENT_TITLE, number=r.permit_number or "",
                        printed_at=doc.printed_at, printed_by=doc.printed_by)  # fmt: skip
    return render_form(header, story)
