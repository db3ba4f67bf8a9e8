"""The supervisor's printouts read back: the 抽查记录表 with its sample and follow-ups, the activity notice
at A4 and A3 (the same words, a bigger page), the sign-up sheet with the households and blank rows."""

import datetime as dt
import io

import pypdf

from propdesk.core.author import Actor
from propdesk.documents import catalog
from propdesk.services import activities, spot_checks, units
from propdesk.services.activities import ActivityEntry
from propdesk.store.connection import Database
from tests.services.test_spot_checks import _closed_orders


def _read(pdf: bytes) -> tuple[pypdf.PdfReader, str]:
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    return reader, "\n".join(page.extract_text() for page in reader.pages)


def test_the_spot_check_sheet_shows_the_sample_and_its_follow_ups(community_db: Database, actor: Actor) -> None:
    db = community_db
    _closed_orders(db, 10)
    sample, _ = spot_checks.draw_sample(db, actor, "2026-10", today=dt.date(2026, 11, 26), seed=42)
    first = sample.items[0]
    spot_checks.record_check(db, actor, first.id, "电话回访业主", True, "不合格", "业主说维修后仍渗水", "王小丽",
                             dt.date(2026, 11, 30), now=dt.datetime(2026, 11, 26, 10, 0))  # fmt: skip
    _reader, text = _read(catalog.make(db, actor, "spot-check", "2026-10").pdf)
    for expected in ["抽查记录表", "2026-10", "20%", "随机种子 42：重抽结果一致", "报修", "入住档案", first.label,
                     "业主说维修后仍渗水", "王小丽，2026-11-30前；待处理", "未检查", "抽查人"]:  # fmt: skip
        assert expected.replace(" ", "") in text.replace("\n", "").replace(" ", ""), expected


def test_the_notice_prints_on_a4_and_a3_and_the_sheet_lists_the_households(community_db: Database,
                                                                           actor: Actor) -> None:  # fmt: skip
    db = community_db
    start = dt.datetime(2026, 12, 5, 9, 30)
    made, _ = activities.save(db, actor, None, ActivityEntry(
        "亲子手工DIY", start, start + dt.timedelta(hours=2), "小区中心广场", "王小丽", 50000,
        "为丰富社区文化生活，增进邻里感情，特举办本次活动。\n现场提供材料，完成的作品可带回家。",
        dt.date(2026, 12, 3), 30))  # fmt: skip
    unit_id = next(u.id for u in units.list_units(db, units.UnitFilter(), 0, 1).rows)
    activities.sign_up(db, actor, made.id, unit_id, "张三、张小明", 2, "13800001111", today=dt.date(2026, 11, 26))
    sizes = {}
    for key in ("HD0001", "hd0001/A3"):
        reader, text = _read(catalog.make(db, actor, "activity-notice", key).pdf)
        assert len(reader.pages) == 1
        box = reader.pages[0].mediabox
        sizes[key] = (round(float(box.width) / 72 * 25.4), round(float(box.height) / 72 * 25.4))
        for expected in ["社区活动通知", "亲子手工DIY", "2026年12月5日（星期六）09:30—11:30", "小区中心广场",
                         "报名截止：2026-12-03", "名额 30 人", "0571-88886666", "阳光花园物业服务中心"]:  # fmt: skip
            assert expected in text.replace("\n", ""), (key, expected)
    assert sizes == {"HD0001": (210, 297), "hd0001/A3": (297, 420)}
    _reader, text = _read(catalog.make(db, actor, "activity-signups", "HD0001").pdf)
    for expected in [
        "社区活动报名签到表",
        "HD0001",
        "已报名",
        "1 户 2 人",
        "张三、张小明",
        "13800001111",
        "签到（签字）",
    ]:
        assert expected in text, expected
