"""装修: application → review within working days → fees on approval → permit only when paid."""

import datetime as dt
from decimal import Decimal

import pytest

from propdesk.core.author import Actor
from propdesk.core.billing import FeeKind, Period
from propdesk.core.errors import Conflict, ValidationError
from propdesk.core.permissions import PermissionDenied, Role
from propdesk.core.working_days import add_working_days
from propdesk.services import fees, payments, renovations, units
from propdesk.services.renovations import Application
from propdesk.store.connection import Database
from tests.services.test_payments import CASHIER, SUPERVISOR

CLERK = Actor("王小丽", frozenset({Role.CLERK.value}))
NOW = dt.datetime(2026, 11, 26, 10, 0)  # a Thursday


def _application(**changes: object) -> Application:
    values: dict[str, object] = dict(
        applicant="张三", applicant_kind="业主", applicant_phone="13800001111", owner_consent=False,
        contractor="杭州美家装饰有限公司", contractor_license="JZ-330100-2024-018", foreman="李工",
        foreman_phone="13900002222", scope="全面装修", items=("水电改造", "防水", "墙体"),
        planned_start=dt.date(2026, 12, 1), planned_end=dt.date(2027, 2, 28), workers=6,
        attachments=("装修图纸", "施工单位资质复印件"),
    )  # fmt: skip
    values.update(changes)
    return Application(**values)  # type: ignore[arg-type]


def test_working_days_skip_the_weekend() -> None:
    assert add_working_days(dt.date(2026, 11, 26), 5) == dt.date(2026, 12, 3)  # Thu + 5 → next Thu
    assert add_working_days(dt.date(2026, 11, 28), 1) == dt.date(2026, 11, 30)  # Sat → Mon


def test_an_application_is_reviewed_charged_and_permitted_only_when_paid(unit: tuple[Database, int]) -> None:
    db, unit_id = unit
    applied, _ = renovations.apply(db, CLERK, unit_id, _application(), NOW)
    assert applied.state == "待审核" and applied.review_due == "2026-12-03"
    assert applied.review_overdue(dt.date(2026, 12, 4)) and not applied.review_overdue(dt.date(2026, 12, 3))
    with pytest.raises(Conflict, match="进行中"):
        renovations.apply(db, CLERK, unit_id, _application(), NOW)
    with pytest.raises(PermissionDenied):
        renovations.review(db, CLERK, applied.id, True, "同意")
    with pytest.raises(Conflict, match="待审核"):
        renovations.issue_permit(db, CLERK, applied.id, NOW)
    approved, _ = renovations.review(db, SUPERVISOR, applied.id, True, "", NOW)
    assert approved.state == "待缴费" and [(f.item, f.amount_fen, f.paid) for f in approved.fees] == [
        ("装修管理费", 30000, False),
        ("装修押金", 200000, False),
        ("垃圾清运费", 20000, False),
    ]
    with pytest.raises(Conflict, match="还没有缴清"):
        renovations.issue_permit(db, CLERK, applied.id, NOW)
    payments.pay_bills(db, CASHIER, unit_id, [f.bill_id for f in approved.fees[:2]], "微信", "张三", now=NOW)
    with pytest.raises(Conflict, match="垃圾清运费"):
        renovations.issue_permit(db, CLERK, applied.id, NOW)
    payments.pay_bills(db, CASHIER, unit_id, [approved.fees[2].bill_id], "现金", "张三", now=NOW)
    permitted, _ = renovations.issue_permit(db, CLERK, applied.id, NOW)
    assert permitted.state == "施工中" and permitted.permit_number == "ZX20260001"
    assert units.unit_record(db, unit_id).unit.state == "装修中"
    assert renovations.counts(db, NOW.date())["working"] == 1


def test_rejections_need_a_reason_and_tenants_the_owners_consent(unit: tuple[Database, int]) -> None:
    db, unit_id = unit
    with pytest.raises(ValidationError) as raised:
        renovations.apply(db, CLERK, unit_id, _application(applicant_kind="租户", foreman_phone="123",
                                                            planned_end=dt.date(2026, 11, 1), items=()), NOW)  # fmt: skip
    assert {p.field for p in raised.value.problems} == {"owner_consent", "foreman_phone", "planned_end", "items"}
    applied, _ = renovations.apply(db, CLERK, unit_id, _application(applicant_kind="租户", owner_consent=True), NOW)
    with pytest.raises(ValidationError, match="原因"):
        renovations.review(db, SUPERVISOR, applied.id, False, " ")
    rejected, _ = renovations.review(db, SUPERVISOR, applied.id, False, "涉及拆改承重墙", NOW)
    assert rejected.state == "已驳回" and not rejected.fees
    again, _ = renovations.apply(db, CLERK, unit_id, _application(items=("水电改造",)), NOW)  # a new application
    withdrawn, _ = renovations.withdraw(db, CLERK, again.id, "业主暂缓装修")
    assert withdrawn.state == "已撤销"
    assert [r.state for r in renovations.of_unit(db, unit_id)] == ["已撤销", "已驳回"]


