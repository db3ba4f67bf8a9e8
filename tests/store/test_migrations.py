"""Upgrading a file made by an older propdesk keeps its money right."""

from pathlib import Path

import sqlite_utils

from propdesk.store import schema


def test_bills_paid_before_the_settled_flag_are_marked_settled(tmp_path: Path) -> None:
    db = sqlite_utils.Database(tmp_path / "old.sqlite")
    schema.migrations.apply(db, stop_before="m0007_settlement_prepayments_refunds")
    stamp = "2026-01-01 09:00:00"
    db.execute("INSERT INTO buildings VALUES (1, '1', '1号楼', 1, 6, '1', '', ?)", [stamp])
    for unit in (1, 2):
        db.execute(
            "INSERT INTO units (id, building_id, entrance, floor, room, code, sort_key, area_centi_m2, unit_type,"
            " state, created_at, updated_at) VALUES (?, 1, 1, 1, ?, ?, ?, 9000, '住宅', '已入住', ?, ?)",
            [unit, f"10{unit}", f"1-1-10{unit}", f"{unit}", stamp, stamp],
        )
    db.execute("INSERT INTO fee_items (id, name, kind, created_at) VALUES (1, '物业服务费', '按面积每月', ?)", [stamp])
    for bill, unit in ((1, 1), (2, 2), (3, 1)):
        db.execute(
            "INSERT INTO bills (id, unit_id, fee_item_id, period, description, quantity, unit_price, months,"
            " amount_fen, due_date, author, created_at) VALUES (?, ?, 1, ?, 'x', '90', '2', '1', 18000,"
            " '2026-01-31', 'a', ?)",
            [bill, unit, f"2026-0{bill}", stamp],
        )
    for receipt, bill, void in ((1, 1, None), (2, 2, stamp)):
        db.execute(
            "INSERT INTO receipts (id, number, year, sequence, unit_id, payer, method, total_fen, cashier, paid_at,"
            " voided_at) VALUES (?, ?, 2026, ?, 1, '张三', '现金', 18000, '收银', ?, NULL)",
            [receipt, f"202600000{receipt}", receipt, stamp],
        )
        db.execute(
            "INSERT INTO receipt_lines (receipt_id, bill_id, item, period_label, unit_price, quantity, amount_fen)"
            " VALUES (?, ?, 'x', '', '2', '90', 18000)",
            [receipt, bill],
        )
        if void:
            db.execute("UPDATE receipts SET voided_at = ? WHERE id = ?", [void, receipt])
    db.conn.commit()
    assert "m0007_settlement_prepayments_refunds" in schema.apply(db)
    settled = dict(db.execute("SELECT id, settled FROM bills ORDER BY id").fetchall())
    assert settled == {1: 1, 2: 0, 3: 0}  # paid; paid but voided; never paid
