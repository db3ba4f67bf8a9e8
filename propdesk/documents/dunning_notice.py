"""催缴通知书 in batch: one page per unit — what it owes per fee item, the total in figures and 大写,
the pay-by date, the contract clause, the office contact, and a tear-off 回执 for hand delivery."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from propdesk.core.billing import DunningNotice
from propdesk.core.money import format_yuan, to_capital
from propdesk.core.registry import Community
from propdesk.documents.base import FormHeader, data_table, paragraph, render_form

TITLE = "催缴通知书"
PAY_WITHIN_DAYS = 7


@dataclass(frozen=True)
class DunningDoc:
    community: Community
    notices: Sequence[DunningNotice]
    issued: dt.date
    printed_by: str


def notice_number(issued: dt.date, index: int) -> str:
    return f"CJ{issued:%Y%m%d}{index:04d}"


def _notice(doc: DunningDoc, index: int, notice: DunningNotice) -> list[Any]:
    from reportlab.lib.units import mm
    from reportlab.platypus import Spacer

    office = doc.community
    deadline = doc.issued + dt.timedelta(days=PAY_WITHIN_DAYS)
    total = notice.total_fen
    contact = "，".join(p for p in (f"地址：{office.office_address}" if office.office_address else "",
                                    f"电话：{office.office_phone}" if office.office_phone else "") if p)  # fmt: skip
    rows = [[line.item, line.periods, f"{line.bills} 个月", format_yuan(line.amount_fen)] for line in notice.lines]
    rows.append(["合计", "", "", format_yuan(total)])
    return [
        paragraph(f"编号：{notice_number(doc.issued, index)}", "small"),
        Spacer(1, 2 * mm),
        paragraph(f"致 {notice.unit_code} 业主 {notice.owner_names or ''}：", "base"),
        Spacer(1, 2 * mm),
        paragraph(
            f"　　截至 {doc.issued:%Y年%m月%d日}，您的房屋 {notice.unit_code} 尚有以下费用逾期未缴，明细如下：", "base"
        ),
        Spacer(1, 2 * mm),
        data_table(["收费项目", "账单月份", "月数", "金额（元）"], rows, [50, 60, 25, 45], numeric=(2, 3)),
        Spacer(1, 3 * mm),
        paragraph(f"欠费合计：人民币 {to_capital(total)}（¥{format_yuan(total)}）", "base"),
        Spacer(1, 2 * mm),
        paragraph(
            f"　　根据《物业服务合同》的约定，业主应按时交纳物业服务费等费用。请您于 {deadline:%Y年%m月%d日} 前到"
            f"物业服务中心交纳，或通过微信、支付宝、银行转账交纳。如已交纳，请勿理会本通知，并请保留收据。"
            f"如对欠费有疑问，欢迎来电或到物业服务中心查询。",
            "base",
        ),
        Spacer(1, 2 * mm),
        paragraph(f"　　{office.office_title}" + (f"（{contact}）" if contact else ""), "base"),
        Spacer(1, 4 * mm),
        paragraph(f"{office.office_title}（盖章）　　　　{doc.issued:%Y年%m月%d日}", "base"),
        Spacer(1, 10 * mm),
        paragraph(
            "- - - - - - - - - - - - - - - - - - - - 沿此线剪下 - - - - - - - - - - - - - - - - - - - -", "small"
        ),
        Spacer(1, 3 * mm),
        paragraph(f"回　执　（编号 {notice_number(doc.issued, index)}）", "section"),
        paragraph(
            f"房号：{notice.unit_code}　　欠费合计：¥{format_yuan(total)}\n"
            "本人已收到物业服务中心送达的《催缴通知书》。\n\n"
            "业主（签收）：______________　　送达人：______________　　日期：______年____月____日",
            "base",
        ),
    ]


def render_dunning_notices(doc: DunningDoc) -> bytes:
    from reportlab.platypus import PageBreak

    story: list[Any] = []
    for index, notice in enumerate(doc.notices, start=1):
        if story:
            story.append(PageBreak())
        story += _notice(doc, index, notice)
    if not story:
        story.append(paragraph("没有逾期欠费的房屋。", "base"))
    header = FormHeader(community=doc.community, title=TITLE, printed_at=doc.issued.isoformat(),
                        printed_by=doc.printed_by)  # fmt: skip
    return render_form(header, story)
