"""The renovation scenarios of ``propdesk bench`` that exist so far: a sheet of eight worker passes
with photos (patrols and the renovation history come with the rest of the issue)."""

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
