"""The unit-and-owner ledger as it travels in Excel: one row per unit (import, export, template)."""

from __future__ import annotations

from dataclasses import dataclass, fields

# (field, column header) — the order is the template's and the export's.
LEDGER_COLUMNS: list[tuple[str, str]] = [
    ("building", "楼栋"),
    ("entrance", "单元"),
    ("room", "房号"),
    ("floor", "楼层"),
    ("area", "建筑面积(㎡)"),
    ("unit_type", "房屋类型"),
    ("state", "房屋状态"),
    ("owner_name", "业主姓名"),
    ("id_kind", "证件类型"),
    ("id_number", "证件号码"),
    ("mobile", "手机"),
    ("landline", "座机"),
    ("co_owners", "共有人"),
    ("emergency_name", "紧急联系人"),
    ("emergency_phone", "紧急联系电话"),
    ("note", "备注"),
]

REQUIRED_COLUMNS = {"building", "room"}


@dataclass(slots=True)
class LedgerRow:
    """One spreadsheet row, every cell as text (blank = ``""``); ``row_number`` is the sheet's."""

    row_number: int
    building: str = ""
    entrance: str = ""
    room: str = ""
    floor: str = ""
    area: str = ""
    unit_type: str = ""
    state: str = ""
    owner_name: str = ""
    id_kind: str = ""
    id_number: str = ""
    mobile: str = ""
    landline: str = ""
    co_owners: str = ""
    emergency_name: str = ""
    emergency_phone: str = ""
    note: str = ""

    def cells(self) -> list[str]:
        return [getattr(self, f) for f, _ in LEDGER_COLUMNS]


@dataclass(frozen=True)
class RowProblem:
    """``第 N 行 [列]：问题`` — what the clerk reads to fix a row."""

    row_number: int
    column: str
    message: str

    def __str__(self) -> str:
        column = f"[{self.column}] " if self.column else ""
        return f"row {self.row_number}: {column}{self.message}"

    @property
    def chinese(self) -> str:
        column = f"“{self.column}”列" if self.column else ""
        return f"第 {self.row_number} 行 {column}{self.message}"


@dataclass
class ImportResult:
    units_added: int = 0
    units_updated: int = 0
    units_unchanged: int = 0
    owners_added: int = 0
    owners_updated: int = 0
    rejected: list[RowProblem] | None = None
    warnings: list[RowProblem] | None = None

    def __post_init__(self) -> None:
        self.rejected = self.rejected or []
        self.warnings = self.warnings or []

    @property
    def rejected_rows(self) -> int:
        return len({p.row_number for p in self.rejected or []})


HEADER_TO_FIELD = {header: name for name, header in LEDGER_COLUMNS}
_ALIASES = {
    "楼号": "building",
    "栋号": "building",
    "楼栋号": "building",
    "单元号": "entrance",
    "房间号": "room",
    "室号": "room",
    "面积": "area",
    "建筑面积": "area",
    "类型": "unit_type",
    "状态": "state",
    "房态": "state",
    "业主": "owner_name",
    "姓名": "owner_name",
    "身份证号": "id_number",
    "身份证号码": "id_number",
    "联系电话": "mobile",
    "电话": "mobile",
    "手机号": "mobile",
    "手机号码": "mobile",
}
HEADER_TO_FIELD.update(_ALIASES)

assert {f.name for f in fields(LedgerRow)} == {"row_number", *(f for f, _ in LEDGER_COLUMNS)}
