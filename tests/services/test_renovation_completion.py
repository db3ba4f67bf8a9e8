"""The end of a renovation: 设计变更 reviewed like the application, 完工申请 → 竣工验收 (fail → rectify →
re-inspect), the unit back from 装修中, and the deposit settled — deductions itemised, the rest refunded,
a shortfall billed, pass deposits back or forfeited; nothing refunded before acceptance."""

import datetime as dt

import pytest

from propdesk.core.author import Actor
from propdesk.core.errors import Conflict, ValidationError
from propdesk.core.permissions import PermissionDenied
from propdesk.core.renovation import Deduction, RenovationRules, split_deductions
from propdesk.services import (
    deposit_settlements,
    design_changes,
    patrols,
    payments,
    refunds,
    renovation_completion,
    renovation_settings,
    renovations,
    units,
    worker_passes,
)
from propdesk.store.connection import Database
from tests.services.test_payments import CASHIER, SUPERVISOR
from tests.services.test_renovations import CLERK, NOW, _application, _working

DONE = dt.date(2027, 2, 20)
LATER = dt.datetime(2027, 3, 1, 10, 0)


def _pass(db: Database, renovation_id: int, unit_id: int, name: str, id_number: str) -> int:
    issued, _ = worker_passes.issue(db, CLERK, renovation_id, name, id_number, now=NOW)
    owed = [b.id for b in payments.owed(db, unit_id) if "出入证" in b.description]
    payments.pay_bills(db, CASHIER, unit_id, owed, "现金", name, now=NOW)
    return issued.id


def test_a_design_change_is_reviewed_then_joins_the_renovation(unit: tuple[Database, int], actor: Actor) -> None:
    db, unit_id = unit
    renovation_id = _working(db, unit_id, actor)
    with pytest.raises(ValidationError) as raised:
        design_changes.request(db, CLERK, renovation_id, " ", ("不存在",), dt.date(2027, 1, 1), NOW)
    assert {p.field for p in raised.value.problems} == {"description", "items_added", "new_end"}
    asked, _ = design_changes.request(db, CLERK, renovation_id, "阳台加装推拉门", ("门窗", "防水"),
                                      dt.date(2027, 3, 31), NOW)  # fmt: skip
    assert asked.state == "待审核" and asked.items_added == ("门窗",) and asked.review_due == "2026-12-03"
    assert renovations.counts(db, dt.date(2026, 12, 4))["review_overdue"] == 1  # the change's deadline is watched
    assert [r.id for r in renovations.ledger(db, review_overdue_on=dt.date(2026, 12, 4))] == [renovation_id]
    with pytest.raises(Conflict, match="待审核"):
        design_changes.request(db, CLERK, renovation_id, "再改一次", (), None, NOW)
    with pytest.raises(PermissionDenied):
        design_changes.review(db, CLERK, asked.id, True, "")
    with pytest.raises(ValidationError, match="原因"):
        design_changes.review(db, SUPERVISOR, asked.id, False, "")
    approved, _ = design_changes.review(db, SUPERVISOR, asked.id, True, "", NOW)
    assert approved.state == "已通过" and approved.opinion == "同意"
    after = renovations.get(db, renovation_id)
    assert after.items == ("水电改造", "防水", "墙体", "门窗") and after.planned_end == "2027-03-31"
    rejected, _ = design_changes.request(db, CLERK, renovation_id, "拆除承重墙", (), None, NOW)
    design_changes.review(db, SUPERVISOR, rejected.id, False, "涉及承重结构", NOW)
    assert [c.state for c in design_changes.changes(db, renovation_id)] == ["已驳回", "已通过"]
    assert renovations.get(db, renovation_id).planned_end == "2027-03-31"


