"""值班记录: one log per shift, events and requests passed on to what they became, handover counted, the
incoming person confirms — and then the log cannot change, in the service or in the database."""

import datetime as dt

import pytest

from propdesk.core.author import Actor
from propdesk.core.errors import Conflict, ValidationError
from propdesk.core.permissions import Role
from propdesk.services import duty_log, units, work_orders
from propdesk.services.work_orders import RepairEntry
from propdesk.store.connection import Database

CLERK = Actor("王小丽", frozenset({Role.CLERK.value}))
NIGHT = dt.datetime(2026, 11, 25, 21, 0)


def test_a_night_shift_logged_passed_on_counted_and_confirmed(community_db: Database) -> None:
    import io

    import pypdf

    from propdesk.documents import catalog

    db = community_db
    unit_id = next(u.id for u in units.list_units(db, units.UnitFilter(), 0, 1).rows)
    log, _ = duty_log.open_shift(db, CLERK, NIGHT.date(), "夜班", "保安 小陈")
    with pytest.raises(Conflict, match="已有值班记录"):
        duty_log.open_shift(db, CLERK, NIGHT.date(), "夜班", "保安 小李")
    duty_log.add_entry(db, CLERK, log.id, NIGHT + dt.timedelta(hours=1), "事件", "巡逻发现 3 号楼单元门未关，已关好")
    duty_log.add_entry(db, CLERK, log.id, NIGHT + dt.timedelta(hours=2), "来电来访", "1502 业主来电：卫生间漏水")
    with pytest.raises(Conflict, match="交接清点"):
        duty_log.confirm(db, CLERK, log.id, "王小丽", NIGHT + dt.timedelta(hours=11))
    duty_log.handover(db, CLERK, log.id, "对讲机 3 部、值班记录本 1 本", "钥匙柜钥匙 42 把")
    with pytest.raises(Conflict, match="没有转交"):
        duty_log.confirm(db, CLERK, log.id, "王小丽", NIGHT + dt.timedelta(hours=11))
    order, _ = work_orders.register(db, CLERK, RepairEntry("电话", "业主", "13800001111", "户内", unit_id, "卫生间",
                                                           "水电", "保修期外", "紧急", "卫生间漏水"), NIGHT)  # fmt: skip
    with pytest.raises(ValidationError, match="找不到"):
        duty_log.add_entry(db, CLERK, log.id, NIGHT, "来电来访", "再报", "WX2026119999")
    request = duty_log.get(db, log.id).entries[1]
    duty_log.pass_on(db, CLERK, log.id, request.id, order.number.lower())
    night, _ = duty_log.confirm(db, CLERK, log.id, "王小丽", NIGHT + dt.timedelta(hours=11))
    assert [e.passed_to for e in night.entries] == ["", order.number] and night.confirmed
    with pytest.raises(Exception, match="append-only"):
        db.execute("UPDATE duty_entries SET passed_to = 'x' WHERE id = ?", (request.id,))
    other, _ = duty_log.open_shift(db, CLERK, NIGHT.date(), "白班", "王小丽")
    duty_log.add_entry(db, CLERK, other.id, NIGHT, "来电来访", "业主咨询停车", "秩序维护部 老周")
    duty_log.handover(db, CLERK, other.id, "对讲机 3 部", "")
    with pytest.raises(ValidationError, match="本班值班人"):
        duty_log.confirm(db, CLERK, other.id, "王小丽")
    confirmed, _ = duty_log.confirm(db, CLERK, other.id, "保安 小陈", NIGHT)
    assert confirmed.confirmed and confirmed.incoming == "保安 小陈"
    with pytest.raises(Conflict, match="确认接班"):
        duty_log.add_entry(db, CLERK, other.id, NIGHT, "事件", "补记")
    with pytest.raises(Exception, match="kept as written"):
        db.execute("UPDATE duty_logs SET on_duty = 'x' WHERE id = ?", (other.id,))
    with pytest.raises(Exception, match="kept as written"):
        db.execute("INSERT INTO duty_entries (log_id, at, kind, text, author, created_at) VALUES (?, 'x', 'x', 'x',"
                   " 'x', 'x')", (other.id,))  # fmt: skip
    text = pypdf.PdfReader(io.BytesIO(catalog.make(db, CLERK, "duty-log", f"{NIGHT.date()} 白班").pdf)).pages[0]
    for expected in ("值班记录", "白班", "业主咨询停车", "秩序维护部 老周", "对讲机 3 部", "保安 小陈"):
        assert expected in text.extract_text(), expected
