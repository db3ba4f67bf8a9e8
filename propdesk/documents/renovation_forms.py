"""The renovation forms: 房屋装修申请表 with the review section and the 装修承诺书 to sign (one PDF, two
pages), and the 装修许可证 posted at the unit's door in large type."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from propdesk.core.money import format_yuan
from propdesk.core.registry import Community
from propdesk.core.renovation import ATTACHMENTS, WORK_ITEMS, WORKING_HOURS, DesignChange, Renovation
from propdesk.documents.base import FormHeader, data_table, field_grid, paragraph, render_form, section, signature_lines

APPLICATION_TITLE = "房屋装修申请表"
PERMIT_TITLE = "装修许可证"
RULES = [
    "严禁拆改承重墙、梁、柱、楼板及剪力墙，严禁在承重墙上开洞、扩洞。",
    "卫生间、厨房、阳台改动防水层的，须重做防水并做 48 小时闭水试验，经物业验收后方可封闭。",
    "不得擅自改变外立面、封闭阳台露台、移位空调机位，不得破坏防护栏。",
    "装修垃圾袋装后运至指定地点，不得堆放在公共部位，不得抛撒、倒入下水道。",
    "不得擅自改动烟感、喷淋等消防设施；动火作业须事先报物业。",
    "做好公共部位成品保护；损坏公共设施的，照价赔偿。",
    "违反以上约定的，物业服务中心有权责令停工整改，并按约定从装修押金中扣除相应费用；押金不足的，予以追收。",
]


@dataclass(frozen=True)
class ApplicationDoc:
    community: Community
    renovation: Renovation
    printed_at: str
    printed_by: str
    work_items: Sequence[str] = tuple(WORK_ITEMS)  # the office's list (装修设置)
    working_hours: str = WORKING_HOURS
    changes: Sequence[DesignChange] = ()  # 设计变更, latest first


def _ticked(options: list[str], chosen: tuple[str, ...]) -> str:
    # the bundled font has ✔ but no ballot boxes: a bracket pair reads the same on paper
    return "　".join(("（✔）" if o in chosen else "（　）") + o for o in options)


def render_application(doc: ApplicationDoc) -> bytes:
    from reportlab.platypus import PageBreak

    r = doc.renovation
    story: list[Any] = [
        field_grid(
            [
                ("房号", r.unit_code),
                ("业主", r.owner_names or "（未登记）"),
                ("申请人", f"{r.applicant}（{r.applicant_kind}）"),
                ("联系电话", r.applicant_phone),
                ("施工单位", r.contractor),
                ("资质证书", r.contractor_license),
                ("现场负责人", r.foreman),
                ("负责人电话", r.foreman_phone),
                ("装修范围", r.scope),
                ("施工人数", f"{r.workers} 人"),
                ("计划开工", r.planned_start),
                ("计划完工", r.planned_end),
            ]
        ),
        section("装修项目"),
        paragraph(_ticked([*doc.work_items, *(i for i in r.items if i not in doc.work_items)], r.items), "base"),
        section("附件"),
        paragraph(_ticked(ATTACHMENTS, r.attachments), "base"),
    ]
    if r.applicant_kind == "租户":
        story.append(
            paragraph("租户申请：" + ("已附业主书面同意书" if r.owner_consent else "缺业主书面同意书"), "base")
        )
    if r.note:
        story.append(paragraph(f"说明：{r.note}", "base"))
    story += [
        section("审核意见"),
        field_grid(
            [
                ("审核结果", ("驳回" if r.state == "已驳回" else "同意") if r.reviewed_at else "（待审核）"),
                ("审核期限", r.review_due),
                ("意见", r.review_opinion),
                ("审核人", f"{r.reviewed_by or ''} {(r.reviewed_at or '')[:10]}"),
            ]
        ),
    ]
    if r.fees:
        story += [section("装修费用"), data_table(["项目", "金额（元）", "状态"],
                                                 [[f.item, format_yuan(f.amount_fen), "已缴" if f.paid else "未缴"]
                                                  for f in r.fees], [70, 50, 50], numeric=(1,))]  # fmt: skip
    if doc.changes:
        rows = [[c.requested_at[:10], c.description + (f"（增加：{'、'.join(c.items_added)}）" if c.items_added else ""),
                 c.new_end or "", f"{c.state} {c.reviewed_by or ''} {c.opinion}".strip()]
                for c in reversed(doc.changes)]  # fmt: skip
        story += [section("设计变更"), data_table(["申请日期", "变更内容", "延至", "审核"], rows, [24, 86, 24, 36])]
    story += signature_lines(["申请人", "施工单位负责人"])
    story += [PageBreak(), section("装修承诺书"),
              paragraph(f"本人/本单位在 {r.unit_code} 装修期间（{r.planned_start} 至 {r.planned_end}），承诺遵守以下约定：", "base")]  # fmt: skip
    rules = [f"施工时间：{doc.working_hours}。", *RULES]
    story += [paragraph(f"{index}. {line}", "base") for index, line in enumerate(rules, start=1)]
    story += signature_lines(["业主（申请人）", "施工单位负责人", "物业服务中心"])
    header = FormHeader(community=doc.community, title=APPLICATION_TITLE, number=r.permit_number or f"申请 {r.id}",
                        printed_at=doc.printed_at, printed_by=doc.printed_by)  # fmt: skip
    return render_form(header, story)


def render_permit(community: Community, r: Renovation, working_hours: str = WORKING_HOURS) -> bytes:
    """Large type for the door: readable from the stairwell."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen.canvas import Canvas

    from propdesk.documents.fonts import register_fonts

    font = register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, invariant=1)
    canvas.setTitle(f"{PERMIT_TITLE} {r.permit_number}")
    width, height = A4
    canvas.setLineWidth(3)
    canvas.rect(12 * mm, 12 * mm, width - 24 * mm, height - 24 * mm)
    canvas.setFont(font, 16)
    canvas.drawCentredString(width / 2, height - 35 * mm, community.office_title)
    canvas.setFont(font, 44)
    canvas.drawCentredString(width / 2, height - 60 * mm, PERMIT_TITLE)
    canvas.setFont(font, 14)
    canvas.drawCentredString(width / 2, height - 72 * mm, f"编号：{r.permit_number}")
    rows = [("房　　号", r.unit_code), ("业　　主", r.owner_names or r.applicant), ("施工单位", r.contractor),
            ("负 责 人", f"{r.foreman}　{r.foreman_phone}"), ("施工期限", f"{r.planned_start} 至 {r.planned_end}")]  # fmt: skip
    y = height - 95 * mm
    for label, value in rows:
        canvas.setFont(font, 18)
        canvas.drawString(28 * mm, y, f"{label}：")
        size = 18 if stringWidth(value, font, 18) <= width - 98 * mm else 14  # a long contractor name shrinks
        canvas.setFont(font, size)
        canvas.drawString(70 * mm, y, value)
        y -= 16 * mm
    canvas.setFont(font, 13)
    canvas.drawString(28 * mm, y, "施工时间：")
    if working_hours == WORKING_HOURS:
        lines = ["8:00–12:00、14:00–18:00", "节假日 9:00–12:00、14:00–17:00", "中午和夜间禁止噪声施工"]
    else:
        from reportlab.lib.utils import simpleSplit

        lines = simpleSplit(working_hours, font, 13, width - 98 * mm)[:4]
    for line in lines:
        canvas.drawString(70 * mm, y, line)
        y -= 8 * mm
    y -= 8 * mm
    canvas.setFont(font, 14)
    canvas.drawString(28 * mm, y, f"投诉及监督电话：{community.office_phone or '物业服务中心'}")
    canvas.drawString(28 * mm, y - 10 * mm, "本证须张贴于户门醒目位置，不得涂改、转借。")
    canvas.setFont(font, 13)
    canvas.drawRightString(width - 28 * mm, 40 * mm, f"{community.office_title}（盖章）")
    canvas.drawRightString(width - 28 * mm, 31 * mm, f"发证日期：{(r.permit_issued_at or '')[:10]}")
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()
