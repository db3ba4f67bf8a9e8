"""收款日报表 for finance as a workbook: a summary sheet (totals by method, receipt range, cash to
hand over, close status) and a detail sheet with every receipt. Amounts are numbers in 元 with two
decimals, so finance can add them up; voided receipts are listed but not counted."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from propdesk.core.day_close import DayReport
from propdesk.core.money import to_capital
from propdesk.reports.xlsx_style import HEADER_STYLE, add_styles, save_workbook

_YUAN = "#,##0.00"


def _yuan(fen: int) -> Decimal:
    return Decimal(fen) / 100


def write_day_report(path: Path, report: DayReport, office: str) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    workbook = Workbook()
    add_styles(workbook)
    summary = workbook.active
    summary.title = "汇总"
    summary.append([f"{office} 收款日报表"])
    summary["A1"].font = Font(bold=True, size=14)
    span = report.number_range
    closed = report.closed
    for label, value in [
        ("日期", report.day),
        ("收款人", report.cashier),
        ("收据号段", f"{span[0]} 至 {span[1]}" if span else "当日未开收据"),
        ("有效收据张数", len(report.valid)),
        ("作废收据张数", len(report.voids)),
        ("状态", f"已日结（{closed.closed_at}）" if closed else "未日结"),
    ]:
        summary.append([label, value])
    summary.append([])
    summary.append(["收款方式", "金额（元）"])
    for cell in summary[summary.max_row]:
        cell.style = HEADER_STYLE
    for method, fen in report.by_method().items():
        summary.append([method, _yuan(fen)])
    summary.append(["合计", _yuan(report.total_fen)])
    summary.append(["合计大写", to_capital(report.total_fen)])
    summary.append(["退款合计", _yuan(report.refund_fen)])
    summary.append(["应交现金", _yuan(report.cash_fen)])
    for row in summary.iter_rows(min_col=2, max_col=2):
        for cell in row:
            if isinstance(cell.value, Decimal):
                cell.number_format = _YUAN
    summary.column_dimensions["A"].width = 16
    summary.column_dimensions["B"].width = 36

    detail = workbook.create_sheet("收据明细")
    headers = [
        "收据号",
        "收款时间",
        "房号",
        "交款人",
        "收款方式",
        "金额（元）",
        "状态",
        "作废时间",
        "作废人",
        "作废原因",
    ]
    detail.append(headers)
    for cell in detail[1]:
        cell.style = HEADER_STYLE
    for r in report.receipts:
        detail.append([r.number, r.paid_at, r.unit_code, r.payer, r.method, _yuan(r.total_fen),
                       "作废" if r.void else "有效", r.voided_at or "", r.voided_by or "", r.void_reason or ""])  # fmt: skip
        detail.cell(row=detail.max_row, column=6).number_format = _YUAN
    for letter, width in zip("ABCDEFGHIJ", [13, 20, 12, 12, 10, 14, 8, 20, 10, 24], strict=True):
        detail.column_dimensions[letter].width = width
    detail.freeze_panes = "A2"

    paid_out = workbook.create_sheet("退款明细")
    paid_out.append(["退款单号", "退款时间", "房号", "领款人", "项目", "退款方式", "金额（元）", "审批人"])
    for cell in paid_out[1]:
        cell.style = HEADER_STYLE
    for f in report.refunds:
        paid_out.append([f.number, f.refunded_at, f.unit_code, f.payee, f.item, f.method, _yuan(f.amount_fen),
                         f.approved_by])  # fmt: skip
        paid_out.cell(row=paid_out.max_row, column=7).number_format = _YUAN
    for letter, width in zip("ABCDEFGH", [15, 20, 12, 12, 14, 10, 14, 10], strict=True):
        paid_out.column_dimensions[letter].width = width
    paid_out.freeze_panes = "A2"
    save_workbook(workbook, path)
