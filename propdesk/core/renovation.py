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
    WAITING_ACCEPTANCE = "待验收"  # 完工申请 filed
    RECTIFYING = "验收整改"  # the 竣工验收 failed: rectify, then inspect again
    ACCEPTED = "已验收"  # the unit is back to its state before the work; the deposits wait for settlement
    SETTLED = "已结算"  # deposits settled: the renovation's file is closed


# until acceptance the unit is 装修中 and the renovation counts as open (one per unit)
OPEN_STATES = (RenovationState.WAITING_REVIEW, RenovationState.WAITING_FEES, RenovationState.WORKING,
               RenovationState.WAITING_ACCEPTANCE, RenovationState.RECTIFYING, RenovationState.ACCEPTED)  # fmt: skip
CHANGEABLE_STATES = (RenovationState.WAITING_FEES, RenovationState.WORKING, RenovationState.RECTIFYING)


class ApplicantKind(StrEnum):
    OWNER = "业主"
    TENANT = "租户"  # needs the owner's written consent


class Scope(StrEnum):
    WHOLE = "全面装修"
    PARTIAL = "局部装修"


@dataclass(frozen=True)
class RenovationRules:
    """The office's renovation settings (装修设置)."""

    review_days: int = 5  # working days for the supervisor's review
    pass_return_days: int = PASS_RETURN_DAYS
    work_items: tuple[str, ...] = tuple(WORK_ITEMS)
    working_hours: str = WORKING_HOURS


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
    completed_on: str | None = None  # 完工申请: the day the owner reported the work finished

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


def state_as_of(r: Renovation, day: str, accepted_on: str | None, settled_on: str | None) -> str:
    """The renovation's state at the end of ``day``, from the dates its steps carry (a report for a past
    month shows the ledger as it stood then). A withdrawal or a failed acceptance has no date of its own:
    those two keep today's state once the step before them had happened."""
    if settled_on and settled_on[:10] <= day:
        return RenovationState.SETTLED
    if accepted_on and accepted_on[:10] <= day:
        return RenovationState.ACCEPTED
    if r.completed_on and r.completed_on <= day:
        return (
            RenovationState.RECTIFYING if r.state == RenovationState.RECTIFYING else RenovationState.WAITING_ACCEPTANCE
        )
    if r.permit_issued_at and r.permit_issued_at[:10] <= day:
        return RenovationState.WITHDRAWN if r.state == RenovationState.WITHDRAWN else RenovationState.WORKING
    if r.reviewed_at and r.reviewed_at[:10] <= day:
        if r.state in (RenovationState.REJECTED, RenovationState.WITHDRAWN):
            return r.state
        return RenovationState.WAITING_FEES
    return RenovationState.WITHDRAWN if r.state == RenovationState.WITHDRAWN else RenovationState.WAITING_REVIEW


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
        if self.deposit_outcome == PASS_LOST:
            return "遗失（押金没收）"
        if self.returned_at:
            return f"已交回（押金{self.deposit_outcome}）" if self.deposit_outcome else "已交回"
        if not self.paid:
            return "待缴费"
        return "已过期未交回" if self.valid_to < today.isoformat() else "有效"


PASS_LOST = "遗失没收"  # the deposit outcome of a pass reported lost


def pass_deposit_outcome(valid_to: str, returned_on: dt.date, grace_days: int = PASS_RETURN_DAYS) -> str:
    """可退 when back within the grace days after expiry, else 没收."""
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


ACCEPTANCE_ITEMS = ["墙体/承重结构未改动", "闭水试验合格", "烟感/喷淋未改动", "外立面/空调机位符合规定",
                    "防护栏/阳台/露台未违规改动", "公共部位无损坏", "装修垃圾清运完毕"]  # fmt: skip
WATERPROOFING_WORKS = ("防水", "厨卫改造")  # works that touch the waterproofing: 闭水试验 required


def acceptance_items(works: tuple[str, ...]) -> list[str]:
    """The 竣工验收 checklist for a renovation: 闭水试验 only where the waterproofing was touched."""
    wet = any(w in WATERPROOFING_WORKS for w in works)
    return [i for i in ACCEPTANCE_ITEMS if wet or i != "闭水试验合格"]


@dataclass(frozen=True)
class DesignChange:
    """设计变更: reviewed like the application; approved, its works join the renovation's and the
    permitted period may end later."""

    id: int
    renovation_id: int
    requested_at: str
    requested_by: str
    description: str
    items_added: tuple[str, ...]
    new_end: str | None
    state: str  # 待审核 / 已通过 / 已驳回
    review_due: str
    reviewed_at: str | None
    reviewed_by: str | None
    opinion: str


@dataclass(frozen=True)
class Acceptance:
    """One 竣工验收 (or re-inspection after rectification): the items that failed, with what to do."""

    id: int
    renovation_id: int
    completed_on: str  # the day the owner reported the work finished (完工申请)
    inspected_on: str
    inspector: str
    failures: dict[str, str]
    note: str
    passed: bool
    author: str


class DeductionKind(StrEnum):
    VIOLATION = "违章处罚"
    DAMAGE = "损坏赔偿"
    CLEANING = "清洁清运"
    OTHER = "其他"


@dataclass(frozen=True)
class Deduction:
    kind: str
    description: str
    amount_fen: int


@dataclass(frozen=True)
class HeldDeposit:
    """A deposit paid for a renovation (装修押金, or a worker pass's 押金) and not yet given back."""

    bill_id: int
    item: str
    description: str
    amount_fen: int
    receipt_number: str
    pass_number: str = ""
    pass_outcome: str = ""  # a pass deposit: 可退 / 没收, or "" while the pass is still out


def split_deductions(held_fen: int, deductions: list[Deduction]) -> tuple[int, int, int]:
    """(kept from the deposit, refunded, shortfall to bill): 应罚应赔后余数退还，不足追收."""
    total = sum(d.amount_fen for d in deductions)
    kept = min(total, held_fen)
    return kept, held_fen - kept, total - kept


@dataclass(frozen=True)
class Settlement:
    """押金结算 of a renovation: its deposit less the itemised deductions, the pass deposits back or forfeited,
    the refund documents paid out and any shortfall billed."""

    id: int
    renovation_id: int
    settled_at: str
    cashier: str
    approved_by: str
    held_fen: int
    deductions: tuple[Deduction, ...]
    kept_fen: int
    refunded_fen: int
    shortfall_fen: int
    shortfall_bill_id: int | None
    passes_refunded_fen: int
    passes_forfeited_fen: int
    refund_numbers: tuple[str, ...]
    method: str
    payee: str


SHORTFALL_ITEM = "装修押金不足补缴"  # the bill for deductions beyond the deposit (不足追收)


@dataclass(frozen=True)
class SettlementDraft:
    """What a settlement would settle: the deposits held, the penalties of the violations as suggested
    deductions, and the passes still out (they must come back, or be reported lost, first)."""

    renovation: Renovation
    deposits: tuple[HeldDeposit, ...]
    pass_deposits: tuple[HeldDeposit, ...]
    suggested: tuple[Deduction, ...]
    passes_out: tuple[str, ...]

    @property
    def held_fen(self) -> int:
        return sum(d.amount_fen for d in self.deposits)

    @property
    def passes_refundable_fen(self) -> int:
        return sum(d.amount_fen for d in self.pass_deposits if d.pass_outcome == "可退")

    @property
    def passes_forfeited_fen(self) -> int:
        return sum(d.amount_fen for d in self.pass_deposits if d.pass_outcome and d.pass_outcome != "可退")
