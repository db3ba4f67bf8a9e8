"""收款收据: three copies (存根/记账/客户) on one A4, or one copy on A5; 作废 and 补打 marks."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from propdesk.core.billing import Receipt
from propdesk.core.money import format_yuan, to_capital
from propdesk.core.registry import Community
from propdesk.documents.fonts import register_fonts

COPIES = ("第一联 存根", "第二联 记账", "第三联 客户")
MAX_LINES = 6  # lines a copy has room for; a longer receipt prints "等 N 项，明细见附页"


@dataclass(frozen=True)
class ReceiptDoc:
    community: Community
    receipt: Receipt
    reprint: bool = False
    paper: str = "A4x3"  # or "A5": one copy


def render_receipt(doc: ReceiptDoc) -> bytes:
    return render_receipts([doc])


def render_receipts(docs: Sequence[ReceiptDoc]) -> bytes:
    """Receipts one per page in a single PDF (a day's reprints, a batch): one font load, one file."""
    from reportlab.lib.pagesizes import A4, A5, landscape
    from reportlab.pdfgen.canvas import Canvas

    font = register_fonts()
    buffer = io.BytesIO()
    first = docs[0] if docs else None
    canvas = Canvas(buffer, pagesize=A4, invariant=1)
    for doc in docs:
        if doc.paper == "A5":
            size = landscape(A5)
            canvas.setPageSize(size)
            _draw_copy(canvas, font, doc, COPIES[2], 0, 0, size[0], size[1])
        else:
            size = A4
            canvas.setPageSize(size)
            part = size[1] / 3
            for index, label in enumerate(COPIES):
                _draw_copy(canvas, font, doc, label, 0, size[1] - part * (index + 1), size[0], part)
                if index < 2:
                    _cut_line(canvas, size[1] - part * (index + 1), size[0])
        canvas.showPage()
    if first is not None:
        canvas.setTitle(f"收款收据 {first.receipt.number}" + (f" 等 {len(docs)} 张" if len(docs) > 1 else ""))
        canvas.setAuthor(first.community.office_title)
    canvas.save()
    return buffer.getvalue()


def _cut_line(canvas: Any, y: float, width: float) -> None:
    canvas.saveState()
    canvas.setDash(3, 3)
    canvas.setLineWidth(0.4)
    canvas.line(8, y, width - 8, y)
    canvas.restoreState()


def _draw_copy(canvas: Any, font: str, doc: ReceiptDoc, copy_label: str, x: float, y: float, width: float,
               height: float) -> None:  # fmt: skip
    from reportlab.lib.units import mm

    r = doc.receipt
    left, right = x + 14 * mm, x + width - 18 * mm
    top = y + height - 10 * mm
    canvas.saveState()
    title = doc.community.receipt_title or doc.community.office_title
    canvas.setFont(font, 14)
    canvas.drawCentredString(x + width / 2, top - 2 * mm, f"{title} 收款收据")
    canvas.setFont(font, 12)
    canvas.setFillColorRGB(0.8, 0, 0)
    canvas.drawRightString(right, top - 2 * mm, f"NO. {r.number}")
    canvas.setFillColorRGB(0, 0, 0)
    canvas.setFont(font, 9)
    canvas.drawString(left, top - 10 * mm, f"今收到：{r.payer}")
    canvas.drawString(left + 70 * mm, top - 10 * mm, f"房号：{r.unit_code}")
    canvas.drawRightString(right, top - 10 * mm, f"日期：{r.paid_at[:10]}")
    # the lines table
    columns = [("收费项目", 52), ("所属期间", 30), ("单价", 22), ("面积/用量", 24), ("金额（元）", 30)]
    table_top = top - 13 * mm
    row_h = 5.6 * mm
    shown = list(r.lines[:MAX_LINES])
    rows = len(shown) + 1 + (1 if len(r.lines) > MAX_LINES else 0)
    total_width = sum(w for _, w in columns) * mm
    scale = (right - left) / total_width
    xs = [left]
    for _, w in columns:
        xs.append(xs[-1] + w * mm * scale)
    canvas.setLineWidth(0.6)
    for i in range(rows + 2):
        canvas.line(left, table_top - i * row_h, right, table_top - i * row_h)
    for index, cx in enumerate(xs):  # the 合计 row spans the table: only its outer edges
        bottom = rows if 0 < index < len(xs) - 1 else rows + 1
        canvas.line(cx, table_top, cx, table_top - bottom * row_h)
    canvas.setFont(font, 8.5)
    for (label, _), cx in zip(columns, xs, strict=False):
        canvas.drawString(cx + 1.5 * mm, table_top - row_h + 1.8 * mm, label)
    for n, line in enumerate(shown, start=1):
        base = table_top - (n + 1) * row_h + 1.8 * mm
        canvas.drawString(xs[0] + 1.5 * mm, base, line.item[:22])
        canvas.drawString(xs[1] + 1.5 * mm, base, line.period_label)
        canvas.drawRightString(xs[3] - 1.5 * mm, base, line.unit_price)
        canvas.drawRightString(xs[4] - 1.5 * mm, base, line.quantity)
        canvas.drawRightString(xs[5] - 1.5 * mm, base, format_yuan(line.amount_fen))
    if len(r.lines) > MAX_LINES:
        more = sum(ln.amount_fen for ln in r.lines[MAX_LINES:])
        base = table_top - (len(shown) + 2) * row_h + 1.8 * mm
        canvas.drawString(xs[0] + 1.5 * mm, base, f"另 {len(r.lines) - MAX_LINES} 项（明细见账户对账单）")
        canvas.drawRightString(xs[5] - 1.5 * mm, base, format_yuan(more))
    total_base = table_top - (rows + 1) * row_h + 1.8 * mm
    canvas.setFont(font, 9)
    canvas.drawString(xs[0] + 1.5 * mm, total_base, f"合计（小写）：{format_yuan(r.total_fen, symbol=True)}")
    canvas.drawString(xs[1] + 1.5 * mm, total_base, f"人民币（大写）：{to_capital(r.total_fen)}")
    foot = table_top - (rows + 1) * row_h - 6 * mm
    method = r.method + (f"（{r.reference}）" if r.reference else "")
    canvas.drawString(left, foot, f"收款方式：{method}")
    if r.cash_given_fen is not None:
        canvas.drawString(
            left + 62 * mm, foot, f"实收 {format_yuan(r.cash_given_fen)}  找零 {format_yuan(r.change_fen or 0)}"
        )
    canvas.drawString(left, foot - 6 * mm, f"收款人：{r.cashier}")
    canvas.drawString(left + 45 * mm, foot - 6 * mm, "交款人：__________")
    canvas.drawString(left + 90 * mm, foot - 6 * mm, "复核：__________")
    canvas.drawRightString(right, foot - 6 * mm, "收款单位（盖章）")
    canvas.setFont(font, 7.5)
    canvas.drawString(left, foot - 11 * mm, "本收据手写无效。如需发票，请凭此收据到服务中心换取。")
    if doc.community.office_phone:
        canvas.drawRightString(right, foot - 11 * mm, f"服务中心电话：{doc.community.office_phone}")
    # the copy label down the right edge
    canvas.setFont(font, 8)
    canvas.translate(x + width - 8 * mm, y + height / 2)
    canvas.rotate(90)
    canvas.drawCentredString(0, 0, copy_label)
    canvas.restoreState()
    if r.void or doc.reprint:
        _mark(canvas, font, "作废" if r.void else "补打", x, y, width, height, void=r.void)


def _mark(canvas: Any, font: str, text: str, x: float, y: float, width: float, height: float, void: bool) -> None:
    from reportlab.lib.units import mm

    canvas.saveState()
    if void:
        canvas.setFillColorRGB(0.85, 0.1, 0.1, alpha=0.35)
        canvas.setFont(font, 64)
        canvas.translate(x + width / 2, y + height / 2)
        canvas.rotate(25)
        canvas.drawCentredString(0, -20, text)
    else:
        canvas.setFillColorRGB(0.85, 0.1, 0.1)
        canvas.setFont(font, 14)
        canvas.drawString(x + 14 * mm, y + height - 12 * mm, f"【{text}】")
    canvas.restoreState()
