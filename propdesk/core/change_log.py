"""A change-log entry as the screens show it (the log itself is written by the store)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

FIELD_LABELS = {
    "area_centi_m2": "建筑面积", "floor": "楼层", "unit_type": "类型", "state": "状态", "note": "备注",
    "name": "姓名", "id_kind": "证件类型", "id_number": "证件号码", "mobile": "手机", "landline": "座机",
    "work_unit": "工作单位", "address": "通讯地址", "emergency_name": "紧急联系人", "emergency_phone": "紧急联系电话",
    "kind": "类别", "relation": "关系", "phone": "电话", "move_in_date": "入住日期", "move_out_date": "迁出日期",
    "plate": "车牌", "parking_space": "车位", "owners": "业主", "date": "日期", "role": "身份",
    "start_date": "登记日期", "owner": "业主", "co_owners_added": "新增共有人",
}  # fmt: skip


@dataclass(frozen=True)
class ChangeLogEntry:
    id: int
    at: str
    author: str
    action: str
    entity: str
    entity_id: int | None
    summary: str
    before: dict[str, Any] | None
    after: dict[str, Any] | None
    unit_id: int | None = None

    def describe(self) -> str:
        """``建筑面积：89.50 → 91.25；备注：→ 顶楼`` — what changed, in the clerk's words."""
        before = self.before or {}
        after = self.after or {}
        if not before:
            return ""
        parts = []
        for key in after:
            old, new = before.get(key), after.get(key)
            parts.append(f"{FIELD_LABELS.get(key, key)}：{_show(key, old)} → {_show(key, new)}")
        return "；".join(parts)


def _show(key: str, value: Any) -> str:
    if value is None or value == "":
        return "（空）"
    if key == "area_centi_m2" and isinstance(value, int):
        return f"{value // 100}.{value % 100:02d}"
    if isinstance(value, dict):
        return "，".join(f"{FIELD_LABELS.get(k, k)} {_show(k, v)}" for k, v in value.items())
    if isinstance(value, list):
        return "、".join(str(v) for v in value)
    return str(value)


@dataclass(frozen=True)
class AuditFilter:
    """What the change-log screen shows; dates are ISO days, inclusive."""

    author: str = ""
    entity: str = ""
    date_from: str = ""
    date_to: str = ""
    text: str = ""
