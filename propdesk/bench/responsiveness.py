"""Is the window responsive while long jobs run, and how much memory does the desk hold? A probe process
(``propdesk.qt.heartbeat_probe``) opens the real window on a copy of the dataset, visits every area, then
runs the long jobs the way the screens start them while a 10 ms timer on the GUI thread notes every late
tick; the worst stall per job is the figure (≤ 100 ms), and the memory after visiting every area (≤ 300 MB)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from propdesk.bench import Result
from propdesk.bench.move_in import _copy

JOBS = {"bills": "生成一个月账单", "import": "从 Excel 导入 3,000 户", "monthly_report": "生成月度报表",
        "archive_batch": "批量生成一户一档（20 秒后取消）", "backup": "备份"}  # fmt: skip
# what the shipped app runs from: compiled bytecode (PYTHONDONTWRITEBYTECODE would make each first import
# compile its sources on the worker, a C call that holds the GIL and is measured as a stall the app never has)
COMPILED = ["propdesk", "reportlab", "pypdf", "openpyxl", "PIL", "et_xmlfile", "sqlite_utils", "pypinyin", "cn2an"]


def _compile_libraries() -> None:
    import compileall
    import importlib

    for name in COMPILED:
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        if module.__file__:
            compileall.compile_dir(str(Path(module.__file__).parent), quiet=1)


def responsiveness(path: Path, workdir: Path) -> list[Result]:
    _compile_libraries()
    copy = _copy(path, workdir / "heartbeat.sqlite3")
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    out = subprocess.run([sys.executable, "-m", "propdesk.qt.heartbeat_probe", str(copy), str(workdir)],
                         capture_output=True, text=True, env=env, timeout=1800)  # fmt: skip
    lines = [line for line in out.stdout.splitlines() if line.startswith("{")]
    if out.returncode != 0 or not lines:
        raise RuntimeError(f"heartbeat probe failed: {out.stderr[-2000:]}")
    found = json.loads(lines[-1])
    results = [
        Result(f"界面不卡：{title}时 GUI 最长停顿（用时 {found[key]['seconds']:.1f} s）", found[key]["worst_stall_ms"],
               None, "≤ 100 ms", found[key]["worst_stall_ms"] <= 100)
        for key, title in JOBS.items()
    ]  # fmt: skip
    areas, peak = found["areas_peak_mb"], found["peak_mb"]
    results.append(Result(f"内存：打开大库、访问每个区域后（全部任务后峰值 {peak:.0f} MB）", areas, None, "≤ 300 MB",
                          areas <= 300, "单位为 MB"))  # fmt: skip
    return results
