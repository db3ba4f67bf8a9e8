"""入伙: a guided record paused and resumed, handover starting the fees, inspection → defects → the
developer and back, photos, and completion only when every step is done."""

import datetime as dt
import io
from decimal import Decimal

import pytest

from propdesk.core.author import Actor
from propdesk.core.billing import FeeKind, Period
from propdesk.core.errors import Conflict, ValidationError
from propdesk.core.move_in import MOVE_IN_DOCUMENTS, OPTIONAL_DOCUMENTS, Step
from propdesk.services import fees, inspections, meter_readings, move_ins, payments, units
from propdesk.store import audit
from propdesk.store.connection import Database
from tests.services.test_payments import CASHIER

DAY = dt.date(2026, 11, 10)
NOW = dt.datetime(2026, 11, 10, 9, 30)
ID_NUMBER = "11010519491231002X"


@pytest.fixture
def unit(community_db: Database, actor: Actor) -> tuple[Database, int]:
    db = community_db
    unit_id = next(u.id for u in units.list_units(db, units.UnitFilter(), 0, 1).rows)
    units.update_unit(db, actor, unit_id, floor=1, area_centi_m2=8950, unit_type="住宅", state="未交付", note="")
    fees.add_fee_item(db, actor, "物业服务费", FeeKind.AREA_MONTHLY, "元/㎡·月", frozenset(), 100, Decimal("1.85"),
                      Period(2020, 1))  # fmt: skip
    fees.add_fee_item(db, actor, "水费", FeeKind.METERED, "元/吨", frozenset(), 100, Decimal("3.45"), Period(2020, 1))
    return db, unit_id


def _walk_to_the_end(db: Database, actor: Actor, unit_id: int) -> None:
    move_ins.check_identity(db, actor, unit_id, "业主本人", "张三", ID_NUMBER, False, NOW)
    move_ins.set_documents(
        db, actor, unit_id, {d: DAY.isoformat() for d in MOVE_IN_DOCUMENTS if d not in OPTIONAL_DOCUMENTS}
    )
    move_ins.hand_over(db, actor, unit_id, DAY, 3, NOW)
    owed = payments.owed(db, unit_id)
    payments.pay_bills(db, CASHIER, unit_id, [b.id for b in owed], "微信", "张三", now=NOW)
    inspection, _ = inspections.start(db, actor, unit_id, DAY, "王工")
    inspections.record_results(db, actor, unit_id, [(i.id, "合格", "") for i in inspection.items])
    move_ins.set_readings(db, actor, unit_id, "12.5", "305", "")
    move_ins.set_keys(db, actor, unit_id, {"入户门钥匙": 3, "门禁卡": 2})
    move_ins.sign(db, actor, unit_id, True, True)


def test_a_move_in_is_completed_only_when_every_step_is_done(unit: tuple[Database, int], actor: Actor) -> None:
    db, unit_id = unit
    started, _ = move_ins.start(db, actor, unit_id, NOW)
    assert set(started.missing()) == set(Step)
    with pytest.raises(Conflict, match="已经开始"):
        move_ins.start(db, actor, unit_id, NOW)
    with pytest.raises(ValidationError) as raised:
        move_ins.complete(db, actor, unit_id, NOW)
    assert "身份核验" in str(raised.value) and "钥匙交接" in str(raised.value)
    _walk_to_the_end(db, actor, unit_id)
    record = move_ins.get(db, unit_id)
    assert record is not None and record.missing() == {}
    done, _ = move_ins.complete(db, actor, unit_id, NOW)
    assert done.completed and move_ins.open_move_ins(db) == []
    with pytest.raises(Conflict, match="已于"):
        move_ins.set_keys(db, actor, unit_id, {"入户门钥匙": 1})


