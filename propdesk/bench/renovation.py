"""The renovation scenarios of ``propdesk bench``: a sheet of eight worker passes with photos, today's
patrol list over 2,000 renovations and 100,000 patrols, and one renovation opened with its history."""

from __future__ import annotations

import io
from pathlib import Path

from propdesk.bench import Result, _median_ms
from propdesk.bench.move_in import ACTOR, _copy


def pass_sheet(path: Path, workdir: Path) -> Result:
    """Print eight 临时出入证 with photos on one A4, against reportlab drawing the same sheet from memory."""
    from PIL import Image, ImageDraw

    from propdesk.documents.catalog import make
    from propdesk.documents.worker_pass import PassSheetDoc, render_passes
    from propdesk.services import community, payments, renovations, worker_passes
    from propdesk.services.demo import _Faker
    from propdesk.store.connection import open_database

    copy = _copy(path, workdir / "passes.sqlite3")
    fake = _Faker(8)
    face = io.BytesIO()
    picture = Image.new("RGB", (900, 1200), (205, 195, 185))
    ImageDraw.Draw(picture).ellipse((250, 250, 650, 750), fill=(110, 95, 85))
    picture.save(face, "JPEG", quality=90)
    with open_database(copy) as db:
        working = renovations.ledger(db, "施工中")[0]
        for _ in range(8):
            worker_passes.issue(db, ACTOR, working.id, fake.name(), fake.id_number(), photo=face.getvalue())
        owed = [b.id for b in payments.owed(db, working.unit_id) if "出入证" in b.description]
        if owed:
            payments.pay_bills(db, ACTOR, working.unit_id, owed, "现金", "业主")
        chosen = [p for p in worker_passes.passes(db, working.id) if not p.returned_at][-8:]
        key = chosen[0].number if len(chosen) == 1 else working.permit_number or ""
        mine = _median_ms(lambda: make(db, ACTOR, "worker-passes", key), 7)
        doc = PassSheetDoc(
            community.get_community(db), working, chosen, worker_passes.photos(db, [p.id for p in chosen])
        )
    drawn = _median_ms(lambda: render_passes(doc), 7)
    return Result("临时出入证：打印一张 8 证（带照片）", mine, drawn, "≤ 300 ms（原始=同样页面直接画）", mine <= 300)


def _many_renovations(path: Path, workdir: Path, renovations_wanted: int = 2000, patrols_each: int = 50) -> Path:
    """A copy of the dataset with 2,000 renovations under way and 100,000 patrols (50 each), a violation on
    every tenth — bulk rows, as the years would leave them."""
    import datetime as dt
    import random
    import sqlite3

    copy = _copy(path, workdir / "renovations.sqlite3")
    rng = random.Random(5)
    today = dt.date.today()
    conn = sqlite3.connect(copy)
    units = [r[0] for r in conn.execute(
        "SELECT id FROM units WHERE state != '未交付' AND id NOT IN (SELECT unit_id FROM renovations) ORDER BY id"
        " LIMIT ?", (renovations_wanted,))]  # fmt: skip
    stamp = dt.datetime.now().isoformat(sep=" ", timespec="seconds")
    with conn:
        first_permit = int(conn.execute("SELECT coalesce(max(id), 0) FROM renovations").fetchone()[0]) + 1
        for n, unit_id in enumerate(units):
            start = today - dt.timedelta(days=rng.randint(10, 120))
            cursor = conn.execute(
                "INSERT INTO renovations (unit_id, state, applicant, applicant_kind, contractor, foreman, foreman_phone,"
                " scope, items, planned_start, planned_end, applied_at, applied_by, review_due, reviewed_at,"
                " reviewed_by, permit_number, permit_issued_at, updated_at) VALUES (?, '施工中', '业主', '业主',"
                " '某装饰公司', '王工', '13900000000', '全面装修', '水电改造', ?, ?, ?, 'bench', ?, ?, 'bench', ?, ?, ?)",
                (unit_id, start.isoformat(), (today + dt.timedelta(days=rng.randint(5, 90))).isoformat(),
                 stamp, start.isoformat(), stamp, f"BZ{first_permit + n:08d}", stamp, stamp),
            )  # fmt: skip
            renovation_id = cursor.lastrowid
            conn.executemany(
                "INSERT INTO patrols (renovation_id, patrolled_on, patrolled_at, inspector, problems, author,"
                " created_at) VALUES (?, ?, ?, '赵工', '', 'bench', ?)",
                [(renovation_id, (today - dt.timedelta(days=d + 1)).isoformat(),
                  f"{(today - dt.timedelta(days=d + 1)).isoformat()} 10:00:00", stamp) for d in range(patrols_each)],
            )  # fmt: skip
            if n % 10 == 0:
                conn.execute(
                    "INSERT INTO violations (number, renovation_id, found_at, found_by, rule, description, required,"
                    " deadline, author, created_at, updated_at) VALUES (?, ?, ?, '赵工', '垃圾堆放', '楼道堆放', '清运',"
                    " ?, 'bench', ?, ?)",
                    (f"BV{n:08d}", renovation_id, stamp, today.isoformat(), stamp, stamp),
                )  # fmt: skip
        conn.execute("ANALYZE")
    conn.close()
    return copy


