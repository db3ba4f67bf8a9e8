"""The report scenarios of ``propdesk bench``: the monthly workbook on ten years of data, against openpyxl
writing the same cells directly."""

from __future__ import annotations

import datetime as dt
import io
import time
from pathlib import Path

from propdesk.bench import Result


def monthly_workbook(path: Path, workdir: Path) -> list[Result]:
    from openpyxl import Workbook

    from propdesk.reports.monthly_xlsx import write_monthly
    from propdesk.services.monthly_report import monthly_report
    from propdesk.store.connection import open_database

    month = (dt.date.today().replace(day=1) - dt.timedelta(days=1)).strftime("%Y-%m")
    target = workdir / "monthly.xlsx"
    totals, writes = [], []
    with open_database(path, exclusive=False) as db:
        for _ in range(3):
            start = time.perf_counter()
            report = monthly_report(db, month)
            written = time.perf_counter()
            write_monthly(target, report)
            totals.append((time.perf_counter() - start) * 1000)
            writes.append((time.perf_counter() - written) * 1000)
    cells = sum(len(s.rows) * len(s.columns) for s in report.sheets)

    def raw() -> float:
        start = time.perf_counter()
        book = Workbook()
        for index, sheet in enumerate(report.sheets):
            ws = book.active if index == 0 else book.create_sheet()
            ws.title = sheet.title
            ws.append([c.title for c in sheet.columns])
            for row in sheet.rows:
                ws.append(list(row))
        book.save(workdir / "raw.xlsx")
        return (time.perf_counter() - start) * 1000

    base = sorted(raw() for _ in range(3))[1]
    total, write = sorted(totals)[1], sorted(writes)[1]
    return [
        Result(f"月度报表：统计并生成工作簿（{month}，{len(report.sheets)} 张表，{cells:,} 个单元格）", total, None, "≤ 5 s", total <= 5000),
        Result("月度报表：写入工作簿（格式、合计、说明）", write, base, "≤ 2× openpyxl 直接写同样的单元格",
               write <= 2 * base),
    ]  # fmt: skip


def unit_archives(path: Path, workdir: Path, batch: int = 40) -> list[Result]:
    """One unit's 一户一档 with ten years of bills and receipts, and a batch of a building's first units, the
    time for 500 projected from it (each unit is built the same way; the batch is a loop)."""
    import statistics

    from pypdf import PdfReader, PdfWriter

    from propdesk.bench.move_in import ACTOR
    from propdesk.documents.unit_archive import build_archive
    from propdesk.store.connection import open_database

    with open_database(path, exclusive=False) as db:
        unit_id = int(db.scalar("SELECT unit_id FROM bills GROUP BY unit_id ORDER BY count(*) DESC LIMIT 1"))
        building = db.scalar("SELECT building_id FROM units WHERE id = ?", (unit_id,))
        units = [r[0] for r in db.execute("SELECT id FROM units WHERE building_id = ? ORDER BY sort_key LIMIT ?",
                                          (building, batch))]  # fmt: skip
        build_archive(db, ACTOR, unit_id)
        times = []
        for _ in range(5):
            start = time.perf_counter()
            pdf = build_archive(db, ACTOR, unit_id)
            times.append((time.perf_counter() - start) * 1000)
        start = time.perf_counter()
        for other in units:
            (workdir / f"{other}.pdf").write_bytes(build_archive(db, ACTOR, other))
        per_unit = (time.perf_counter() - start) / len(units)
    pages = len(PdfReader(io.BytesIO(pdf)).pages)

    def raw_merge() -> float:  # the floor: copying the same pages into a new file
        start = time.perf_counter()
        writer = PdfWriter()
        writer.append(PdfReader(io.BytesIO(pdf)))
        writer.write(io.BytesIO())
        return (time.perf_counter() - start) * 1000

    mine = statistics.median(times)
    return [
        Result(f"一户一档：一户 10 年档案（{pages} 页，带书签）", mine, statistics.median(raw_merge() for _ in range(3)),
               "≤ 1 s（原始=只复制这些页面）", mine <= 1000),
        Result(f"一户一档：整栋批量（实测 {len(units)} 户，按 500 户推算）", per_unit * 500 * 1000, None, "≤ 2 min",
               per_unit * 500 <= 120),
    ]  # fmt: skip
