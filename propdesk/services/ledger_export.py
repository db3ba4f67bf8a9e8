"""The unit-and-owner ledger as rows for Excel, in the same layout the importer reads."""

from __future__ import annotations

from propdesk.core.author import Actor
from propdesk.core.identity import mask_id_number, mask_phone
from propdesk.core.ledger import LedgerRow
from propdesk.core.permissions import Permission
from propdesk.core.registry import UnitFilter, format_area
from propdesk.store import audit, registry
from propdesk.store.connection import Database


def ledger_rows(db: Database, actor: Actor, f: UnitFilter | None = None) -> list[LedgerRow]:
    """The ledger rows of the units a filter selects, in its order (all units when ``f`` is None).

    ID numbers and phones are masked unless the actor may see personal data; the importer leaves
    masked cells alone, so even a masked export re-imports without changing anything.
    """
    full = actor.can(Permission.VIEW_PERSONAL_DATA)
    if full:  # full ID numbers and phones leave the desk: that is logged like opening them on screen
        with db.atomic():
            audit.record(db, actor.name, "view_personal", "ledger", None, "导出含完整证件号和电话的房屋业主台账")
    show_id = (lambda v: v) if full else mask_id_number
    show_phone = (lambda v: v) if full else mask_phone
    rows = []
    for index, u in enumerate(registry.ledger_rows(db, f), start=2):
        owner = u["owner"] or {}
        rows.append(
            LedgerRow(
                row_number=index,
                building=u["building"],
                entrance=str(u["entrance"]),
                room=u["room"],
                floor=str(u["floor"]),
                area=format_area(u["area_centi_m2"]),
                unit_type=u["unit_type"],
                state=u["state"],
                owner_name=owner.get("name", ""),
                id_kind=owner.get("id_kind", "") if owner else "",
                id_number=show_id(owner.get("id_number", "")),
                mobile=show_phone(owner.get("mobile", "")),
                landline=show_phone(owner.get("landline", "")),
                co_owners="、".join(u["co_owners"]),
                emergency_name=owner.get("emergency_name", ""),
                emergency_phone=show_phone(owner.get("emergency_phone", "")),
                note=u["note"],
            )
        )
    return rows