def test_acceptance_fails_then_passes_and_the_unit_leaves_renovating(unit: tuple[Database, int],
                                                                      actor: Actor) -> None:  # fmt: skip
    db, unit_id = unit
    renovation_id = _working(db, unit_id, actor)
    with pytest.raises(Conflict, match="施工中"):
        renovation_completion.inspect(db, CLERK, renovation_id, "赵工", {}, day=DONE)
    with pytest.raises(ValidationError, match="晚于今天"):
        renovation_completion.apply_completion(db, CLERK, renovation_id, DONE, today=dt.date(2027, 2, 1))
    renovation_completion.apply_completion(db, CLERK, renovation_id, DONE, "业主来电", today=DONE)
    found = renovations.get(db, renovation_id)
    assert found.state == "待验收" and found.completed_on == "2027-02-20"
    assert renovations.counts(db, DONE)["waiting_acceptance"] == 1
    with pytest.raises(Conflict, match="不在巡查范围"):
        patrols.record_patrol(db, CLERK, renovation_id, "赵工", {}, now=LATER)
    with pytest.raises(ValidationError, match="整改要求"):
        renovation_completion.inspect(db, CLERK, renovation_id, "赵工", {"闭水试验合格": " "}, day=DONE)
    failed, _ = renovation_completion.inspect(db, CLERK, renovation_id, "赵工",
                                              {"闭水试验合格": "卫生间闭水 48 小时渗漏", "装修垃圾清运完毕": "楼道仍有垃圾"},
                                              day=DONE)  # fmt: skip
    assert not failed.passed and renovations.get(db, renovation_id).state == "验收整改"
    assert units.unit_record(db, unit_id).unit.state == "装修中"
    with pytest.raises(Conflict, match="竣工验收通过后"):
        deposit_settlements.settle(db, CASHIER, SUPERVISOR, renovation_id, [], "现金", "张三", LATER)
    passed, _ = renovation_completion.inspect(db, CLERK, renovation_id, "赵工", {}, "复验合格", day=DONE)
    assert passed.passed and renovations.get(db, renovation_id).state == "已验收"
    assert units.unit_record(db, unit_id).unit.state == "已交付未入住"  # the state before the permit
    assert [a.passed for a in renovation_completion.acceptances(db, renovation_id)] == [True, False]


def test_an_open_violation_blocks_acceptance(unit: tuple[Database, int], actor: Actor) -> None:
    db, unit_id = unit
    renovation_id = _working(db, unit_id, actor)
    violation, _ = patrols.register_violation(db, CLERK, renovation_id, "垃圾堆放", "楼道堆放垃圾", "当日清运",
                                              dt.date(2026, 12, 5), 20000, None, NOW)  # fmt: skip
    renovation_completion.apply_completion(db, CLERK, renovation_id, DONE, today=DONE)
    with pytest.raises(Conflict, match=violation.number):
        renovation_completion.inspect(db, CLERK, renovation_id, "赵工", {}, day=DONE)
    patrols.recheck(db, CLERK, violation.id, True, "已清运", dt.date(2026, 12, 5))
    renovation_completion.inspect(db, CLERK, renovation_id, "赵工", {}, day=DONE)
    assert renovations.get(db, renovation_id).state == "已验收"


def test_no_deposit_goes_back_before_acceptance(unit: tuple[Database, int], actor: Actor) -> None:
    db, unit_id = unit
    renovation_id = _working(db, unit_id, actor)
    deposit_bill = next(f.bill_id for f in renovations.get(db, renovation_id).fees if f.item == "装修押金")
    with pytest.raises(Conflict, match="押金结算"):
        refunds.refund_deposit(db, CASHIER, SUPERVISOR, deposit_bill, "现金", "张三", "装修结束", now=NOW)
    pass_id = _pass(db, renovation_id, unit_id, "王师傅", "11010519491231002X")
    pass_bill = worker_passes.deposit_bill(db, pass_id)
    assert pass_bill is not None
    with pytest.raises(Conflict, match="还没有交回"):
        refunds.refund_deposit(db, CASHIER, SUPERVISOR, pass_bill, "现金", "王师傅", "退证", now=NOW)
    worker_passes.hand_back(db, CLERK, pass_id, dt.date(2026, 12, 10))  # a worker leaving mid-work gets it back
    back, _ = refunds.refund_deposit(db, CASHIER, SUPERVISOR, pass_bill, "现金", "王师傅", "退证", now=NOW)
    assert back.amount_fen == 5000


