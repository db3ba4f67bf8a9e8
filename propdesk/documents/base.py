"""The shared base of every printed form: header, field grids, tables across pages, signatures.

A form is built as a list of flowables and rendered by ``render_form``; every page gets the
community and form title, the form number, the print date, page numbers and the office phone.
PDFs are byte-identical for the same input (``invariant=1``), which the golden tests rely on.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from propdesk.core.registry import Community
from propdesk.documents.fonts import register_fonts

PAGE_MARGIN_MM = 15


@dataclass(frozen=True)
class FormHeader:
    """What goes at the top of every page of a form."""

    community: Community
    title: str
    number: str = ""
    printed_at: str = ""
    printed_by: str = ""
    copy_label: str = ""  # 联次, e.g. "第一联 存根"
    landscape: bool = False


def styles() -> dict[str, Any]:
    from reportlab.lib.enums import TA_CENTER, TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle

    font = register_fonts()
    base = ParagraphStyle("base", fontName=font, fontSize=10, leading=14, wordWrap="CJK")
    return {
        "base": base,
        "small": ParagraphStyle("small", parent=base, fontSize=8.5, leading=11),
        "cell": ParagraphStyle("cell", parent=base, fontSize=9.5, leading=12.5),
        "number": ParagraphStyle("number", parent=base, fontSize=9.5, leading=12.5, alignment=TA_RIGHT),
        "label": ParagraphStyle("label", parent=base, fontSize=9.5, leading=12.5, textColor="#333333"),
        "section": ParagraphStyle("section", parent=base, fontSize=11.5, leading=15, spaceBefore=5, spaceAfter=3),
        "title": ParagraphStyle("title", parent=base, fontSize=17, leading=22, alignment=TA_CENTER),
    }


def paragraph(text: str, style: str = "cell") -> Any:
    from xml.sax.saxutils import escape

    from reportlab.platypus import Paragraph

    return Paragraph(escape(text).replace("\n", "<br/>"), styles()[style])


def section(title: str) -> Any:
    return paragraph(title, "section")


def field_grid(pairs: Sequence[tuple[str, str]], columns: int = 2, width: float | None = None) -> Any:
    """Label/value pairs in a boxed grid, ``columns`` pairs per row."""
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from reportlab.platypus import Table, TableStyle

    total = width or (210 - 2 * PAGE_MARGIN_MM) * mm
    label_w = 27 * mm
    value_w = total / columns - label_w
    rows: list[list[Any]] = []
    items = list(pairs)
    while len(items) % columns:
        items.append(("", ""))
    for start in range(0, len(items), columns):
        row: list[Any] = []
        for label, value in items[start : start + columns]:
            row += [paragraph(label, "label"), paragraph(value or "", "cell")]
        rows.append(row)
    table = Table(rows, colWidths=[label_w, value_w] * columns)
    commands: list[tuple[Any, ...]] = [
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]
    for col in range(0, columns * 2, 2):
        commands.append(("BACKGROUND", (col, 0), (col, -1), colors.HexColor("#F2F2F2")))
    table.setStyle(TableStyle(commands))
    return table


def data_table(
    headers: Sequence[str],
    rows: Sequence[Sequence[Any]],
    col_widths_mm: Sequence[float],
    empty_rows: int = 0,
    numeric: Sequence[int] = (),
) -> Any:
    """A ruled table whose header row repeats on every page it breaks onto; ``numeric`` columns align right."""
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from reportlab.platypus import Table, TableStyle

    body = [[paragraph(h, "label") for h in headers]]
    # a cell that is already a flowable (a photo thumbnail) goes in as it is
    body += [[paragraph(c, "number" if i in numeric else "cell") if isinstance(c, str) else c for i, c in enumerate(row)]
             for row in rows]  # fmt: skip
    body += [[""] * len(headers) for _ in range(empty_rows)]
    table = Table(body, colWidths=[w * mm for w in col_widths_mm], repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E8E8E8")),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                *([("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#FAFAFA")])] if rows else []),
                *([("MINROWHEIGHT", (0, len(rows) + 1), (-1, -1), 16)] if empty_rows else []),
            ]
        )
    )
    for index in range(len(rows) + 1, len(rows) + 1 + empty_rows):
        table._argH[index] = 7 * mm  # blank rows to write in by hand
    return table


def signature_lines(labels: Sequence[str]) -> Any:
    """``业主签字：________  日期：____年__月__日`` for each signer, side by side."""
    from reportlab.lib.units import mm
    from reportlab.platypus import Spacer, Table, TableStyle

    cells = [
        paragraph(f"{label}：______________<br/>日期：______年____月____日".replace("<br/>", "\n"), "base")
        for label in labels
    ]
    width = (210 - 2 * PAGE_MARGIN_MM) * mm / max(len(labels), 1)
    table = Table([cells], colWidths=[width] * len(labels))
    table.setStyle(TableStyle([("TOPPADDING", (0, 0), (-1, -1), 10)]))
    return [Spacer(1, 4 * mm), table]


def render_form(header: FormHeader, flowables: list[Any], on_page: Callable[[int], None] | None = None) -> bytes:
    """Lay out ``flowables`` on A4 with the form's header and footer on every page; ``on_page`` hears of each
    page as it is laid out (a batch's progress bar)."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.units import mm
    from reportlab.platypus import SimpleDocTemplate

    font = register_fonts()
    pagesize = landscape(A4) if header.landscape else A4
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=pagesize,
        leftMargin=PAGE_MARGIN_MM * mm,
        rightMargin=PAGE_MARGIN_MM * mm,
        topMargin=34 * mm,
        bottomMargin=18 * mm,
        title=header.title,
        author=header.community.office_title,
        creator="propdesk",
        invariant=1,
    )

    def decorate(canvas: Any, doc: Any) -> None:
        if on_page is not None:
            on_page(doc.page)
        width, height = pagesize
        canvas.saveState()
        canvas.setFont(font, 11)
        canvas.drawCentredString(width / 2, height - 14 * mm, header.community.office_title)
        canvas.setFont(font, 17)
        canvas.drawCentredString(width / 2, height - 23 * mm, header.title)
        canvas.setFont(font, 9)
        left = PAGE_MARGIN_MM * mm
        right = width - PAGE_MARGIN_MM * mm
        if header.number:
            canvas.drawString(left, height - 30 * mm, f"编号：{header.number}")
        if header.printed_at:
            canvas.drawRightString(right, height - 30 * mm, f"打印日期：{header.printed_at}")
        if header.copy_label:
            canvas.drawRightString(right, height - 14 * mm, header.copy_label)
        canvas.setLineWidth(0.6)
        canvas.line(left, height - 31.5 * mm, right, height - 31.5 * mm)
        canvas.setFont(font, 8.5)
        footer = "  ".join(
            p
            for p in (
                header.community.office_title,
                f"地址：{header.community.office_address}" if header.community.office_address else "",
                f"电话：{header.community.office_phone}" if header.community.office_phone else "",
            )
            if p
        )
        canvas.drawString(left, 10 * mm, footer)
        canvas.restoreState()

    document.build(
        list(flowables), onFirstPage=decorate, onLaterPages=decorate, canvasmaker=_numbered_canvas(font, pagesize)
    )
    return buffer.getvalue()


def _numbered_canvas(font: str, pagesize: tuple[float, float]) -> Any:
    """A canvas that writes "第 x 页 / 共 N 页" once the page count is known."""
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas

    class NumberedCanvas(Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._saved_pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._saved_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._saved_pages)
            for state in self._saved_pages:
                self.__dict__.update(state)
                self.setFont(font, 8.5)
                self.drawRightString(
                    pagesize[0] - PAGE_MARGIN_MM * mm, 10 * mm, f"第 {self._pageNumber} 页 / 共 {total} 页"
                )
                super().showPage()
            super().save()

    return NumberedCanvas
