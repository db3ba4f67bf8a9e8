"""The move-in forms: 入伙通知书 (batch, one page per unit), 业主入伙确认单, 房屋验收确认书 with the
inspection table and defect photos, and the 遗留工程整改通知 that goes to the developer with a batch."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from propdesk.core.billing import line_amount
from propdesk.core.money import format_yuan, to_capital
from propdesk.core.move_in import MOVE_IN_DOCUMENTS, Defect, Inspection, MoveIn
from propdesk.core.progress import Progress
from propdesk.core.registry import Community
from propdesk.documents.base import FormHeader, data_table, field_grid, paragraph, render_form, section, signature_lines

NOTICE_TITLE = "入伙通知书"
RECORD_TITLE = "业主入伙确认单"
INSPECTION_TITLE = "房屋验收确认书"
TRANSFER_TITLE = "遗留工程整改通知"
BRING = ["《商品房买卖合同》原件", "业主身份证原件及复印件", "一寸彩色照片 2 张（每位产权人）",
         "委托他人办理的：业主签字的委托书、受托人身份证原件及复印件"]  # fmt: skip


@dataclass(frozen=True)
class NoticeUnit:
    unit_code: str
    owner_names: str
    area_text: str
    area: Decimal  # m², for the fee estimate


@dataclass(frozen=True)
class MonthlyFee:
    name: str
    unit_label: str
    price: Decimal
    by_area: bool


@dataclass(frozen=True)
class NoticeDoc:
    community: Community
    units: Sequence[NoticeUnit]
    window_from: dt.date
    window_to: dt.date
    place: str
    months: int
    fees: Sequence[MonthlyFee]
    issued: dt.date


def _fee_rows(doc: NoticeDoc, unit: NoticeUnit) -> tuple[list[list[str]], int]:
    rows, total = [], 0
    for fee in doc.fees:
        quantity = unit.area if fee.by_area else Decimal(1)
        amount = line_amount(fee.price, quantity, Decimal(doc.months))
        total += amount
        basis = (
            f"{fee.price} {fee.unit_label} × {unit.area_text} ㎡" if fee.by_area else f"{fee.price} {fee.unit_label}"
        )
        rows.append([fee.name, basis, f"{doc.months} 个月", format_yuan(amount)])
    rows.append(["合计", "", "", format_yuan(total)])
    return rows, total


def _wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """Break Chinese text into lines that fit ``width``: a line may end after any Chinese character, but a
    number or a Latin word (2026, 89.50, 3-1-101) stays whole."""
    import re

    from reportlab.pdfbase.pdfmetrics import stringWidth

    lines, current, used = [], "", 0.0
    for token in re.findall(r"[A-Za-z0-9.,:\-]+|.", text):
        w = stringWidth(token, font, size)
        if used + w > width and current:
            lines.append(current)
            current, used = "", 0.0
        current += token
        used += w
    return [*lines, current] if current else lines


def render_notices(doc: NoticeDoc, progress: Progress | None = None) -> bytes:
    """One A4 page per unit, drawn straight on the canvas: a batch of a thousand owners prints in a few
    seconds, where laying out flowables took ten."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas

    from propdesk.documents.fonts import register_fonts

    font = register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, invariant=1)
    canvas.setTitle(NOTICE_TITLE)
    canvas.setAuthor(doc.community.office_title)
    width, height = A4
    left, right = 15 * mm, width - 15 * mm
    total_pages = max(1, len(doc.units))
    office = doc.community
    footer = "  ".join(p for p in (office.office_title, f"地址：{office.office_address}" if office.office_address else "",
                                   f"电话：{office.office_phone}" if office.office_phone else "") if p)  # fmt: skip
    units: list[NoticeUnit | None] = list(doc.units) or [None]
    for page, unit in enumerate(units, start=1):
        canvas.setFont(font, 11)
        canvas.drawCentredString(width / 2, height - 14 * mm, office.office_title)
        canvas.setFont(font, 17)
        canvas.drawCentredString(width / 2, height - 23 * mm, NOTICE_TITLE)
        canvas.setFont(font, 9)
        canvas.drawRightString(right, height - 30 * mm, f"打印日期：{doc.issued.isoformat()}")
        canvas.setLineWidth(0.6)
        canvas.line(left, height - 31.5 * mm, right, height - 31.5 * mm)
        canvas.setFont(font, 8.5)
        canvas.drawString(left, 10 * mm, footer)
        canvas.drawRightString(right, 10 * mm, f"第 {page} 页 / 共 {total_pages} 页")
        if unit is None:
            canvas.setFont(font, 10.5)
            canvas.drawString(left, height - 42 * mm, "没有要通知的房屋。")
            canvas.showPage()
            break
        _draw_notice(canvas, font, doc, unit, left, right, height - 42 * mm)
        canvas.showPage()
        if progress is not None:
            progress.step(page, total_pages, f"正在生成入伙通知书 {page}/{total_pages}")
    canvas.save()
    return buffer.getvalue()


