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


def _notice_page(doc: NoticeDoc, unit: NoticeUnit) -> list[Any]:
    from reportlab.lib.units import mm
    from reportlab.platypus import Spacer

    office = doc.community
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
    return [
        paragraph(f"尊敬的 {unit.unit_code} 业主 {unit.owner_names or ''}：", "base"),
        Spacer(1, 2 * mm),
        paragraph(
            f"　　您好！您购买的 {office.name} {unit.unit_code}（建筑面积 {unit.area_text} ㎡）已具备交付条件。请您于 "
            f"{doc.window_from:%Y年%m月%d日} 至 {doc.window_to:%Y年%m月%d日} 期间，到 {doc.place or office.office_address or '物业服务中心'} "
            "办理入伙手续。届时工作人员将陪同您验房，并交付钥匙。",
            "base",
        ),
        section("请携带"),
        *[paragraph(f"{index}. {line}", "base") for index, line in enumerate(BRING, start=1)],
        section(f"入伙时需缴纳的费用（预缴 {doc.months} 个月，交房当月按公司起收规则计）"),
        data_table(["收费项目", "标准", "月数", "金额（元）"], rows, [40, 70, 25, 40], numeric=(3,)),
        paragraph(
            f"合计约：人民币 {to_capital(total)}（¥{format_yuan(total)}）；可用现金、微信、支付宝、银行卡缴纳。", "base"
        ),
        section("办理流程"),
        paragraph("核验身份 → 签收资料 → 交房并缴纳费用 → 陪同验房 → 抄录水电表底数 → 交付钥匙 → 签字确认", "base"),
        Spacer(1, 3 * mm),
        paragraph(
            f"　　如有疑问，请致电 {office.office_phone or '物业服务中心'}。办公时间：周一至周日 8:30–17:30。", "base"
        ),
        Spacer(1, 8 * mm),
        paragraph(f"{office.office_title}（盖章）　　　　{doc.issued:%Y年%m月%d日}", "base"),
    ]


def render_notices(doc: NoticeDoc) -> bytes:
    from reportlab.platypus import PageBreak

    story: list[Any] = []
    for unit in doc.units:
        if story:
            story.append(PageBreak())
        story += _notice_page(doc, unit)
    if not story:
        story.append(paragraph("没有要通知的房屋。", "base"))
    return render_form(
        FormHeader(community=doc.community, title=NOTICE_TITLE, printed_at=doc.issued.isoformat()), story
    )


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
