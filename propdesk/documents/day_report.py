"""收款日报表: one cashier's day — totals by method, the receipt range, every receipt, the voids,
the cash to hand over and the signatures of cashier and receiver."""

from __future__ import annotations

from dataclasses import dataclass

from propdesk.core.day_close import DayReport
from propdesk.core.money import format_yuan, to_capital
from propdesk.core.registry import Community
from propdesk.documents.base import FormHeader, data_table, field_grid, paragraph, render_form, section, signature_lines

TITLE = "收款日报表"


@dataclass(frozen=True)
class DayReportDoc:
    community: Community
    report: DayReport
    printed_at: str
    printed_by: str


def render_day_report(doc: DayReportDoc) -> bytes:
    r = doc.report
    span = r.number_range
    closed = r.closed
    status = f"已日结（{closed.closed_at[5:16]} {closed.closed_by}）" if closed else "未日结（草稿，仅供核对）"
    story = [
        field_grid(
            [
                ("收款人", r.cashier),
                ("日期", r.day),
                ("收据号段", f"{span[0]} 至 {span[1]}" if span else "当日未开收据"),
                ("状态", status),
                ("有效收据", f"{len(r.valid)} 张"),
                ("作废收据", f"{len(r.voids)} 张"),
                ("收款合计", f"¥{format_yuan(r.total_fen)}"),
                ("合计大写", to_capital(r.total_fen)),
                (
                    "退款单",
                    f"{len(r.refunds)} 张"
                    + (f"（{r.refund_range[0]} 至 {r.refund_range[1]}）" if r.refund_range else ""),
                ),
                ("退款合计", f"¥{format_yuan(r.refund_fen)}"),
                ("应交现金", f"¥{format_yuan(r.cash_fen)}"),
                ("现金大写", to_capital(r.cash_fen)),
            ]
        ),
        section("按收款方式汇总"),
        data_table(
            ["收款方式", "金额（元）"],
            [[method, format_yuan(fen)] for method, fen in r.by_method().items()]
            + [["合计", format_yuan(r.total_fen)]],
            [60, 60],
            numeric=(1,),
        ),
        section("收据明细"),
        data_table(
            ["收据号", "时间", "房号", "交款人", "方式", "金额（元）", "备注"],
            [
                [
                    x.number,
                    x.paid_at[11:16],
                    x.unit_code,
                    x.payer,
                    x.method,
                    format_yuan(x.total_fen),
                    "作废" if x.void else "",
                ]
                for x in r.receipts
            ],
            [26, 14, 24, 34, 16, 24, 42],
            numeric=(5,),
        ),
    ]
    if r.voids:
        story += [
            section("作废收据"),
            data_table(
                ["收据号", "金额（元）", "作废时间", "作废人", "原因"],
                [
                    [x.number, format_yuan(x.total_fen), x.voided_at or "", x.voided_by or "", x.void_reason or ""]
                    for x in r.voids
                ],
                [26, 24, 36, 22, 72],
                numeric=(1,),
            ),
        ]
    if r.refunds:
        story += [
            section("退款明细（已从应交现金中扣除现金退款）"),
            data_table(
                ["退款单号", "时间", "房号", "领款人", "项目", "方式", "金额（元）", "审批人"],
                [[x.number, x.refunded_at[11:16], x.unit_code, x.payee, x.item, x.method, format_yuan(x.amount_fen),
                  x.approved_by] for x in r.refunds],
                [26, 12, 22, 22, 26, 14, 24, 22],
                numeric=(6,),
            ),
        ]  # fmt: skip
    if not r.receipts and not r.refunds:
        story.append(paragraph("当日没有收款。", "base"))
    story += signature_lines(["收款人", "财务接收人"])
    header = FormHeader(community=doc.community, title=TITLE, number=f"{r.day} {r.cashier}",
                        printed_at=doc.printed_at, printed_by=doc.printed_by)  # fmt: skip
    return render_form(header, story)
