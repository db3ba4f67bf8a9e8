"""Shared fixtures. Qt runs offscreen; the data directory is a temporary folder for every test."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from propdesk.core.author import Actor
from propdesk.core.registry import BuildingPlan, Community
from propdesk.services import buildings, community
from propdesk.store.connection import Database, open_database, open_memory_database


@pytest.fixture(autouse=True)
def propdesk_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("PROPDESK_HOME", str(home))
    return home


@pytest.fixture
def actor() -> Actor:
    return Actor("测试员")


@pytest.fixture
def db() -> Iterator[Database]:
    database = open_memory_database()
    yield database
    database.close()


@pytest.fixture
def file_db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(tmp_path / "desk.sqlite3")
    yield database
    database.close()


@pytest.fixture
def community_db(db: Database, actor: Actor) -> Database:
    """A community with building 3: 2 entrances × 18 floors × 4 units."""
    community.save_community(db, actor, Community(name="阳光花园", office_phone="0571-88886666"))
    buildings.generate_building(
        db,
        actor,
        BuildingPlan(code="3", entrances=2, floors=18, units_per_floor=4, areas_centi_m2=[8950, 12030, 12030, 8950]),
    )
    return db
