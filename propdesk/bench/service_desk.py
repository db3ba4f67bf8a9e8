"""The service-desk scenarios of ``propdesk bench``, on a copy of the dataset with ten years of calls
(150,000 work orders with their steps, 20,000 complaints): a repair registered from the caller's phone, the today view,
the filtered work-order list's first page, and a unit's whole repair history."""

from __future__ import annotations

import datetime as dt
from functools import partial
from pathlib import Path

from propdesk.bench import Result, _median_ms
from propdesk.bench.move_in import ACTOR, _copy

ORDERS = 150_000
COMPLAINTS = 20_000


def _many_orders(path: Path, workdir: Path, wanted: int = ORDERS) -> Path:
    """Bulk rows as ten years would leave them: nearly all closed after their callback, the last weeks'
    still open in every state, three steps each."""
    import random
    import sqlite3

    from propdesk.core.work_orders import CATEGORIES

    copy = _copy(path, workdir / "orders.sqlite3")
    rng = random.Random(7)
    now = dt.datetime.now().replace(microsecond=0)
    conn = sqlite3.connect(copy)
    units = [r[0] for r in conn.execute("SELECT id FROM units WHERE state != '未交付'")]
    open_states = ["待派工", "已派工", "已接单", "处理中", "暂停", "待回访"]
    rows, steps = [], []
    start = int(conn.execute("SELECT coalesce(max(id), 0) FROM work_orders").fetchone()[0])
    for n in range(wanted):
        reported = now - dt.timedelta(minutes=int((wanted - n) * 10 * 365 * 24 * 60 / wanted))
        recent = n >= wanted - 600
        state = rng.choice(open_states) if recent else "已关闭"
        stamp = reported.isoformat(sep=" ")
        due = (reported + dt.timedelta(hours=24)).isoformat(sep=" ")
        unit_id = rng.choice(units)
        month = reported.year * 100 + reported.month
        rows.append((start + n + 1, f"BX{month:06d}{n:06d}", unit_id, "卫生间", "户内", "电话", "业主",
                     f"138{unit_id:08d}", rng.choice(CATEGORIES), "保修期外", "一般", "水龙头漏水", stamp, "bench", due,
                     state, "老刘", stamp, "满意" if state == "已关闭" else "", due if state == "已关闭" else None,
                     stamp))  # fmt: skip
        steps += [(start + n + 1, stamp, "登记", "bench", "待派工"), (start + n + 1, stamp, "派工", "bench", "已派工"),
                  (start + n + 1, due, "回访", "bench", state)]  # fmt: skip
    with conn:
        conn.executemany(
            "INSERT INTO work_orders (id, number, unit_id, location, area, channel, caller, phone, category, warranty,"
            " urgency, description, reported_at, reported_by, due_at, state, technician, dispatched_at, satisfaction,"
            " callback_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
        conn.executemany(
            "INSERT INTO work_order_events (order_id, at, action, author, state) VALUES (?, ?, ?, ?, ?)", steps
        )
        conn.executemany(
            "INSERT INTO complaints (number, unit_id, received_at, received_by, channel, complainant, description,"
            " category, level, handler, respond_due, resolve_due, state, callback_at, updated_at)"
            " VALUES (?, ?, ?, 'bench', '电话', '业主', '装修噪声', '装修扰民', '一般', '王小丽', ?, ?, ?, ?, ?)",
            [(f"BT{n:08d}", rng.choice(units), at, at, at, "已办结" if n < COMPLAINTS - 40 else rng.choice(
                ["待处理", "处理中", "待回访"]), at if n < COMPLAINTS - 40 else None, at)
             for n in range(COMPLAINTS)
             for at in [(now - dt.timedelta(minutes=(COMPLAINTS - n) * 260)).isoformat(sep=" ")]],
        )  # fmt: skip
        conn.execute("ANALYZE")
    conn.close()
    return copy


def _months_before(day: dt.date, count: int) -> list[str]:
    """The ``count`` months before ``day``'s, newest first."""
    index = day.year * 12 + day.month - 1
    return [f"{(index - back) // 12:04d}-{(index - back) % 12 + 1:02d}" for back in range(1, count + 1)]


def service_desk(path: Path, workdir: Path) -> list[Result]:
    import sqlite3

    from propdesk.core.work_orders import OPEN_STATES
    from propdesk.services import search, today, work_orders
    from propdesk.services.work_orders import OrderFilter, RepairEntry
    from propdesk.store.connection import open_database

    copy = _many_orders(path, workdir)
    with open_database(copy) as db:
        total = int(db.scalar("SELECT count(*) FROM work_orders"))
        busiest = int(db.scalar("SELECT unit_id FROM work_orders GROUP BY unit_id ORDER BY count(*) DESC LIMIT 1"))
        phone = str(db.scalar("SELECT phone FROM work_orders WHERE unit_id = ? LIMIT 1", (busiest,)))

        def register() -> None:
            """What the desk does while the caller talks: find the unit from the number, their past calls,
            then save the order (its own transaction, committed)."""
            hits = search.search_units(db, phone, limit=8)
            calls = work_orders.of_phone(db, phone)
            unit_id = hits[0].unit_id if hits else busiest
            work_orders.register(db, ACTOR, RepairEntry("电话", "业主", phone, "户内", unit_id, "厨房", "水电",
                                                        "保修期外", "一般", f"水槽漏水（以往 {len(calls)} 次）"))  # fmt: skip

        mine_register = _median_ms(register, 21)
        filters = [OrderFilter(view="已关闭", category="水电"), OrderFilter(view="逾期"), OrderFilter(category="电梯"),
                   OrderFilter(view="待回访")]  # fmt: skip
        assert all(work_orders.page(db, f, 0, 100).rows for f in filters[:3])

        def first_page(f: OrderFilter) -> object:
            return work_orders.page(db, f, 0, 100)

        worst_list = max(_median_ms(partial(first_page, f), 11) for f in filters)
        history = work_orders.of_unit(db, busiest)
        assert len(history) >= 15, len(history)
        mine_history = _median_ms(lambda: work_orders.of_unit(db, busiest), 21)
        mine_today = _median_ms(lambda: today.today_summary(db), 11)
        from propdesk.services import supervisor_desk

        month = dt.date.today().strftime("%Y-%m")
        mine_desk = _median_ms(lambda: supervisor_desk.desk(db, month), 5)
        from propdesk.services import spot_checks

        past = iter(_months_before(dt.date.today(), 13)[1:])  # last month: the demo drew it already
        sampled: list[int] = []

        def draw() -> None:
            """A past month's sample, drawn and stored (each run a different month: a month is drawn once)."""
            sample, _ = spot_checks.draw_sample(db, ACTOR, next(past))
            sampled.append(len(sample.items))

        mine_draw = _median_ms(draw, 5)
        assert min(sampled) >= 200, sampled  # 20 % of a month's ~1,250 closed orders
    conn = sqlite3.connect(copy)
    opened = tuple(s.value for s in OPEN_STATES)
    numbers = iter(range(10**6))

    def raw_register() -> None:
        conn.execute("SELECT id FROM units WHERE id = ?", (busiest,)).fetchall()
        conn.execute(
            "SELECT * FROM work_orders WHERE phone = ? ORDER BY reported_at DESC LIMIT 20", (phone,)
        ).fetchall()
        with conn:
            conn.execute(
                "INSERT INTO work_orders (number, unit_id, area, channel, caller, category, warranty, urgency,"
                " description, reported_at, reported_by, due_at, state, updated_at) VALUES (?, ?, '户内', '电话', '业主',"
                " '水电', '保修期外', '一般', '漏水', ?, 'bench', ?, '待派工', ?)",
                (f"RAW{next(numbers)}", busiest, "2026", "2026", "2026"),
            )  # fmt: skip

    def raw_list() -> int:
        return len(conn.execute(
            "SELECT * FROM work_orders WHERE state = '已关闭' AND category = '水电' ORDER BY reported_at DESC LIMIT 100"
        ).fetchall())  # fmt: skip

    def raw_history() -> int:
        return len(conn.execute("SELECT * FROM work_orders WHERE unit_id = ? ORDER BY reported_at DESC",
                                (busiest,)).fetchall())  # fmt: skip

    def raw_counts() -> None:
        conn.execute(f"SELECT state, count(*) FROM work_orders WHERE state IN ({', '.join('?' * len(opened))})"
                     " GROUP BY state", opened).fetchall()  # fmt: skip

    raw_months = iter(_months_before(dt.date.today() - dt.timedelta(days=400), 12))

    def raw_draw() -> None:
        """The same work in plain SQL: read a month's closed records, store the sample's rows."""
        import random

        start = next(raw_months)
        end = (dt.date.fromisoformat(f"{start}-01") + dt.timedelta(days=32)).strftime("%Y-%m")
        ids = [r[0] for r in conn.execute("SELECT id FROM work_orders WHERE state = '已关闭' AND callback_at >= ?"
                                          " AND callback_at < ?", (f"{start}-01", f"{end}-01"))]  # fmt: skip
        chosen = random.Random(1).sample(ids, len(ids) // 5)
        with conn:
            conn.execute("CREATE TABLE IF NOT EXISTS raw_sample (month TEXT, record_id INTEGER, label TEXT)")
            labels = conn.execute(f"SELECT id, number FROM work_orders WHERE id IN ({', '.join('?' * len(chosen))})",
                                  chosen).fetchall()  # fmt: skip
            conn.executemany("INSERT INTO raw_sample VALUES (?, ?, ?)", [(start, i, n) for i, n in labels])

    base_draw = _median_ms(raw_draw, 5)
    base_register, base_list = _median_ms(raw_register, 21), _median_ms(raw_list, 11)
    base_history, base_counts = _median_ms(raw_history, 21), _median_ms(raw_counts, 11)
    conn.close()
    return [
        Result(f"报修：从来电号码到保存工单（{total:,} 张工单）", mine_register, base_register, "≤ 100 ms", mine_register <= 100),
        Result("报修：工单列表按状态/类别/逾期筛选，第一页（最慢的一种）", worst_list, base_list, "≤ 50 ms", worst_list <= 50),
        Result("报修：一户的全部报修记录", mine_history, base_history, "≤ 50 ms", mine_history <= 50),
        Result("主管工作台：一个月的全部指标（15 万张工单、2 万件投诉）", mine_desk, None, "≤ 300 ms", mine_desk <= 300),
        Result("抽查：抽取一个月的样本（20%，报修、投诉、入住档案，存库）", mine_draw, base_draw, "≤ 100 ms",
               mine_draw <= 100),
        Result("今日视图刷新（含报修、投诉、装修、钥匙、日结提醒）", mine_today, base_counts, "≤ 100 ms", mine_today <= 100,
               "原始=仅工单计数的 SELECT"),
    ]  # fmt: skip
