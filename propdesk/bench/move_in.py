"""The move-in scenarios of ``propdesk bench``: a unit's move-in record with 60 inspection items and 20
photos, a batch of 1,000 入伙通知书, and the defect ledger over 50,000 defects."""

from __future__ import annotations

import datetime as dt
import io
import random
import sqlite3
import statistics
import time
from pathlib import Path
from typing import Any

from propdesk.bench import Result, _median_ms
from propdesk.core.author import Actor

ACTOR = Actor("bench")


def _copy(path: Path, target: Path) -> Path:
    from propdesk.store.backup import copy_to
    from propdesk.store.connection import open_database

    with open_database(path, exclusive=False) as source:
        copy_to(source, target)
    return target


def move_in_record(path: Path, workdir: Path) -> Result:
    """What the 入伙 tab loads for a unit: the record with its documents, keys and inspection (60 items),
    the unit's defects, and the thumbnails of its 20 photos — against the same SELECTs alone."""
    from PIL import Image, ImageDraw

    from propdesk.core.move_in import MOVE_IN_DOCUMENTS
    from propdesk.services import inspections, move_ins
    from propdesk.store.connection import open_database

    copy = _copy(path, workdir / "move-in.sqlite3")
    day = dt.date.today()
    with open_database(copy) as db:
        unit_id = int(db.scalar("SELECT id FROM units WHERE state = '未交付' AND id NOT IN"
                                " (SELECT unit_id FROM move_ins) ORDER BY id LIMIT 1"))  # fmt: skip
        rooms = ["入户", "客厅", "餐厅", "主卧", "次卧", "书房", "厨房", "主卫", "次卫", "阳台"]
        items = ["门窗", "墙面", "地面", "天花", "电气", "给排水"]
        inspections.save_template(db, ACTOR, [(room, item) for room in rooms for item in items])
        move_ins.start(db, ACTOR, unit_id)
        move_ins.set_documents(db, ACTOR, unit_id, {d: day.isoformat() for d in MOVE_IN_DOCUMENTS})
        inspection, _ = inspections.start(db, ACTOR, unit_id, day, "王工")
        failed = {i.id for i in inspection.items[::6]}  # ten problems
        inspections.record_results(db, ACTOR, unit_id, [(i.id, "不合格" if i.id in failed else "合格",
                                                          "有问题" if i.id in failed else "") for i in inspection.items])  # fmt: skip
        picture = Image.new("RGB", (3000, 2250), (190, 180, 170))
        ImageDraw.Draw(picture).line((0, 0, 3000, 2250), fill=(40, 40, 40), width=20)
        photo = io.BytesIO()
        picture.save(photo, "JPEG", quality=90)
        for n, item_id in enumerate(sorted(failed) * 2):  # twenty photos, two per problem
            inspections.add_photo(db, ACTOR, "inspection_item", item_id, photo.getvalue(), f"{n}.jpg")
        assert len(inspection.items) == 60

        def open_record() -> int:
            record = move_ins.get(db, unit_id)
            assert record is not None and record.inspection is not None
            found = inspections.defects_of_unit(db, unit_id)
            thumbs = sum(len(inspections.photos(db, "inspection_item", i.id)) for i in record.inspection.items
                         if i.photos)  # fmt: skip
            return len(found) + thumbs

        assert open_record() == 10 + 20
        mine = _median_ms(open_record, 21)
    conn = sqlite3.connect(copy)

    def raw() -> int:
        move_in_id = conn.execute("SELECT id FROM move_ins WHERE unit_id = ?", (unit_id,)).fetchone()[0]
        conn.execute("SELECT * FROM move_in_documents WHERE move_in_id = ?", (move_in_id,)).fetchall()
        conn.execute("SELECT * FROM move_in_keys WHERE move_in_id = ?", (move_in_id,)).fetchall()
        inspection_id = conn.execute("SELECT id FROM inspections WHERE unit_id = ?", (unit_id,)).fetchone()[0]
        conn.execute("SELECT * FROM inspection_items WHERE inspection_id = ?", (inspection_id,)).fetchall()
        conn.execute("SELECT * FROM defects WHERE unit_id = ?", (unit_id,)).fetchall()
        return len(conn.execute(
            "SELECT p.thumbnail FROM photos p JOIN inspection_items i ON i.id = p.subject_id"
            " WHERE p.subject = 'inspection_item' AND i.inspection_id = ?", (inspection_id,)).fetchall())  # fmt: skip

    base = _median_ms(raw, 21)
    conn.close()
    return Result("入伙：打开一户入伙记录（60 项验房、20 张照片）", mine, base, "≤ 100 ms", mine <= 100)


