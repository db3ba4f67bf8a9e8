"""投诉: deadlines per level (hours, or working days), respond → follow up → resolve → callback (不满意 sends
it back) → the supervisor's review; overdue and near figures; the group-complaint risk flag; the record."""

import datetime as dt

import pytest

from propdesk.core.author import Actor
from propdesk.core.complaints import Step
from propdesk.core.errors import Conflict, ValidationError
from propdesk.core.permissions import PermissionDenied, Role
from propdesk.services import complaints, units
from propdesk.services.complaints import ComplaintEntry
from propdesk.store.connection import Database

CLERK = Actor("王小丽", frozenset({Role.CLERK.value}))
SUPERVISOR = Actor("李主管", frozenset({Role.SUPERVISOR.value}))
FRIDAY = dt.datetime(2026, 11, 27, 16, 0)


def _entry(unit_id: int | None, **changes: object) -> ComplaintEntry:
    values: dict[str, object] = dict(
        channel="电话", complainant="张三", phone="13800001111", unit_id=unit_id, place="3 号楼楼道",
        people="1502 装修工人", description="楼上装修中午电钻噪声", demand="中午停止噪声施工", category="装修扰民",
        level="一般", handler="王小丽",
    )  # fmt: skip
    values.update(changes)
    return ComplaintEntry(**values)  # type: ignore[arg-type]


@pytest.fixture
def unit_db(community_db: Database) -> tuple[Database, int]:
    return community_db, next(u.id for u in units.list_units(community_db, units.UnitFilter(), 0, 1).rows)


def test_deadlines_by_level(unit_db: tuple[Database, int]) -> None:
    db, unit_id = unit_db
    with pytest.raises(ValidationError) as raised:
        complaints.register(db, CLERK, _entry(unit_id, description=" ", category="x", handler=""), FRIDAY)
    assert {p.field for p in raised.value.problems} == {"description", "category", "handler"}
    normal, _ = complaints.register(db, CLERK, _entry(unit_id), FRIDAY)
    assert normal.number == "TS2026110001" and normal.respond_due == "2026-11-29 16:00:00"
    assert normal.resolve_due == "2026-12-08 16:00:00"  # seven working days from a Friday
    urgent, _ = complaints.register(db, CLERK, _entry(None, level="紧急", group_risk=True), FRIDAY)
    assert (urgent.respond_due, urgent.resolve_due) == ("2026-11-27 18:00:00", "2026-11-28 16:00:00")
    assert urgent.unit_id is None and urgent.group_risk and "群诉" in urgent.events[0].note
    evening = FRIDAY + dt.timedelta(hours=3)
    assert urgent.response_overdue(evening) and not normal.response_overdue(evening)
    assert complaints.counts(db, evening) == {"new": 2, "response_overdue": 1, "overdue": 0, "near": 1,
                                             "group_risk": 1, "callbacks": 0}  # fmt: skip
    assert [c.number for c in complaints.page(db, "群诉风险").rows] == [urgent.number]
    assert [c.number for c in complaints.page(db, "临近期限", now=evening).rows] == [urgent.number]
    assert [c.number for c in complaints.page(db, "已超期", now=FRIDAY + dt.timedelta(days=2)).rows] == [urgent.number]


