"""派工单 / 维修服务单: the call, the dispatch and the work done, the materials and the fee with 合计 in
大写, the owner's opinion and the signatures — one A4 a copy, three copies (客户联, 财务联, 物业存根) or one.
What is not known yet prints as boxes and blanks to fill in by hand on site."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from propdesk.core.money import format_yuan, to_capital
from propdesk.core.registry import Community
from propdesk.core.work_orders import SATISFACTION, WorkOrder
from propdesk.documents.base import FormHeader, data_table, field_grid, paragraph, render_form, section, signature_lines

TITLE = "维修派工单"
COPIES = ("第一联　客户联", "第二联　财务联", "第三联　物业存根")


@dataclass(frozen=True)
class WorkOrderDoc:
    community: Community
    order: WorkOrder
    copies: int  # 3 or 1
    printed_at: str
    printed_by: str


def _boxes(options: list[str], chosen: str) -> str:
    return "　".join(("■" if o == chosen else "□") + o for o in options)


def _copy(o: WorkOrder, label: str) -> list[Any]:
    from reportlab.lib.enums import TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph

    from propdesk.documents.base import styles

    right = ParagraphStyle("copy", parent=styles()["base"], alignment=TA_RIGHT)
    place = f"{o.unit_code}　{o.location}".strip() if o.unit_code else f"公共区域：{o.location}"
    story: list[Any] = [
        Paragraph(label, right),
        field_grid(
            [
                ("报修时间", o.reported_at[:16]),
                ("报修渠道", o.channel),
                ("报修人", o.caller),
                ("联系电话", o.phone),
                ("维修地点", place),
                ("报修类别", o.category),
                ("紧急程度", o.urgency),
                ("处理时限", o.due_at[:16]),
                ("保修情况", o.warranty),
                ("预约时间", (o.appointment or "")[:16]),
            ]
        ),
        section("报修内容"),
        paragraph(o.description, "base"),
        section("派工与处理"),
        field_grid(
            [
                ("维修人员", o.technician),
                ("派工时间", (o.dispatched_at or "")[:16]),
                ("到场时间", (o.arrived_at or "")[:16]),
                ("完工时间", (o.completed_at or "")[:16]),
            ]
        ),
        paragraph(
            f"完成情况：■完成　处理结果：{o.result}"
            if o.completed_at
            else "完成情况：□完成　□未完成（后续处理：________________________________）",
            "base",
        ),
    ]
    rows = [[m.name, m.spec, m.quantity, format_yuan(m.unit_price_fen), format_yuan(m.amount_fen)] for m in o.materials]
    story += [
        section("材料及费用"),
        data_table(
            ["材料", "规格", "数量", "单价（元）", "金额（元）"],
            rows,
            [56, 36, 22, 28, 28],
            empty_rows=max(0, 3 - len(rows)),
            numeric=(3, 4),
        ),
    ]
    if o.completed_at:
        total = o.total_fen
        story.append(paragraph(f"服务费：¥{format_yuan(o.service_fee_fen)}　　合计：¥{format_yuan(total)}（{to_capital(total)}）"
                               + ("　已记入业主账单" if o.fee_bill_id else ""), "base"))  # fmt: skip
    else:
        story.append(paragraph("服务费：¥__________　　合计：¥__________（大写：______________________）", "base"))
    story += [
        section("业主意见"),
        paragraph(
            _boxes(SATISFACTION, o.satisfaction) + "　意见：" + (o.callback_comment or "____________________"), "base"
        ),
    ]
    story += signature_lines(["业主（报修人）", "维修人员"])
    return story


def render_work_order(doc: WorkOrderDoc) -> bytes:
    from reportlab.platypus import PageBreak

    story: list[Any] = []
    for index, label in enumerate(COPIES[: doc.copies] if doc.copies > 1 else ("",)):
        if index:
            story.append(PageBreak())
        story += _copy(doc.order, label)
    header = FormHeader(community=doc.community, title=TITLE, number=doc.order.number, printed_at=doc.printed_at,
                        printed_by=doc.printed_by)  # fmt: skip
    return render_form(header, story)
