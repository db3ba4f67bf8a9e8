"""The PyInstaller spec never rots: build it, run the frozen CLI, render a PDF with it."""

import io
import os
import subprocess
import sys
from pathlib import Path

import pypdf
import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_spec_builds_and_the_frozen_app_runs(tmp_path: Path) -> None:
    dist, work = tmp_path / "dist", tmp_path / "build"
    subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--distpath", str(dist), "--workpath", str(work),
         str(ROOT / "build.spec")],
        cwd=ROOT, check=True, capture_output=True, timeout=1500,
    )  # fmt: skip
    suffix = ".exe" if sys.platform == "win32" else ""
    assert (dist / "propdesk" / f"propdesk{suffix}").exists()
    exe = dist / "propdesk" / f"propdesk-cli{suffix}"
    env = dict(os.environ, PROPDESK_HOME=str(tmp_path / "home"))
    version = subprocess.run([str(exe), "--version"], capture_output=True, text=True, env=env, timeout=120)
    assert version.returncode == 0 and version.stdout.startswith("propdesk ")
    db = tmp_path / "frozen.sqlite3"
    made = subprocess.run([str(exe), "demo", str(db), "--units", "20"], capture_output=True, text=True, env=env,
                          timeout=300)  # fmt: skip
    assert made.returncode == 0, made.stderr
    from propdesk.store.connection import open_database

    with open_database(db, exclusive=False) as opened:  # a receipt the demo took
        number = str(opened.scalar("SELECT number FROM receipts WHERE voided_at IS NULL ORDER BY id LIMIT 1"))
    pdf = tmp_path / "receipt.pdf"
    printed = subprocess.run([str(exe), "print", "receipt", number, "--db", str(db), "-o", str(pdf)],
                             capture_output=True, text=True, env=env, timeout=300)  # fmt: skip
    assert printed.returncode == 0, printed.stderr
    text = pypdf.PdfReader(io.BytesIO(pdf.read_bytes())).pages[0].extract_text()
    assert "收款收据" in text and number in text
    # the Windows version resource the spec writes: valid, with the Chinese product name
    import ast

    info = (work / "build" / "version_info.txt").read_text(encoding="utf-8")
    ast.parse(info)
    assert "物业服务中心前台" in info
