"""报修 → 派工 → 跟进 → 回访: the state machine (every move checked), deadlines by urgency, overdue only on
orders being worked on and right after a reopen, the three-day 沟通记录, the callback before close, and a
paid repair billed on completion."""

import datetime as dt
from itertools import product

import pytest

from propdesk.core.author import Actor
from propdesk.core.errors import Conflict, ValidationError
from propdesk.core.permissions import PermissionDenied, Role
from propdesk.core.work_orders import TRANSITIONS, Action, Material, OrderState, next_state
from propdesk.services import payments, repair_settings, units, work_orders
from propdesk.services.work_orders import OrderFilter, RepairEntry
from propdesk.store.connection import Database

CLERK = Actor("王小丽", frozenset({Role.CLERK.value}))
CASHIER = Actor("张敏", frozenset({Role.CASHIER.value}))
CALL = dt.datetime(2026, 11, 26, 9, 30)


def _entry(unit_id: int | None, **changes: object) -> RepairEntry:
    values: dict[str, object] = dict(
        channel="电话", caller="张三", phone="138 0000 1111", area="户内", unit_id=unit_id, location="卫生间",
        category="水电", warranty="保修期外", urgency="一般", description="卫生间水龙头漏水",
    )  # fmt: skip
    values.update(changes)
    return RepairEntry(**values)  # type: ignore[arg-type]


@pytest.fixture
def desk(community_db: Database, actor: Actor) -> tuple[Database, int]:
    db = community_db
    unit_id = next(u.id for u in units.list_units(db, units.UnitFilter(), 0, 1).rows)
    repair_settings.save_technician(db, actor, None, "老刘", ("水电", "管道疏通"), "13900001111")
    repair_settings.save_technician(db, actor, None, "张师傅", ("土建", "门窗"), "")
    return db, unit_id


def test_every_move_of_the_state_machine_is_checked() -> None:
    for state, action in product(OrderState, Action):
        allowed, target = TRANSITIONS[action]
        if state in allowed:
            assert next_state(state, action) == target
        else:
            with pytest.raises(Conflict, match=f"不能{action.value}"):
                next_state(state, action)
    # only the callback closes an order; nothing leaves a closed or cancelled one
    assert [a for a, (_, target) in TRANSITIONS.items() if target == OrderState.CLOSED] == [Action.CALLBACK]
    assert not [a for a, (allowed, _) in TRANSITIONS.items() if {OrderState.CLOSED, OrderState.CANCELLED} & allowed]


def test_a_call_is_registered_numbered_and_due_by_its_urgency(desk: tuple[Database, int]) -> None:
    db, unit_id = desk
    with pytest.raises(ValidationError) as raised:
        work_orders.register(db, CLERK, _entry(None, phone="123", description=" ", category="x"), CALL)
    assert {p.field for p in raised.value.problems} == {"unit", "phone", "description", "category"}
    with pytest.raises(ValidationError, match="位置"):
        work_orders.register(db, CLERK, _entry(None, area="公共区域", location=""), CALL)
    with pytest.raises(PermissionDenied):
        work_orders.register(db, CASHIER, _entry(unit_id), CALL)
    urgent, _ = work_orders.register(db, CLERK, _entry(unit_id, urgency="紧急", technician="老刘"), CALL)
    assert urgent.number == "WX2026110001" and urgent.due_at == "2026-11-26 13:30:00"
    assert urgent.state == "已派工" and urgent.technician == "老刘" and urgent.phone == "13800001111"
    public, _ = work_orders.register(db, CLERK, _entry(unit_id, area="公共区域", location="电梯", category="电梯"),
                                     dt.datetime(2026, 12, 1, 8, 0))  # fmt: skip
    assert public.number == "WX2026120001" and public.unit_id is None and public.warranty == "公共维修"
    assert public.due_at == "2026-12-02 08:00:00"
    assert [o.number for o in work_orders.of_phone(db, "13800001111")] == ["WX2026120001", "WX2026110001"]
    assert [e.action for e in urgent.events] == ["登记", "派工"]


