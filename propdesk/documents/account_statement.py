"""账户对账单: what one unit owes and why, on paper — the bills still owed (oldest first) with any late
fee apart, the payments received with their receipt numbers, the prepayment statement, the deposits
held and the refunds; handed to the owner at the desk."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from propdesk.core.account import Account
from propdesk.core.money import format_yuan, to_capital
from propdesk.core.registry import Community, UnitRecord
from propdesk.documents.base import FormHeader, data_table, field_grid, paragraph, render_form, section

TITLE = "账户对账单"


@dataclass(frozen=True)
class StatementDoc:
    community: Community
    record: UnitRecord
    account: Account
    printed_at: str
    printed_by: str


def render_statement(doc: StatementDoc) -> bytes:
    from reportlab.lib.units import mm
    from reportlab.platypus import Spacer

    unit, account = doc.record.unit, doc.account
    valid = [r for r in account.receipts if not r.void]
    story: list[Any] = [
        field_grid(
            [
                ("房号", unit.code),
                ("业主", unit.owner_names or "（未登记）"),
                ("建筑面积", f"{unit.area_text} ㎡"),
                ("对账日期", doc.printed_at),
                ("欠费合计", f"¥{format_yuan(account.owed_fen)}"),
                ("大写", to_capital(account.owed_fen)),
                ("已缴合计", f"¥{format_yuan(account.paid_fen)}（{len(valid)} 张收据）"),
                ("预存余额", f"¥{format_yuan(account.prepaid_fen)}"),
                ("滞纳金", f"¥{format_yuan(account.late_fee_fen)}（单列，截至对账日）" if account.late_fees else "无"),
                ("在押押金", f"¥{format_yuan(account.deposits_held_fen)}"),
                ("经办人", doc.printed_by),
            ]
        ),
        section(f"未缴账单（{len(account.owed)} 笔）"),
    ]
    if account.owed:
        late = account.late_fees
        rows = [
            [b.period or "", b.fee_item, b.description, b.due_date, format_yuan(b.amount_fen),
             format_yuan(late[b.id]) if b.id in late else ("已减免" if b.id in account.waived else "")]
            for b in account.owed
        ]  # fmt: skip
        rows.append(["合计", "", "", "", format_yuan(account.owed_fen), format_yuan(account.late_fee_fen)])
        story.append(data_table(["账期", "收费项目", "摘要", "应缴日期", "金额（元）", "滞纳金（元）"], rows,
                                [20, 30, 52, 26, 28, 26], numeric=(4, 5)))  # fmt: skip
    else:
        story.append(paragraph("无欠费。", "base"))
    story.append(section(f"缴费记录（{len(account.receipts)} 张收据）"))
    if account.receipts:
        story.append(data_table(
            ["收据号", "收款时间", "交款人", "方式", "金额（元）", "状态"],
            [[r.number, r.paid_at[:16], r.payer, r.method, format_yuan(r.total_fen),
              f"作废：{r.void_reason or ''}" if r.void else ""] for r in account.receipts],
            [28, 34, 30, 18, 28, 42],
            numeric=(4,),
        ))  # fmt: skip
    else:
        story.append(paragraph("没有缴费记录。", "base"))
    if account.prepayments:
        story.append(section(f"预存款明细（余额 ¥{format_yuan(account.prepaid_fen)}）"))
        running = 0
        lines = []
        for e in account.prepayments:
            running += e.signed_fen
            lines.append([e.at[:16], e.kind, e.document, format_yuan(e.signed_fen), format_yuan(running)])
        story.append(data_table(["时间", "类别", "单据/账单", "金额（元）", "余额（元）"], lines, [34, 22, 64, 28, 28],
                                numeric=(3, 4)))  # fmt: skip
    if account.deposits or account.refunds:
        story.append(section("押金与退款"))
        story.append(data_table(
            ["项目", "收据号", "交款时间", "金额（元）", "状态", "退款单号"],
            [[d.item, d.receipt_number, d.paid_at[:16], format_yuan(d.amount_fen), d.state, d.refund_number or ""]
             for d in account.deposits]
            + [[f.item, "", f.refunded_at[:16], format_yuan(f.amount_fen), f.kind, f.number]
               for f in account.refunds if f.bill_id is None],
            [30, 28, 34, 26, 30, 28],
            numeric=(3,),
        ))  # fmt: skip
    story.append(Spacer(1, 3 * mm))
    story.append(
        paragraph(
            "如对账目有疑问，请携带收据到物业服务中心核对。作废的收据不计入已缴金额；滞纳金按缴费当日计算。", "small"
        )
    )
    header = FormHeader(community=doc.community, title=TITLE, number=unit.code, printed_at=doc.printed_at,
                        printed_by=doc.printed_by)  # fmt: skip
    return render_form(header, story)
