"""日结: the cashier sees the day's report, confirms it, and the day's payments are locked;
a supervisor may reopen a closed day with a reason; a day left open is flagged the next morning."""

from __future__ import annotations

import datetime as dt

from propdesk.core.author import Actor
from propdesk.core.changes import Changes
from propdesk.core.day_close import DayClose, DayReceipt, DayRefund, DayReport
from propdesk.core.errors import Conflict, NotFound, ValidationError
from propdesk.core.permissions import Permission
from propdesk.store import audit, day_closes, refunds
from propdesk.store.connection import Database


def _day(day: dt.date | str) -> str:
    if isinstance(day, dt.date):
        return day.isoformat()
    try:
        return dt.date.fromisoformat(day.strip()).isoformat()
    except ValueError:
        raise ValidationError.single("day", f"日期“{day}”格式不对，应如 2026-11-26") from None


def day_report(db: Database, cashier: str, day: dt.date | str) -> DayReport:
    when = _day(day)
    receipts = tuple(DayReceipt(**r) for r in day_closes.receipts_of_day(db, cashier, when))
    row = day_closes.open_close(db, cashier, when)
    closed = None
    if row is not None:
        fields = ("cashier", "day", "closed_at", "closed_by", "total_fen")
        closed = DayClose(**{k: row[k] for k in fields})
    paid_out = tuple(
        DayRefund(**{k: r[k] for k in ("number", "refunded_at", "unit_code", "payee", "method", "item", "amount_fen",
                                      "approved_by")})
        for r in refunds.refunds_of_day(db, cashier, when)
    )  # fmt: skip
    return DayReport(cashier, when, receipts, closed, paid_out)


def ensure_open(db: Database, cashier: str, day: str) -> None:
    """Refuse a payment or a void on a day its cashier has closed (call inside the use case's transaction)."""
    if day_closes.open_close(db, cashier, day) is not None:
        raise Conflict(f"{cashier} 的 {day} 已日结，不能再收款或作废；如需更正，请主管先反日结")


def close_day(
    db: Database, actor: Actor, day: dt.date | str, now: dt.datetime | None = None
) -> tuple[DayReport, Changes]:
    """The cashier confirms their own day; from now on its payments are locked."""
    actor.require(Permission.TAKE_PAYMENT)
    when = _day(day)
    at = (now or dt.datetime.now()).replace(microsecond=0)
    if when > at.date().isoformat():
        raise ValidationError.single("day", "不能为将来的日期日结")
    with db.atomic():
        report = day_report(db, actor.name, when)
        if report.closed is not None:
            raise Conflict(f"{when} 已日结（{report.closed.closed_at}），不能重复日结")
        span = report.number_range
        day_closes.insert_close(db, {
            "cashier": actor.name, "day": when, "closed_at": at.isoformat(sep=" "), "closed_by": actor.name,
            "receipts": len(report.receipts), "total_fen": report.total_fen, "cash_fen": report.cash_fen,
            "first_number": span[0] if span else None, "last_number": span[1] if span else None,
        })  # fmt: skip
        audit.record(db, actor.name, "close", "day", None, f"日结 {when}：{len(report.valid)} 张收据，合计 {report.total_fen / 100:.2f} 元",
                     None, {"day": when, "total_fen": report.total_fen, "cash_fen": report.cash_fen,
                            "by_method": report.by_method(), "voids": [r.number for r in report.voids],
                            "refunds": [r.number for r in report.refunds], "refund_fen": report.refund_fen})  # fmt: skip
        closed = day_report(db, actor.name, when)
    return closed, Changes()


def reopen_day(db: Database, actor: Actor, cashier: str, day: dt.date | str, reason: str,
               now: dt.datetime | None = None) -> Changes:  # fmt: skip
    """反日结: a supervisor opens a closed day again, with a reason; the close stays on record."""
    actor.require(Permission.EDIT_CLOSED_DAY)
    if not reason.strip():
        raise ValidationError.single("reason", "请填写反日结的原因")
    when = _day(day)
    at = (now or dt.datetime.now()).replace(microsecond=0).isoformat(sep=" ")
    with db.atomic():
        row = day_closes.open_close(db, cashier, when)
        if row is None:
            raise NotFound(f"{cashier} 的 {when} 没有日结")
        day_closes.reopen(db, row["id"], actor.name, reason.strip(), at)
        audit.record(db, actor.name, "reopen", "day", row["id"], f"反日结 {cashier} {when}：{reason.strip()}",
                     {"reopened_at": None}, {"reopened_at": at, "reason": reason.strip()})  # fmt: skip
    return Changes()


def unclosed_days(db: Database, today: dt.date | None = None) -> list[tuple[str, str]]:
    """Days before today with payments that their cashier has not closed: the morning's warning."""
    return day_closes.unclosed_days(db, (today or dt.date.today()).isoformat())
