"""收费设置: the prefix goes on the next receipt number, the paper decides the printed page, bad
values are refused in Chinese and the change is logged."""

import io

import pypdf
import pytest

from propdesk.core.author import Actor
from propdesk.core.billing import CashDeskSettings
from propdesk.core.errors import ValidationError
from propdesk.core.permissions import PermissionDenied
from propdesk.documents import catalog
from propdesk.services import cash_desk_settings, payments
from propdesk.store import audit
from propdesk.store.connection import Database
from tests.services.test_payments import CASHIER, NOW


def test_prefix_and_paper_apply_to_the_next_receipt(billed: tuple[Database, int], actor: Actor) -> None:
    db, unit_id = billed
    first = payments.owed(db, unit_id)[0]
    a4, _ = payments.pay_bills(db, CASHIER, unit_id, [first.id], "现金", "张三", now=NOW)
    cash_desk_settings.save(db, actor, CashDeskSettings("yg", "A5", "交房次月起"))
    assert cash_desk_settings.load(db) == CashDeskSettings("YG", "A5", "交房次月起")
    second = payments.owed(db, unit_id)[0]
    a5, _ = payments.pay_bills(db, CASHIER, unit_id, [second.id], "现金", "张三", now=NOW)
    assert a4.number == "2026000001" and a5.number == "YG2026000002"  # one sequence: the prefix only labels it
    page = pypdf.PdfReader(io.BytesIO(catalog.make(db, CASHIER, "receipt", a5.number).pdf)).pages[0]
    width, height = float(page.mediabox.width), float(page.mediabox.height)
    assert (round(width), round(height)) == (595, 420)  # A5 landscape: one copy
    assert "修改收费设置" in [e.summary for e in audit.recent(db, 5)]


@pytest.mark.parametrize(
    ("wanted", "field"),
    [
        (CashDeskSettings("收费处", "A4x3"), "receipt_prefix"),
        (CashDeskSettings("", "A3"), "receipt_paper"),
        (CashDeskSettings("", "A4x3", "随便"), "start_rule"),
    ],
)
def test_bad_settings_are_refused(billed: tuple[Database, int], actor: Actor, wanted: CashDeskSettings,
                                  field: str) -> None:  # fmt: skip
    db, _ = billed
    with pytest.raises(ValidationError) as refused:
        cash_desk_settings.save(db, actor, wanted)
    assert field in {p.field for p in refused.value.problems}
    assert cash_desk_settings.load(db) == CashDeskSettings()
    with pytest.raises(PermissionDenied):
        cash_desk_settings.save(db, CASHIER, CashDeskSettings("X"))
