"""投诉处理记录表: the complaint as registered, its deadlines, every step with its time, the result, the
callback and the supervisor's review — printed for the unit's archive."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from propdesk.core.complaints import Complaint
from propdesk.core.registry import Community
from propdesk.core.work_orders import SATISFACTION
from propdesk.documents.base import FormHeader, data_table, field_grid, paragraph, render_form, section, signature_lines

TITLE = "投诉处理记录表"


@dataclass(frozen=True)
class ComplaintDoc:
    community: Community
    complaint: Complaint
    printed_at: str
    printed_by: str


def render_complaint(doc: ComplaintDoc) -> bytes:
    c = doc.complaint
    level = c.level + ("（群诉风险）" if c.group_risk else "")
    story: list[Any] = [
        field_grid(
            [
                ("受理时间", c.received_at[:16]),
                ("投诉渠道", c.channel),
                ("投诉人", c.complainant),
                ("联系电话", c.phone),
                ("房号", c.unit_code or "—"),
                ("地点", c.place),
                ("投诉类别", c.category),
                ("紧急程度", level),
                ("处理人", c.handler),
                ("受理人", c.received_by),
                ("响应期限", c.respond_due[:16]),
                ("办结期限", c.resolve_due[:16]),
            ]
        ),
        section("投诉内容"),
        paragraph(c.description, "base"),
        paragraph(f"涉及人员：{c.people or '—'}", "base"),
        paragraph(f"诉求：{c.demand or '—'}", "base"),
        section("处理经过"),
        data_table(
            ["时间", "步骤", "经办人", "情况"],
            [[e.at[:16], e.step, e.author, e.note] for e in c.events],
            [34, 18, 20, 108],
        ),
        section("处理结果"),
        paragraph(c.result or "（未办结）", "base"),
        section("回访"),
    ]
    boxes = "　".join(("■" if s == c.satisfaction else "□") + s for s in SATISFACTION)
    callback = (
        f"{c.callback_at[:16]}　回访人：{c.callback_by}　"
        if c.callback_at
        else "回访日期：__________　回访人：________　"
    )
    story += [
        paragraph(callback + boxes, "base"),
        paragraph(f"投诉人意见：{c.callback_comment or '—'}", "base"),
        section("主管审核"),
        paragraph(f"{c.review}（{c.reviewed_by}）" if c.review else "审核意见：______________________________", "base"),
    ]
    story += signature_lines(["处理人", "客服主管"])
    header = FormHeader(community=doc.community, title=TITLE, number=c.number, printed_at=doc.printed_at,
                        printed_by=doc.printed_by)  # fmt: skip
    return render_form(header, story)