def test_the_settlement_keeps_the_deductions_refunds_the_rest_and_settles_the_passes(
    unit: tuple[Database, int], actor: Actor
) -> None:
    db, unit_id = unit
    renovation_id = _working(db, unit_id, actor)
    on_time = _pass(db, renovation_id, unit_id, "王师傅", "11010519491231002X")
    late = _pass(db, renovation_id, unit_id, "李师傅", "110101199003070011")
    lost = _pass(db, renovation_id, unit_id, "赵师傅", "330106198505050035")
    violation, _ = patrols.register_violation(db, CLERK, renovation_id, "成品保护", "电梯轿厢未做保护", "铺设保护板",
                                              dt.date(2026, 12, 5), 30000, None, NOW)  # fmt: skip
    patrols.recheck(db, CLERK, violation.id, True, "已铺设", dt.date(2026, 12, 5))
    renovation_completion.apply_completion(db, CLERK, renovation_id, DONE, today=DONE)
    renovation_completion.inspect(db, CLERK, renovation_id, "赵工", {}, day=DONE)
    worker_passes.hand_back(db, CLERK, on_time, dt.date(2027, 3, 1))
    found = deposit_settlements.draft(db, renovation_id)
    assert found.passes_out == ("CR202600002", "CR202600003")
    with pytest.raises(Conflict, match="CR202600002"):
        deposit_settlements.settle(db, CASHIER, SUPERVISOR, renovation_id, [], "现金", "张三", LATER)
    worker_passes.hand_back(db, CLERK, late, dt.date(2027, 3, 10))  # 10 days after the permit ended: forfeited
    worker_passes.hand_back(db, CLERK, lost, dt.date(2027, 3, 1), lost=True)
    found = deposit_settlements.draft(db, renovation_id)
    assert found.held_fen == 200000 and found.passes_refundable_fen == 5000 and found.passes_forfeited_fen == 10000
    assert [(d.kind, d.amount_fen) for d in found.suggested] == [("违章处罚", 30000)]
    deductions = [*found.suggested, Deduction("损坏赔偿", "电梯轿厢划伤", 45050)]
    with pytest.raises(ValidationError):
        deposit_settlements.settle(db, CASHIER, SUPERVISOR, renovation_id, [Deduction("清洁清运", "", 100)], "现金",
                                   "张三", LATER)  # fmt: skip
    with pytest.raises(PermissionDenied):
        deposit_settlements.settle(db, CASHIER, CASHIER, renovation_id, deductions, "现金", "张三", LATER)
    settled, _ = deposit_settlements.settle(db, CASHIER, SUPERVISOR, renovation_id, deductions, "现金", "张三", LATER)
    assert (settled.kept_fen, settled.refunded_fen, settled.shortfall_fen) == (75050, 124950, 0)
    assert settled.passes_refunded_fen == 5000 and settled.passes_forfeited_fen == 10000
    assert settled.refund_numbers == ("TK2027000001", "TK2027000002", "TK2027000003", "TK2027000004")
    paid_out = [refunds.get_refund(db, n) for n in settled.refund_numbers]
    assert [(f.amount_fen, f.deducted_fen) for f in paid_out] == [(124950, 75050), (5000, 0), (0, 5000), (0, 5000)]
    assert "电梯轿厢划伤" in paid_out[0].deduction_reason and "逾期" in paid_out[2].deduction_reason
    assert "遗失" in paid_out[3].deduction_reason
    assert renovations.get(db, renovation_id).state == "已结算"
    assert not [d for d in refunds.deposit_ledger(db, held_only=True) if d.unit_id == unit_id]
    with pytest.raises(Conflict, match="结算过"):
        deposit_settlements.settle(db, CASHIER, SUPERVISOR, renovation_id, [], "现金", "张三", LATER)
    with pytest.raises(Exception, match="final"):
        db.execute("UPDATE deposit_settlements SET refunded_fen = 0")


def test_deductions_beyond_the_deposit_become_a_bill(unit: tuple[Database, int], actor: Actor) -> None:
    db, unit_id = unit
    renovation_id = _working(db, unit_id, actor)
    renovation_completion.apply_completion(db, CLERK, renovation_id, DONE, today=DONE)
    renovation_completion.inspect(db, CLERK, renovation_id, "赵工", {}, day=DONE)
    settled, _ = deposit_settlements.settle(db, CASHIER, SUPERVISOR, renovation_id,
                                            [Deduction("损坏赔偿", "损坏单元门禁", 180000),
                                             Deduction("清洁清运", "楼道清洁", 50000)], "现金", "张三", LATER)  # fmt: skip
    assert (settled.kept_fen, settled.refunded_fen, settled.shortfall_fen) == (200000, 0, 30000)
    owed = payments.owed(db, unit_id)
    assert [(b.id, b.amount_fen) for b in owed] == [(settled.shortfall_bill_id, 30000)]
    assert "押金不足" in owed[0].description
    assert split_deductions(100, [Deduction("其他", "x", 40)]) == (40, 60, 0)


