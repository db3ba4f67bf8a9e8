"""The layering rules of ARCHITECTURE.md, checked mechanically."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_import_contracts_hold() -> None:
    script = Path(sys.executable).parent / ("lint-imports.exe" if sys.platform == "win32" else "lint-imports")
    result = subprocess.run([str(script), "--no-cache"], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
    assert "Contracts: 3 kept, 0 broken." in result.stdout


def test_gui_modules_run_no_sql() -> None:
    offenders = [
        str(path.relative_to(ROOT))
        for path in (ROOT / "propdesk").rglob("*.py")
        if path.parent.name != "store"
        and not path.is_relative_to(ROOT / "propdesk" / "store")
        and any(
            word in path.read_text(encoding="utf-8")
            for word in ("SELECT ", "INSERT INTO", "UPDATE units", "DELETE FROM")
        )
        and not path.is_relative_to(ROOT / "propdesk" / "bench")  # the benchmark times raw SQL on purpose
    ]
    assert offenders == []
