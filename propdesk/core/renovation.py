"""装修 as values: the states a renovation passes through, the works and attachments an application
lists, the review deadline in working days, the permit number, and the fees due before a permit."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from propdesk.core.limits import PASS_RETURN_DAYS

WORK_ITEMS = ["墙体", "水电改造", "防水", "门窗", "阳台/露台", "空调机位", "吊顶", "地面铺装", "厨卫改造"]
ATTACHMENTS = ["装修图纸", "施工单位资质复印件", "业主身份证复印件", "装修承诺书", "租户的业主书面同意书"]
RENOVATION_FEES = ["装修管理费", "装修押金", "垃圾清运费"]  # charged when approved, by these fee items' prices
PASS_FEES = ("出入证工本费", "出入证押金")  # charged per pass when it is issued
WORKING_HOURS = "8:00–12:00、14:00–18:00（节假日 9:00–12:00、14:00–17:00，中午和夜间禁止噪声施工）"


class RenovationState(StrEnum):
    WAITING_REVIEW = "待审核"
    REJECTED = "已驳回"
    WAITING_FEES = "待缴费"  # approved; the permit waits for the fees
    WORKING = "施工中"  # permit issued; the unit is 装修中
    WITHDRAWN = "已撤销"


class ApplicantKind(StrEnum):
    OWNER = "业主"
    TENANT = "租户"  # needs the owner's written consent


class Scope(StrEnum):
    WHOLE = "全面装修"
    PARTIAL = "局部装修"


def add_working_days(start: dt.date, days: int) -> dt.date:
    """``days`` working days after ``start`` (Saturdays and Sundays do not count)."""
    day, left = start, days
    while left > 0:
        day += dt.timedelta(days=1)
        if day.weekday() < 5:
            left -= 1
    return day


def permit_number(year: int, sequence: int) -> str:
    return f"ZX{year:04d}{sequence:04d}"


@dataclass(frozen=True)
class FeeDue:
    bill_id: int
    item: str
    amount_fen: int
    paid: bool


@dataclass(frozen=True)
class Renovation:
    id: int
    unit_id: int
    unit_code: str
    owner_names: str
    state: str
    applicant: str
    applicant_kind: str
    applicant_phone: str
    owner_consent: bool
    contractor: str
    contractor_license: str
    foreman: str
    foreman_phone: str
    scope: str
    items: tuple[str, ...]
    planned_start: str
    planned_end: str
    workers: int
    attachments: tuple[str, ...]
    note: str
    applied_at: str
    applied_by: str
    review_due: str
    reviewed_at: str | None
    reviewed_by: str | None
    review_opinion: str
    permit_number: str | None
    permit_issued_at: str | None
    fees: tuple[FeeDue, ...] = ()

    @property
    def fees_paid(self) -> bool:
        return all(f.paid for f in self.fees)

    @property
    def owed_fen(self) -> int:
        return sum(f.amount_fen for f in self.fees if not f.paid)

    def review_overdue(self, today: dt.date) -> bool:
        return self.state == RenovationState.WAITING_REVIEW and self.review_due < today.isoformat()

    def permit_ending(self, today: dt.date, within_days: int = 3) -> bool:
        if self.state != RenovationState.WORKING:
            return False
        return self.planned_end <= (today + dt.timedelta(days=within_days)).isoformat()


def pass_number(year: int, sequence: int) -> str:
    return f"CR{year:04d}{sequence:05d}"


@dataclass(frozen=True)
class WorkerPass:
    id: int
    renovation_id: int
    number: str
    name: str
    id_number: str
    phone: str
    has_photo: bool
    valid_from: str
    valid_to: str
    issued_at: str
    returned_at: str | None
    deposit_outcome: str | None
    paid: bool  # its 工本费 and 押金 are settled (a pass is printed only then)

    def state(self, today: dt.date) -> str:
        if self.returned_at:
            return f"已交回（押金{self.deposit_outcome}）" if self.deposit_outcome else "已交回"
        if not self.paid:
            return "待缴费"
        return "已过期未交回" if self.valid_to < today.isoformat() else "有效"


def pass_deposit_outcome(valid_to: str, returned_on: dt.date, grace_days: int = PASS_RETURN_DAYS) -> str:
    """退还 when back within the grace days after expiry, else 没收."""
    late = (returned_on - dt.date.fromisoformat(valid_to)).days
    return "没收" if late > grace_days else "可退"


PATROL_ITEMS = ["成品保护", "垃圾堆放", "装修时间", "墙体/承重结构", "防水", "防护栏", "露台/阳台", "外立面", "消防"]


def violation_number(year: int, sequence: int) -> str:
    return f"ZG{year:04d}{sequence:04d}"


@dataclass(frozen=True)
class Patrol:
    id: int
    renovation_id: int
    patrolled_on: str
    patrolled_at: str
    inspector: str
    problems: dict[str, str]  # item → what was wrong (items not listed were fine)
    note: str


@dataclass(frozen=True)
class Violation:
    id: int
    number: str
    renovation_id: int
    unit_code: str
    found_at: str
    found_by: str
    rule: str
    description: str
    required: str
    deadline: str
    penalty_fen: int
    recheck_on: str | None
    recheck_result: str
    rectified: bool
    photos: int = 0

    def overdue(self, today: dt.date) -> bool:
        return not self.rectified and self.deadline < today.isoformat()

    @property
    def state(self) -> str:
        if self.rectified:
            return "已整改"
        return "复查未通过" if self.recheck_on else "待整改"


@dataclass(frozen=True)
class PatrolListRow:
    """A renovation under way on today's patrol list (only what the list shows: it has thousands of rows)."""

    renovation_id: int
    unit_id: int
    unit_code: str
    contractor: str
    foreman: str
    foreman_phone: str
    planned_end: str
    patrolled_today: bool
    last_patrolled: str | None
    open_violations: int