def test_handover_starts_the_fees_by_the_rule_and_bills_the_move_in_months(unit: tuple[Database, int],
                                                                            actor: Actor) -> None:  # fmt: skip
    db, unit_id = unit
    move_ins.start(db, actor, unit_id, NOW)
    record, _ = move_ins.hand_over(db, actor, unit_id, DAY, 3, NOW)
    assert units.unit_record(db, unit_id).unit.state == "已交付未入住"
    owed = payments.owed(db, unit_id)
    # handed over on the 10th: November from the 15th (half a month), then December and January whole
    assert [(b.period, b.months, b.amount_fen) for b in owed] == [("2026-11", "0.5", 8279), ("2026-12", "1", 16558),
                                                                   ("2027-01", "1", 16558)]  # fmt: skip
    assert record.missing()[Step.FEES] == f"尚欠 {(8279 + 2 * 16558) / 100:.2f} 元"
    with pytest.raises(Conflict, match="已于"):
        move_ins.hand_over(db, actor, unit_id, DAY, 3, NOW)
    assert "交房" in audit.recent(db, 3)[1].summary


def test_identity_needs_a_valid_id_and_an_agent_a_letter(unit: tuple[Database, int], actor: Actor) -> None:
    db, unit_id = unit
    move_ins.start(db, actor, unit_id, NOW)
    with pytest.raises(ValidationError) as raised:
        move_ins.check_identity(db, actor, unit_id, "委托代理人", "李四", "110105194912310021", False, NOW)
    fields = {p.field for p in raised.value.problems}
    assert fields == {"identity_id_number", "agent_letter"}
    record, _ = move_ins.check_identity(db, actor, unit_id, "委托代理人", "李四", ID_NUMBER, True, NOW)
    assert Step.IDENTITY not in record.missing()


def test_base_readings_start_the_meter(unit: tuple[Database, int], actor: Actor) -> None:
    db, unit_id = unit
    move_ins.start(db, actor, unit_id, NOW)
    with pytest.raises(ValidationError):
        move_ins.set_readings(db, actor, unit_id, "abc", "1", "")
    move_ins.hand_over(db, actor, unit_id, DAY, 0, NOW)
    move_ins.set_readings(db, actor, unit_id, "12.5", "305", "")
    water = next(i.id for i in fees.list_fee_items(db) if i.name == "水费")
    [row] = [r for r in meter_readings.reading_sheet(db, water, Period(2026, 12)) if r.unit_id == unit_id]
    assert row.previous == Decimal("12.5")  # December's sheet starts from the 底数


def test_failed_items_become_defects_that_go_to_the_developer(unit: tuple[Database, int], actor: Actor) -> None:
    db, unit_id = unit
    move_ins.start(db, actor, unit_id, NOW)
    inspection, _ = inspections.start(db, actor, unit_id, DAY, "王工")
    assert len(inspection.items) == len(inspections.template(db)) > 30
    first, second, third = inspection.items[:3]
    with pytest.raises(ValidationError, match="写明问题"):
        inspections.record_results(db, actor, unit_id, [(first.id, "不合格", " ")])
    saved, _ = inspections.record_results(db, actor, unit_id, [(first.id, "不合格", "门锁卡涩"), (second.id, "不合格", "屏幕不亮"),
                                                                (third.id, "合格", "")])  # fmt: skip
    assert saved.checked == 3 and len(saved.failed) == 2
    assert [d.location for d in inspections.defects_of_unit(db, unit_id)] == [first.location, second.location]
    inspections.record_results(db, actor, unit_id, [(second.id, "合格", "")])  # a mistake, before transfer
    states = [d.state for d in inspections.defects_of_unit(db, unit_id)]
    assert states == ["待转交", "已关闭"]
    transfer_id, _ = inspections.transfer(db, actor, "地产客服 刘经理", DAY)
    batch, listed = inspections.transferred(db, transfer_id)
    assert batch["receiver"] == "地产客服 刘经理" and [d.location for d in listed] == [first.location]
    assert listed[0].deadline == (DAY + dt.timedelta(days=30)).isoformat()
    with pytest.raises(Conflict, match="没有待转交"):
        inspections.transfer(db, actor, "刘经理", DAY)
    with pytest.raises(Conflict, match="复验销项"):
        inspections.record_results(db, actor, unit_id, [(first.id, "合格", "")])
    defect = inspections.defects_of_unit(db, unit_id)[0]
    assert defect.overdue(DAY + dt.timedelta(days=31)) and not defect.overdue(DAY)
    again, _ = inspections.recheck(db, actor, defect.id, False, "仍卡涩", DAY + dt.timedelta(days=20),
                                   DAY + dt.timedelta(days=45))  # fmt: skip
    assert again.state == "整改中" and again.deadline == (DAY + dt.timedelta(days=45)).isoformat()
    closed, _ = inspections.recheck(db, actor, defect.id, True, "已更换锁芯", DAY + dt.timedelta(days=40))
    assert closed.state == "已销项" and closed.age_days(dt.date(2027, 6, 1)) == 40
    with pytest.raises(Conflict):
        inspections.dismiss(db, actor, defect.id, "误报")
    rows, total = inspections.ledger(db, state="已销项")
    assert total == 1 and rows[0].id == defect.id
    assert db.scalar("SELECT count(*) FROM defects") == 2  # never deleted