def test_renovation_settings_rule_the_review_the_works_and_the_pass_grace(unit: tuple[Database, int],
                                                                          actor: Actor) -> None:  # fmt: skip
    db, unit_id = unit
    with pytest.raises(ValidationError) as raised:
        renovation_settings.save(db, actor, RenovationRules(0, 99, ("墙体，门窗",), " "))
    assert {p.field for p in raised.value.problems} == {
        "review_days",
        "pass_return_days",
        "work_items",
        "working_hours",
    }
    with pytest.raises(PermissionDenied):
        renovation_settings.save(db, CLERK, RenovationRules())
    renovation_settings.save(db, actor, RenovationRules(7, 3, ("水电改造", "防水", "墙体", "地暖"), "8:00–18:00"))
    assert renovation_settings.load(db).work_items == ("水电改造", "防水", "墙体", "地暖")
    applied, _ = renovations.apply(db, CLERK, unit_id, _application(items=("地暖",)), NOW)
    assert applied.review_due == "2026-12-07"  # seven working days
    with pytest.raises(ValidationError, match="装修项目"):
        renovations.apply(db, CLERK, unit_id, _application(items=("吊顶",)), NOW)
    approved, _ = renovations.review(db, SUPERVISOR, applied.id, True, "", NOW)
    payments.pay_bills(db, CASHIER, unit_id, [f.bill_id for f in approved.fees], "微信", "张三", now=NOW)
    renovations.issue_permit(db, CLERK, applied.id, NOW)
    from decimal import Decimal

    from propdesk.core.billing import FeeKind, Period
    from propdesk.services import fees

    fees.add_fee_item(db, actor, "出入证押金", FeeKind.DEPOSIT, "元/张", frozenset(), 100, Decimal(50), Period(2020, 1))
    issued, _ = worker_passes.issue(db, CLERK, applied.id, "王师傅", "11010519491231002X", now=NOW)
    back, _ = worker_passes.hand_back(db, CLERK, issued.id, dt.date(2027, 3, 4))  # 4 days late, grace 3
    assert back.deposit_outcome == "没收"


def test_the_acceptance_form_and_the_settlement_form_print(unit: tuple[Database, int], actor: Actor) -> None:
    import io

    import pypdf

    from propdesk.documents import catalog

    def text(pdf: bytes) -> str:
        return "\n".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(pdf)).pages)

    db, unit_id = unit
    renovation_id = _working(db, unit_id, actor)
    changed, _ = design_changes.request(db, CLERK, renovation_id, "阳台加装推拉门", ("门窗",), None, NOW)
    design_changes.review(db, SUPERVISOR, changed.id, True, "同意", NOW)
    form = text(catalog.make(db, CLERK, "renovation-application", "ZX20260001").pdf)
    assert "设计变更" in form and "阳台加装推拉门" in form and "（✔）门窗" in form
    blank = text(catalog.make(db, CLERK, "acceptance", "ZX20260001").pdf)
    assert "装修竣工验收表" in blank and "闭水试验合格" in blank and "公共部位无损坏" in blank
    pass_id = _pass(db, renovation_id, unit_id, "王师傅", "11010519491231002X")
    renovation_completion.apply_completion(db, CLERK, renovation_id, DONE, today=DONE)
    renovation_completion.inspect(db, CLERK, renovation_id, "赵工", {"闭水试验合格": "卫生间渗漏"}, day=DONE)
    renovation_completion.inspect(db, CLERK, renovation_id, "赵工", {}, "复验合格", day=dt.date(2027, 2, 24))
    inspected = text(catalog.make(db, CLERK, "acceptance", "ZX20260001").pdf)
    for expected in ("竣工验收（2027-02-20，验收人 赵工）", "卫生间渗漏", "不通过", "第 1 次复验", "验收结论：通过"):
        assert expected in inspected, expected
    with pytest.raises(Exception, match="还没有结算"):
        catalog.make(db, CLERK, "deposit-settlement", "ZX20260001")
    worker_passes.hand_back(db, CLERK, pass_id, dt.date(2027, 2, 24))
    deductions = [Deduction("损坏赔偿", "电梯轿厢划伤", 45050), Deduction("清洁清运", "楼道清洁", 10000)]
    deposit_settlements.settle(db, CASHIER, SUPERVISOR, renovation_id, deductions, "现金", "张三", LATER)
    slip = text(catalog.make(db, CLERK, "deposit-settlement", "ZX20260001").pdf)
    for expected in ("装修押金退还审批表", "电梯轿厢划伤", "450.50", "1,449.50", "壹仟肆佰肆拾玖元伍角",
                     "CR202600001", "交回，押金退还", "TK2027000001", "TK2027000002", "客服主管审批", "2027-02-24 通过"):  # fmt: skip
        assert expected in slip, expected
