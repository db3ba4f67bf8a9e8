"""SQL for fee items, their prices and bills."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from propdesk.core.billing import Bill, BillLine, FeeItem, Period, Rate
from propdesk.core.clock import now_iso
from propdesk.store.connection import Database


def insert_fee_item(db: Database, name: str, kind: str, unit_label: str, unit_types: frozenset[str],
                    vacant_percent: int) -> int:  # fmt: skip
    return db.insert(
        "INSERT INTO fee_items (name, kind, unit_label, unit_types, vacant_percent, sort_order, created_at)"
        " VALUES (?, ?, ?, ?, ?, (SELECT coalesce(max(sort_order), 0) + 1 FROM fee_items), ?)",
        (name, kind, unit_label, ",".join(sorted(unit_types)), vacant_percent, now_iso()),
    )


def insert_rate(db: Database, fee_item_id: int, effective_from: Period, unit_price: Decimal, author: str) -> None:
    db.execute(
        "INSERT INTO fee_rates (fee_item_id, effective_from, unit_price, author, created_at) VALUES (?, ?, ?, ?, ?)"
        " ON CONFLICT (fee_item_id, effective_from) DO UPDATE SET unit_price = excluded.unit_price,"
        " author = excluded.author, created_at = excluded.created_at",
        (fee_item_id, str(effective_from), str(unit_price), author, now_iso()),
    )


def fee_items(db: Database, active_only: bool = True) -> list[FeeItem]:
    where = " WHERE active = 1" if active_only else ""
    items = db.rows(f"SELECT * FROM fee_items{where} ORDER BY sort_order, id")
    rates: dict[int, list[Rate]] = {}
    for r in db.rows("SELECT fee_item_id, effective_from, unit_price FROM fee_rates ORDER BY effective_from"):
        rates.setdefault(r["fee_item_id"], []).append(Rate(Period.parse(r["effective_from"]), Decimal(r["unit_price"])))
    return [
        FeeItem(
            id=i["id"],
            name=i["name"],
            kind=i["kind"],
            unit_label=i["unit_label"],
            unit_types=frozenset(t for t in i["unit_types"].split(",") if t),
            vacant_percent=i["vacant_percent"],
            rates=tuple(rates.get(i["id"], [])),
        )
        for i in items
    ]


def fee_item_by_name(db: Database, name: str) -> dict[str, Any] | None:
    return db.one("SELECT * FROM fee_items WHERE name = ?", (name,))


def billable_units(db: Database, building: str = "") -> list[tuple[int, str, str, int, str | None]]:
    """(id, unit type, state, area, billing_from) of every unit that can be billed (tuples: bill runs read all)."""
    where = " AND b.code = ?" if building else ""
    return db.execute(
        "SELECT u.id, u.unit_type, u.state, u.area_centi_m2, u.billing_from FROM units u"
        f" JOIN buildings b ON b.id = u.building_id WHERE u.state != '未交付'{where} ORDER BY u.sort_key",
        (building,) if building else (),
    ).fetchall()


def insert_bills(db: Database, lines: Sequence[BillLine], author: str) -> int:
    """Store bills, skipping any (unit, item, period) already billed; returns how many were new."""
    before = db.conn.total_changes
    stamp = now_iso()
    db.executemany(
        "INSERT OR IGNORE INTO bills (unit_id, fee_item_id, period, description, quantity, unit_price, months,"
        " amount_fen, due_date, author, created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
        [(b.unit_id, b.fee_item_id, str(b.period), b.description, str(b.quantity), str(b.unit_price), str(b.months),
          b.amount_fen, b.due_date.isoformat(), author, stamp) for b in lines],
    )  # fmt: skip
    return int(db.conn.total_changes - before)


def insert_bill_rows(db: Database, rows: Sequence[tuple[Any, ...]], author: str) -> int:
    """``insert_bills`` for rows already in column order (unit, item, period, description, quantity, price,
    months, amount, due); returns how many were new."""
    before = db.conn.total_changes
    stamp = now_iso()
    db.executemany(
        "INSERT OR IGNORE INTO bills (unit_id, fee_item_id, period, description, quantity, unit_price, months,"
        " amount_fen, due_date, author, created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
        [(*row, author, stamp) for row in rows],
    )
    return int(db.conn.total_changes - before)


def bills_of_unit(db: Database, unit_id: int) -> list[Bill]:
    rows = db.rows(
        "SELECT b.id, b.unit_id, f.name AS fee_item, b.period, b.description, b.quantity, b.unit_price, b.months,"
        " b.amount_fen, b.due_date FROM bills b JOIN fee_items f ON f.id = b.fee_item_id"
        " WHERE b.unit_id = ? ORDER BY b.period, f.sort_order",
        (unit_id,),
    )
    return [Bill(**r) for r in rows]


def count_bills(db: Database) -> int:
    return int(db.scalar("SELECT count(*) FROM bills"))


def billable_unit(db: Database, unit_id: int) -> tuple[int, str, str, int, str | None] | None:
    row = db.execute(
        "SELECT id, unit_type, state, area_centi_m2, billing_from FROM units WHERE id = ? AND state != '未交付'",
        (unit_id,),
    ).fetchone()
    return None if row is None else (row[0], row[1], row[2], row[3], row[4])


def last_billed_period(db: Database, unit_id: int) -> str | None:
    value = db.scalar("SELECT max(period) FROM bills WHERE unit_id = ? AND period IS NOT NULL", (unit_id,))
    return None if value is None else str(value)


def insert_waivers(db: Database, bill_ids: Sequence[int], reason: str, author: str, at: str) -> int:
    before = db.conn.total_changes
    db.executemany(
        "INSERT OR IGNORE INTO late_fee_waivers (bill_id, reason, author, at) VALUES (?, ?, ?, ?)",
        [(bill_id, reason, author, at) for bill_id in bill_ids],
    )
    return int(db.conn.total_changes - before)


def waived_of_unit(db: Database, unit_id: int) -> frozenset[int]:
    return frozenset(
        r[0]
        for r in db.execute(
            "SELECT w.bill_id FROM late_fee_waivers w JOIN bills b ON b.id = w.bill_id WHERE b.unit_id = ?", (unit_id,)
        )
    )


def insert_charge(db: Database, unit_id: int, fee_item_id: int, description: str, quantity: str, unit_price: str,
                  amount_fen: int, due_date: str, author: str) -> int:  # fmt: skip
    """A one-off bill (装修管理费, 押金, 有偿服务 …): no period, so any number of them may be made."""
    return db.insert(
        "INSERT INTO bills (unit_id, fee_item_id, period, description, quantity, unit_price, months, amount_fen,"
        " due_date, author, created_at) VALUES (?, ?, NULL, ?, ?, ?, '1', ?, ?, ?, ?)",
        (unit_id, fee_item_id, description, quantity, unit_price, amount_fen, due_date, author, now_iso()),
    )
