"""入伙 as values: the documents an owner brings and signs, the inspection template (rooms × items),
the keys and cards handed over, the steps of a move-in and which of them are done."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from enum import StrEnum

# Every document DOMAIN.md lists, in the order the desk works through them.
MOVE_IN_DOCUMENTS = [
    "入伙通知书",
    "业主入伙确认单",
    "业主交房确认单",
    "身份证复印件及照片",
    "房屋验收确认书",
    "区域防火责任协议书",
    "前期物业服务协议",
    "临时管理规约",
    "用户手册",
    "家庭情况登记卡",
    "费用缴纳告知书",
    "单元钥匙托管承诺书",
]
# Only signed when the owner leaves the keys with the office (an empty unit): not needed to finish.
OPTIONAL_DOCUMENTS = frozenset({"单元钥匙托管承诺书"})

KEY_KINDS = ["入户门钥匙", "信报箱钥匙", "门禁卡", "车库遥控器", "电表箱钥匙", "水表箱钥匙"]

_WALLS = ["窗/玻璃", "墙面（裂缝、空鼓、渗水）", "地面（空鼓、平整）", "天花"]
DEFAULT_TEMPLATE: list[tuple[str, str]] = [
    *[("入户", item) for item in ["入户门/门锁", "可视对讲/门铃", "配电箱"]],
    *[("客厅", item) for item in [*_WALLS, "电气（开关、插座）"]],
    *[("主卧", item) for item in [*_WALLS, "电气（开关、插座）"]],
    *[("次卧", item) for item in [*_WALLS, "电气（开关、插座）"]],
    *[("厨房", item) for item in [*_WALLS, "给排水（上水、下水）", "电气（开关、插座）", "厨房设施"]],
    *[("卫生间", item) for item in [*_WALLS, "给排水（闭水试验）", "电气（开关、插座）", "卫浴设施"]],
    *[("阳台", item) for item in ["门窗/玻璃", "墙面", "地面", "栏杆", "地漏"]],
]


class IdentityKind(StrEnum):
    OWNER = "业主本人"
    AGENT = "委托代理人"  # brings a 委托书 and their own ID


class Step(StrEnum):
    IDENTITY = "身份核验"
    DOCUMENTS = "资料签收"
    FEES = "交房与入伙费用"
    INSPECTION = "验房"
    READINGS = "抄表"
    KEYS = "钥匙交接"
    SIGNATURES = "签字确认"


class Result(StrEnum):
    PASS = "合格"
    FAIL = "不合格"


@dataclass(frozen=True)
class InspectionItem:
    id: int
    room: str
    item: str
    result: str | None
    description: str
    photos: int = 0

    @property
    def location(self) -> str:
        return f"{self.room}·{self.item}"


@dataclass(frozen=True)
class Inspection:
    id: int
    unit_id: int
    inspected_on: str
    inspector: str
    items: tuple[InspectionItem, ...]

    @property
    def checked(self) -> int:
        return sum(1 for i in self.items if i.result)

    @property
    def failed(self) -> tuple[InspectionItem, ...]:
        return tuple(i for i in self.items if i.result == Result.FAIL)

    @property
    def complete(self) -> bool:
        return bool(self.items) and self.checked == len(self.items)


@dataclass(frozen=True)
class MoveIn:
    """One unit's move-in as far as it got."""

    id: int
    unit_id: int
    unit_code: str
    owner_names: str
    started_at: str
    started_by: str
    identity_kind: str
    identity_name: str
    identity_id_number: str
    agent_letter: bool
    identity_checked_at: str | None
    handed_over_on: str | None
    water_reading: str
    electricity_reading: str
    gas_reading: str
    owner_signed: bool
    clerk_signed: bool
    note: str
    completed_at: str | None
    completed_by: str | None
    documents: dict[str, str] = field(default_factory=dict)  # document → date received/signed
    keys: dict[str, int] = field(default_factory=dict)  # kind → count handed over
    inspection: Inspection | None = None
    owed_fen: int = 0  # what the unit owes now (the fee step is done when handed over and nothing is owed)

    @property
    def completed(self) -> bool:
        return self.completed_at is not None

    def missing(self) -> dict[Step, str]:
        """Each step not done yet, with what is missing in a few words."""
        gaps: dict[Step, str] = {}
        if not self.identity_checked_at:
            gaps[Step.IDENTITY] = "未核验身份"
        elif self.identity_kind == IdentityKind.AGENT and not self.agent_letter:
            gaps[Step.IDENTITY] = "代理人未交委托书"
        lacking = [d for d in MOVE_IN_DOCUMENTS if d not in self.documents and d not in OPTIONAL_DOCUMENTS]
        if lacking:
            gaps[Step.DOCUMENTS] = (
                f"缺 {len(lacking)} 份：" + "、".join(lacking[:3]) + ("等" if len(lacking) > 3 else "")
            )
        if not self.handed_over_on:
            gaps[Step.FEES] = "未交房"
        elif self.owed_fen > 0:
            gaps[Step.FEES] = f"尚欠 {self.owed_fen / 100:.2f} 元"
        if self.inspection is None:
            gaps[Step.INSPECTION] = "未验房"
        elif not self.inspection.complete:
            gaps[Step.INSPECTION] = f"已验 {self.inspection.checked}/{len(self.inspection.items)} 项"
        if not self.water_reading or not self.electricity_reading:
            gaps[Step.READINGS] = "缺水表或电表底数"
        if not self.keys:
            gaps[Step.KEYS] = "未登记交付的钥匙"
        if not (self.owner_signed and self.clerk_signed):
            gaps[Step.SIGNATURES] = "业主或经办人未签字"
        return gaps


class DefectState(StrEnum):
    NEW = "待转交"
    WITH_DEVELOPER = "整改中"
    CLOSED = "已销项"
    DISMISSED = "已关闭"  # a wrong entry, closed with a reason


@dataclass(frozen=True)
class Defect:
    id: int
    unit_id: int
    unit_code: str
    location: str
    description: str
    responsible: str
    found_on: str
    transferred_on: str | None
    deadline: str | None
    recheck_on: str | None
    recheck_result: str
    closed_on: str | None
    close_reason: str
    photos: int = 0

    def as_of(self, day: str) -> Defect:
        """The defect as the ledger stood at the end of ``day``: a later transfer or closing not yet there."""
        return replace(self, transferred_on=self.transferred_on if self.transferred_on and self.transferred_on <= day
                       else None, closed_on=self.closed_on if self.closed_on and self.closed_on <= day else None,
                       close_reason=self.close_reason if self.closed_on and self.closed_on <= day else "")  # fmt: skip

    @property
    def state(self) -> DefectState:
        if self.closed_on:
            return DefectState.DISMISSED if self.close_reason else DefectState.CLOSED
        return DefectState.WITH_DEVELOPER if self.transferred_on else DefectState.NEW

    def overdue(self, today: dt.date) -> bool:
        return not self.closed_on and bool(self.deadline) and str(self.deadline) < today.isoformat()

    def age_days(self, today: dt.date) -> int:
        end = dt.date.fromisoformat(self.closed_on) if self.closed_on else today
        return (end - dt.date.fromisoformat(self.found_on)).days
