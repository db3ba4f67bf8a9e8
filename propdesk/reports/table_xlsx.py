"""Any on-screen list as a workbook: a title row, the headers, exactly the rows shown."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from propdesk.reports.xlsx_style import HEADER_STYLE, add_styles, save_workbook


def write_table(path: Path, title: str, headers: Sequence[str], rows: Sequence[Sequence[str]],
                widths: Sequence[int] | None = None) -> None:  # fmt: skip
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    workbook = Workbook()
    add_styles(workbook)
    sheet = workbook.active
    sheet.title = title[:31]
    sheet.append([title])
    sheet["A1"].font = Font(bold=True, size=14)
    sheet.append(list(headers))
    for index in range(1, len(headers) + 1):
        sheet.cell(row=2, column=index).style = HEADER_STYLE
        width = widths[index - 1] if widths and index - 1 < len(widths) else 14
        sheet.column_dimensions[get_column_letter(index)].width = width
    for row in rows:
        sheet.append(list(row))
    sheet.freeze_panes = "A3"
    save_workbook(workbook, path)
