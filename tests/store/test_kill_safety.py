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


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_killed_writer_loses_nothing(tmp_path: Path) -> None:
    assert _kill_many_times(tmp_path, iterations=4, seed=1) > 0


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_killed_writer_loses_nothing_many_times(tmp_path: Path) -> None:
    assert _kill_many_times(tmp_path, iterations=60, seed=2) > 0