def test_the_application_and_the_permit_print(unit: tuple[Database, int]) -> None:
    import io

    import pypdf

    from propdesk.documents import catalog

    db, unit_id = unit
    applied, _ = renovations.apply(db, CLERK, unit_id, _application(), NOW)
    code = applied.unit_code

    def text(pdf: bytes) -> str:
        return "\n".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(pdf)).pages)

    form = text(catalog.make(db, CLERK, "renovation-application", code).pdf)
    for expected in (
        "房屋装修申请表",
        "杭州美家装饰有限公司",
        "（✔）水电改造",
        "门窗",
        "装修承诺书",
        "闭水试验",
        "（待审核）",
    ):
        assert expected in form, expected
    with pytest.raises(Exception, match="还没有发放许可证"):
        catalog.make(db, CLERK, "renovation-permit", code)
    approved, _ = renovations.review(db, SUPERVISOR, applied.id, True, "同意，注意防水", NOW)
    payments.pay_bills(db, CASHIER, unit_id, [f.bill_id for f in approved.fees], "微信", "张三", now=NOW)
    renovations.issue_permit(db, CLERK, applied.id, NOW)
    permit = text(catalog.make(db, CLERK, "renovation-permit", "ZX20260001").pdf)
    for expected in ("装修许可证", "ZX20260001", code, "李工", "2026-12-01 至 2027-02-28", "0571-88886666"):
        assert expected in permit, expected


def _working(db: Database, unit_id: int, actor: Actor) -> int:
    for name, kind, price in (("出入证工本费", FeeKind.ONE_OFF, "10"), ("出入证押金", FeeKind.DEPOSIT, "50")):
        fees.add_fee_item(db, actor, name, kind, "元/张", frozenset(), 100, Decimal(price), Period(2020, 1))
    applied, _ = renovations.apply(db, CLERK, unit_id, _application(), NOW)
    approved, _ = renovations.review(db, SUPERVISOR, applied.id, True, "", NOW)
    payments.pay_bills(db, CASHIER, unit_id, [f.bill_id for f in approved.fees], "微信", "张三", now=NOW)
    renovations.issue_permit(db, CLERK, applied.id, NOW)
    return applied.id


def test_worker_passes_are_numbered_paid_printed_extended_and_returned(unit: tuple[Database, int],
                                                                        actor: Actor) -> None:  # fmt: skip
    import io

    import pypdf

    from propdesk.documents import catalog
    from propdesk.services import worker_passes

    db, unit_id = unit
    renovation_id = _working(db, unit_id, actor)
    with pytest.raises(ValidationError) as raised:
        worker_passes.issue(db, CLERK, renovation_id, "", "110105194912310021", now=NOW)
    assert {p.field for p in raised.value.problems} == {"name", "id_number"}
    first, _ = worker_passes.issue(db, CLERK, renovation_id, "王师傅", "11010519491231002X", "13700001111", now=NOW)
    assert first.number == "CR202600001" and first.valid_to == "2027-02-28" and not first.paid
    assert first.state(NOW.date()) == "待缴费"
    with pytest.raises(Conflict, match="未交回"):
        worker_passes.issue(db, CLERK, renovation_id, "王师傅", "11010519491231002X", now=NOW)
    with pytest.raises(Exception, match="还没有缴"):
        catalog.make(db, CLERK, "worker-passes", "ZX20260001")
    owed = [b.id for b in payments.owed(db, unit_id) if "出入证" in b.description]
    assert len(owed) == 2
    payments.pay_bills(db, CASHIER, unit_id, owed, "现金", "王师傅", now=NOW)
    sheet = catalog.make(db, CLERK, "worker-passes", "ZX20260001").pdf
    text = "\n".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(sheet)).pages)
    assert "临时出入证" in text and "CR202600001" in text and "**************002X" in text and "本证不得转借" in text
    with pytest.raises(ValidationError, match="许可期限"):
        worker_passes.extend(db, CLERK, first.id, dt.date(2027, 3, 31))
    with pytest.raises(ValidationError):
        worker_passes.extend(db, CLERK, first.id, dt.date(2027, 1, 1))
    back, _ = worker_passes.hand_back(db, CLERK, first.id, dt.date(2027, 3, 7))  # 7 days after expiry: on time
    assert back.deposit_outcome == "可退"
    late, _ = worker_passes.issue(db, CLERK, renovation_id, "李师傅", "11010519491231002X", now=NOW)
    kept, _ = worker_passes.hand_back(db, CLERK, late.id, dt.date(2027, 3, 8))
    assert kept.deposit_outcome == "没收" and kept.state(NOW.date()) == "已交回（押金没收）"


