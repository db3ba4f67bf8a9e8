"""The registry's plain data types: units (房屋), people (业主/住户), households."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import StrEnum

from propdesk.core.change_log import ChangeLogEntry
from propdesk.core.start_values import Community, SearchHit, UnitState

__all__ = ["Community", "SearchHit", "UnitState"]  # kept here too: most of the code imports them from registry


class UnitType(StrEnum):
    """类型 of a unit."""

    RESIDENCE = "住宅"
    SHOP = "商铺"
    PARKING = "车位"
    STORAGE = "储藏室"


class OwnerRole(StrEnum):
    OWNER = "业主"
    CO_OWNER = "共有人"


class ResidentKind(StrEnum):
    """A household member lives with the owner; a tenant rents."""

    MEMBER = "住户"
    TENANT = "租户"


@dataclass(frozen=True)
class Building:
    id: int
    code: str
    name: str
    entrances: int
    floors: int
    unit_count: int = 0


@dataclass(frozen=True)
class BuildingPlan:
    """What the building generator needs: "3 号楼, 2 个单元, 18 层, 每层 4 户" and an area per position."""

    code: str
    entrances: int
    floors: int
    units_per_floor: int
    areas_centi_m2: list[int]
    unit_type: str = UnitType.RESIDENCE
    state: str = UnitState.NOT_DELIVERED
    first_floor: int = 1

    @property
    def unit_total(self) -> int:
        return self.entrances * self.floors * self.units_per_floor


@dataclass(frozen=True)
class UnitInput:
    """A unit as the edit dialog or the importer supplies it."""

    building: str
    entrance: int
    room: str
    floor: int
    area_centi_m2: int
    unit_type: str = UnitType.RESIDENCE
    state: str = UnitState.NOT_DELIVERED
    note: str = ""


@dataclass(frozen=True)
class Unit:
    id: int
    code: str
    building: str
    entrance: int
    floor: int
    room: str
    area_centi_m2: int
    unit_type: str
    state: str
    note: str
    owner_names: str = ""

    @property
    def area_text(self) -> str:
        return format_area(self.area_centi_m2)


@dataclass(frozen=True)
class UnitFilter:
    """What the unit list shows; the store filters and sorts in SQL."""

    building: str = ""
    state: str = ""
    unit_type: str = ""
    text: str = ""
    sort: str = "code"
    descending: bool = False


@dataclass(frozen=True)
class PersonInput:
    """业主 (owner) data as typed in or imported."""

    name: str
    id_kind: str = "身份证"
    id_number: str = ""
    mobile: str = ""
    landline: str = ""
    work_unit: str = ""
    address: str = ""
    emergency_name: str = ""
    emergency_phone: str = ""
    note: str = ""


@dataclass(frozen=True)
class Person:
    id: int
    name: str
    id_kind: str
    id_number: str
    mobile: str
    landline: str
    work_unit: str
    address: str
    emergency_name: str
    emergency_phone: str
    note: str


@dataclass(frozen=True)
class Ownership:
    """One person's ownership of one unit over a period; ``end_date`` None means current."""

    id: int
    person: Person
    role: str
    start_date: str
    end_date: str | None


@dataclass(frozen=True)
class ResidentInput:
    """A household member or tenant on the 家庭情况登记卡."""

    name: str
    kind: str = ResidentKind.MEMBER
    relation: str = ""
    id_number: str = ""
    phone: str = ""
    move_in_date: str = ""
    note: str = ""


@dataclass(frozen=True)
class Resident:
    id: int
    name: str
    kind: str
    relation: str
    id_number: str
    phone: str
    move_in_date: str
    move_out_date: str | None
    note: str


@dataclass(frozen=True)
class VehicleInput:
    plate: str
    parking_space: str = ""
    note: str = ""


@dataclass(frozen=True)
class Vehicle:
    id: int
    plate: str
    parking_space: str
    note: str


@dataclass(frozen=True)
class Transfer:
    """过户: who owned it before, who after, when."""

    id: int
    date: str
    from_names: str
    to_names: str
    note: str
    author: str


@dataclass(frozen=True)
class UnitRecord:
    """Everything about one unit for the unit page (一户一页) and the household card."""

    unit: Unit
    owners: list[Ownership]
    former_owners: list[Ownership]
    residents: list[Resident]
    vehicles: list[Vehicle]
    transfers: list[Transfer]
    printed: list[PrintedDocument] = field(default_factory=list)
    history: list[ChangeLogEntry] = field(default_factory=list)


@dataclass(frozen=True)
class PrintedDocument:
    """A printed document kept for the record (PDF snapshot, who, when)."""

    id: int
    kind: str
    title: str
    unit_id: int | None
    printed_at: str
    printed_by: str
    size_bytes: int


def format_area(area_centi_m2: int) -> str:
    return f"{area_centi_m2 // 100}.{area_centi_m2 % 100:02d}"


def parse_area(text: str, field_name: str = "area") -> int:
    """``89.5`` → ``8950`` (hundredths of a m²); positive, at most two decimals."""
    from decimal import Decimal, InvalidOperation

    from propdesk.core.errors import ValidationError

    cleaned = text.strip()
    plain = _PLAIN_AREA.fullmatch(cleaned)
    if plain is not None:  # "89.5": the usual case, without Decimal (imports parse thousands)
        whole, fraction = plain.group(1), (plain.group(2) or "").ljust(2, "0")
        value_centi = int(whole) * 100 + int(fraction)
        if 0 < value_centi <= 10_000_000:
            return value_centi
    cleaned = cleaned.replace("㎡", "").replace("m²", "").replace("平方米", "").replace("，", "")
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        raise ValidationError.single(field_name, f"面积“{text}”不是有效的数字") from None
    if not value.is_finite() or value <= 0 or value > 100000:
        raise ValidationError.single(field_name, f"面积“{text}”应大于 0 且不超过 100000")
    if value != value.quantize(Decimal("0.01")):
        raise ValidationError.single(field_name, f"面积“{text}”最多两位小数")
    return int(value * 100)


_PLAIN_AREA = re.compile(r"(\d{1,6})(?:\.(\d{1,2}))?")
