"""Every printable form by kind: how to fetch its data and render it (used by the CLI and the GUI)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from propdesk.core.author import Actor
from propdesk.core.clock import today_iso
from propdesk.core.errors import NotFound, UserError
from propdesk.core.registry import UnitFilter
from propdesk.documents.household_card import TITLE as HOUSEHOLD_TITLE
from propdesk.documents.household_card import HouseholdCardDoc, render_household_card
from propdesk.documents.unit_list import UnitListDoc, render_unit_list
from propdesk.services import community, units
from propdesk.services.search import search_units
from propdesk.store.connection import Database


@dataclass(frozen=True)
class PrintJob:
    kind: str
    key: str
    title: str
    unit_id: int | None
    pdf: bytes


@dataclass(frozen=True)
class PrintKind:
    kind: str
    title: str
    key_help: str
    make: Callable[[Database, Actor, str], PrintJob]


def resolve_unit(db: Database, key: str) -> int:
    """A unit key is its code in any spelling (or ``#id``)."""
    if key.startswith("#") and key[1:].isdigit():
        return units.get_unit(db, int(key[1:])).id
    hits = search_units(db, key, limit=5)
    exact = [h for h in hits if h.matched.startswith("房号")]
    if not exact:
        raise NotFound(f"找不到房号 {key}")
    return exact[0].unit_id


def _household_card(db: Database, actor: Actor, key: str) -> PrintJob:
    unit_id = resolve_unit(db, key)
    record = units.unit_record(db, unit_id)
    pdf = render_household_card(
        HouseholdCardDoc(
            community=community.get_community(db), record=record, printed_at=today_iso(), printed_by=actor.name
        )
    )
    return PrintJob("household-card", record.unit.code, f"{HOUSEHOLD_TITLE} {record.unit.code}", unit_id, pdf)


def _unit_list(db: Database, actor: Actor, key: str) -> PrintJob:
    building = "" if key in ("", "all", "全部") else key
    return unit_list_job(db, actor, UnitFilter(building=building))


def unit_list_job(db: Database, actor: Actor, f: UnitFilter) -> PrintJob:
    """The unit list exactly as filtered and ordered on screen."""
    page = units.list_units(db, f, 0, 100_000)
    if f.building and not page.rows:
        raise UserError(f"楼栋 {f.building} 没有房屋")
    label = "，".join(p for p in (f"{f.building} 号楼" if f.building else "", f.state, f.unit_type,
                                  f"含“{f.text}”" if f.text else "") if p)  # fmt: skip
    building = f.building
    pdf = render_unit_list(
        UnitListDoc(
            community=community.get_community(db),
            units=page.rows,
            filter_text=label,
            printed_at=today_iso(),
            printed_by=actor.name,
        )
    )
    return PrintJob("unit-list", building or "all", f"房屋清单 {label or '全部'}", None, pdf)


def _receipt(db: Database, actor: Actor, key: str) -> PrintJob:
    from propdesk.documents.receipt import ReceiptDoc, render_receipt
    from propdesk.services import cash_desk_settings, payments, printing

    receipt = payments.get_receipt(db, key.strip())
    reprint = printing.times_printed(db, "receipt", receipt.number) > 0
    paper = cash_desk_settings.load(db).receipt_paper
    pdf = render_receipt(ReceiptDoc(community.get_community(db), receipt, reprint=reprint, paper=paper))
    title = f"收款收据 {receipt.number}" + ("（作废）" if receipt.void else "（补打）" if reprint else "")
    return PrintJob("receipt", receipt.number, title, receipt.unit_id, pdf)


def _receipts_of_day(db: Database, actor: Actor, key: str) -> PrintJob:
    """Key ``2026-11-26`` (the actor's receipts) or ``2026-11-26 张敏``: that day's receipts, one per page."""
    from propdesk.documents.receipt import ReceiptDoc, render_receipts
    from propdesk.services import day_close, payments, printing

    day, _, cashier = key.strip().partition(" ")
    report = day_close.day_report(db, cashier.strip() or actor.name, day or today_iso())
    if not report.receipts:
        raise NotFound(f"{report.cashier} 在 {report.day} 没有开收据")
    office = community.get_community(db)
    docs = [
        ReceiptDoc(
            office, payments.get_receipt(db, r.number), reprint=printing.times_printed(db, "receipt", r.number) > 0
        )
        for r in report.receipts
    ]
    title = f"收款收据 {report.day} {report.cashier}（{len(docs)} 张）"
    return PrintJob("receipts", f"{report.day} {report.cashier}", title, None, render_receipts(docs))


def _day_report(db: Database, actor: Actor, key: str) -> PrintJob:
    """Key ``2026-11-26`` (the actor's own day) or ``2026-11-26 张敏``."""
    from propdesk.documents.day_report import TITLE, DayReportDoc, render_day_report
    from propdesk.services import day_close

    day, _, cashier = key.strip().partition(" ")
    report = day_close.day_report(db, cashier.strip() or actor.name, day or today_iso())
    pdf = render_day_report(DayReportDoc(community.get_community(db), report, today_iso(), actor.name))
    return PrintJob("day-report", f"{report.day} {report.cashier}", f"{TITLE} {report.day} {report.cashier}", None, pdf)


def _dunning(db: Database, actor: Actor, key: str) -> PrintJob:
    """Key: a building code, or ``all``; one notice per unit with overdue bills."""
    import datetime as dt

    from propdesk.documents.dunning_notice import TITLE, DunningDoc, render_dunning_notices
    from propdesk.services import payments

    building = "" if key.strip() in ("", "all", "全部") else key.strip()
    notices = payments.dunning_notices(db, building=building)
    pdf = render_dunning_notices(DunningDoc(community.get_community(db), notices, dt.date.today(), actor.name))
    scope = f"{building} 号楼" if building else "全部"
    return PrintJob("dunning", building or "all", f"{TITLE}（{scope}，{len(notices)} 户）", None, pdf)


def _statement(db: Database, actor: Actor, key: str) -> PrintJob:
    from propdesk.documents.account_statement import TITLE, StatementDoc, render_statement
    from propdesk.services import payments

    unit_id = resolve_unit(db, key)
    record = units.unit_record(db, unit_id)
    doc = StatementDoc(community.get_community(db), record, payments.account(db, unit_id), today_iso(), actor.name)
    return PrintJob("statement", record.unit.code, f"{TITLE} {record.unit.code}", unit_id, render_statement(doc))


def _refund(db: Database, actor: Actor, key: str) -> PrintJob:
    from propdesk.documents.refund_slip import TITLE, RefundDoc, render_refund
    from propdesk.services import printing, refunds

    refund = refunds.get_refund(db, key)
    reprint = printing.times_printed(db, "refund", refund.number) > 0
    pdf = render_refund(RefundDoc(community.get_community(db), refund, today_iso(), actor.name, reprint))
    return PrintJob("refund", refund.number, f"{TITLE} {refund.number}" + ("（补打）" if reprint else ""),
                    refund.unit_id, pdf)  # fmt: skip


KINDS: dict[str, PrintKind] = {
    k.kind: k
    for k in [
        PrintKind("household-card", HOUSEHOLD_TITLE, "房号，如 3-2-1502", _household_card),
        PrintKind("unit-list", "房屋清单", "楼栋号，或 all 表示全部", _unit_list),
        PrintKind("receipt", "收款收据", "收据编号，如 2026000123", _receipt),
        PrintKind("refund", "退款单", "退款单号，如 TK2026000001", _refund),
        PrintKind("statement", "账户对账单", "房号，如 3-2-1502", _statement),
        PrintKind("dunning", "催缴通知书", "楼栋号，或 all 表示全部（每户一页）", _dunning),
        PrintKind("receipts", "一天的收款收据", "日期和收款人，如 “2026-11-26 张敏”（每张一页）", _receipts_of_day),
        PrintKind("day-report", "收款日报表", "日期和收款人，如 “2026-11-26 张敏”（省略收款人为本人）", _day_report),
    ]
}


def make(db: Database, actor: Actor, kind: str, key: str) -> PrintJob:
    if kind not in KINDS:
        raise UserError(f"没有这种表单：{kind}（可用：{', '.join(KINDS)}）")
    return KINDS[kind].make(db, actor, key)
