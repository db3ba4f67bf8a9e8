from pathlib import Path

import openpyxl

from propdesk.core.author import Actor
from propdesk.core.ledger import LedgerRow
from propdesk.reports.ledger_xlsx import read_ledger, write_ledger, write_template
from propdesk.services import ledger_export, units
from propdesk.services.ledger_import import import_ledger
from propdesk.store.connection import Database


def _sheet(path: Path, rows: list[list[object]]) -> Path:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["楼栋", "单元", "房号", "建筑面积(㎡)", "业主姓名", "证件号码", "手机", "房屋状态", "共有人"])
    for row in rows:
        sheet.append(row)
    workbook.save(path)
    return path


def test_import_keeps_good_rows_and_reports_bad_ones(tmp_path: Path, db: Database, actor: Actor) -> None:
    path = _sheet(
        tmp_path / "legacy.xlsx",
        [
            [1, 1, 101, 89.5, "张三", "11010519491231002x", "13812345678", "已入住", "李四、王五"],
            [1, 1, 102, "八十", "李四", "", "", "", ""],  # area not a number: rejected
            [1, 1, 103, 120, "王五", "110105194912310021", "", "", ""],  # bad checksum: imported with a warning
            ["", 1, 104, 90, "", "", "", "", ""],  # no building: rejected
            [1, 1, 105, 90, "", "", "13900001111", "", ""],  # phone without a name: rejected
            [1, 2, 201, 95, "", "", "", "装修中", ""],
        ],
    )
    rows, read_problems = read_ledger(path)
    result, changes = import_ledger(db, actor, rows)
    assert read_problems == []
    assert result.units_added == 3
    assert [(p.row_number, p.column) for p in result.rejected or []] == [
        (3, "建筑面积(㎡)"),
        (5, "楼栋"),
        (6, "业主姓名"),
    ]
    assert any(p.row_number == 4 and "校验位" in p.message for p in result.warnings or [])
    assert units.list_units(db, units.UnitFilter(), 0, 10).total == 3
    assert len(changes.units) == 3
    unit = next(u for u in units.list_units(db, units.UnitFilter(), 0, 10).rows if u.code == "1-1-101")
    assert unit.owner_names == "张三、李四、王五" and unit.area_centi_m2 == 8950 and unit.floor == 1


def test_reimport_updates_instead_of_duplicating(db: Database, actor: Actor) -> None:
    row = LedgerRow(2, building="5", entrance="1", room="1201", area="100", owner_name="陈一", mobile="13800000000")
    import_ledger(db, actor, [row])
    result, _ = import_ledger(
        db,
        actor,
        [LedgerRow(2, building="5", entrance="1", room="1201", area="101.25", owner_name="陈一", mobile="13800000001")],
    )
    assert (result.units_added, result.units_updated) == (0, 1)
    page = units.list_units(db, units.UnitFilter(), 0, 10)
    assert page.total == 1 and page.rows[0].area_centi_m2 == 10125 and page.rows[0].floor == 12
    owners = units.unit_record(db, page.rows[0].id).owners
    assert [(o.person.name, o.person.mobile) for o in owners] == [("陈一", "13800000001")]
    result, _ = import_ledger(db, actor, [LedgerRow(2, building="5", entrance="1", room="1201", owner_name="别人")])
    assert result.rejected and "过户" in result.rejected[0].message


def test_exported_file_reimports_unchanged(tmp_path: Path, community_db: Database, actor: Actor) -> None:
    from propdesk.services.demo import generate_demo

    generate_demo(community_db, actor, units=120, seed=3)
    exported = tmp_path / "export.xlsx"
    write_ledger(exported, ledger_export.ledger_rows(community_db, actor))
    rows, problems = read_ledger(exported)
    result, _ = import_ledger(community_db, actor, rows)
    assert problems == [] and result.rejected == []
    assert result.units_added == result.units_updated == result.owners_added == 0
    assert result.units_unchanged == len(rows) == units.list_units(community_db, units.UnitFilter(), 0, 1).total
    second = tmp_path / "again.xlsx"
    write_ledger(second, ledger_export.ledger_rows(community_db, actor))
    assert [r.cells() for r in read_ledger(second)[0]] == [r.cells() for r in rows]
    workbook = openpyxl.load_workbook(exported)
    assert workbook.active["J1"].value == "证件号码" and workbook.active["J2"].number_format == "@"


