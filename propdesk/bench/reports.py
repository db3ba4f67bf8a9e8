"""The report scenarios of ``propdesk bench``: the monthly workbook on ten years of data, against openpyxl
writing the same cells directly."""

from __future__ import annotations

import datetime as dt
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
        Result(f"月度报表：统计并生成工作簿（{month}，10 张表，{cells:,} 个单元格）", total, None, "≤ 5 s", total <= 5000),
        Result("月度报表：写入工作簿（格式、合计、说明）", write, base, "≤ 2× openpyxl 直接写同样的单元格",
               write <= 2 * base),
    ]  # fmt: skip
