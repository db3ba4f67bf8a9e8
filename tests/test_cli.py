import io
import subprocess
import sys
from pathlib import Path

import openpyxl
import pypdf
import pytest

from propdesk.cli import main


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_version() -> None:
    result = subprocess.run([sys.executable, "-m", "propdesk", "--version"], capture_output=True, text=True, check=True)
    assert result.stdout.strip().startswith("propdesk ")


def test_demo_export_import_print_check(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "d.sqlite3"
    assert _run(capsys, "demo", str(db), "--units", "60", "--seed", "1")[0] == 0
    code, _, err = _run(capsys, "demo", str(db))
    assert code == 1 and "已存在" in err
    out_xlsx = tmp_path / "units.xlsx"
    assert _run(capsys, "export", "units", str(out_xlsx), "--db", str(db))[0] == 0
    assert openpyxl.load_workbook(out_xlsx).active.max_row == 61
    code, out, err = _run(capsys, "import", "units", str(out_xlsx), "--db", str(db))
    assert code == 0 and "未变 60 户" in err
    pdf = tmp_path / "card.pdf"
    code, out, _ = _run(capsys, "print", "household-card", "1-1-101", "--db", str(db), "-o", str(pdf))
    assert code == 0
    assert "1-1-101" in pypdf.PdfReader(io.BytesIO(pdf.read_bytes())).pages[0].extract_text()
    code, out, _ = _run(capsys, "print", "--list")
    assert "household-card" in out and "unit-list" in out
    assert _run(capsys, "check", "--db", str(db))[0] == 0


def test_import_with_rejected_rows_exits_3(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    template = tmp_path / "t.xlsx"
    assert _run(capsys, "template", "units", str(template))[0] == 0
    workbook = openpyxl.load_workbook(template)
    workbook.active.append(["9", "1", "", "", "abc"])
    workbook.save(template)
    code, out, _ = _run(capsys, "import", "units", str(template), "--db", str(tmp_path / "x.sqlite3"))
    assert code == 3
    assert "row 3: [房号] 房号不能为空" in out and "Traceback" not in out
    assert "row 2: 模板中的示例行，已跳过 (warning)" in out


def test_user_mistakes_are_plain_words(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = _run(capsys, "check", "--db", str(tmp_path / "missing.sqlite3"))
    assert code == 1 and "找不到数据文件" in err and "Traceback" not in err
    (tmp_path / "bad.sqlite3").write_text("not a database" * 100)
    code, _, err = _run(capsys, "check", "--db", str(tmp_path / "bad.sqlite3"))
    assert code == 1 and "不是 propdesk" in err
    code, _, err = _run(capsys, "import", "units", str(tmp_path / "nope.xlsx"), "--db", str(tmp_path / "y.sqlite3"))
    assert code == 1 and "找不到文件" in err
    db = tmp_path / "d.sqlite3"
    _run(capsys, "demo", str(db), "--units", "10")
    code, _, err = _run(capsys, "print", "household-card", "99-9-999", "--db", str(db), "-o", str(tmp_path / "o.pdf"))
    assert code == 1 and "找不到房号" in err


def test_damaged_file_fails_check(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "d.sqlite3"
    _run(capsys, "demo", str(db), "--units", "200")
    data = bytearray(db.read_bytes())
    for offset in range(4096 * 3, min(len(data), 4096 * 12), 7):
        data[offset] = 0x5A
    db.write_bytes(bytes(data))
    for suffix in ("-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    code, _, err = _run(capsys, "check", "--db", str(db))
    assert code == 1 and err


def test_a_bug_is_logged_with_its_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, propdesk_home: Path
) -> None:
    from propdesk.services import maintenance

    db = tmp_path / "d.sqlite3"
    _run(capsys, "demo", str(db), "--units", "5")

    def broken(_db: object) -> None:
        raise RuntimeError("模拟的程序错误")

    monkeypatch.setattr(maintenance, "check_database", broken)
    code, _, err = _run(capsys, "check", "--db", str(db))
    assert code == 70 and "程序内部错误" in err and "Traceback" not in err
    log = (propdesk_home / "logs" / "propdesk.log").read_text(encoding="utf-8")
    assert "Traceback" in log and "模拟的程序错误" in log


def test_backup_and_restore_from_the_command_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "d.sqlite3"
    _run(capsys, "demo", str(db), "--units", "20")
    code, out, _ = _run(capsys, "backup", "--db", str(db), "--to", str(tmp_path / "usb"))
    assert code == 0 and "已备份并校验" in out
    [copy] = list((tmp_path / "usb").glob("propdesk-*.sqlite3"))
    import sqlite3

    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE units SET note = '恢复前的改动'")
    code, out, _ = _run(capsys, "restore", str(copy), "--db", str(db))
    assert code == 0 and "恢复前的数据保存在" in out
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM units WHERE note = '恢复前的改动'").fetchone() == (0,)
    code, _, err = _run(capsys, "restore", str(tmp_path / "missing.sqlite3"), "--db", str(db))
    assert code == 1 and "找不到备份文件" in err


def test_money_commands(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """bills (twice: nothing new), print receipt / day-report / dunning / statement, export day-report."""
    import io

    import openpyxl
    import pypdf

    db = tmp_path / "money.sqlite3"
    assert _run(capsys, "demo", str(db), "--units", "60", "--seed", "2")[0] == 0
    code, out, _ = _run(capsys, "bills", "2031-01", "2031-02", "--db", str(db))
    assert code == 0 and "新生成账单" in out and "已有 0 条" in out
    created = int(out.split("新生成账单 ")[1].split(" ")[0])
    code, out, _ = _run(capsys, "bills", "2031-01", "2031-02", "--db", str(db))
    assert code == 0 and "新生成账单 0 条" in out and f"已有 {created} 条" in out
    code, _, err = _run(capsys, "bills", "2031-13", "--db", str(db))
    assert code != 0 and "2031-13" in err
    import sqlite3

    with sqlite3.connect(db) as conn:
        number, day, cashier = conn.execute("SELECT number, substr(paid_at, 1, 10), cashier FROM receipts").fetchone()
    for args in (["receipt", number], ["day-report", f"{day} {cashier}"], ["dunning", "all"], ["statement", "1-1-101"]):
        pdf = tmp_path / f"{args[0]}.pdf"
        assert _run(capsys, "print", *args, "--db", str(db), "-o", str(pdf))[0] == 0
        assert len(pypdf.PdfReader(io.BytesIO(pdf.read_bytes())).pages) >= 1
    assert number in pypdf.PdfReader(tmp_path / "receipt.pdf").pages[0].extract_text()
    xlsx = tmp_path / "day.xlsx"
    code, out, _ = _run(capsys, "export", "day-report", str(xlsx), "--db", str(db), "--day", day, "--cashier", cashier)
    assert code == 0 and openpyxl.load_workbook(xlsx)["收据明细"]["A2"].value == number
