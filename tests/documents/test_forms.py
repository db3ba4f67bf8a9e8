import io

import pypdf

from propdesk.core.author import Actor
from propdesk.core.registry import PersonInput, ResidentInput, VehicleInput
from propdesk.documents import catalog
from propdesk.services import households, printing, units
from propdesk.store.connection import Database


def _text(pdf: bytes) -> tuple[int, str]:
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    return len(reader.pages), "\n".join(page.extract_text() for page in reader.pages)


def test_household_card_carries_the_household(community_db: Database, actor: Actor) -> None:
    unit_id = catalog.resolve_unit(community_db, "3-2-1502")
    households.add_owner(
        community_db, actor, unit_id, PersonInput(name="张三", id_number="11010519491231002X", mobile="13812345678")
    )
    households.add_resident(community_db, actor, unit_id, ResidentInput(name="张小明", relation="儿子"))
    households.add_vehicle(community_db, actor, unit_id, VehicleInput(plate="浙A12345"))
    job = catalog.make(community_db, actor, "household-card", "3-2-1502")
    pages, text = _text(job.pdf)
    assert pages == 1
    for expected in [
        "阳光花园物业服务中心",
        "业主信息登记表",
        "3-2-1502",
        "张三",
        "11010519491231002X",
        "13812345678",
        "张小明",
        "儿子",
        "浙A12345",
        "业主签字",
        "0571-88886666",
        "第 1 页 / 共 1 页",
    ]:
        assert expected in text, expected


def test_same_input_same_bytes(community_db: Database, actor: Actor) -> None:
    first = catalog.make(community_db, actor, "household-card", "3-1-101").pdf
    assert catalog.make(community_db, actor, "household-card", "3-1-101").pdf == first


def test_unit_list_breaks_across_pages_with_headers(community_db: Database, actor: Actor) -> None:
    job = catalog.make(community_db, actor, "unit-list", "3")
    pages, text = _text(job.pdf)
    assert pages > 1
    assert text.count("建筑面积(㎡)") == pages  # header row repeats on every page
    assert "共 144 户" in text and "3-2-1804" in text and f"共 {pages} 页" in text


def test_printed_document_is_kept_and_found_from_the_unit(community_db: Database, actor: Actor) -> None:
    job = catalog.make(community_db, actor, "household-card", "3-1-101")
    document_id, _ = printing.record_printed(community_db, actor, job.kind, job.key, job.title, job.unit_id, job.pdf)
    assert job.unit_id is not None
    [kept] = units.unit_record(community_db, job.unit_id).printed
    assert kept.printed_by == "测试员" and kept.size_bytes == len(job.pdf)
    assert printing.printed_pdf(community_db, document_id) == job.pdf


def test_unit_list_prints_what_the_filter_shows(community_db: Database, actor: Actor) -> None:
    from propdesk.core.registry import UnitFilter

    unit_id = catalog.resolve_unit(community_db, "3-1-101")
    units.update_unit(
        community_db, actor, unit_id, floor=1, area_centi_m2=8950, unit_type="住宅", state="出租", note=""
    )
    job = catalog.unit_list_job(community_db, actor, UnitFilter(state="出租"))
    _, text = _text(job.pdf)
    assert "共 1 户" in text and "3-1-101" in text and "3-1-102" not in text and "出租" in job.title


def test_copy_labels_and_long_tables_on_the_form_base() -> None:
    from propdesk.core.registry import Community
    from propdesk.documents.base import FormHeader, data_table, field_grid, render_form, signature_lines

    header = FormHeader(community=Community(name="阳光花园", office_phone="0571-88886666"), title="测试表单",
                        number="NO.0001", printed_at="2026-11-26", copy_label="第二联 记账")  # fmt: skip
    rows = [[str(i), f"项目{i}", "说明文字较长需要换行，标点符号不能出现在行首。" * 4] for i in range(80)]
    pdf = render_form(header, [field_grid([("编号", "1")]), data_table(["序号", "项目", "说明"], rows, [20, 40, 120]),
                               *signature_lines(["收款人", "交款人"])])  # fmt: skip
    pages, text = _text(pdf)
    assert pages >= 3 and text.count("第二联 记账") == pages and text.count("序号") == pages
    assert "NO.0001" in text and "项目79" in text and f"第 {pages} 页 / 共 {pages} 页" in text
    assert not any(line.lstrip()[:1] in "，。" for line in text.splitlines() if line.strip())