def test_patrols_until_patrolled_and_violations_until_rectified(unit: tuple[Database, int], actor: Actor) -> None:
    from propdesk.services import patrols

    db, unit_id = unit
    renovation_id = _working(db, unit_id, actor)
    [row] = patrols.patrol_list(db, NOW.date())
    assert row.renovation_id == renovation_id and not row.patrolled_today
    with pytest.raises(ValidationError) as raised:
        patrols.record_patrol(db, CLERK, renovation_id, "", {"垃圾堆放": " "}, now=NOW)
    assert {p.field for p in raised.value.problems} == {"inspector", "problems"}
    patrol, _ = patrols.record_patrol(db, CLERK, renovation_id, "赵工", {"垃圾堆放": "楼道堆放装修垃圾"}, now=NOW)
    assert patrol.problems == {"垃圾堆放": "楼道堆放装修垃圾"}
    [row] = patrols.patrol_list(db, NOW.date())
    assert row.patrolled_today and row.last_patrolled == "2026-11-26"
    assert not patrols.patrol_list(db, NOW.date() + dt.timedelta(days=1))[0].patrolled_today  # every day again
    with pytest.raises(ValidationError, match="期限"):
        patrols.register_violation(db, CLERK, renovation_id, "垃圾堆放", "楼道堆放", "清运", NOW.date() - dt.timedelta(days=1),
                                   now=NOW)  # fmt: skip
    violation, _ = patrols.register_violation(db, CLERK, renovation_id, "垃圾堆放", "楼道堆放装修垃圾", "当日清运完毕",
                                              NOW.date() + dt.timedelta(days=1), 20000, patrol.id, NOW)  # fmt: skip
    assert violation.number == "ZG20260001" and violation.state == "待整改" and violation.penalty_fen == 20000
    assert violation.overdue(NOW.date() + dt.timedelta(days=2)) and patrols.overdue_count(db, NOW.date()) == 0
    assert patrols.patrol_list(db, NOW.date())[0].open_violations == 1
    again, _ = patrols.recheck(db, CLERK, violation.id, False, "仍有垃圾", NOW.date() + dt.timedelta(days=2))
    assert again.state == "复查未通过" and patrols.overdue_count(db, NOW.date() + dt.timedelta(days=2)) == 1
    done, _ = patrols.recheck(db, CLERK, violation.id, True, "已清运", NOW.date() + dt.timedelta(days=3))
    assert done.state == "已整改" and patrols.overdue_count(db, NOW.date() + dt.timedelta(days=9)) == 0
    with pytest.raises(Conflict):
        patrols.recheck(db, CLERK, violation.id, True, "再查")


def test_the_rectification_notice_prints_with_its_evidence(unit: tuple[Database, int], actor: Actor) -> None:
    import io

    import pypdf
    from PIL import Image

    from propdesk.documents import catalog
    from propdesk.services import inspections, patrols

    db, unit_id = unit
    renovation_id = _working(db, unit_id, actor)
    violation, _ = patrols.register_violation(db, CLERK, renovation_id, "外立面", "阳台外窗私自改色", "恢复原色",
                                              NOW.date() + dt.timedelta(days=7), 50000, now=NOW)  # fmt: skip
    evidence = io.BytesIO()
    Image.new("RGB", (1200, 900), (90, 110, 130)).save(evidence, "JPEG")
    inspections.add_photo(db, CLERK, "violation", violation.id, evidence.getvalue(), "外窗.jpg")
    pdf = catalog.make(db, CLERK, "rectification-notice", violation.number).pdf
    text = "\n".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(pdf)).pages)
    for expected in ("装修整改通知书", "ZG20260001", "阳台外窗私自改色", "恢复原色", "2026-12-03", "伍佰元整", "复查情况",
                     "杭州美家装饰有限公司"):  # fmt: skip
        assert expected in text, expected
    assert b"/Subtype /Image" in pdf


def test_the_ledger_finds_renovations_not_patrolled_and_with_open_violations(unit: tuple[Database, int],
                                                                             actor: Actor) -> None:  # fmt: skip
    from propdesk.services import patrols

    db, unit_id = unit
    renovation_id = _working(db, unit_id, actor)
    assert [r.id for r in renovations.ledger(db, unpatrolled_on=NOW.date())] == [renovation_id]
    assert renovations.ledger(db, open_violations=True) == []
    patrol, _ = patrols.record_patrol(db, CLERK, renovation_id, "赵工", {"消防": "楼道动火未报备"}, now=NOW)
    assert renovations.ledger(db, unpatrolled_on=NOW.date()) == []
    patrols.register_violation(db, CLERK, renovation_id, "消防", "楼道动火未报备", "补办动火审批", NOW.date(), 0,
                               patrol.id, NOW)  # fmt: skip
    assert [r.id for r in renovations.ledger(db, open_violations=True)] == [renovation_id]
    counts = renovations.counts(db, NOW.date())
    assert (counts["working"], counts["unpatrolled"]) == (1, 0)