def patrols_and_history(path: Path, workdir: Path) -> list[Result]:
    """Today's patrol list over 2,000 renovations and 100,000 patrols; and one renovation opened with its full
    history (the 装修 tab's reads: the renovations, passes, patrols and violations of the unit)."""
    import datetime as dt
    import sqlite3

    from propdesk.services import (
        deposit_settlements,
        design_changes,
        patrols,
        renovation_completion,
        renovations,
        worker_passes,
    )
    from propdesk.store.connection import open_database

    copy = _many_renovations(path, workdir)
    today = dt.date.today()
    with open_database(copy) as db:
        listed = patrols.patrol_list(db, today)
        assert len(listed) > 100, len(listed)  # 2,000 on the large dataset; the small one has fewer units to spare
        mine_list = _median_ms(lambda: patrols.patrol_list(db, today), 7)
        unit_id = listed[len(listed) // 2].unit_id

        def open_history() -> int:  # what the 装修 tab reads: the lower tabs and the 变更与验收 page
            found = renovations.of_unit(db, unit_id)
            return sum(len(worker_passes.passes(db, r.id)) + len(patrols.patrols(db, r.id))
                       + len(patrols.violations(db, r.id)) + len(design_changes.changes(db, r.id))
                       + len(renovation_completion.acceptances(db, r.id))
                       + (deposit_settlements.settlement(db, r.id) is not None) for r in found)  # fmt: skip

        assert open_history() >= 50
        mine_open = _median_ms(open_history, 21)
    conn = sqlite3.connect(copy)

    def raw_list() -> int:
        return len(conn.execute(
            "SELECT r.*, EXISTS (SELECT 1 FROM patrols p WHERE p.patrolled_on = ? AND p.renovation_id = r.id),"
            " (SELECT max(p.patrolled_on) FROM patrols p WHERE p.renovation_id = r.id),"
            " (SELECT count(*) FROM violations v WHERE v.renovation_id = r.id AND v.rectified = 0)"
            " FROM renovations r JOIN units u ON u.id = r.unit_id WHERE r.state = '施工中' ORDER BY 2",
            (today.isoformat(),)).fetchall())  # fmt: skip

    def raw_open() -> int:
        ids = [r[0] for r in conn.execute("SELECT id FROM renovations WHERE unit_id = ?", (unit_id,))]
        rows = 0
        for rid in ids:
            rows += len(conn.execute("SELECT * FROM worker_passes WHERE renovation_id = ?", (rid,)).fetchall())
            rows += len(conn.execute("SELECT * FROM patrols WHERE renovation_id = ?", (rid,)).fetchall())
            rows += len(conn.execute("SELECT * FROM violations WHERE renovation_id = ?", (rid,)).fetchall())
            rows += len(conn.execute("SELECT * FROM design_changes WHERE renovation_id = ?", (rid,)).fetchall())
            rows += len(conn.execute("SELECT * FROM acceptances WHERE renovation_id = ?", (rid,)).fetchall())
            rows += len(conn.execute("SELECT * FROM deposit_settlements WHERE renovation_id = ?", (rid,)).fetchall())
        return rows

    base_list, base_open = _median_ms(raw_list, 7), _median_ms(raw_open, 21)
    conn.close()
    return [
        Result(f"日检巡查：今日巡查清单（{len(listed):,} 户施工中，10 万条巡查记录）", mine_list, base_list, "≤ 50 ms",
               mine_list <= 50),
        Result("装修：打开一户装修及全部记录", mine_open, base_open, "≤ 50 ms", mine_open <= 50),
    ]  # fmt: skip
