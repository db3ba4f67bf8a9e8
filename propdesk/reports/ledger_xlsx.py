"""The unit-and-owner ledger workbook: the import template, reading a filled one, the export.

Export and template share one layout, so an exported file re-imports unchanged.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from propdesk.core.errors import UserError
from propdesk.core.identity import IdKind
from propdesk.core.ledger import HEADER_TO_FIELD, LEDGER_COLUMNS, REQUIRED_COLUMNS, LedgerRow, RowProblem
from propdesk.core.registry import UnitState, UnitType
from propdesk.reports.xlsx_style import TEXT_STYLE, add_styles, cell_text, save_workbook, write_header

SHEET_NAME = "房屋业主台账"
_WIDTHS = {
    "building": 8,
    "entrance": 6,
    "room": 9,
    "floor": 6,
    "area": 12,
    "unit_type": 10,
    "state": 13,
    "owner_name": 12,
    "id_kind": 11,
    "id_number": 22,
    "mobile": 14,
    "landline": 15,
    "co_owners": 16,
    "emergency_name": 12,
    "emergency_phone": 14,
    "note": 24,
}
_TEXT_FIELDS = {"room", "id_number", "mobile", "landline", "emergency_phone"}

_EXAMPLE = LedgerRow(
    0,
    building="3",
    entrance="2",
    room="1502",
    floor="15",
    area="89.50",
    unit_type="住宅",
    state="已入住",
    owner_name="张三",
    id_kind="身份证",
    id_number="11010519491231002X",
    mobile="13812345678",
    landline="",
    co_owners="李四",
    emergency_name="张小三",
    emergency_phone="13900001111",
    note="示例行，导入前请删除",
)

_INSTRUCTIONS = [
    "填写说明",
    "1. 每行一户。楼栋、房号必填；新房屋还必须填建筑面积（平方米，最多两位小数）。",
    "2. 单元不填默认为 1；楼层不填时按房号推算（1502 → 15 层）。",
    f"3. 房屋类型：{'、'.join(t.value for t in UnitType)}；不填为住宅。",
    f"4. 房屋状态：{'、'.join(s.value for s in UnitState)}；不填为未交付。",
    f"5. 证件类型：{'、'.join(k.value for k in IdKind)}；证件号码、电话请保持“文本”格式，以免 Excel 丢掉末位。",
    "6. 共有人：多个姓名用顿号“、”隔开。",
    "7. 重复导入不会产生重复数据：同一房号会按表中内容更新；业主不同的行会被拒绝（换业主请办理过户）。",
    "8. 有问题的行不会导入，程序会列出“第几行、哪一列、什么问题”；其他行照常导入。",
]


def write_template(path: Path) -> None:
    write_ledger(path, [_EXAMPLE], with_instructions=True)


def write_ledger(path: Path, rows: list[LedgerRow], with_instructions: bool = False) -> None:
    from openpyxl import Workbook
    from openpyxl.worksheet.datavalidation import DataValidation

    workbook = Workbook()
    add_styles(workbook)
    sheet = workbook.active
    sheet.title = SHEET_NAME
    write_header(sheet, [h for _, h in LEDGER_COLUMNS], [_WIDTHS[f] for f, _ in LEDGER_COLUMNS])
    for row in rows:
        sheet.append(row.cells())
    last = max(len(rows) + 1, 1000)
    for index, (field, _) in enumerate(LEDGER_COLUMNS, start=1):
        if field in _TEXT_FIELDS:
            letter = sheet.cell(row=1, column=index).column_letter
            sheet.column_dimensions[letter].number_format = "@"
            for (cell,) in sheet.iter_rows(min_row=2, max_row=len(rows) + 1, min_col=index, max_col=index):
                cell.style = TEXT_STYLE
    for field, options in (
        ("unit_type", [t.value for t in UnitType]),
        ("state", [s.value for s in UnitState]),
        ("id_kind", [k.value for k in IdKind]),
    ):
        column = [f for f, _ in LEDGER_COLUMNS].index(field) + 1
        letter = sheet.cell(row=1, column=column).column_letter
        validation = DataValidation(type="list", formula1='"' + ",".join(options) + '"', allow_blank=True)
        validation.add(f"{letter}2:{letter}{last}")
        sheet.add_data_validation(validation)
    if with_instructions:
        notes = workbook.create_sheet("填写说明")
        for line in _INSTRUCTIONS:
            notes.append([line])
        notes.column_dimensions["A"].width = 110
    save_workbook(workbook, path)


def read_ledger(path: Path) -> tuple[list[LedgerRow], list[RowProblem]]:
    """Read a filled ledger; returns the rows and problems found while reading (e.g. IDs stored as numbers)."""
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except FileNotFoundError:
        raise UserError(f"找不到文件：{path}") from None
    except Exception as exc:  # openpyxl raises many kinds for a file that is not xlsx
        raise UserError(f"无法读取 Excel 文件 {path.name}：请确认是 .xlsx 格式（{type(exc).__name__}）") from exc
    try:
        sheet = workbook[SHEET_NAME] if SHEET_NAME in workbook.sheetnames else workbook.worksheets[0]
        rows_iter = sheet.iter_rows(values_only=True)
        header_row_number, columns = _find_header(rows_iter)
        rows: list[LedgerRow] = []
        problems: list[RowProblem] = []
        for offset, values in enumerate(rows_iter, start=header_row_number + 1):
            cells: dict[str, str] = {}
            for index, field in columns.items():
                value = values[index] if index < len(values) else None
                if field == "id_number" and isinstance(value, (int, float)) and abs(value) >= 1e14:
                    problems.append(
                        RowProblem(offset, "证件号码", "证件号码被 Excel 存成了数字，末几位可能已丢失，请核对")
                    )
                    value = str(int(value))
                cells[field] = cell_text(value)
            if not any(cells.values()):
                continue
            if cells.get("note") == _EXAMPLE.note:
                problems.append(RowProblem(offset, "", "模板中的示例行，已跳过"))
                continue
            rows.append(LedgerRow(row_number=offset, **cells))
        return rows, problems
    finally:
        workbook.close()


def _find_header(rows_iter: Any) -> tuple[int, dict[int, str]]:
    for row_number, values in enumerate(rows_iter, start=1):
        columns = {i: HEADER_TO_FIELD[cell_text(v)] for i, v in enumerate(values) if cell_text(v) in HEADER_TO_FIELD}
        if set(columns.values()) >= REQUIRED_COLUMNS:
            return row_number, columns
        if row_number >= 10:
            break
    raise UserError("表格前 10 行中找不到表头（至少需要“楼栋”和“房号”两列），请使用导入模板")
