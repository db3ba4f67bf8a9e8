"""A past month's ledgers show each record as it stood at the month's end, from the dates its steps carry."""

import datetime as dt

from propdesk.core.keys import KeyMovement, KeySet
from propdesk.core.move_in import Defect, DefectState
from propdesk.core.renovation import Renovation, RenovationState, state_as_of


def test_a_defect_closed_after_the_month_was_with_the_developer_then() -> None:
    d = Defect(1, 1, "3-1-101", "卫生间", "地漏反坡", "开发商", "2026-09-20", "2026-09-21", "2026-10-05", None, "",
               "2026-10-08", "")  # fmt: skip
    assert d.as_of("2026-09-20").state == DefectState.NEW
    assert d.as_of("2026-09-30").state == DefectState.WITH_DEVELOPER
    assert d.as_of("2026-10-31").state == DefectState.CLOSED and d.as_of("2026-10-31") == d
    dismissed = Defect(2, 1, "3-1-101", "客厅", "误报", "开发商", "2026-09-20", None, None, None, "", "2026-10-02",
                       "业主撤回")  # fmt: skip
    assert dismissed.as_of("2026-09-30").state == DefectState.NEW
    assert dismissed.as_of("2026-10-31").state == DefectState.DISMISSED


def test_a_key_set_out_at_the_months_end_and_back_later() -> None:
    out = KeyMovement(
        1, "2026-10-30 09:00:00", "装修工人", "装修", "王小丽", "2026-10-30 18:00", "2026-11-02 10:00:00", ""
    )
    keys = KeySet(1, "YS0001", 1, "3-1-101", "入户门钥匙 2 把", "钥匙柜 A3", "2026-09-01", "张三", "", True,
                  "2026-11-20", "业主取回", (out,))  # fmt: skip
    end = dt.datetime(2026, 10, 31, 23, 59)
    assert keys.as_of(end).state(end) == "逾期未还"  # out past its due time at the month's end
    assert keys.as_of(dt.datetime(2026, 10, 29, 23, 59)).state(end) == "在柜"
    assert keys.state(end) == "已退还业主"  # today's state: returned to the owner in November


def _renovation(state: str, **dates: str | None) -> Renovation:
    values: dict[str, object] = dict(id=1, unit_id=1, unit_code="3-1-101", owner_names="张三", state=state,
        applicant="张三", applicant_kind="业主", applicant_phone="", owner_consent=True, contractor="", contractor_license="",
        foreman="", foreman_phone="", scope="", items=(), planned_start="2026-09-10", planned_end="2026-11-30", workers=3,
        attachments=(), note="", applied_at="2026-09-01 10:00:00", applied_by="王小丽", review_due="2026-09-04",
        reviewed_at="2026-09-03 10:00:00", reviewed_by="李主管", review_opinion="", permit_number="ZX20260001",
        permit_issued_at="2026-09-08 10:00:00", completed_on="2026-10-20")  # fmt: skip
    values.update(dates)
    return Renovation(**values)  # type: ignore[arg-type]


def test_a_renovations_state_at_each_months_end() -> None:
    settled = _renovation(RenovationState.SETTLED)
    closing = ("2026-10-25", "2026-11-10 15:00:00")
    assert [state_as_of(settled, day, *closing) for day in ("2026-09-02", "2026-09-05", "2026-09-30", "2026-10-22",
                                                            "2026-10-31", "2026-11-30")] == [
        "待审核", "待缴费", "施工中", "待验收", "已验收", "已结算"]  # fmt: skip
    rejected = _renovation(RenovationState.REJECTED, permit_issued_at=None, completed_on=None, permit_number=None)
    assert state_as_of(rejected, "2026-09-02", None, None) == "待审核"
    assert state_as_of(rejected, "2026-09-30", None, None) == "已驳回"