def test_template_example_row_is_never_imported(tmp_path: Path) -> None:
    path = tmp_path / "template.xlsx"
    write_template(path)
    sheet = openpyxl.load_workbook(path)
    assert "填写说明" in sheet.sheetnames
    assert [c.value for c in sheet.active[2]][:3] == ["3", "2", "1502"]
    rows, problems = read_ledger(path)
    assert rows == [] and "示例行" in problems[0].message


def test_id_stored_as_number_is_flagged(tmp_path: Path) -> None:
    path = _sheet(tmp_path / "n.xlsx", [[1, 1, 101, 90, "张三", 110105194912310000, "", "", ""]])
    _, problems = read_ledger(path)
    assert problems and "存成了数字" in problems[0].message


def test_repeated_row_in_one_file_updates_the_first(db: Database, actor: Actor) -> None:
    rows = [
        LedgerRow(2, building="7", entrance="1", room="101", area="90", owner_name="孙七", mobile="13800000007"),
        LedgerRow(3, building="7", entrance="1", room="101", area="91", owner_name="孙七", mobile="13900000007"),
    ]
    result, _ = import_ledger(db, actor, rows)
    assert result.units_added == 1 and result.units_updated == 1
    assert any("重复" in w.message for w in result.warnings or [])
    [unit] = units.list_units(db, units.UnitFilter(), 0, 5).rows
    assert unit.area_centi_m2 == 9100
    assert [o.person.mobile for o in units.unit_record(db, unit.id).owners] == ["13900000007"]
    from propdesk.services.search import search_units

    assert [h.code for h in search_units(db, "0007")] == ["7-1-101"]
    assert [h.code for h in search_units(db, "13900000007")] == ["7-1-101"]
    assert search_units(db, "13800000007") == []
    assert [h.code for h in search_units(db, "sq")] == ["7-1-101"]


def test_cancelled_import_saves_nothing(db: Database, actor: Actor) -> None:
    import pytest

    from propdesk.core.progress import Cancelled, Progress

    rows = [LedgerRow(i + 2, building="8", entrance="1", room=f"{100 + i}", area="80") for i in range(500)]
    progress = Progress()

    class CancelAfterFirstStep(Progress):
        def step(self, done: int, total: int | None = None, message: str | None = None) -> None:
            if done >= 200:
                self.cancel_requested = True
            super().step(done, total, message)

    with pytest.raises(Cancelled):
        import_ledger(db, actor, rows, CancelAfterFirstStep())
    assert units.list_units(db, units.UnitFilter(), 0, 1).total == 0
    assert progress.fraction == 0.0


def test_imported_search_terms_match_a_full_reindex(db: Database, actor: Actor) -> None:
    from propdesk.store import registry, search

    rows = [
        LedgerRow(2, building="5", entrance="1", room="101", area="90", owner_name="单雄信", mobile="13800001111",
                  landline="0571-88886666", co_owners="王芳"),
        LedgerRow(3, building="5", entrance="2", room="1502", area="120", owner_name="欧阳锋"),
        LedgerRow(4, building="5", entrance="2", room="1503", area="120"),
    ]  # fmt: skip
    import_ledger(db, actor, rows)

    def terms() -> set[tuple[object, ...]]:
        return {tuple(r.values()) for r in db.rows("SELECT term, unit_id, kind, label FROM search_terms")}

    imported = terms()
    search.reindex_units(db, registry.unit_ids_all(db))
    assert imported == terms() and len(imported) > 15


def test_masked_export_for_a_clerk_reimports_without_damage(tmp_path: Path, community_db: Database,
                                                            actor: Actor) -> None:  # fmt: skip
    from propdesk.core.permissions import Role
    from propdesk.core.registry import PersonInput
    from propdesk.services import households

    unit = units.list_units(community_db, units.UnitFilter(), 0, 1).rows[0]
    households.add_owner(community_db, actor, unit.id, PersonInput(name="张三", id_number="11010519491231002X",
                                                                   mobile="13812345678"))  # fmt: skip
    clerk = Actor("王小丽", frozenset({Role.CLERK.value}))
    path = tmp_path / "masked.xlsx"
    write_ledger(path, ledger_export.ledger_rows(community_db, clerk))
    rows, _ = read_ledger(path)
    mine = next(r for r in rows if r.owner_name == "张三")
    assert mine.id_number == "1101**********002X" and mine.mobile == "138****5678"
    result, _ = import_ledger(community_db, actor, rows)
    assert result.rejected == [] and result.units_updated == 0
    assert any("脱敏" in w.message for w in result.warnings or [])
    [owner] = units.unit_record(community_db, unit.id).owners
    assert (owner.person.id_number, owner.person.mobile) == ("11010519491231002X", "13812345678")
