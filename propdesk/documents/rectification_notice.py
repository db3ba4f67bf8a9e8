"""整改通知书 / 违章处理通知单: the numbered notice handed to the owner and the contractor — the violation,
the rule broken, the evidence photo, what must be done by when, the penalty — with the receiving
signature, and a re-check section the patrol fills in later."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from propdesk.core.money import format_yuan, to_capital
from propdesk.core.registry import Community
from propdesk.core.renovation import Renovation, Violation
from propdesk.documents.base import FormHeader, field_grid, paragraph, render_form, section, signature_lines

TITLE = "装修整改通知书"


@dataclass(frozen=True)
class NoticeDoc:
    community: Community
    renovation: Renovation
    violation: Violation
    photos: Sequence[bytes]
    printed_at: str
    printed_by: str


def render_rectification(doc: NoticeDoc) -> bytes:
    from reportlab.lib.units import mm
    from reportlab.platypus import Image, Spacer, Table

    r, v = doc.renovation, doc.violation
    penalty = (
        f"¥{format_yuan(v.penalty_fen)}（{to_capital(v.penalty_fen)}），从装修押金中扣除" if v.penalty_fen else "无"
    )
    story: list[Any] = [
        paragraph(f"致 {r.unit_code} 业主 {r.owner_names or r.applicant} 及 {r.contractor}：", "base"),
        Spacer(1, 2 * mm),
        field_grid(
            [
                ("通知书编号", v.number),
                ("许可证号", r.permit_number or ""),
                ("发现时间", v.found_at[:16]),
                ("发现人", v.found_by),
                ("违反规定", v.rule),
                ("现场负责人", f"{r.foreman} {r.foreman_phone}"),
            ]
        ),
        section("违章情况"),
        paragraph(v.description, "base"),
    ]
    if doc.photos:
        cells = [Image(io.BytesIO(p), width=45 * mm, height=34 * mm, kind="proportional") for p in doc.photos[:3]]
        story += [section("现场照片"), Table([cells], hAlign="LEFT")]
    story += [
        section("整改要求"),
        paragraph(f"{v.required}。请于 {v.deadline} 前整改完毕，物业服务中心届时复查。", "base"),
        paragraph(f"处理：{penalty}。逾期不整改的，物业服务中心有权责令停工，并按装修承诺书处理。", "base"),
    ]
    story += signature_lines(["业主或施工负责人（签收）", "物业经办人"])
    story += [
        section("复查情况"),
        paragraph(
            f"{v.recheck_on}：{v.recheck_result}（{v.state}）"
            if v.recheck_on
            else "复查日期：______年____月____日　　结果：□已整改　□未整改　　复查人：____________",
            "base",
        ),
    ]
    header = FormHeader(community=doc.community, title=TITLE, number=v.number, printed_at=doc.printed_at,
                        printed_by=doc.printed_by)  # fmt: skip
    return render_form(header, story)
