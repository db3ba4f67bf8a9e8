"""催缴记录: a contact keeps how, when, what came of it and what was owed that day; bad input is refused
in Chinese and nothing is written; records are never deleted."""

import datetime as dt
import sqlite3

import pytest

from propdesk.core.author import Actor
from propdesk.core.errors import ValidationError
from propdesk.services import dunning, payments
from propdesk.store.connection import Database


def test_a_contact_is_kept_with_what_was_owed_that_day(billed: tuple[Database, int], actor: Actor) -> None:
    db, unit_id = billed
    day = dt.date(2026, 11, 20)
    contact_id, changes = dunning.record_contact(db, actor, unit_id, "电话", "业主答应月底交", "12月1日再打", day)
    assert changes.touches_unit(unit_id)
    overdue = sum(b.amount_fen for b in payments.owed(db, unit_id) if b.due_date < day.isoformat())
    [contact] = dunning.contacts(db, unit_id)
    assert (contact.id, contact.method, contact.owed_fen, contact.result, contact.next_step, contact.author) == (
        contact_id, "电话", overdue, "业主答应月底交", "12月1日再打", actor.name)  # fmt: skip
    assert payments.account(db, unit_id).contacts == (contact,)
    with pytest.raises(sqlite3.IntegrityError):
        db.execute("DELETE FROM dunning_contacts")


@pytest.mark.parametrize(
    ("method", "result", "day", "field"),
    [("微博", "x", None, "method"), ("上门", "  ", None, "result"), ("短信", "x", dt.date(2999, 1, 1), "contacted_on")],
)
def test_bad_contacts_are_refused_and_nothing_is_written(
    billed: tuple[Database, int], actor: Actor, method: str, result: str, day: dt.date | None, field: str
) -> None:
    db, unit_id = billed
    with pytest.raises(ValidationError) as refused:
        dunning.record_contact(db, actor, unit_id, method, result, "", day)
    assert field in {p.field for p in refused.value.problems}
    assert dunning.contacts(db, unit_id) == []