def test_from_dispatch_to_callback_with_a_paid_repair_billed(desk: tuple[Database, int]) -> None:
    db, unit_id = desk
    order, _ = work_orders.register(db, CLERK, _entry(unit_id), CALL)
    with pytest.raises(ValidationError, match="维修人员"):
        work_orders.act(db, CLERK, order.id, Action.DISPATCH, now=CALL)
    with pytest.raises(Conflict, match="不能完工"):
        work_orders.complete(db, CLERK, order.id, "已更换", [], 0, CALL)
    work_orders.act(db, CLERK, order.id, Action.DISPATCH, technician="老刘", now=CALL)
    with pytest.raises(ValidationError, match="另一位"):
        work_orders.act(db, CLERK, order.id, Action.REASSIGN, technician="老刘", now=CALL)
    work_orders.act(db, CLERK, order.id, Action.ACCEPT, now=CALL + dt.timedelta(minutes=5))
    work_orders.act(db, CLERK, order.id, Action.ARRIVE, now=CALL + dt.timedelta(minutes=40))
    with pytest.raises(ValidationError, match="处理结果"):
        work_orders.complete(db, CLERK, order.id, " ", [], 0, CALL)
    done, _ = work_orders.complete(db, CLERK, order.id, "更换水龙头阀芯",
                                   [Material("陶瓷阀芯", "DN15", "1", 3550, 3550)], 5000, CALL + dt.timedelta(hours=1))  # fmt: skip
    assert done.state == "待回访" and done.total_fen == 8550 and done.fee_bill_id is not None
    owed = payments.owed(db, unit_id)
    assert [(b.id, b.amount_fen) for b in owed] == [(done.fee_bill_id, 8550)] and "WX2026110001" in owed[0].description
    assert not done.overdue(CALL + dt.timedelta(days=30))  # completed: never overdue
    with pytest.raises(ValidationError, match="意见"):
        work_orders.callback(db, CLERK, order.id, "不满意", "")
    closed, _ = work_orders.callback(db, CLERK, order.id, "满意", "师傅很准时", CALL + dt.timedelta(days=1))
    assert closed.state == "已关闭" and closed.satisfaction == "满意"
    assert [e.action for e in closed.events] == ["登记", "派工", "接单", "到场", "完工", "回访"]
    with pytest.raises(Exception, match="append-only"):
        db.execute("UPDATE work_order_events SET note = ''")


def test_a_dissatisfied_callback_reopens_with_a_new_deadline(desk: tuple[Database, int]) -> None:
    db, unit_id = desk
    order, _ = work_orders.register(db, CLERK, _entry(unit_id, warranty="保修期内", technician="老刘"), CALL)
    with pytest.raises(ValidationError, match="对接人"):
        work_orders.act(db, CLERK, order.id, Action.TRANSFER, now=CALL)
    work_orders.act(db, CLERK, order.id, Action.ARRIVE, now=CALL + dt.timedelta(hours=2))
    done, _ = work_orders.complete(db, CLERK, order.id, "已修复", [], 0, CALL + dt.timedelta(hours=3))
    assert done.fee_bill_id is None  # under warranty: not billed
    later = CALL + dt.timedelta(days=2)
    reopened, _ = work_orders.callback(db, CLERK, order.id, "不满意", "还在滴水", later)
    assert reopened.state == "已派工" and reopened.reopened == 1 and reopened.technician == "老刘"
    assert reopened.due_at == "2026-11-29 09:30:00" and reopened.completed_at is None
    assert not reopened.overdue(later + dt.timedelta(hours=23)) and reopened.overdue(later + dt.timedelta(hours=25))
    transferred, _ = work_orders.register(db, CLERK, _entry(unit_id, warranty="保修期内"), CALL)
    moved, _ = work_orders.act(db, CLERK, transferred.id, Action.TRANSFER, "开发商客服 陈工 0571-87001234", now=CALL)
    assert moved.state == "转开发商" and not moved.overdue(CALL + dt.timedelta(days=10))
    paid, _ = work_orders.register(db, CLERK, _entry(unit_id), CALL)
    with pytest.raises(Conflict, match="保修期内"):
        work_orders.act(db, CLERK, paid.id, Action.TRANSFER, "开发商", now=CALL)