def notices(path: Path) -> Result:
    """1,000 入伙通知书 in one PDF, against reportlab laying out the same pages from data in memory."""
    from propdesk.documents.catalog import move_in_notice_job
    from propdesk.documents.move_in_forms import MonthlyFee, NoticeDoc, NoticeUnit, render_notices
    from propdesk.services import community, move_ins
    from propdesk.store.connection import open_database

    with open_database(path, exclusive=False) as db:
        codes = [str(r[0]) for r in db.execute("SELECT code FROM units ORDER BY sort_key LIMIT 1000")]
        key = ",".join(codes)
        times = []
        for _ in range(3):
            started = time.perf_counter()
            job = move_in_notice_job(db, ACTOR, key)
            times.append((time.perf_counter() - started) * 1000)
        office = community.get_community(db)
        setting = move_ins.notice_settings(db)
    from decimal import Decimal

    listed = [NoticeUnit(code, "业主", "89.50", Decimal("89.50")) for code in codes]
    fees = [
        MonthlyFee("物业服务费", "元/㎡·月", Decimal("1.85"), True),
        MonthlyFee("生活垃圾处理费", "元/户·月", Decimal(10), False),
    ]
    doc = NoticeDoc(office, listed, setting.window_from, setting.window_to, "", 12, fees, dt.date.today())
    drawn = _median_ms(lambda: render_notices(doc), 3)
    mine = statistics.median(times)
    pages = job.pdf.count(b"/Type /Page\n") or job.pdf.count(b"/Type /Page")
    return Result(
        f"入伙通知书批量 1,000 户（{pages} 页）", mine, drawn, "≤ 10 s（原始=同样页面直接排版）", mine <= 10_000
    )


def defect_ledger(path: Path, workdir: Path) -> list[Result]:
    """The 遗留工程台账 with 50,000 defects: the first page filtered (open ones of a building; overdue ones),
    with its count, against the same SELECTs alone."""
    from propdesk.services import inspections
    from propdesk.store.connection import open_database

    copy = _copy(path, workdir / "defects.sqlite3")
    rng = random.Random(3)
    today = dt.date.today()
    conn = sqlite3.connect(copy)
    units = [r[0] for r in conn.execute("SELECT id FROM units")]
    rows: list[tuple[Any, ...]] = []
    stamp = dt.datetime.now().isoformat(sep=" ", timespec="seconds")
    for n in range(50_000):
        found = today - dt.timedelta(days=rng.randint(0, 900))
        passed = found + dt.timedelta(days=1) if rng.random() < 0.9 else None
        closed = found + dt.timedelta(days=rng.randint(5, 90)) if passed and rng.random() < 0.8 else None
        rows.append((rng.choice(units), f"房间{n % 9}·墙面", "墙面裂缝", "开发商", found.isoformat(),
                     passed.isoformat() if passed else None,
                     (passed + dt.timedelta(days=30)).isoformat() if passed else None,
                     closed.isoformat() if closed and closed <= today else None, "bench", stamp, stamp))  # fmt: skip
    with conn:
        conn.executemany(
            "INSERT INTO defects (unit_id, location, description, responsible, found_on, transferred_on, deadline,"
            " closed_on, author, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)", rows)  # fmt: skip
        conn.execute("ANALYZE")
    building = str(conn.execute("SELECT code FROM buildings ORDER BY sort_key LIMIT 1").fetchone()[0])
    conn.close()
    results = []
    with open_database(copy) as db:
        for label, state, overdue, kwargs in [
            (f"{building} 号楼未销项", "open", None, {"building": building}),
            ("全部逾期", "", today, {}),
        ]:

            def page(state: str = state, overdue: dt.date | None = overdue, kwargs: dict[str, str] = kwargs) -> int:
                _rows_shown, total = inspections.ledger(db, kwargs.get("building", ""), state, overdue, 0, 200)
                return total

            assert page() > 0
            mine = _median_ms(page, 11)
            results.append((label, mine))
    conn = sqlite3.connect(copy)

    def raw_open() -> int:
        conn.execute(
            "SELECT d.* FROM defects d JOIN units u ON u.id = d.unit_id WHERE u.building_id = (SELECT id FROM buildings"
            " WHERE code = ?) AND d.closed_on IS NULL ORDER BY d.found_on DESC, d.id DESC LIMIT 200", (building,)
        ).fetchall()  # fmt: skip
        return int(conn.execute(
            "SELECT count(*) FROM defects d WHERE d.unit_id IN (SELECT id FROM units WHERE building_id = (SELECT id"
            " FROM buildings WHERE code = ?)) AND d.closed_on IS NULL", (building,)).fetchone()[0])  # fmt: skip

    def raw_overdue() -> int:
        conn.execute("SELECT d.* FROM defects d WHERE d.closed_on IS NULL AND d.deadline < ?"
                     " ORDER BY d.found_on DESC, d.id DESC LIMIT 200", (today.isoformat(),)).fetchall()  # fmt: skip
        return int(conn.execute("SELECT count(*) FROM defects d WHERE d.closed_on IS NULL AND d.deadline < ?",
                                (today.isoformat(),)).fetchone()[0])  # fmt: skip

    bases = [_median_ms(raw_open, 11), _median_ms(raw_overdue, 11)]
    conn.close()
    return [Result(f"遗留工程台账 5 万条：{label}首页", mine, base, "≤ 50 ms", mine <= 50)
            for (label, mine), base in zip(results, bases, strict=True)]  # fmt: skip
