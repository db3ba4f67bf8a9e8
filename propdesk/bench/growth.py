"""How cost grows with the community: the key scenarios at 1,000, 10,000 and 30,000 units (each dataset made by
the demo generator with ten years of history). Looking things up — search, a unit's page, the unit list's first
page, the counter — must stay flat (page-bounded: 30,000 units within 2× of 1,000); the batch jobs — a month's
bills, the arrears over every unit — grow with the units, linearly (the time per unit within 2× either way)."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

from propdesk.bench import Result

SIZES = {"1k": 1_000, "large": 10_000, "30k": 30_000}
FLAT_FACTOR = 2.0  # at 30× the units, a page-bounded scenario may take at most this many times as long


def _scenarios() -> list[tuple[str, str, Callable[[Path, Path], Result]]]:
    from propdesk import bench

    def counter(path: Path, workdir: Path) -> Result:
        return bench._counter(path, workdir)[0]

    return [
        ("flat", "边输入边搜索（每次按键）", lambda path, _w: bench._search(path)),
        ("flat", "打开一户一页", lambda path, _w: bench._unit_page(path)),
        ("flat", "房屋列表第一页", lambda path, _w: bench._unit_list(path)),
        ("flat", "柜台：打开一户十年账务", counter),
        ("linear", "生成一个月账单", bench._bills),
        ("linear", "欠费账龄：全部房屋", lambda path, _w: bench._arrears(path)),
    ]


def run_growth(as_json: bool = False) -> int:
    import json

    from propdesk import bench

    found: dict[str, dict[str, float]] = {}
    for size in SIZES:
        path = bench.dataset(size)
        with tempfile.TemporaryDirectory(prefix="propdesk-growth-") as tmp:
            for _kind, name, run in _scenarios():
                found.setdefault(name, {})[size] = run(path, Path(tmp)).median_ms
    rows, passed = [], True
    first, last = SIZES["1k"], SIZES["30k"]
    for kind, name, _run in _scenarios():
        times = found[name]
        growth = times["30k"] / times["1k"] if times["1k"] else float("inf")
        if kind == "flat":
            ok = growth <= FLAT_FACTOR
            verdict = f"30k/1k = {growth:.2f}×（平，≤ {FLAT_FACTOR:.0f}×）"
        else:
            per_unit = growth / (last / first)
            ok = 1 / FLAT_FACTOR <= per_unit <= FLAT_FACTOR
            verdict = f"每户用时 30k/1k = {per_unit:.2f}×（线性，0.5–2×）"
        passed = passed and ok
        rows.append({"scenario": name, "kind": kind, **{k: round(v, 2) for k, v in times.items()}, "verdict": verdict,
                     "passed": ok})  # fmt: skip
    if as_json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
    else:
        print("propdesk bench --growth（1,000 / 10,000 / 30,000 户，十年数据；单位 ms）")
        print(f"{'场景':<24}{'1k':>10}{'10k':>10}{'30k':>10}  判断")
        for r in rows:
            print(f"{r['scenario']:<24}{r['1k']:>10.2f}{r['large']:>10.2f}{r['30k']:>10.2f}  {r['verdict']}"
                  f"  {'达标' if r['passed'] else '未达标'}")  # fmt: skip
    return 0 if passed else 1
