"""一户一档: one PDF with bookmarks per section, the unit's forms inside, and what was printed for it kept
exactly as printed (a voided receipt with its mark)."""

import io
from pathlib import Path

import pypdf
import pytest

from propdesk.core.author import Actor
from propdesk.documents import catalog
from propdesk.services import payments, printing, renovations
from propdesk.services.demo import generate_demo
from propdesk.store.connection import open_database


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("archive") / "demo.sqlite3"
    with open_database(path) as db:
        generate_demo(db, Actor("演示"), units=80, seed=11)
    return path


def _titles(outline: list[object], depth: int = 0) -> list[tuple[int, str]]:
    found: list[tuple[int, str]] = []
    for item in outline:
        if isinstance(item, list):
            found += _titles(item, depth + 1)
        else:
            found.append((depth, item.title))  # type: ignore[attr-defined]
    return found


def test_a_units_archive_has_its_sections_forms_and_printed_documents(demo: Path) -> None:
    actor = Actor("王小丽")
    with open_database(demo) as db:
        renovated = next(r for r in renovations.ledger(db) if r.state == "已结算")
        receipt = payments.account(db, renovated.unit_id).receipts[0]
        job = catalog.make(db, actor, "receipt", receipt.number)
        printing.record_printed(db, actor, job.kind, job.key, job.title, job.unit_id, job.pdf)
        archive = catalog.make(db, actor, "archive", renovated.unit_code)
    reader = pypdf.PdfReader(io.BytesIO(archive.pdf))
    titles = _titles(reader.outline)
    top = [t for depth, t in titles if depth == 0]
    assert top[:5] == ["封面与目录", "业主与住户", "产权历史", "遗留工程", "钥匙托管"]
    assert {"装修", "报修与投诉", "账务", "催缴", "打印存档"} <= set(top)
    nested = [t for depth, t in titles if depth == 1]
    permit = renovated.permit_number or ""
    for expected in (f"装修申请表 {permit}", f"竣工验收表 {permit}", f"押金退还审批表 {permit}", "账户对账单"):
        assert expected in nested, expected
    assert any(receipt.number in t for t in nested)
    text = "\n".join(page.extract_text() for page in reader.pages)
    for expected in ("房屋档案（一户一档）", renovated.unit_code, "装修押金退还审批表", "收款收据", receipt.number):
        assert expected in text, expected
    assert archive.unit_id == renovated.unit_id
