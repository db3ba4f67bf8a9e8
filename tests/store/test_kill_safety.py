"""SIGKILL at random points during a stream of writes: nothing acknowledged is lost, nothing is half there."""

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from propdesk.core.author import Actor
from propdesk.core.registry import BuildingPlan
from propdesk.services import buildings
from propdesk.store.connection import Database, integrity_problems, open_database

WRITER = Path(__file__).with_name("kill_writer.py")
ROOT = Path(__file__).resolve().parents[2]


def _kill_many_times(tmp_path: Path, iterations: int, seed: int) -> int:
    path = tmp_path / "victim.sqlite3"
    with open_database(path) as db:
        buildings.generate_building(db, Actor("t"), BuildingPlan(code="1", entrances=1, floors=2, units_per_floor=2,
                                                                 areas_centi_m2=[9000]))  # fmt: skip
        unit_id = int(db.scalar("SELECT min(id) FROM units"))
    rng = random.Random(seed)
    total_acknowledged = 0
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    for iteration in range(iterations):
        tag = f"k{iteration}"
        with subprocess.Popen([sys.executable, str(WRITER), str(path), tag, str(unit_id)], stdout=subprocess.PIPE,
                              text=True, env=env) as child:  # fmt: skip
            assert child.stdout is not None
            assert child.stdout.readline().strip() == "ready"
            time.sleep(rng.uniform(0.05, 0.6))
            child.send_signal(signal.SIGKILL)
            child.wait()
            acknowledged = {int(line) for line in child.stdout.read().split() if line.isdigit()}
        total_acknowledged += len(acknowledged)
        with open_database(path) as db:
            _check(db, tag, acknowledged)
    return total_acknowledged


def _check(db: Database, tag: str, acknowledged: set[int]) -> None:
    assert integrity_problems(db) == []
    names = {r["name"] for r in db.rows("SELECT name FROM residents WHERE name LIKE ?", (f"{tag}-%",))}
    present = {int(n.split("-")[1]) for n in names}
    assert acknowledged <= present, f"lost acknowledged writes: {sorted(acknowledged - present)[:5]}"
    assert present <= acknowledged | {max(acknowledged, default=-1) + 1}  # at most the one in flight
    # Each write is whole: the resident, its change-log row and its search terms, or none of them.
    for name in names:
        resident_id = db.scalar("SELECT id FROM residents WHERE name = ?", (name,))
        assert db.scalar("SELECT count(*) FROM change_log WHERE entity = 'resident' AND entity_id = ?",
                         (resident_id,)) == 1  # fmt: skip
        assert db.scalar("SELECT count(*) FROM search_terms WHERE term = ?", (name.lower(),)) == 1


needs_sigkill = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")


@needs_sigkill
def test_killed_writer_loses_nothing(tmp_path: Path) -> None:
    assert _kill_many_times(tmp_path, iterations=4, seed=1) > 0


@pytest.mark.slow
@needs_sigkill
def test_killed_writer_loses_nothing_many_times(tmp_path: Path) -> None:
    assert _kill_many_times(tmp_path, iterations=60, seed=2) > 0


PAYER = Path(__file__).with_name("kill_payer.py")


def _kill_payments(tmp_path: Path, iterations: int, seed: int) -> set[str]:
    from decimal import Decimal

    from propdesk.core.billing import FeeKind, Period
    from propdesk.services import fees

    path = tmp_path / "cash.sqlite3"
    actor = Actor("t")
    with open_database(path) as db:
        buildings.generate_building(db, actor, BuildingPlan(code="1", entrances=1, floors=1, units_per_floor=1,
                                                            areas_centi_m2=[9000], state="已入住"))  # fmt: skip
        unit_id = int(db.scalar("SELECT min(id) FROM units"))
        fees.add_fee_item(db, actor, "物业服务费", FeeKind.AREA_MONTHLY, "", frozenset(), 100, Decimal("1.85"),
                          Period(2000, 1))  # fmt: skip
        fees.generate_bills(db, actor, Period(2010, 1), Period(2019, 12))
    rng = random.Random(seed)
    acknowledged: set[str] = set()
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    for _ in range(iterations):
        with subprocess.Popen([sys.executable, str(PAYER), str(path), str(unit_id)], stdout=subprocess.PIPE, text=True,
                              env=env) as child:  # fmt: skip
            assert child.stdout is not None
            assert child.stdout.readline().strip() == "ready"
            time.sleep(rng.uniform(0.05, 0.5))
            child.send_signal(signal.SIGKILL)
            child.wait()
            acknowledged |= {line.strip() for line in child.stdout.read().split() if line.strip()[-1:].isdigit()}
        with open_database(path) as db:
            assert integrity_problems(db) == []
            for table, counter in (("receipts", "receipt_sequences"), ("refunds", "refund_sequences")):
                numbers = [r["number"] for r in db.rows(f"SELECT number FROM {table} ORDER BY sequence")]
                sequences = [r["sequence"] for r in db.rows(f"SELECT sequence FROM {table} ORDER BY sequence")]
                assert sequences == list(range(1, len(sequences) + 1))  # no gap, no duplicate
                last = db.scalar(f"SELECT max(last_number) FROM {counter}") or 0
                assert last == len(sequences)  # the counter never ran ahead of the documents
                assert {n for n in acknowledged if n.startswith("TK") == (table == "refunds")} <= set(numbers)
            receipts = db.scalar("SELECT count(*) FROM receipts")
            assert db.scalar("SELECT count(DISTINCT receipt_id) FROM receipt_lines") == receipts  # every receipt whole
            # the settled flag agrees with what settled each bill, and the prepayment ledger with its documents
            assert (
                db.scalar(
                    "SELECT count(*) FROM bills b WHERE b.settled != (EXISTS (SELECT 1 FROM receipt_lines l JOIN receipts r"
                    " ON r.id = l.receipt_id WHERE l.bill_id = b.id AND r.voided_at IS NULL)"
                    " OR EXISTS (SELECT 1 FROM prepayment_entries e WHERE e.bill_id = b.id))"
                )
                == 0
            )
            assert db.scalar("SELECT count(*) FROM prepayment_entries WHERE kind = '存入'") == db.scalar(
                "SELECT count(*) FROM receipt_lines WHERE item = '预存款'")  # fmt: skip
            assert db.scalar("SELECT count(*) FROM prepayment_entries WHERE kind = '退款'") == db.scalar(
                "SELECT count(*) FROM refunds")  # fmt: skip
            balance = db.scalar("SELECT coalesce(sum(CASE kind WHEN '存入' THEN amount_fen ELSE -amount_fen END), 0)"
                                " FROM prepayment_entries")  # fmt: skip
            assert balance >= 0
    return acknowledged


@needs_sigkill
def test_killed_cashier_leaves_no_receipt_gap(tmp_path: Path) -> None:
    assert _kill_payments(tmp_path, iterations=3, seed=3)


@pytest.mark.slow
@needs_sigkill
def test_killed_cashier_leaves_no_receipt_gap_many_times(tmp_path: Path) -> None:
    seen = _kill_payments(tmp_path, iterations=40, seed=5)
    assert any(n.startswith("TK") for n in seen) and any(n.isdigit() for n in seen)  # refunds and receipts both
