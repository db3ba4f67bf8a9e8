"""社区活动's printouts: the notice for the board (A4 or A3: the same layout, every size scaled) and the
sign-up sheet (households already signed up, then blank rows to fill in at the desk or at the door)."""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import Any

from propdesk.core.activities import Activity
from propdesk.core.money import format_yuan
from propdesk.core.registry import Community
from propdesk.documents.base import FormHeader, data_table, field_grid, render_form, signature_lines
from propdesk.documents.fonts import register_fonts

NOTICE_TITLE = "社区活动通知"
SHEET_TITLE = "社区活动报名签到表"
_WEEKDAYS = "一二三四五六日"


@dataclass(frozen=True)
class ActivityDoc:
    community: Community
    activity: Activity
    printed_at: str
    printed_by: str
    size: str = "A4"  # the notice: A4 or A3


def _when(a: Activity) -> str:
    import datetime as dt

    start = dt.datetime.fromisoformat(a.starts_at)
    end = a.ends_at[11:16] if a.ends_at[:10] == a.starts_at[:10] else a.ends_at
    return f"{start.year}年{start.month}月{start.day}日（星期{_WEEKDAYS[start.weekday()]}）{a.starts_at[11:16]}—{end}"


def render_notice(doc: ActivityDoc) -> bytes:
    """A poster: the title large, when and where, what it is, how to sign up, the office at the foot."""
    from xml.sax.saxutils import escape

    from reportlab.lib.enums import TA_CENTER, TA_RIGHT
    from reportlab.lib.pagesizes import A3, A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    font = register_fonts()
    a3 = doc.size.upper() == "A3"
    scale = 2**0.5 if a3 else 1.0  # A3 is A4 scaled by √2: the poster keeps its look
    pagesize = A3 if a3 else A4
    margin = 22 * mm * scale

    def style(name: str, size: float, **extra: Any) -> ParagraphStyle:
        return ParagraphStyle(name, fontName=font, fontSize=size * scale, leading=size * scale * 1.45,
                              wordWrap="CJK", **extra)  # fmt: skip

    a = doc.activity
    c = doc.community
    body = style("body", 15)
    label = style("label", 15, textColor="#555555")
    story: list[Any] = [
        Paragraph(escape(c.name or c.office_title), style("community", 16, alignment=TA_CENTER, textColor="#555555")),
        Spacer(1, 6 * mm * scale),
        Paragraph(escape(NOTICE_TITLE), style("kicker", 22, alignment=TA_CENTER)),
        Spacer(1, 4 * mm * scale),
        Paragraph(escape(a.title), style("title", 34, alignment=TA_CENTER)),
        Spacer(1, 10 * mm * scale),
        Paragraph("尊敬的各位业主、住户：", body),
        Spacer(1, 3 * mm * scale),
    ]
    for line in (a.description or "").splitlines() or [""]:
        if line.strip():
            story.append(Paragraph(escape(line.strip()), style("text", 15, firstLineIndent=30 * scale)))
    signup = "请到物业服务中心前台报名"
    if a.signup_until:
        signup += f"，报名截止：{a.signup_until}"
    if a.capacity:
        signup += f"，名额 {a.capacity} 人，额满为止"
    rows = [("活动时间", _when(a)), ("活动地点", a.place), ("报名方式", signup + "。"), ("组织人", a.organiser)]
    if c.office_phone:
        rows.append(("咨询电话", c.office_phone))
    width = pagesize[0] - 2 * margin
    table = Table([[Paragraph(escape(k), label), Paragraph(escape(v), body)] for k, v in rows],
                  colWidths=[32 * mm * scale, width - 32 * mm * scale])  # fmt: skip
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 4 * scale),
                               ("LINEBELOW", (0, 0), (-1, -2), 0.5, "#BBBBBB")]))  # fmt: skip
    story += [Spacer(1, 8 * mm * scale), table, Spacer(1, 10 * mm * scale),
              Paragraph("欢迎踊跃参加！", style("welcome", 18, alignment=TA_CENTER)), Spacer(1, 14 * mm * scale),
              Paragraph(escape(c.office_title), style("office", 15, alignment=TA_RIGHT)),
              Paragraph(escape(doc.printed_at), style("date", 15, alignment=TA_RIGHT))]  # fmt: skip
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=pagesize, leftMargin=margin, rightMargin=margin, topMargin=margin,
                      bottomMargin=margin, title=f"{NOTICE_TITLE} {a.title}", creator="propdesk",
                      invariant=1).build(story)  # fmt: skip
    return buffer.getvalue()


def render_signup_sheet(doc: ActivityDoc) -> bytes:
    a = doc.activity
    story: list[Any] = [
        field_grid(
            [
                ("活动", a.title),
                ("编号", a.number),
                ("时间", _when(a)),
                ("地点", a.place),
                ("组织人", a.organiser),
                ("名额", f"{a.capacity} 人" if a.capacity else "不限"),
                ("已报名", f"{a.signed_households} 户 {a.signed_people} 人"),
                ("预算", f"¥{format_yuan(a.budget_fen)}"),
            ]
        ),
    ]
    from reportlab.lib.units import mm
    from reportlab.platypus import Spacer

    story.append(Spacer(1, 4 * mm))
    rows = [[str(n), s.unit_code, s.names, str(s.people), s.phone, ""] for n, s in enumerate(a.signups, 1)]
    blank = max(8, 24 - len(rows)) if a.state == "筹备中" else 0
    story.append(data_table(["序号", "房号", "报名人", "人数", "联系电话", "签到（签字）"], rows,
                            [12, 26, 46, 14, 34, 48], empty_rows=blank, numeric=(3,)))  # fmt: skip
    story += signature_lines(["登记人", "客服主管"])
    header = FormHeader(community=doc.community, title=SHEET_TITLE, number=a.number, printed_at=doc.printed_at,
                        printed_by=doc.printed_by)  # fmt: skip
    return render_form(header, story)