def _draw_notice(canvas: Any, font: str, doc: NoticeDoc, unit: NoticeUnit, left: float, right: float,
                 top_y: float) -> None:  # fmt: skip
    from reportlab.lib.units import mm

    office = doc.community
    y = top_y

    def text(line: str, size: float = 10.5, gap: float = 6.2) -> None:
        nonlocal y
        canvas.setFont(font, size)
        canvas.drawString(left, y, line)
        y -= gap * mm

    def block(paragraph_text: str, size: float = 10.5) -> None:
        for line in _wrap(paragraph_text, font, size, right - left):
            text(line, size)

    text(f"尊敬的 {unit.unit_code} 业主 {unit.owner_names or ''}：", 11, 8)
    place = doc.place or office.office_address or "物业服务中心"
    block(f"　　您好！您购买的 {office.name} {unit.unit_code}（建筑面积 {unit.area_text} ㎡）已具备交付条件。"
          f"请您于 {doc.window_from:%Y年%m月%d日} 至 {doc.window_to:%Y年%m月%d日} 期间，到 {place} 办理入伙手续。"
          "届时工作人员将陪同您验房，并交付钥匙。")  # fmt: skip
    y -= 2 * mm
    text("请携带", 12, 7)
    for index, line in enumerate(BRING, start=1):
        text(f"{index}. {line}")
    y -= 2 * mm
    text(f"入伙时需缴纳的费用（预缴 {doc.months} 个月，交房当月按公司起收规则计）", 12, 7)
    rows, total = _fee_rows(doc, unit)
    xs = [left]
    for w in (40 * mm, 70 * mm, 25 * mm, 45 * mm):
        xs.append(xs[-1] + w)
    row_h = 7 * mm
    top = y + 4.5 * mm
    canvas.setLineWidth(0.5)
    canvas.setFont(font, 10)
    for r, cells in enumerate([["收费项目", "标准", "月数", "金额（元）"], *rows]):
        row_top = top - r * row_h
        canvas.line(xs[0], row_top, xs[-1], row_top)
        for c, cell in enumerate(cells):
            if c == 3 and r > 0:
                canvas.drawRightString(xs[c + 1] - 2 * mm, row_top - 5 * mm, cell)
            else:
                canvas.drawString(xs[c] + 2 * mm, row_top - 5 * mm, cell)
    bottom = top - (len(rows) + 1) * row_h
    canvas.line(xs[0], bottom, xs[-1], bottom)
    for x in xs:
        canvas.line(x, top, x, bottom)
    y = bottom - 6 * mm
    block(f"合计约：人民币 {to_capital(total)}（¥{format_yuan(total)}）；可用现金、微信、支付宝、银行卡缴纳。")
    y -= 2 * mm
    text("办理流程", 12, 7)
    block("核验身份 → 签收资料 → 交房并缴纳费用 → 陪同验房 → 抄录水电表底数 → 交付钥匙 → 签字确认")
    y -= 2 * mm
    block(f"　　如有疑问，请致电 {office.office_phone or '物业服务中心'}。办公时间：周一至周日 8:30–17:30。")
    y -= 10 * mm
    text(f"{office.office_title}（盖章）　　　　{doc.issued:%Y年%m月%d日}")


@dataclass(frozen=True)
class RecordDoc:
    community: Community
    move_in: MoveIn
    area_text: str
    receipts: Sequence[tuple[str, str, int]]  # number, paid at, total
    printed_at: str
    printed_by: str


def readings_text(m: MoveIn) -> str:
    parts = [(label, value) for label, value in (("水", m.water_reading), ("电", m.electricity_reading),
                                                 ("气", m.gas_reading)) if value]  # fmt: skip
    return "　".join(f"{label}表 {value}" for label, value in parts) or "（未抄表）"


def render_record(doc: RecordDoc) -> bytes:
    m = doc.move_in
    identity = f"{m.identity_kind} {m.identity_name}" if m.identity_checked_at else "（未核验）"
    if m.identity_kind == "委托代理人":
        identity += "（已交委托书）" if m.agent_letter else "（未交委托书）"
    story: list[Any] = [
        field_grid(
            [
                ("房号", m.unit_code),
                ("业主", m.owner_names or "（未登记）"),
                ("建筑面积", f"{doc.area_text} ㎡"),
                ("交房日期", m.handed_over_on or "（未交房）"),
                ("办理人", identity),
                ("经办人", doc.printed_by),
            ]
        ),
        section("资料签收"),
        data_table(
            ["资料", "签收", "日期"],
            [[d, "✔" if d in m.documents else "", m.documents.get(d, "")] for d in MOVE_IN_DOCUMENTS],
            [90, 30, 60],
        ),
        section("已缴费用"),
        data_table(
            ["收据号", "收款时间", "金额（元）"],
            [[n, t[:16], format_yuan(f)] for n, t, f in doc.receipts] or [["（无）", "", ""]],
            [60, 60, 60],
            numeric=(2,),
        ),
        section("交付钥匙与门卡"),
        data_table(
            ["种类", "数量"], [[k, str(n)] for k, n in m.keys.items()] or [["（无）", ""]], [90, 90], numeric=(1,)
        ),
        section("水电气表底数"),
        paragraph(readings_text(m), "base"),
        paragraph("业主确认：以上资料、钥匙已如数收到；自交房之日起按约定缴纳物业服务费。", "base"),
    ]
    story += signature_lines(["业主（或受托人）", "经办人"])
    header = FormHeader(community=doc.community, title=RECORD_TITLE, number=m.unit_code, printed_at=doc.printed_at,
                        printed_by=doc.printed_by)  # fmt: skip
    return render_form(header, story)


