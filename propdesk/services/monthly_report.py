"""The month's report for head office, as sheets of computed figures: 收费汇总 (per building and fee item:
应收, the month's own bills collected, arrears recovered, paid ahead, 收缴率; refunds; the community
total, which equals the month's valid receipts), 欠费明细, 收款日报汇总, 报修统计, 投诉统计, 装修台账,
入伙进度, 遗留工程台账, 钥匙台账, 走访月报, 抽查 and 社区活动. Every figure comes from integer 分 and the same services the
screens use."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable

from propdesk.core.billing import AGING_BUCKETS
from propdesk.core.monthly_report import Cell, Column, Kind, MonthlyReport, Sheet, month_bounds, ratio

__all__ = ["charts", "month_bounds", "monthly_report"]
from propdesk.core.progress import Progress
from propdesk.core.spot_checks import Kind as SampleKind
from propdesk.services import (
    activities,
    community,
    day_close,
    inspections,
    keys,
    payments,
    renovations,
    spot_checks,
    visits,
)
from propdesk.store import monthly_figures as store
from propdesk.store.connection import Database


def _fees(db: Database, month: str, start: str, end: str) -> Sheet:
    billed = {(r["building"], r["item"]): r["amount_fen"] for r in store.receivable(db, month, start, end)}
    taken = {(r["building"], r["item"]): r for r in store.collected(db, month, start, end)}
    keys_in_order = list(dict.fromkeys([*billed, *taken]))
    rows: list[list[Cell]] = []
    totals: defaultdict[str, int] = defaultdict(int)
    for building, item in keys_in_order:
        got = taken.get((building, item), {"current_fen": 0, "arrears_fen": 0, "advance_fen": 0})
        due = billed.get((building, item), 0)
        values = (due, got["current_fen"], got["arrears_fen"], got["advance_fen"])
        for key, value in zip(("due", "current", "arrears", "advance"), values, strict=True):
            totals[key] += value
        rows.append([building, item, *values, sum(values[1:]), ratio(values[1], due)])
    refunded = store.refunds(db, start, end)
    refund_fen = sum(r["amount_fen"] for r in refunded)
    collected = totals["current"] + totals["arrears"] + totals["advance"]
    return Sheet(
        "收费汇总", f"收费汇总 {month}",
        [Column("楼栋", width=8), Column("收费项目", width=16), Column("应收", Kind.MONEY, 14),
         Column("本期实收", Kind.MONEY, 14), Column("往期欠费收回", Kind.MONEY, 14), Column("预收", Kind.MONEY, 14),
         Column("收款合计", Kind.MONEY, 14), Column("收缴率", Kind.RATIO, 10)],
        rows,
        ["全小区", "合计", totals["due"], totals["current"], totals["arrears"], totals["advance"], collected,
         ratio(totals["current"], totals["due"])],
        [f"收款合计 = 本月有效收据合计 {collected / 100:,.2f} 元；本月退款 {refund_fen / 100:,.2f} 元"
         f"（{sum(r['refunds'] for r in refunded)} 笔），净收款 {(collected - refund_fen) / 100:,.2f} 元。",
         "应收：本月账期的账单和本月到期的一次性收费；本期实收：本月收到的本月账单款；往期欠费收回：本月收到的以前账单款；"
         "预收：本月收到的以后账单款和预存款；收缴率 = 本期实收 ÷ 应收。"],
    )  # fmt: skip


def _arrears(db: Database, last_day: dt.date) -> Sheet:
    day = last_day + dt.timedelta(days=1)
    found = payments.arrears(db, day)
    owed = {n.unit_id: n for n in payments.dunning_notices(db, day)}  # the items and periods, as on a 催缴通知书

    def items(unit_id: int) -> tuple[str, str]:
        notice = owed.get(unit_id)
        lines = notice.lines if notice else ()
        return "、".join(line.item for line in lines), "；".join(
            f"{line.item} {line.periods}" for line in lines if line.periods
        )

    rows: list[list[Cell]] = [[a.unit_code, a.owner_names, *items(a.unit_id), a.bills, a.oldest_due, *a.buckets,
                               a.total_fen] for a in found]  # fmt: skip
    bucket_totals = [sum(a.buckets[i] for a in found) for i in range(len(AGING_BUCKETS))]
    return Sheet(
        "欠费明细", f"欠费明细（截至 {last_day}）",
        [Column("房号", width=12), Column("业主", width=16), Column("欠费项目", width=18), Column("欠费期间", width=30),
         Column("欠费笔数", Kind.COUNT, 8), Column("最早应缴日", width=12), *(Column(b, Kind.MONEY, 13) for b in AGING_BUCKETS),
         Column("欠费合计", Kind.MONEY, 14)],
        rows, ["合计", f"{len(found)} 户", "", "", sum(a.bills for a in found), "", *bucket_totals, sum(bucket_totals)],
    )  # fmt: skip


def _cash_days(db: Database, start: str, end: str) -> Sheet:
    rows: list[list[Cell]] = []
    totals: defaultdict[int, int] = defaultdict(int)
    counts = [0, 0]
    methods: list[str] = []
    for day, cashier in store.cashier_days(db, start, end):
        report = day_close.day_report(db, cashier, day)
        by_method = report.by_method()
        methods = methods or list(by_method)
        span = report.number_range
        values = [report.total_fen, *by_method.values(), report.refund_fen, report.total_fen - report.refund_fen]
        for index, value in enumerate(values):
            totals[index] += value
        counts[0] += len(report.valid)
        counts[1] += len(report.voids)
        rows.append([day, cashier, f"{span[0]}–{span[1]}" if span else "", len(report.valid), len(report.voids),
                     *values, "已日结" if report.closed else "未日结"])  # fmt: skip
    columns = [Column("日期", width=12), Column("收款人", width=10), Column("收据号段", width=24),
               Column("有效张数", Kind.COUNT, 8), Column("作废张数", Kind.COUNT, 8), Column("收款合计", Kind.MONEY, 14),
               *(Column(m, Kind.MONEY, 12) for m in methods), Column("退款", Kind.MONEY, 12),
               Column("净收款", Kind.MONEY, 14), Column("日结", width=8)]  # fmt: skip
    total_row: list[Cell] = ["合计", "", "", counts[0], counts[1],
                 *(totals[i] for i in range(len(methods) + 3)), ""]  # fmt: skip
    return Sheet("收款日报汇总", "收款日报汇总", columns, rows, total_row if rows else None)


def _repairs(db: Database, start: str, end: str) -> Sheet:
    found = store.work_orders_by_category(db, start, end)
    rows = [[r["category"], r["total"], r["done"], r["closed"], ratio(r["on_time"], r["done"]), r["hours"],
             ratio(r["called_back"], r["done"]), r["satisfied"], r["fairly"], r["dissatisfied"],
             ratio(r["satisfied"] + r["fairly"], r["called_back"])] for r in found]  # fmt: skip

    def total(key: str) -> int:
        return sum(r[key] or 0 for r in found)

    hours = [r["hours"] for r in found if r["hours"] is not None]
    states = "，".join(f"{s} {n}" for s, n in store.work_orders_by_state(db, start, end))
    return Sheet(
        "报修统计", "报修统计",
        [Column("类别", width=10), Column("报修", Kind.COUNT, 8), Column("完工", Kind.COUNT, 8),
         Column("已关闭", Kind.COUNT, 8), Column("按时完工率", Kind.RATIO, 11), Column("平均完工小时", Kind.HOURS, 12),
         Column("回访率", Kind.RATIO, 9), Column("满意", Kind.COUNT, 7), Column("基本满意", Kind.COUNT, 9),
         Column("不满意", Kind.COUNT, 8), Column("满意率", Kind.RATIO, 9)],
        rows,
        ["合计", total("total"), total("done"), total("closed"), ratio(total("on_time"), total("done")),
         sum(hours) / len(hours) if hours else None, ratio(total("called_back"), total("done")), total("satisfied"),
         total("fairly"), total("dissatisfied"), ratio(total("satisfied") + total("fairly"), total("called_back"))],
        [f"按状态：{states or '本月没有报修'}", "按时完工：完工时间不晚于处理时限；满意率 = （满意 + 基本满意）÷ 已回访。"],
    )  # fmt: skip


def _complaints(db: Database, start: str, end: str) -> Sheet:
    found = store.complaints_by_category(db, start, end)
    rows = [[r["category"], r["total"], r["group_risk"], ratio(r["responded_on_time"], r["total"]), r["resolved"],
             ratio(r["resolved_on_time"], r["resolved"]), ratio(r["called_back"], r["resolved"]), r["satisfied"],
             r["fairly"], r["dissatisfied"]] for r in found]  # fmt: skip

    def total(key: str) -> int:
        return sum(r[key] or 0 for r in found)

    return Sheet(
        "投诉统计", "投诉统计",
        [Column("类别", width=10), Column("投诉", Kind.COUNT, 8), Column("群诉风险", Kind.COUNT, 9),
         Column("按时响应率", Kind.RATIO, 11), Column("已办结", Kind.COUNT, 8), Column("按时办结率", Kind.RATIO, 11),
         Column("回访率", Kind.RATIO, 9), Column("满意", Kind.COUNT, 7), Column("基本满意", Kind.COUNT, 9),
         Column("不满意", Kind.COUNT, 8)],
        rows,
        ["合计", total("total"), total("group_risk"), ratio(total("responded_on_time"), total("total")),
         total("resolved"), ratio(total("resolved_on_time"), total("resolved")),
         ratio(total("called_back"), total("resolved")), total("satisfied"), total("fairly"), total("dissatisfied")],
    )  # fmt: skip


def _renovations(db: Database, last_day: dt.date) -> Sheet:
    found = renovations.ledger_as_of(db, last_day)  # as the ledger stood at the month's end
    rows: list[list[Cell]] = [[r.unit_code, r.owner_names, state, r.permit_number or "", r.planned_start,
                               r.planned_end, r.contractor, f"{r.foreman} {r.foreman_phone}", r.applied_at[:10],
                               r.owed_fen] for r, state in found]  # fmt: skip
    return Sheet("装修台账", "装修台账（本月末以前申请的装修，状态为月末时）",
                 [Column("房号", width=12), Column("业主", width=14), Column("状态", width=9), Column("许可证号", width=12),
                  Column("开工", width=11), Column("完工", width=11), Column("施工单位", width=24),
                  Column("负责人", width=18), Column("申请日期", width=11), Column("未缴费用（现在）", Kind.MONEY, 14)],
                 rows)  # fmt: skip


def _move_ins(db: Database, start: str, end: str) -> Sheet:
    figures = store.move_ins(db, start, end)
    by_state = store.units_by_state(db)
    rows: list[list[Cell]] = [[state, count] for state, count in by_state]
    return Sheet("入伙进度", "入伙进度", [Column("房屋状态（现在）", width=16), Column("户数", Kind.COUNT, 10)], rows,
                 ["合计", sum(count for _, count in by_state)],
                 [f"本月办结入伙 {figures['finished']} 户；到月末累计办结 {figures['done_by_end']} 户，"
                  f"月末仍在办理中 {figures['unfinished']} 户。"])  # fmt: skip


def _defects(db: Database, last_day: dt.date) -> Sheet:
    day = last_day.isoformat()
    found = [d.as_of(day) for d in inspections.ledger(db, offset=0, limit=100_000)[0] if d.found_on <= day]
    rows: list[list[Cell]] = [[d.unit_code, d.location, d.description, d.state.value, d.found_on, d.deadline or "",
                               d.closed_on or ""] for d in found]  # fmt: skip
    return Sheet("遗留工程台账", "遗留工程台账（本月末以前发现的问题，状态为月末时）",
                 [Column("房号", width=12), Column("部位", width=12), Column("问题", width=36), Column("状态", width=9),
                  Column("发现日期", width=11), Column("整改期限", width=11), Column("销项日期", width=11)], rows)  # fmt: skip


def _keys(db: Database, at: dt.datetime) -> Sheet:
    rows: list[list[Cell]] = [[k.number, k.unit_code, k.contents, k.as_of(at).state(at), k.deposited_on, k.location]
                              for k in keys.ledger(db) if k.deposited_on <= at.date().isoformat()]  # fmt: skip
    return Sheet("钥匙台账", "钥匙托管台账（本月末以前托管的钥匙，状态为月末时）",
                 [Column("编号", width=9), Column("房号", width=12), Column("钥匙", width=20), Column("状态", width=10),
                  Column("托管日期", width=11), Column("存放位置", width=14)], rows)  # fmt: skip


def _visits(db: Database, month: str) -> Sheet:
    r = visits.report(db, month)
    target = -(-r.occupied * r.ratio_percent // 100)
    rows = [[b, planned, done, ratio(done, planned)] for b, planned, done in r.by_building]
    return Sheet("走访月报", "走访月报",
                 [Column("楼栋", width=10), Column("计划", Kind.COUNT, 9), Column("已走访", Kind.COUNT, 9),
                  Column("完成率", Kind.RATIO, 9)],
                 rows, ["合计", r.planned, r.visited_planned, ratio(r.visited_planned, r.planned)],
                 [f"在住 {r.occupied} 户，目标 {r.ratio_percent}%（{target} 户）；本月实际走访 {r.visited_total} 户，"
                  f"走访比例 {r.ratio:.1%}{'，达标' if r.visited_total >= target else '，未达标'}。",
                  f"反映问题 {r.issues_raised} 项，已反馈 {r.issues_fed_back} 项。"])  # fmt: skip


def _spot_checks(db: Database, month: str) -> Sheet:
    sample = spot_checks.get(db, month)
    columns = [Column("类别", width=10), Column("记录", width=32), Column("抽查方式", width=13), Column("资料", width=7),
               Column("结果", width=8), Column("发现的问题", width=30), Column("跟进人", width=10),
               Column("跟进状态", width=10), Column("检查人", width=10), Column("检查日期", width=11)]  # fmt: skip
    if sample is None:
        return Sheet("抽查", "抽查记录", columns, [], None, ["本月尚未抽取抽查样本（月底之后在主管工作台抽取）。"])
    follow_ups = {f.id: f for f in spot_checks.follow_ups(db, ids=[i.follow_up_id for i in sample.items])}
    rows: list[list[Cell]] = []
    for i in sample.items:
        follow = follow_ups.get(i.follow_up_id or 0)
        complete = "" if i.archive_complete is None else ("齐全" if i.archive_complete else "不全")
        rows.append([i.kind, i.label, i.method, complete, i.result or "未检查", i.problem,
                     follow.assignee if follow else "", follow.state if follow else "", i.checked_by or "",
                     (i.checked_at or "")[:10]])  # fmt: skip
    notes = [f"抽查比例 {sample.ratio_percent}%，{sample.drawn_by} 于 {sample.drawn_at[:16]} 抽取（随机种子 {sample.seed}，"
             f"{'重抽结果一致' if spot_checks.reproduces(sample) else '重抽结果不一致'}）。"]  # fmt: skip
    for kind in SampleKind:
        population, sampled, checked, failed = sample.counts(kind.value)
        notes.append(
            f"{kind.value}：当月 {population} 条，抽取 {sampled} 条，已检查 {checked} 条，不合格 {failed} 条。"
        )
    return Sheet("抽查", "抽查记录", columns, rows, None, notes)


def _activities(db: Database, month: str) -> Sheet:
    found = activities.of_month(db, month)
    rows: list[list[Cell]] = [[a.number, a.starts_at, a.title, a.place, a.organiser, a.budget_fen, a.spent_fen,
                               a.households, a.people, a.attended if a.state == "已举办" else None, a.state, a.summary]
                              for a in found]  # fmt: skip
    held = [a for a in found if a.state == "已举办"]
    return Sheet("社区活动", "社区文化活动",
                 [Column("编号", width=9), Column("时间", width=17), Column("活动", width=20), Column("地点", width=16),
                  Column("组织人", width=9), Column("预算", Kind.MONEY, 11), Column("实际花费", Kind.MONEY, 11),
                  Column("报名户数", Kind.COUNT, 9), Column("报名人数", Kind.COUNT, 9), Column("到场户数", Kind.COUNT, 9),
                  Column("状态", width=11), Column("小结", width=40)], rows,
                 ["合计", "", f"{len(found)} 项", "", "", sum(a.budget_fen for a in found),
                  sum(a.spent_fen or 0 for a in held), sum(a.households for a in found), sum(a.people for a in found),
                  sum(a.attended for a in held), f"已举办 {len(held)} 项", ""] if found else None)  # fmt: skip


def monthly_report(db: Database, month: str, progress: Progress | None = None) -> MonthlyReport:
    start, end, last_day = month_bounds(month)
    wanted = start[:7]
    month_end = min(dt.datetime.now(), dt.datetime.combine(last_day, dt.time(23, 59)))  # keys out at month end
    steps: list[Callable[[], Sheet]] = [
        lambda: _fees(db, wanted, start, end), lambda: _arrears(db, last_day), lambda: _cash_days(db, start, end),
        lambda: _repairs(db, start, end), lambda: _complaints(db, start, end), lambda: _renovations(db, last_day),
        lambda: _move_ins(db, start, end), lambda: _defects(db, last_day), lambda: _keys(db, month_end),
        lambda: _visits(db, wanted), lambda: _spot_checks(db, wanted), lambda: _activities(db, wanted),
    ]  # fmt: skip
    sheets = []
    for index, make in enumerate(steps):
        if progress is not None:
            progress.step(index, len(steps), f"正在统计 {index + 1}/{len(steps)}")
        sheets.append(make())
    return MonthlyReport(wanted, community.get_community(db).office_title, sheets)


def charts(db: Database, month: str) -> tuple[list[tuple[str, float | None]], list[tuple[str, int]]]:
    """For the report screen's charts: 收缴率 by building (the month's own bills collected ÷ billed) and the
    month's work orders by state."""
    start, end, _last = month_bounds(month)
    wanted = start[:7]
    billed: defaultdict[str, int] = defaultdict(int)
    for row in store.receivable(db, wanted, start, end):
        billed[row["building"]] += row["amount_fen"]
    current: defaultdict[str, int] = defaultdict(int)
    for row in store.collected(db, wanted, start, end):
        current[row["building"]] += row["current_fen"]
    rates = [(building, ratio(current[building], due)) for building, due in billed.items()]
    return rates, store.work_orders_by_state(db, start, end)
