"""预存: a unit's balance is drawn down by its monthly bills as they are made (and by what it owes when
money is paid in), oldest first and whole bills only; every movement is a line of its statement."""

from __future__ import annotations

from collections.abc import Iterable

from propdesk.core.prepayments import PrepaymentEntry
from propdesk.core.prepayments import draw_down as bills_to_draw
from propdesk.store import prepayments, receipts
from propdesk.store.connection import Database


def draw_down(db: Database, author: str, at: str, unit_ids: Iterable[int] | None = None) -> list[int]:
    """Settle owed monthly bills from the balance of units in credit (all, or those given); call inside the
    use case's transaction. Returns the bills settled."""
    settled: list[int] = []
    for unit_id, balance in prepayments.units_in_credit(db, unit_ids).items():
        owed = [b for b in receipts.unpaid_bills(db, unit_id) if b.period]  # one-offs and deposits are paid apart
        taken = bills_to_draw(balance, owed)
        prepayments.insert_draws(db, unit_id, at, [(b.id, b.amount_fen, b.description) for b in taken], author)
        settled += [b.id for b in taken]
    return settled


def balance(db: Database, unit_id: int) -> int:
    return prepayments.balance(db, unit_id)


def statement(db: Database, unit_id: int) -> tuple[PrepaymentEntry, ...]:
    return tuple(PrepaymentEntry(**r) for r in prepayments.entries_of_unit(db, unit_id))