@dataclass(frozen=True)
class InspectionDoc:
    community: Community
    unit_code: str
    owner_names: str
    inspection: Inspection
    readings: str
    thumbnails: dict[int, list[bytes]] = field(default_factory=dict)  # item id → photo thumbnails
    printed_at: str = ""
    printed_by: str = ""


def _thumbs(pictures: Sequence[bytes]) -> Any:
    from reportlab.lib.units import mm
    from reportlab.platypus import Image, Table

    cells = [Image(io.BytesIO(p), width=22 * mm, height=16.5 * mm, kind="proportional") for p in pictures[:4]]
    return Table([cells], hAlign="LEFT") if cells else ""


def render_inspection(doc: InspectionDoc) -> bytes:
    i = doc.inspection
    rows: list[list[Any]] = []
    for item in i.items:
        rows.append([item.room, item.item, item.result or "未验", item.description])
    story: list[Any] = [
        field_grid(
            [
                ("房号", doc.unit_code),
                ("业主", doc.owner_names or "（未登记）"),
                ("验房日期", i.inspected_on),
                ("验房人", i.inspector),
                ("验收项目", f"{len(i.items)} 项，合格 {i.checked - len(i.failed)} 项，不合格 {len(i.failed)} 项"),
                ("水电气表底数", doc.readings),
            ]
        ),
        section("验收明细"),
        data_table(["房间", "项目", "结果", "问题描述"], rows, [22, 55, 18, 85]),
    ]
    failed_with_photos = [item for item in i.failed if doc.thumbnails.get(item.id)]
    if failed_with_photos:
        story.append(section("问题照片"))
        for item in failed_with_photos:
            story.append(paragraph(f"{item.location}：{item.description}", "cell"))
            story.append(_thumbs(doc.thumbnails[item.id]))
    story.append(paragraph("以上不合格项目由开发商负责整改，物业服务中心跟进并通知业主复验。", "base"))
    story += signature_lines(["业主", "验房人", "物业经办人"])
    header = FormHeader(community=doc.community, title=INSPECTION_TITLE, number=doc.unit_code,
                        printed_at=doc.printed_at, printed_by=doc.printed_by)  # fmt: skip
    return render_form(header, story)


@dataclass(frozen=True)
class TransferDoc:
    community: Community
    transfer_id: int
    transferred_on: str
    receiver: str
    defects: Sequence[Defect]
    thumbnails: dict[int, bytes] = field(default_factory=dict)  # defect id → first photo thumbnail
    printed_by: str = ""


def render_transfer(doc: TransferDoc) -> bytes:
    from reportlab.lib.units import mm
    from reportlab.platypus import Image, Spacer

    rows: list[list[Any]] = []
    for index, d in enumerate(doc.defects, start=1):
        picture = doc.thumbnails.get(d.id)
        image = Image(io.BytesIO(picture), width=18 * mm, height=13.5 * mm, kind="proportional") if picture else ""
        rows.append([str(index), d.unit_code, d.location, d.description, image, d.found_on, d.deadline or ""])
    story: list[Any] = [
        paragraph(f"致 开发商客服部（接收人：{doc.receiver}）：", "base"),
        paragraph(
            f"　　以下 {len(doc.defects)} 项遗留工程问题系交房验收时发现，现转交贵方，请于整改期限前完成整改，"
            "并通知物业服务中心复验。",
            "base",
        ),
        Spacer(1, 2 * mm),
        data_table(
            ["序号", "房号", "部位", "问题描述", "照片", "发现日期", "整改期限"], rows, [12, 20, 34, 48, 22, 22, 22]
        ),
    ]
    story += signature_lines(["移交人（物业）", "接收人（开发商）"])
    header = FormHeader(community=doc.community, title=TRANSFER_TITLE, number=f"YJ{doc.transfer_id:05d}",
                        printed_at=doc.transferred_on, printed_by=doc.printed_by, landscape=False)  # fmt: skip
    return render_form(header, story)
