"""临时出入证: eight cards to an A4 sheet (two across, four down) with dashed cut lines — number, photo
(or a box to stick one), name, ID number shown only by its last four digits, contractor, unit, valid
dates, "本证不得转借" and the deposit note."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from propdesk.core.registry import Community
from propdesk.core.renovation import Renovation, WorkerPass

TITLE = "临时出入证"
PER_PAGE = 8


@dataclass(frozen=True)
class PassSheetDoc:
    community: Community
    renovation: Renovation
    passes: Sequence[WorkerPass]
    photos: dict[int, bytes]


def _masked(id_number: str) -> str:
    return "*" * max(0, len(id_number) - 4) + id_number[-4:]


def render_passes(doc: PassSheetDoc) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas

    from propdesk.documents.fonts import register_fonts

    font = register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, invariant=1)
    canvas.setTitle(f"{TITLE} {doc.renovation.unit_code}")
    width, height = A4
    card_w, card_h = width / 2, height / 4
    for start in range(0, max(1, len(doc.passes)), PER_PAGE):
        chunk = doc.passes[start : start + PER_PAGE]
        _cut_lines(canvas, width, height)
        for index, worker in enumerate(chunk):
            x = (index % 2) * card_w
            y = height - (index // 2 + 1) * card_h
            _card(canvas, font, doc, worker, x, y, card_w, card_h, mm)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _cut_lines(canvas: Any, width: float, height: float) -> None:
    canvas.saveState()
    canvas.setDash(3, 3)
    canvas.setLineWidth(0.4)
    canvas.line(width / 2, 0, width / 2, height)
    for row in range(1, 4):
        canvas.line(0, height * row / 4, width, height * row / 4)
    canvas.restoreState()


def _card(canvas: Any, font: str, doc: PassSheetDoc, worker: WorkerPass, x: float, y: float, w: float, h: float,
          mm: float) -> None:  # fmt: skip
    from reportlab.lib.utils import ImageReader

    r = doc.renovation
    left, top = x + 8 * mm, y + h - 10 * mm
    canvas.setFont(font, 9)
    canvas.drawString(left, top, doc.community.office_title)
    canvas.setFont(font, 16)
    canvas.drawString(left, top - 9 * mm, TITLE)
    canvas.setFont(font, 9)
    canvas.setFillColorRGB(0.8, 0, 0)
    canvas.drawRightString(x + w - 8 * mm, top, f"NO. {worker.number}")
    canvas.setFillColorRGB(0, 0, 0)
    photo_w, photo_h = 22 * mm, 28 * mm
    photo_x, photo_y = x + w - 8 * mm - photo_w, top - 12 * mm - photo_h
    picture = doc.photos.get(worker.id)
    if picture:
        canvas.drawImage(ImageReader(io.BytesIO(picture)), photo_x, photo_y, photo_w, photo_h, preserveAspectRatio=True)
    else:
        canvas.setLineWidth(0.5)
        canvas.rect(photo_x, photo_y, photo_w, photo_h)
        canvas.setFont(font, 8)
        canvas.drawCentredString(photo_x + photo_w / 2, photo_y + photo_h / 2, "照片")
    from reportlab.pdfbase.pdfmetrics import stringWidth

    lines = [f"姓　　名：{worker.name}", f"身份证号：{_masked(worker.id_number)}", f"施工单位：{r.contractor}",
             f"施工房号：{r.unit_code}", f"有 效 期：{worker.valid_from}", f"　　　至　{worker.valid_to}"]  # fmt: skip
    room = photo_x - left - 2 * mm
    line_y = top - 17 * mm
    for line in lines:
        size = 9.0
        while stringWidth(line, font, size) > room and size > 6:  # a long contractor name gets smaller, never cut
            size -= 0.5
        canvas.setFont(font, size)
        canvas.drawString(left, line_y, line)
        line_y -= 4.8 * mm
    canvas.setFont(font, 7.5)
    canvas.drawString(left, y + 9 * mm, "本证不得转借；离场或到期后 7 日内交回，逾期押金不退。")
    canvas.drawString(left, y + 5 * mm, f"许可证号：{r.permit_number or ''}")
