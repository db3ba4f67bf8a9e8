"""钥匙托管: empty units only, one set at a time, every movement with who, why, approval and due time."""

import datetime as dt

import pytest

from propdesk.core.author import Actor
from propdesk.core.errors import Conflict, ValidationError
from propdesk.services import keys, units
from propdesk.store import audit
from propdesk.store.connection import Database

NOW = dt.datetime(2026, 11, 26, 10, 0)


@pytest.fixture
def empty_unit(community_db: Database, actor: Actor) -> tuple[Database, int]:
    db = community_db
    unit_id = next(u.id for u in units.list_units(db, units.UnitFilter(), 0, 1).rows)
    units.update_unit(db, actor, unit_id, floor=1, area_centi_m2=8950, unit_type="住宅", state="已交付未入住", note="")
    return db, unit_id


def test_only_an_empty_units_keys_are_kept_and_only_with_the_signed_promise(empty_unit: tuple[Database, int],
                                                                            actor: Actor) -> None:  # fmt: skip
    db, unit_id = empty_unit
    with pytest.raises(ValidationError, match="承诺书"):
        keys.deposit(db, actor, unit_id, "入户门钥匙×2", "A-01", "张三", "13800000000", False)
    kept, _ = keys.deposit(db, actor, unit_id, "入户门钥匙×2，门禁卡×1", "钥匙柜 A-01", "张三", "13800000000", True,
                           NOW.date())  # fmt: skip
    assert kept.number == "YS0001" and kept.state(NOW) == "在柜"
    with pytest.raises(Conflict, match="已有托管"):
        keys.deposit(db, actor, unit_id, "入户门钥匙×1", "", "张三", "", True)
    other = next(u.id for u in units.list_units(db, units.UnitFilter(), 1, 1).rows)
    units.update_unit(db, actor, other, floor=1, area_centi_m2=8950, unit_type="住宅", state="已入住", note="")
    with pytest.raises(Conflict, match="只托管空置房屋"):
        keys.deposit(db, actor, other, "入户门钥匙×1", "", "李四", "", True)


def test_every_movement_is_recorded_and_overdue_keys_are_flagged(empty_unit: tuple[Database, int],
                                                                 actor: Actor) -> None:  # fmt: skip
    db, unit_id = empty_unit
    keys.deposit(db, actor, unit_id, "入户门钥匙×2", "A-01", "张三", "", True, NOW.date())
    with pytest.raises(ValidationError) as raised:
        keys.check_out(db, actor, "YS0001", "", "看房", NOW - dt.timedelta(hours=1), now=NOW)
    assert {p.field for p in raised.value.problems} == {"taken_by", "approved_by", "due_back"}
    out, _ = keys.check_out(db, actor, "YS0001", "王小丽（开门）", "看房", NOW + dt.timedelta(hours=2), "李主管",
                            now=NOW)  # fmt: skip
    assert out.state(NOW) == "借出（看房）" and out.state(NOW + dt.timedelta(hours=3)) == "逾期未还"
    with pytest.raises(Conflict, match="还没有归还"):
        keys.check_out(db, actor, "YS0001", "维修工", "维修", NOW + dt.timedelta(hours=4), "李主管", now=NOW)
    assert [k["number"] for k in keys.overdue(db, NOW + dt.timedelta(hours=3))] == ["YS0001"]
    with pytest.raises(Conflict, match="借出未还"):
        keys.end(db, actor, "YS0001", "业主本人凭身份证领回")
    back, _ = keys.check_in(db, actor, "YS0001", NOW + dt.timedelta(hours=1))
    assert back.state(NOW) == "在柜" and back.movements[0].back_at == "2026-11-26 11:00"
    assert keys.overdue(db, NOW + dt.timedelta(days=1)) == []
    keys.check_out(
        db, actor, "YS0001", "业主张三", "业主取回", NOW + dt.timedelta(days=2), now=NOW
    )  # no approver needed
    keys.check_in(db, actor, "YS0001", NOW + dt.timedelta(days=1))
    ended, _ = keys.end(db, actor, "YS0001", "业主本人凭身份证领回", NOW.date())
    assert ended.state(NOW) == "已退还业主" and len(ended.movements) == 2
    assert "退还业主" in audit.recent(db, 1)[0].summary
    with pytest.raises(Conflict):
        keys.check_out(db, actor, "YS0001", "王", "维修", NOW + dt.timedelta(hours=1), "李主管", now=NOW)


def test_the_promise_and_the_ledger_print(empty_unit: tuple[Database, int], actor: Actor) -> None:
    import io

    import pypdf

    from propdesk.documents import catalog

    db, unit_id = empty_unit
    keys.deposit(db, actor, unit_id, "入户门钥匙×2，门禁卡×1", "钥匙柜 A-01", "张三", "13800000000", True, NOW.date())
    keys.check_out(db, actor, "YS0001", "王小丽（开门）", "看房", NOW + dt.timedelta(hours=2), "李主管", now=NOW)

    def text(pdf: bytes) -> str:
        return "\n".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(pdf)).pages)

    promise = text(catalog.make(db, actor, "key-promise", "YS0001").pdf)
    for expected in ("钥匙托管承诺书", "YS0001", "入户门钥匙×2", "钥匙不外借", "不承担保管责任", "委托人（业主）"):
        assert expected in promise, expected
    ledger = text(catalog.make(db, actor, "key-ledger", "all").pdf)
    assert "钥匙托管清册" in ledger and "王小丽（开门）" in ledger and "李主管" in ledger and "未还" in ledger