def test_from_response_to_review_and_a_dissatisfied_callback(unit_db: tuple[Database, int]) -> None:
    db, unit_id = unit_db
    made, _ = complaints.register(db, CLERK, _entry(unit_id), FRIDAY)
    with pytest.raises(Conflict, match="不能办结"):
        complaints.proceed(db, CLERK, made.id, Step.RESOLVE, "已处理", FRIDAY)
    with pytest.raises(ValidationError, match="回应"):
        complaints.proceed(db, CLERK, made.id, Step.RESPOND, " ", FRIDAY)
    complaints.proceed(db, CLERK, made.id, Step.RESPOND, "已致电安抚，约明天上门", FRIDAY + dt.timedelta(minutes=30))
    complaints.proceed(db, CLERK, made.id, Step.NOTE, "已约谈 1502 业主和施工队", FRIDAY + dt.timedelta(days=1))
    resolved, _ = complaints.proceed(db, CLERK, made.id, Step.RESOLVE, "施工队承诺中午停工，已纳入巡查",
                                     FRIDAY + dt.timedelta(days=1, hours=2))  # fmt: skip
    assert resolved.state == "待回访" and not resolved.resolution_overdue(FRIDAY + dt.timedelta(days=30))
    back, _ = complaints.callback(db, CLERK, made.id, "不满意", "昨天中午又在打钻", FRIDAY + dt.timedelta(days=3))
    assert back.state == "处理中" and back.resolved_at is None
    complaints.proceed(db, CLERK, made.id, Step.RESOLVE, "开具整改通知书，违章扣押金", FRIDAY + dt.timedelta(days=3))
    closed, _ = complaints.callback(db, CLERK, made.id, "满意", "", FRIDAY + dt.timedelta(days=4))
    assert closed.state == "已办结" and closed.satisfaction == "满意"
    with pytest.raises(PermissionDenied):
        complaints.proceed(db, CLERK, made.id, Step.REVIEW, "处理及时", FRIDAY + dt.timedelta(days=5))
    reviewed, _ = complaints.proceed(db, SUPERVISOR, made.id, Step.REVIEW, "处理及时，回访到位",
                                     FRIDAY + dt.timedelta(days=5))  # fmt: skip
    assert reviewed.review == "处理及时，回访到位" and reviewed.reviewed_by == "李主管"
    assert [e.step for e in reviewed.events] == ["登记", "响应", "跟进", "办结", "重新处理", "办结", "回访", "主管审核"]
    assert [c.number for c in complaints.of_unit(db, unit_id)] == [made.number]


def test_the_complaint_record_prints(unit_db: tuple[Database, int]) -> None:
    import io

    import pypdf

    from propdesk.documents import catalog

    db, unit_id = unit_db
    made, _ = complaints.register(db, CLERK, _entry(unit_id, group_risk=True), FRIDAY)
    complaints.proceed(db, CLERK, made.id, Step.RESPOND, "已致电安抚", FRIDAY + dt.timedelta(minutes=30))
    complaints.proceed(db, CLERK, made.id, Step.RESOLVE, "施工队承诺中午停工", FRIDAY + dt.timedelta(days=1))
    complaints.callback(db, CLERK, made.id, "基本满意", "希望加强巡查", FRIDAY + dt.timedelta(days=2))
    job = catalog.make(db, CLERK, "complaint", made.number)
    assert job.unit_id == unit_id
    text = pypdf.PdfReader(io.BytesIO(job.pdf)).pages[0].extract_text()
    for expected in ("投诉处理记录表", made.number, "楼上装修中午电钻噪声", "中午停止噪声施工", "1502 装修工人", "群诉风险",
                     "2026-12-08 16:00", "已致电安抚", "施工队承诺中午停工", "■基本满意", "希望加强巡查", "主管审核"):  # fmt: skip
        assert expected in text, expected


def test_the_deadlines_are_a_setting(unit_db: tuple[Database, int], actor: Actor) -> None:
    from propdesk.core.complaints import Limits

    db, unit_id = unit_db
    with pytest.raises(ValidationError):
        complaints.save_limits(db, actor, {"一般": Limits(0, resolve_working_days=7)})
    with pytest.raises(PermissionDenied):
        complaints.save_limits(db, CLERK, {"一般": Limits(24, resolve_working_days=3)})
    complaints.save_limits(db, actor, {"一般": Limits(24, resolve_working_days=3)})
    made, _ = complaints.register(db, CLERK, _entry(unit_id), FRIDAY)
    assert (made.respond_due, made.resolve_due) == ("2026-11-28 16:00:00", "2026-12-02 16:00:00")
