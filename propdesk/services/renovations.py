"""装修: the application (owner, or a tenant with the owner's consent), the supervisor's review within
its working-day deadline, the fees charged on approval and taken at the cash desk, and the numbered
permit — issued only when every fee is paid, turning the unit to 装修中."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from propdesk.core.author import Actor
from propdesk.core.changes import Changes
from propdesk.core.errors import Conflict, FieldProblem, NotFound, ValidationError
from propdesk.core.identity import phone_problem
from propdesk.core.permissions import Permission
from propdesk.core.registry import UnitState
from propdesk.core.renovation import (
    ATTACHMENTS,
    OPEN_STATES,
    RENOVATION_FEES,
    ApplicantKind,
    FeeDue,
    Renovation,
    RenovationState,
    Scope,
    permit_number,
)
from propdesk.core.working_days import add_working_days
from propdesk.services import fees, renovation_settings
from propdesk.store import audit, move_ins, registry, renovations
from propdesk.store.connection import Database


@dataclass(frozen=True)
class Application:
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
    planned_start: dt.date
    planned_end: dt.date
    workers: int
    attachments: tuple[str, ...]
    note: str = ""


def from_row(db: Database, row: dict[str, object]) -> Renovation:
    bill_ids = [int(b) for b in str(row["fee_bills"]).split(",") if b]
    due = tuple(
        FeeDue(r["bill_id"], r["item"], r["amount_fen"], bool(r["paid"])) for r in renovations.fee_bills(db, bill_ids)
    )
    fields = {k: row[k] for k in ("id", "unit_id", "unit_code", "owner_names", "state", "applicant", "applicant_kind",
                                  "applicant_phone", "contractor", "contractor_license", "foreman", "foreman_phone",
                                  "scope", "planned_start", "planned_end", "workers", "note", "applied_at",
                                  "applied_by", "review_due", "reviewed_at", "reviewed_by", "review_opinion",
                                  "permit_number", "permit_issued_at")}  # fmt: skip
    return Renovation(**fields, owner_consent=bool(row["owner_consent"]),  # type: ignore[arg-type]
                      items=tuple(i for i in str(row["items"]).split(",") if i),
                      attachments=tuple(a for a in str(row["attachments"]).split(",") if a), fees=due,
                      completed_on=row["completed_on"])  # type: ignore[arg-type]  # fmt: skip


def get(db: Database, renovation_id: int) -> Renovation:
    row = renovations.row(db, renovation_id)
    if row is None:
        raise NotFound("找不到这条装修记录")
    return from_row(db, row)


def by_permit(db: Database, permit_number: str) -> Renovation | None:
    row = renovations.by_permit(db, permit_number)
    return from_row(db, row) if row else None


def of_unit(db: Database, unit_id: int) -> list[Renovation]:
    return [from_row(db, r) for r in renovations.of_unit(db, unit_id)]


def ledger(db: Database, state: str = "", building: str = "", review_overdue_on: dt.date | None = None,
           ending_by: dt.date | None = None, unpatrolled_on: dt.date | None = None,
           open_violations: bool = False) -> list[Renovation]:  # fmt: skip
    """装修台账: newest applications first, filtered by state, building, overdue review, permits ending, not
    patrolled on a day, or with violations not rectified."""
    rows = renovations.ledger(db, state, building.strip(), review_overdue_on.isoformat() if review_overdue_on else "",
                              ending_by.isoformat() if ending_by else "",
                              unpatrolled_on.isoformat() if unpatrolled_on else "", open_violations)  # fmt: skip
    return [from_row(db, r) for r in rows]


def ledger_as_of(db: Database, day: dt.date) -> list[tuple[Renovation, str]]:
    """装修台账 as it stood at the end of ``day``: the renovations applied for by then, each with its state then."""
    from propdesk.core.renovation import state_as_of

    closing = renovations.closing_dates(db)
    stamp = day.isoformat()
    return [
        (r, state_as_of(r, stamp, *closing.get(r.id, (None, None)))) for r in ledger(db) if r.applied_at[:10] <= stamp
    ]


def counts(db: Database, today: dt.date | None = None) -> dict[str, int]:
    day = today or dt.date.today()
    grace = renovation_settings.pass_return_days(db)
    return renovations.counts(db, day.isoformat(), (day + dt.timedelta(days=3)).isoformat(),
                              (day - dt.timedelta(days=grace)).isoformat())  # fmt: skip


def _check(a: Application, work_items: tuple[str, ...]) -> list[FieldProblem]:
    problems = []
    if not a.applicant.strip():
        problems.append(FieldProblem("applicant", "请填写申请人"))
    if a.applicant_kind not in {k.value for k in ApplicantKind}:
        problems.append(FieldProblem("applicant_kind", "请选择申请人是业主还是租户"))
    if a.applicant_kind == ApplicantKind.TENANT and not a.owner_consent:
        problems.append(FieldProblem("owner_consent", "租户申请装修须有业主的书面同意"))
    if not a.contractor.strip():
        problems.append(FieldProblem("contractor", "请填写施工单位"))
    if not a.foreman.strip():
        problems.append(FieldProblem("foreman", "请填写现场负责人"))
    problem = phone_problem(a.foreman_phone) if a.foreman_phone.strip() else "请填写负责人电话"
    if problem:
        problems.append(FieldProblem("foreman_phone", problem))
    if a.scope not in {s.value for s in Scope}:
        problems.append(FieldProblem("scope", "请选择全面装修或局部装修"))
    if not a.items or any(i not in work_items for i in a.items):
        problems.append(FieldProblem("items", "请勾选装修项目"))
    if any(x not in ATTACHMENTS for x in a.attachments):
        problems.append(FieldProblem("attachments", "附件清单不对"))
    if a.planned_end < a.planned_start:
        problems.append(FieldProblem("planned_end", "计划完工日期不能早于开工日期"))
    elif (a.planned_end - a.planned_start).days > 366:
        problems.append(FieldProblem("planned_end", "装修期最长一年"))
    if not 0 <= a.workers <= 200:
        problems.append(FieldProblem("workers", "施工人数应在 0 到 200 之间"))
    return problems


def apply(db: Database, actor: Actor, unit_id: int, a: Application,
          now: dt.datetime | None = None) -> tuple[Renovation, Changes]:  # fmt: skip
    """装修申请: kept as 待审核 with its review deadline (working days, a setting)."""
    actor.require(Permission.EDIT_REGISTRY)
    rules = renovation_settings.load(db)
    problems = _check(a, rules.work_items)
    if problems:
        raise ValidationError(problems)
    at = (now or dt.datetime.now()).replace(microsecond=0)
    with db.atomic():
        state = move_ins.unit_handover(db, unit_id)
        if state is None:
            raise NotFound("找不到这户房屋")
        if state[0] == UnitState.NOT_DELIVERED:
            raise Conflict("房屋未交付，不能申请装修")
        if renovations.open_for_unit(db, unit_id, OPEN_STATES) is not None:
            raise Conflict("这户已有进行中的装修申请")
        due = add_working_days(at.date(), rules.review_days)
        renovation_id = renovations.insert(db, {
            "unit_id": unit_id, "state": RenovationState.WAITING_REVIEW.value, "applicant": a.applicant.strip(),
            "applicant_kind": a.applicant_kind, "applicant_phone": a.applicant_phone.strip(),
            "owner_consent": int(a.owner_consent), "contractor": a.contractor.strip(),
            "contractor_license": a.contractor_license.strip(), "foreman": a.foreman.strip(),
            "foreman_phone": a.foreman_phone.strip(), "scope": a.scope, "items": ",".join(a.items),
            "planned_start": a.planned_start.isoformat(), "planned_end": a.planned_end.isoformat(),
            "workers": a.workers, "attachments": ",".join(a.attachments), "note": a.note.strip(),
            "applied_at": at.isoformat(sep=" "), "applied_by": actor.name, "review_due": due.isoformat(),
        })  # fmt: skip
        audit.record(db, actor.name, "create", "renovation", renovation_id,
                     f"装修申请：{a.scope}（{'、'.join(a.items)}），{a.planned_start}–{a.planned_end}，审核期限 {due}",
                     None, {"contractor": a.contractor.strip(), "applicant": a.applicant.strip()}, unit_id=unit_id)  # fmt: skip
        saved = get(db, renovation_id)
    return saved, Changes(units=frozenset({unit_id}))


def review(db: Database, actor: Actor, renovation_id: int, approve: bool, opinion: str,
           now: dt.datetime | None = None) -> tuple[Renovation, Changes]:  # fmt: skip
    """审核 by a supervisor: rejected with a reason, or approved — the renovation fees are charged on the unit
    at once (装修管理费, 装修押金, 垃圾清运费 as the office has them), to be taken at the cash desk."""
    actor.require(Permission.APPROVE_RENOVATION)
    if not approve and not opinion.strip():
        raise ValidationError.single("review_opinion", "驳回时请写明原因")
    at = (now or dt.datetime.now()).replace(microsecond=0)
    with db.atomic():
        found = get(db, renovation_id)
        if found.state != RenovationState.WAITING_REVIEW:
            raise Conflict(f"这份申请已是“{found.state}”，不能再审核")
        values: dict[str, object] = {"reviewed_at": at.isoformat(sep=" "), "reviewed_by": actor.name,
                                     "review_opinion": opinion.strip() or ("同意" if approve else "")}  # fmt: skip
        if approve:
            charged = []
            by_name = {i.name: i for i in fees.chargeable_items(db)}
            for name in RENOVATION_FEES:
                item = by_name.get(name)
                if item is not None and (fees.current_price(item, at.date()) or Decimal(0)) > 0:
                    bill_id, _ = fees.charge(db, actor, found.unit_id, item.id, Decimal(1), None,
                                             f"装修 {found.planned_start}–{found.planned_end}", at.date())  # fmt: skip
                    charged.append(str(bill_id))
            values |= {"state": RenovationState.WAITING_FEES.value, "fee_bills": ",".join(charged)}
        else:
            values["state"] = RenovationState.REJECTED.value
        renovations.update(db, renovation_id, values)
        audit.record(db, actor.name, "review", "renovation", renovation_id,
                     f"装修申请{'通过' if approve else '驳回'}：{values['review_opinion']}", {"state": found.state},
                     {"state": values["state"]}, unit_id=found.unit_id)  # fmt: skip
        saved = get(db, renovation_id)
    return saved, Changes(units=frozenset({found.unit_id}))


def issue_permit(db: Database, actor: Actor, renovation_id: int,
                 now: dt.datetime | None = None) -> tuple[Renovation, Changes]:  # fmt: skip
    """装修许可证: a number from the year's sequence, only once every renovation fee is paid; the unit is
    装修中 from now to acceptance."""
    actor.require(Permission.EDIT_REGISTRY)
    at = (now or dt.datetime.now()).replace(microsecond=0)
    with db.atomic():
        found = get(db, renovation_id)
        if found.state != RenovationState.WAITING_FEES:
            raise Conflict(f"这份申请是“{found.state}”，不能发放许可证")
        if not found.fees_paid:
            unpaid = "、".join(f.item for f in found.fees if not f.paid)
            raise Conflict(f"{unpaid} 还没有缴清（共 {found.owed_fen / 100:.2f} 元），缴费后才能发放装修许可证")
        number = permit_number(at.year, renovations.take_permit_sequence(db, at.year))
        state = move_ins.unit_handover(db, found.unit_id)
        previous = state[0] if state else ""
        renovations.update(db, renovation_id, {"state": RenovationState.WORKING.value, "permit_number": number,
                                               "permit_issued_at": at.isoformat(sep=" "), "previous_state": previous})  # fmt: skip
        registry.update_unit(db, found.unit_id, {"state": UnitState.RENOVATING.value})
        audit.record(db, actor.name, "update", "renovation", renovation_id, f"发放装修许可证 {number}",
                     {"state": found.state, "unit_state": previous},
                     {"state": RenovationState.WORKING.value, "unit_state": UnitState.RENOVATING.value},
                     unit_id=found.unit_id)  # fmt: skip
        saved = get(db, renovation_id)
    return saved, Changes(units=frozenset({found.unit_id}))


def withdraw(db: Database, actor: Actor, renovation_id: int, reason: str) -> tuple[Renovation, Changes]:
    """撤销 an application not yet under way (fees already paid are refunded through the cash desk)."""
    actor.require(Permission.EDIT_REGISTRY)
    if not reason.strip():
        raise ValidationError.single("reason", "请写明撤销原因")
    with db.atomic():
        found = get(db, renovation_id)
        if found.state not in (RenovationState.WAITING_REVIEW, RenovationState.WAITING_FEES):
            raise Conflict(f"“{found.state}”的装修不能撤销")
        renovations.update(db, renovation_id, {"state": RenovationState.WITHDRAWN.value,
                                               "review_opinion": f"{found.review_opinion}；撤销：{reason.strip()}".strip("；")})  # fmt: skip
        audit.record(db, actor.name, "update", "renovation", renovation_id, f"撤销装修申请：{reason.strip()}",
                     {"state": found.state}, {"state": RenovationState.WITHDRAWN.value}, unit_id=found.unit_id)  # fmt: skip
        saved = get(db, renovation_id)
    return saved, Changes(units=frozenset({found.unit_id}))
