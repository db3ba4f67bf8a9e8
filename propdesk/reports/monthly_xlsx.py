"""The monthly workbook laid out: per sheet a title row (the office and the month), the headers frozen,
column widths, values stored as values — money as 元 from integer 分 with two decimals, ratios as
percentages — a bold totals row, and the sheet's notes underneath. Shared named styles only."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

from propdesk.core.monthly_report import Cell, Kind, MonthlyReport, Sheet
from propdesk.reports.xlsx_style import HEADER_STYLE, add_styles, save_workbook

_FORMATS = {Kind.MONEY: "¥#,##0.00", Kind.RATIO: "0.0%", Kind.HOURS: "0.0", Kind.COUNT: "#,##0"}


def _value(kind: Kind, value: Cell) -> Any:
    if value is None or value == "":
        return None if kind != Kind.TEXT else ""
    if kind == Kind.MONEY and isinstance(value, int):
        return Decimal(value) / 100  # exact: 分 → 元
    return value


def _write_sheet(workbook: Any, sheet: Sheet, report: MonthlyReport, first: bool) -> None:
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    ws = workbook.active if first else workbook.create_sheet()
    ws.title = sheet.title[:31]
    ws.append([f"{report.community} {sheet.heading}"])
    ws["A1"].font = Font(bold=True, size=14)
    ws.append([f"月份：{report.month}"])
    ws.append([c.title for c in sheet.columns])
    for index, column in enumerate(sheet.columns, start=1):
        ws.cell(row=3, column=index).style = HEADER_STYLE
        ws.column_dimensions[get_column_letter(index)].width = column.width
    kinds = [c.kind for c in sheet.columns]
    for row in sheet.rows:
        ws.append([_value(k, v) for k, v in zip(kinds, row, strict=True)])
    if sheet.totals is not None:
        ws.append([_value(k, v) for k, v in zip(kinds, sheet.totals, strict=True)])
        bold = Font(bold=True)
        for cell in ws[ws.max_row]:
            cell.font = bold
    last = ws.max_row
    for index, kind in enumerate(kinds, start=1):
        number_format = _FORMATS.get(kind)
        if number_format and last > 3:
            for (cell,) in ws.iter_rows(min_row=4, max_row=last, min_col=index, max_col=index):
                cell.number_format = number_format
    for note in sheet.notes:
        ws.append([])
        ws.append([note])
    ws.freeze_panes = "A4"
    # printed for head office: landscape, every column on the page, the headers on each page
    wide = sum(c.width for c in sheet.columns) > 90
    ws.page_setup.orientation = "landscape" if wide else "portrait"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.print_title_rows = "3:3"


def write_monthly(path: Path, report: MonthlyReport) -> None:
    from openpyxl import Workbook

    from propdesk.core.collection import collected_after

    with collected_after():  # tens of thousands of cells alive at once: no full collection walks them mid-way
        workbook = Workbook()
        add_styles(workbook)
        for index, sheet in enumerate(report.sheets):
            _write_sheet(workbook, sheet, report, index == 0)
        save_workbook(workbook, path)