def test_photos_are_downscaled_with_a_thumbnail_and_junk_is_refused(unit: tuple[Database, int], actor: Actor) -> None:
    from PIL import Image

    db, unit_id = unit
    move_ins.start(db, actor, unit_id, NOW)
    inspection, _ = inspections.start(db, actor, unit_id, DAY, "王工")
    buffer = io.BytesIO()
    Image.new("RGB", (4000, 3000), (200, 180, 160)).save(buffer, "JPEG")
    item = inspection.items[0].id
    inspections.add_photo(db, actor, "inspection_item", item, buffer.getvalue(), "门锁.jpg")
    [photo] = inspections.photos(db, "inspection_item", item, with_image=True)
    assert (photo["width"], photo["height"]) == (1600, 1200) and len(photo["jpeg"]) < len(buffer.getvalue())
    with Image.open(io.BytesIO(photo["thumbnail"])) as thumb:
        assert max(thumb.size) == 160
    with pytest.raises(ValidationError, match="不是能打开的图片"):
        inspections.add_photo(db, actor, "inspection_item", item, b"not a picture", "说明.docx")
    assert inspections.of_unit(db, unit_id).items[0].photos == 1  # type: ignore[union-attr]


def _pdf_text(pdf: bytes) -> str:
    import pypdf

    return "\n".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(pdf)).pages)


def test_the_move_in_forms_print_what_was_recorded(unit: tuple[Database, int], actor: Actor) -> None:
    from PIL import Image

    from propdesk.documents import catalog

    db, unit_id = unit
    code = units.unit_record(db, unit_id).unit.code
    notices = catalog.make(db, actor, "move-in-notice", "3")
    text = _pdf_text(notices.pdf)
    assert text.count("入伙通知书") >= 144 and "商品房买卖合同" in text and "物业服务费" in text
    assert len(__import__("pypdf").PdfReader(io.BytesIO(notices.pdf)).pages) == 144  # one page per unit
    move_ins.start(db, actor, unit_id, NOW)
    _walk_to_the_end(db, actor, unit_id)
    inspection = inspections.of_unit(db, unit_id)
    assert inspection is not None
    failed = inspection.items[0]
    inspections.record_results(db, actor, unit_id, [(failed.id, "不合格", "门锁卡涩")])
    buffer = io.BytesIO()
    Image.new("RGB", (800, 600), (90, 120, 160)).save(buffer, "JPEG")
    inspections.add_photo(db, actor, "inspection_item", failed.id, buffer.getvalue(), "门锁.jpg")
    record = _pdf_text(catalog.make(db, actor, "move-in-record", code).pdf)
    for expected in ("业主入伙确认单", "业主本人 张三", "入户门钥匙", "水表 12.5", "2026000001", "临时管理规约"):
        assert expected in record, expected
    walked = catalog.make(db, actor, "inspection", code).pdf
    text = _pdf_text(walked)
    assert "房屋验收确认书" in text and "门锁卡涩" in text and "问题照片" in text and "由开发商负责整改" in text
    assert b"/Subtype /Image" in walked
    inspections.transfer(db, actor, "刘经理", DAY)
    sent = _pdf_text(catalog.make(db, actor, "defect-transfer", "latest").pdf)
    assert "遗留工程整改通知" in sent and "刘经理" in sent and "门锁卡涩" in sent and code in sent
