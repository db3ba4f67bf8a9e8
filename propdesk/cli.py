"""The command line: the GUI launcher and the commands scripts and the task scheduler use.

Errors go to stderr in plain words with a non-zero exit code; never a traceback for a user
mistake (bugs are logged with their traceback in the data directory's log).
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from propdesk import __version__
from propdesk.core.author import Actor
from propdesk.core.errors import EnvironmentProblem, PropdeskError
from propdesk.core.logs import setup_logging
from propdesk.core.paths import log_dir

log = logging.getLogger("propdesk.cli")

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_PARTIAL = 3
EXIT_BUG = 70


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="propdesk", description="propdesk 物业服务中心前台系统")
    parser.add_argument("--version", action="version", version=f"propdesk {__version__}")
    parser.add_argument("--db", dest="gui_db", metavar="PATH", help="打开指定的数据文件")
    parser.add_argument("--demo", action="store_true", help="打开演示数据库（没有时自动生成）")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = sub.add_parser("demo", help="生成演示数据库")
    demo.add_argument("path", type=Path)
    demo.add_argument("--units", type=int, default=2000)
    demo.add_argument("--seed", type=int, default=7)

    template = sub.add_parser("template", help="下载导入模板")
    template.add_argument("what", choices=["units"])
    template.add_argument("out", type=Path)

    imp = sub.add_parser("import", help="从 Excel 导入房屋和业主")
    imp.add_argument("what", choices=["units"])
    imp.add_argument("file", type=Path)
    imp.add_argument("--db", type=Path, required=True)

    exp = sub.add_parser("export", help="导出房屋和业主（units）或收款日报表（day-report）到 Excel")
    exp.add_argument("what", choices=["units", "day-report"])
    exp.add_argument("out", type=Path)
    exp.add_argument("--db", type=Path, required=True)
    exp.add_argument("--building", default="")
    exp.add_argument("--day", default="", help="日报表的日期，如 2026-11-26（默认今天）")
    exp.add_argument("--cashier", default="", help="日报表的收款人（默认当前用户）")

    arc = sub.add_parser("archive", help="一户一档：一户的全部档案合成一个 PDF（带书签）")
    arc.add_argument("unit", help="房号，如 3-2-1502")
    arc.add_argument("--db", type=Path, required=True)
    arc.add_argument("-o", "--out", type=Path, required=True)

    rep = sub.add_parser("report", help="生成报表：monthly（月度报表工作簿，给总部）")
    rep.add_argument("what", choices=["monthly"])
    rep.add_argument("month", help="月份，如 2026-11")
    rep.add_argument("--db", type=Path, required=True)
    rep.add_argument("-o", "--out", type=Path, required=True)

    bills = sub.add_parser("bills", help="生成月度账单（同一户、同一项目、同一月份不会重复生成）")
    bills.add_argument("start", help="开始月份，如 2026-11")
    bills.add_argument("end", nargs="?", default="", help="结束月份（默认与开始相同）")
    bills.add_argument("--db", type=Path, required=True)
    bills.add_argument("--building", default="")

    prt = sub.add_parser("print", help="打印表单为 PDF")
    prt.add_argument("kind", nargs="?")
    prt.add_argument("key", nargs="?", default="")
    prt.add_argument("--db", type=Path)
    prt.add_argument("-o", "--out", type=Path)
    prt.add_argument("--list", action="store_true", help="列出所有可打印的表单")

    bak = sub.add_parser("backup", help="备份数据文件（校验后才算数）")
    bak.add_argument("--db", type=Path, required=True)
    bak.add_argument("--to", type=Path, help="备份到这个文件夹（如 U 盘）；不填则用自动备份文件夹")

    res = sub.add_parser("restore", help="从备份恢复（先保留一份恢复前的副本）")
    res.add_argument("file", type=Path)
    res.add_argument("--db", type=Path, required=True)

    check = sub.add_parser("check", help="检查数据文件是否完好")
    check.add_argument("--db", type=Path, required=True)
    maintain = sub.add_parser("maintain", help="整理数据库（ANALYZE + VACUUM），报告文件大小")
    maintain.add_argument("--db", type=Path, required=True)
    maintain.add_argument("--size-only", action="store_true", help="只报告文件大小，不整理")

    bench = sub.add_parser("bench", help="性能测试")
    bench.add_argument("--size", choices=["small", "large"], default="small")
    bench.add_argument("--json", action="store_true")
    bench.add_argument("--only", default="", help="只跑名字包含此文字的场景")
    bench.add_argument(
        "--growth", action="store_true", help="1,000 / 10,000 / 30,000 户下的关键场景：查找应持平，批量应线性"
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    with contextlib.suppress(OSError):  # a read-only profile must not stop the command itself
        setup_logging(log_dir())
    try:
        return _dispatch(args)
    except EnvironmentProblem as problem:
        _error(problem.message + (f"\n建议：{problem.advice}" if problem.advice else ""))
        return EXIT_ERROR
    except PropdeskError as problem:
        _error(problem.message)
        return EXIT_ERROR
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # a bug: keep the traceback in the log, tell the user where
        from propdesk.services.errors import explain

        known = explain(exc)
        if known is not None:
            _error(known.message)
            return EXIT_ERROR
        log.exception("unexpected error in %s", args.command)
        _error(f"程序内部错误：{type(exc).__name__}: {exc}\n详情已写入日志：{log_dir() / 'propdesk.log'}")
        return EXIT_BUG


def _error(message: str) -> None:
    print(f"propdesk: 错误：{message}", file=sys.stderr)


def _dispatch(args: argparse.Namespace) -> int:
    command = args.command
    if command is None:
        from propdesk.qt.app import run_gui

        return run_gui(db_path=Path(args.gui_db) if args.gui_db else None, demo=args.demo)
    if command == "demo":
        return _demo(args.path, args.units, args.seed)
    if command == "template":
        from propdesk.reports.ledger_xlsx import write_template

        write_template(args.out)
        print(f"已生成导入模板：{args.out}")
        return EXIT_OK
    if command == "import":
        return _import(args.file, args.db)
    if command == "export" and args.what == "day-report":
        return _export_day_report(args.out, args.db, args.day, args.cashier)
    if command == "export":
        return _export(args.out, args.db, args.building)
    if command == "print":
        return _print(args)
    if command == "report":
        return _monthly_report(args.db, args.month, args.out)
    if command == "archive":
        return _archive(args.db, args.unit, args.out)
    if command == "bills":
        return _bills(args.db, args.start, args.end or args.start, args.building)
    if command == "check":
        return _check(args.db)
    if command == "maintain":
        return _maintain(args.db, args.size_only)
    if command == "backup":
        return _backup(args.db, args.to)
    if command == "restore":
        return _restore(args.file, args.db)
    if command == "bench":
        from propdesk.bench import run_bench

        if args.growth:
            from propdesk.bench.growth import run_growth

            return run_growth(as_json=args.json)
        return run_bench(args.size, as_json=args.json, only=args.only)
    raise AssertionError(command)


def _demo(path: Path, units: int, seed: int) -> int:
    from propdesk.services.demo import generate_demo
    from propdesk.store.connection import open_database

    if path.exists():
        raise PropdeskError(f"{path} 已存在；演示数据只生成到新文件")
    if not 1 <= units <= 100_000:
        raise PropdeskError("--units 应在 1 到 100000 之间")
    with open_database(path) as db:
        counts = generate_demo(db, Actor.from_os(), units=units, seed=seed)
    print(
        f"已生成演示数据库 {path}：{counts['buildings']} 栋楼，{counts['units']} 户，{counts['owners']} 位业主，"
        f"{counts['residents']} 位住户，{counts['vehicles']} 辆车"
    )
    return EXIT_OK


def _import(file: Path, db_path: Path) -> int:
    from propdesk.reports.ledger_xlsx import read_ledger
    from propdesk.services.ledger_import import import_ledger, summarize
    from propdesk.store.connection import open_database

    rows, read_problems = read_ledger(file)
    with open_database(db_path) as db:
        result, _ = import_ledger(db, Actor.from_os(), rows)
    for problem in read_problems + (result.warnings or []):
        print(f"{problem} (warning)")
    for problem in result.rejected or []:
        print(problem)
    print(summarize(result), file=sys.stderr)
    return EXIT_PARTIAL if result.rejected else EXIT_OK


def _export(out: Path, db_path: Path, building: str) -> int:
    from propdesk.reports.ledger_xlsx import write_ledger
    from propdesk.services.ledger_export import ledger_rows
    from propdesk.store.connection import open_database

    with open_database(db_path, exclusive=False, create=False) as db:
        from propdesk.core.registry import UnitFilter

        rows = ledger_rows(db, Actor.from_os(), UnitFilter(building=building))
    write_ledger(out, rows)
    print(f"已导出 {len(rows)} 户到 {out}")
    return EXIT_OK


def _export_day_report(out: Path, db_path: Path, day: str, cashier: str) -> int:
    import datetime as dt

    from propdesk.reports.day_report_xlsx import write_day_report
    from propdesk.services import community, day_close
    from propdesk.store.connection import open_database

    with open_database(db_path, exclusive=False, create=False) as db:
        report = day_close.day_report(db, cashier or Actor.from_os().name, day or dt.date.today().isoformat())
        office = community.get_community(db).office_title
    write_day_report(out, report, office)
    print(f"已导出 {report.cashier} {report.day} 收款日报表（{len(report.receipts)} 张收据）到 {out}")
    return EXIT_OK


def _archive(db_path: Path, unit: str, out: Path) -> int:
    from propdesk.documents.catalog import make
    from propdesk.store.connection import open_database

    with open_database(db_path, exclusive=False, create=False) as db:
        job = make(db, Actor.from_os(), "archive", unit)
    out.write_bytes(job.pdf)
    print(f"已生成 {job.title}：{out}")
    return EXIT_OK


def _monthly_report(db_path: Path, month: str, out: Path) -> int:
    from propdesk.reports.monthly_xlsx import write_monthly
    from propdesk.services.monthly_report import monthly_report
    from propdesk.store.connection import open_database

    with open_database(db_path, exclusive=False, create=False) as db:
        report = monthly_report(db, month)
    write_monthly(out, report)
    print(f"已生成 {report.month} 月度报表（{len(report.sheets)} 张表）：{out}")
    return EXIT_OK


def _bills(db_path: Path, start: str, end: str, building: str) -> int:
    from propdesk.core.billing import Period
    from propdesk.services import fees
    from propdesk.store.connection import open_database

    with open_database(db_path, create=False) as db:
        run, _ = fees.generate_bills(db, Actor.from_os(), Period.parse(start), Period.parse(end), building)
    print(f"新生成账单 {run.created} 条（{run.units} 户，{run.periods} 个月）；已有 {run.already_billed} 条未重复生成")
    return EXIT_OK


def _print(args: argparse.Namespace) -> int:
    from propdesk.documents.catalog import KINDS, make

    if args.list:
        for kind in KINDS.values():
            print(f"{kind.kind}\t{kind.title}\tKEY：{kind.key_help}")
        return EXIT_OK
    if not args.kind or args.db is None or args.out is None:
        _error("用法：propdesk print KIND KEY --db PATH -o OUT.pdf（propdesk print --list 列出 KIND）")
        return EXIT_USAGE
    from propdesk.services.printing import record_printed
    from propdesk.store.connection import open_database

    actor = Actor.from_os()
    with open_database(args.db, exclusive=False, create=False) as db:
        job = make(db, actor, args.kind, args.key)
        record_printed(db, actor, job.kind, job.key, job.title, job.unit_id, job.pdf)
    args.out.write_bytes(job.pdf)
    print(f"已生成 {job.title}：{args.out}")
    return EXIT_OK


def _backup(db_path: Path, folder: Path | None) -> int:
    from propdesk.services.backups import make_backup
    from propdesk.store.connection import open_database

    # Not exclusive: the task scheduler backs up while the desk is open (the backup API is safe for that).
    with open_database(db_path, exclusive=False, create=False) as db:
        result = make_backup(db, Actor.from_os(), folder)
    print(f"已备份并校验：{result.path}（{result.size_bytes / 1_048_576:.1f} MB，{result.seconds:.1f} 秒）")
    for path in result.removed:
        print(f"按保留规则删除旧备份：{path.name}")
    return EXIT_OK


def _restore(source: Path, db_path: Path) -> int:
    from propdesk.services.backups import restore
    from propdesk.store.connection import open_database

    with open_database(db_path, create=False) as db:
        safety = restore(db, Actor.from_os(), source)
    print(f"已从 {source} 恢复。恢复前的数据保存在：{safety}")
    return EXIT_OK


def _check(db_path: Path) -> int:
    from propdesk.services.maintenance import check_database
    from propdesk.store.connection import open_database

    with open_database(db_path, exclusive=False, create=False) as db:
        report = check_database(db)
    counts = "，".join(f"{k} {v}" for k, v in report.counts.items())
    if report.healthy:
        print(f"数据文件完好：{db_path}（{counts}）")
        return EXIT_OK
    for problem in report.problems:
        print(problem, file=sys.stderr)
    _error(f"数据文件有 {len(report.problems)} 处损坏，请从备份恢复")
    return EXIT_ERROR


def _maintain(db_path: Path, size_only: bool) -> int:
    from propdesk.services import maintenance
    from propdesk.store.connection import open_database

    with open_database(db_path, create=False) as db:
        if size_only:
            found = maintenance.size(db)
            print(f"{db_path}：{found.megabytes:.1f} MB，其中未用空间 {found.free_bytes / 1024 / 1024:.1f} MB")
            return EXIT_OK
        result = maintenance.optimize(db, Actor.from_os())
    print(f"已整理 {db_path}：{result.before.megabytes:.1f} MB → {result.after.megabytes:.1f} MB，"
          f"用时 {result.seconds:.1f} 秒")  # fmt: skip
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