def test_an_order_open_three_days_needs_a_note_before_completion(desk: tuple[Database, int]) -> None:
    db, unit_id = desk
    order, _ = work_orders.register(db, CLERK, _entry(unit_id, technician="老刘"), CALL)
    work_orders.act(db, CLERK, order.id, Action.ARRIVE, now=CALL + dt.timedelta(hours=3))
    work_orders.act(db, CLERK, order.id, Action.PAUSE, "等配件", now=CALL + dt.timedelta(hours=4))
    day_four = CALL + dt.timedelta(days=3, hours=2)
    assert work_orders.get(db, order.id).needs_note(day_four)
    assert work_orders.counts(db, day_four)["needs_note"] == 1
    assert [o.id for o in work_orders.page(db, OrderFilter(view="需沟通记录"), now=day_four).rows] == [order.id]
    work_orders.act(db, CLERK, order.id, Action.RESUME, now=day_four)
    with pytest.raises(Conflict, match="沟通记录"):
        work_orders.complete(db, CLERK, order.id, "已修复", [], 0, day_four)
    work_orders.add_note(db, CLERK, order.id, "已电话告知业主配件明天到", day_four)
    assert work_orders.counts(db, day_four)["needs_note"] == 0
    done, _ = work_orders.complete(db, CLERK, order.id, "已修复", [], 0, day_four)
    assert done.state == "待回访"


def test_the_list_filters_and_the_desk_counts(desk: tuple[Database, int]) -> None:
    db, unit_id = desk
    first, _ = work_orders.register(db, CLERK, _entry(unit_id, urgency="紧急"), CALL)
    work_orders.register(db, CLERK, _entry(unit_id, category="门窗", description="入户门关不严"), CALL)
    cancelled, _ = work_orders.register(db, CLERK, _entry(unit_id), CALL)
    work_orders.act(db, CLERK, cancelled.id, Action.CANCEL, "重复登记", now=CALL)
    noon = CALL + dt.timedelta(hours=5)
    assert work_orders.counts(db, noon) == {"new": 2, "overdue": 1, "callbacks": 0, "needs_note": 0, "open": 2}
    overdue = work_orders.page(db, OrderFilter(view="逾期"), now=noon)
    assert [r.number for r in overdue.rows] == [first.number] and overdue.total == 1
    assert work_orders.page(db, OrderFilter(category="门窗")).total == 1
    assert work_orders.page(db, OrderFilter(view="已取消")).rows[0].number == cancelled.number
    assert work_orders.page(db, OrderFilter(text=first.number.lower())).total == 1
    assert work_orders.page(db, OrderFilter(text="13800001111")).total == 3
    assert len(work_orders.of_unit(db, unit_id)) == 3


def test_the_work_order_prints_in_three_copies_or_one(desk: tuple[Database, int]) -> None:
    import io

    import pypdf

    from propdesk.documents import catalog

    db, unit_id = desk
    order, _ = work_orders.register(db, CLERK, _entry(unit_id, technician="老刘"), CALL)
    blank = pypdf.PdfReader(io.BytesIO(catalog.make(db, CLERK, "work-order", order.number).pdf))
    assert len(blank.pages) == 3
    texts = [p.extract_text() for p in blank.pages]
    for label, text in zip(("客户联", "财务联", "物业存根"), texts, strict=True):
        assert label in text and order.number in text and "卫生间水龙头漏水" in text and "老刘" in text
    assert "□完成" in texts[0] and "□满意" in texts[0]
    work_orders.act(db, CLERK, order.id, Action.ARRIVE, now=CALL + dt.timedelta(hours=1))
    work_orders.complete(db, CLERK, order.id, "更换水龙头阀芯", [Material("陶瓷阀芯", "DN15", "1", 3550, 3550)], 5000,
                         CALL + dt.timedelta(hours=2))  # fmt: skip
    work_orders.callback(db, CLERK, order.id, "基本满意", "来得有点晚", CALL + dt.timedelta(days=1))
    one = pypdf.PdfReader(io.BytesIO(catalog.make(db, CLERK, "work-order", f"{order.number}/1").pdf))
    assert len(one.pages) == 1
    text = one.pages[0].extract_text()
    for expected in ("陶瓷阀芯", "35.50", "85.50", "捌拾伍元伍角", "■基本满意", "来得有点晚", "更换水龙头阀芯"):
        assert expected in text, expected
