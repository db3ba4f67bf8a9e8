"""The registry's few values the start-up path needs (the community on every form, the unit states of the
today view, a search hit): apart from ``core.registry``, whose seventeen dataclasses cost 22 ms to create —
a tenth of the window's start-up (measured)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class UnitState(StrEnum):
    """房态: where a unit is in its life."""

    NOT_DELIVERED = "未交付"
    DELIVERED = "已交付未入住"
    RENOVATING = "装修中"
    OCCUPIED = "已入住"
    RENTED = "出租"
    VACANT = "空置"


@dataclass(frozen=True)
class Community:
    """小区 and office settings that appear on every form."""

    name: str = ""
    company: str = ""
    office_address: str = ""
    office_phone: str = ""
    receipt_title: str = ""

    @property
    def is_set_up(self) -> bool:
        return bool(self.name.strip())

    @property
    def office_title(self) -> str:
        return f"{self.name}物业服务中心" if self.name else "物业服务中心"


@dataclass(frozen=True)
class SearchHit:
    unit_id: int
    code: str
    owner_names: str
    matched: str
    state: str
