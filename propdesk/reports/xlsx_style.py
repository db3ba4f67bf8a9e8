"""Shared look of every workbook we write: named styles (openpyxl's cost is per-cell style objects)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

HEADER_STYLE = "propdesk_header"
TEXT_STYLE = "propdesk_text"


def add_styles(workbook: Any) -> None:
    from openpyxl.styles import Alignment, Border, Font, NamedStyle, PatternFill, Side

    if HEADER_STYLE not in workbook.named_styles:
        header = NamedStyle(name=HEADER_STYLE)
        header.font = Font(bold=True, name="微软雅黑")
        header.fill = PatternFill("solid", fgColor="DDEBF7")
        header.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        thin = Side(style="thin", color="999999")
        header.border = Border(left=thin, right=thin, top=thin, bottom=thin)
        workbook.add_named_style(header)
    if TEXT_STYLE not in workbook.named_styles:
        text = NamedStyle(name=TEXT_STYLE, number_format="@")
        workbook.add_named_style(text)


def write_header(sheet: Any, headers: list[str], widths: list[int]) -> None:
    from openpyxl.utils import get_column_letter

    sheet.append(headers)
    for index, width in enumerate(widths, start=1):
        sheet.cell(row=1, column=index).style = HEADER_STYLE
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = "A2"
    sheet.row_dimensions[1].height = 22


def save_workbook(workbook: Any, path: Path) -> None:
    """Save next to the target and rename: a reader never sees half a file, a failed save leaves the old one."""
    import os

    from propdesk.core.errors import UserError

    partial = path.with_name(f".{path.name}.partial")
    try:
        workbook.save(partial)
        os.replace(partial, path)
    except PermissionError:
        partial.unlink(missing_ok=True)
        raise UserError(f"无法写入 {path.name}：文件可能正在 Excel 中打开，请关闭后重试") from None


def cell_text(value: Any) -> str:
    """A cell as the text the clerk meant: ``1502.0`` → ``1502``, a date → ``2024-03-05``."""
    import datetime as dt

    if type(value) is str:  # the common case first: this runs for every cell of an import
        return value.strip()
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value).strip()
