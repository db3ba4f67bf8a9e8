"""The demo's service desk: four technicians, half a year of repair calls and a year of complaints run
through the real use cases — most repairs dispatched, done and called back; some paid repairs billed and paid at
the counter; a few passed to the developer, paused for parts with a 沟通记录, reopened after a 不满意 callback;
and today's desk: calls waiting to be dispatched, one urgent call already overdue, orders waiting for
their callback, one open for days without a note. Steps come back as timed events, run in time order
with the counter's other work so receipt numbers follow the clock."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from functools import partial

from propdesk.core.author import Actor
from propdesk.core.work_orders import Action, Material
from propdesk.services import payments, repair_settings, units, work_orders
from propdesk.services.work_orders import RepairEntry
from propdesk.store import registry
from propdesk.store.connection import Database

Event = tuple[dt.datetime, Callable[[], object]]
TECHNICIANS = [("老刘", ("水电", "管道疏通"), "13905711001"), ("张师傅", ("土建", "门窗"), "13905711002"),
               ("王工", ("电梯", "消防", "公共设施"), "13905711003"), ("赵师傅", ("绿化", "其他", "水电"), "13905711004")]  # fmt: skip
CALLS = [  # category, place, what the caller says, what was done, material (name, spec, price in 分) or None
    ("水电", "卫生间", "卫生间水龙头一直滴水", "更换水龙头阀芯", ("陶瓷阀芯", "DN15", 3500)),
    ("水电", "厨房", "厨房插座没电", "更换烧坏的插座", ("五孔插座", "10A", 2800)),
    ("管道疏通", "卫生间", "卫生间下水道堵塞", "疏通下水管道", None),
    ("门窗", "入户门", "入户门锁打不开", "更换锁芯", ("防盗门锁芯", "C 级", 12000)),
    ("门窗", "卧室", "卧室窗户关不严漏风", "调整窗扇合页并更换密封条", ("密封条", "5 米", 1500)),
    ("土建", "客厅", "客厅墙面有裂缝", "墙面裂缝修补", ("修补石膏", "1 袋", 2500)),
    ("水电", "阳台", "阳台灯不亮", "更换灯座和灯泡", ("LED 灯泡", "9W", 1200)),
]
PUBLIC_CALLS = [
    ("电梯", "电梯", "2 单元电梯按钮失灵", "更换电梯外呼按钮"),
    ("公共设施", "单元大堂", "单元门禁刷卡无反应", "重置门禁控制器"),
    ("公共设施", "楼道/楼梯间", "楼道声控灯不亮", "更换声控灯"),
    ("绿化", "绿化带", "小区绿化带喷灌水管爆裂", "更换破损水管"),
    ("消防", "楼道/楼梯间", "消防栓箱门损坏", "修复消防栓箱门"),
]


def _at(day: dt.date, hour: int, minute: int) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute))


def repair_events(db: Database, rng: random.Random, unit_ids: list[int], today: dt.date, clerk: Actor,
                  cashier: Actor, setter: Actor, names: Callable[[], str],
                  phones: Callable[[], str]) -> list[Event]:  # fmt: skip
    for name, trades, phone in TECHNICIANS:
        repair_settings.save_technician(db, setter, None, name, trades, phone)
    occupied = [u for u in unit_ids if (row := registry.unit_row(db, u)) is not None and row["state"] != "未交付"]
    if not occupied:
        return []
    events: list[Event] = []
    calls = max(24, min(160, len(occupied) * 2))
    for index in range(calls):
        days_ago = rng.randint(4, 180) if index >= 8 else index % 4  # the first eight are today's desk
        day = today - dt.timedelta(days=days_ago)
        reported = _at(day, rng.randint(8, 17 if days_ago else 10), rng.randint(0, 59))
        if index in (0, 1):  # this morning's first calls
            reported = _at(day, 8, 15 + index)
        unit_id = rng.choice(occupied)
        owners = units.unit_record(db, unit_id).owners
        owner, mobile = (owners[0].person.name, owners[0].person.mobile) if owners else (names(), "")
        public = rng.random() < 0.15
        if public:
            category, place, said, done = rng.choice(PUBLIC_CALLS)
            material = None
        else:
            category, place, said, done, material = rng.choice(CALLS)
        warranty = rng.choice(["保修期外", "保修期外", "保修期外", "保修期内"])
        urgency = rng.choice(["一般", "一般", "一般", "紧急", "计划"])
        entry = RepairEntry(channel=rng.choice(["电话", "电话", "来访", "微信", "巡查" if public else "电话"]),
                            caller=owner if not public else rng.choice([owner, "保安 小陈", "保洁 周阿姨"]),
                            phone=mobile if not public and mobile else phones(), area="公共区域" if public else "户内", unit_id=None if public else unit_id,
                            location=place, category=category, warranty=warranty, urgency=urgency,
                            description=said)  # fmt: skip
        technician = next(t[0] for t in TECHNICIANS if category in t[1]) if any(
            category in t[1] for t in TECHNICIANS) else "赵师傅"  # fmt: skip
        billed: dict[str, int] = {}
        events.append((reported, partial(_run_call, db, rng, entry, reported, index, days_ago, technician, done,
                                         material, clerk, billed)))  # fmt: skip
        if days_ago and index % 11 != 5 and rng.random() < 0.7:  # the owner pays a paid repair at the counter
            pay_at = reported + dt.timedelta(hours=5, minutes=15)  # after the longest same-day job
            events.append((pay_at, partial(_pay, db, cashier, billed, entry.caller, rng.choice(["现金", "微信"]),
                                           pay_at)))  # fmt: skip
    return events


def _pay(db: Database, cashier: Actor, billed: dict[str, int], payer: str, method: str, at: dt.datetime) -> None:
    if billed:
        payments.pay_bills(db, cashier, billed["unit"], [billed["bill"]], method, payer, now=at)


def _run_call(db: Database, rng: random.Random, entry: RepairEntry, reported: dt.datetime, index: int,
              days_ago: int, technician: str, done: str, material: tuple[str, str, int] | None, clerk: Actor,
              billed: dict[str, int]) -> None:  # fmt: skip
    """One call's life up to its point in time. Later steps of an old call are run here too — nothing else
    the counter does depends on them; a paid repair's bill goes into ``billed`` for its payment event."""
    if index in (0, 1):  # today: waiting to be dispatched (the first urgent: overdue by the afternoon)
        entry = RepairEntry(**{**entry.__dict__, "urgency": "紧急" if index == 0 else "一般"})
        work_orders.register(db, clerk, entry, reported)
        return
    order, _ = work_orders.register(db, clerk, entry, reported)
    step = reported + dt.timedelta(minutes=rng.randint(5, 40))
    if index == 2:  # dispatched this morning, not yet there
        work_orders.act(db, clerk, order.id, Action.DISPATCH, technician=technician, now=step)
        return
    if index == 3:  # open for days, paused for parts, nobody told the owner: needs a note
        work_orders.act(db, clerk, order.id, Action.DISPATCH, technician=technician, now=step)
        work_orders.act(db, clerk, order.id, Action.ARRIVE, now=step + dt.timedelta(hours=1))
        work_orders.act(db, clerk, order.id, Action.PAUSE, "等待配件到货", now=step + dt.timedelta(hours=2))
        return
    if entry.warranty == "保修期内" and entry.area == "户内" and index % 3 == 0 and days_ago:
        work_orders.act(db, clerk, order.id, Action.TRANSFER, "已转开发商客服 陈工 0571-87001234，约三天内上门",
                        now=step)  # fmt: skip
        if days_ago > 10:
            third = reported + dt.timedelta(days=3, hours=1)
            work_orders.add_note(db, clerk, order.id, "已催开发商，业主同意周末上门", third)
            finished = reported + dt.timedelta(days=rng.randint(4, 8))
            work_orders.complete(db, clerk, order.id, "开发商已上门修复", [], 0, finished)
            work_orders.callback(db, clerk, order.id, "基本满意", "开发商处理偏慢", finished + dt.timedelta(days=1))
        return
    work_orders.act(db, clerk, order.id, Action.DISPATCH, technician=technician, now=step)
    work_orders.act(db, clerk, order.id, Action.ACCEPT, now=step + dt.timedelta(minutes=5))
    arrived = step + dt.timedelta(minutes=rng.randint(20, 150))
    work_orders.act(db, clerk, order.id, Action.ARRIVE, now=arrived)
    if index == 4:  # working on it now
        return
    finished = arrived + dt.timedelta(minutes=rng.randint(30, 120))
    if index % 11 == 5 and days_ago > 5:  # waited for parts over a few days, the owner kept informed
        work_orders.act(db, clerk, order.id, Action.PAUSE, "配件需订货", now=finished)
        work_orders.add_note(
            db, clerk, order.id, "已电话告知业主配件三天后到", reported + dt.timedelta(days=3, hours=2)
        )
        finished = reported + dt.timedelta(days=4, hours=3)
        work_orders.act(db, clerk, order.id, Action.RESUME, now=finished - dt.timedelta(hours=1))
    paid = entry.warranty == "保修期外" and entry.area == "户内"
    materials = [Material(material[0], material[1], "1", material[2], material[2])] if material and paid else []
    fee = rng.choice([3000, 5000, 8000]) if paid and rng.random() < 0.6 else 0
    completed, _ = work_orders.complete(db, clerk, order.id, done, materials, fee, finished)
    if completed.fee_bill_id is not None and completed.unit_id is not None and finished.date() == reported.date():
        billed.update(unit=completed.unit_id, bill=completed.fee_bill_id)
    if days_ago == 0 or index in (5, 6, 7):
        return  # waiting for the callback
    called = _at(finished.date() + dt.timedelta(days=1), rng.randint(9, 11), rng.randint(0, 59))
    if index % 17 == 9:  # not fixed after all: reopened, fixed again, then satisfied
        work_orders.callback(db, clerk, order.id, "不满意", "维修后第二天又开始漏水", called)
        again = called + dt.timedelta(hours=3)
        work_orders.act(db, clerk, order.id, Action.ARRIVE, now=again)
        work_orders.complete(db, clerk, order.id, f"{done}，重新处理", [], 0, again + dt.timedelta(hours=1))
        called = called + dt.timedelta(days=1)
    satisfaction = rng.choice(["满意", "满意", "满意", "基本满意"])
    work_orders.callback(db, clerk, order.id, satisfaction, "" if satisfaction == "满意" else "等待时间有点长", called)


COMPLAINTS = [  # category, level, place, people, what, wanted, the response, the result
    (
        "装修扰民",
        "一般",
        "楼道",
        "楼上装修施工队",
        "楼上装修中午还在电钻施工",
        "中午停止噪声施工",
        "已致电安抚，约谈施工队",
        "施工队承诺中午停工，纳入每日巡查",
    ),
    (
        "环境卫生",
        "一般",
        "单元大堂",
        "保洁员",
        "单元大堂两天没有拖地",
        "按标准保洁",
        "已向保洁主管核实",
        "已加派保洁，每日两次",
    ),
    (
        "停车",
        "一般",
        "地下车库",
        "外来车辆",
        "我的车位被外来车辆占用",
        "清走占位车辆",
        "已安排秩序维护员到场",
        "已联系车主挪车，加强车库巡查",
    ),
    (
        "服务态度",
        "一般",
        "物业服务中心",
        "前台客服",
        "前台接待态度冷淡",
        "道歉并改进",
        "已向业主当面致歉",
        "已对相关员工进行服务规范培训",
    ),
    (
        "维修质量",
        "紧急",
        "户内",
        "维修工 老刘",
        "水管维修后又漏水，泡了地板",
        "尽快修好并赔偿",
        "已安排维修工立即上门",
        "已重新维修，协商赔偿地板清洁费",
    ),
    (
        "安全秩序",
        "紧急",
        "小区南门",
        "门岗保安",
        "夜里门岗没人，陌生人随意进出",
        "加强门岗值守",
        "已调阅监控并约谈保安队长",
        "门岗实行双人值守，夜间每小时巡逻",
    ),
]


def complaints_made(db: Database, rng: random.Random, unit_ids: list[int], today: dt.date, clerk: Actor,
                    supervisor: Actor) -> None:  # fmt: skip
    """A year of complaints, most closed and reviewed; one group-complaint risk still open, one past its
    deadline, one resolved waiting for the callback."""
    from propdesk.core.complaints import Step
    from propdesk.services import complaints
    from propdesk.services.complaints import ComplaintEntry

    occupied = [u for u in unit_ids if (row := registry.unit_row(db, u)) is not None and row["state"] != "未交付"]
    if not occupied:
        return
    count = max(8, min(36, len(occupied) // 2))
    times = sorted(_at(today - dt.timedelta(days=rng.randint(1, 360) if n >= 3 else n * 3 + 1), rng.randint(8, 17),
                       rng.randint(0, 59)) for n in range(count))  # fmt: skip
    for index, received in enumerate(times):
        category, level, place, people, what, wanted, response, result = COMPLAINTS[index % len(COMPLAINTS)]
        unit_id = rng.choice(occupied)
        owners = units.unit_record(db, unit_id).owners
        who, phone = (owners[0].person.name, owners[0].person.mobile) if owners else ("业主", "")
        last = index >= count - 3  # the three latest are still on the desk
        risk = last and index == count - 3
        made, _ = complaints.register(db, clerk, ComplaintEntry(
            rng.choice(["电话", "来访", "微信"]), who, phone, unit_id, place, people,
            what + ("，已有多户业主联名" if risk else ""), wanted, category, level, "王小丽", risk), received)  # fmt: skip
        if index == count - 2:
            continue  # not responded yet: past its response deadline
        complaints.proceed(db, clerk, made.id, Step.RESPOND, response, received + dt.timedelta(hours=1))
        if risk:
            complaints.proceed(
                db, clerk, made.id, Step.NOTE, "已报客服主管，组织业主座谈", received + dt.timedelta(days=1)
            )
            continue
        complaints.proceed(db, clerk, made.id, Step.RESOLVE, result, received + dt.timedelta(days=rng.randint(1, 4)))
        if last:
            continue  # resolved, waiting for the callback
        called = received + dt.timedelta(days=5)
        complaints.callback(db, clerk, made.id, rng.choice(["满意", "满意", "基本满意"]), "", called)
        complaints.proceed(db, supervisor, made.id, Step.REVIEW, "处理及时，回访到位", called + dt.timedelta(days=1))


VISIT_ISSUES = [("楼道灯不亮", "已更换楼道灯，电话告知业主"), ("希望增加快递柜", "已报物业公司，计划下季度安装"),
                ("小区绿化带有积水", "已疏通排水沟"), ("地下车库有异味", "已清洗集水井，加强通风"),
                ("电梯里广告太多", "已与广告公司沟通减少投放"), ("宠物粪便无人清理", "已张贴文明养犬告示，加强巡查")]  # fmt: skip


def visits_made(db: Database, rng: random.Random, today: dt.date, clerk: Actor, supervisor: Actor) -> None:
    """Three past months' plans approved and nearly all visited, their issues mostly fed back; this
    month's plan approved and under way."""
    from propdesk.core.visits import METHODS
    from propdesk.services import visits

    first = today.replace(day=1)
    months = [dt.date(first.year + (first.month - 1 - back) // 12, (first.month - 1 - back) % 12 + 1, 1)
              for back in (3, 2, 1)] + [first]  # fmt: skip
    for start in months:
        month = start.strftime("%Y-%m")
        plan, _ = visits.make_plan(db, clerk, month)
        if not plan.units:
            continue
        visits.approve(db, supervisor, month, dt.datetime.combine(start, dt.time(9, 0)))
        current = start == first
        for unit in plan.units:
            if rng.random() > (0.35 if current else 0.93):
                continue
            last_day = (today - dt.timedelta(days=1)) if current else (start + dt.timedelta(days=27))
            if last_day < start:
                continue
            day = start + dt.timedelta(days=rng.randint(0, (last_day - start).days))
            raised = [rng.choice(VISIT_ISSUES)] if rng.random() < 0.25 else []
            made, _ = visits.record_visit(db, clerk, unit.unit_id, day, rng.choice(METHODS[:3]), "王小丽",
                                          unit.owner_names.split("、")[0] or "业主", rng.choice(
                                              ["对服务满意", "对服务基本满意", "希望加强保洁"]), [i[0] for i in raised])  # fmt: skip
            for issue, (_, feedback) in zip(made.issues, raised, strict=True):
                if not current or rng.random() < 0.5:
                    visits.feed_back(db, clerk, issue.id, feedback, dt.datetime.combine(day + dt.timedelta(days=3),
                                                                                         dt.time(15, 0)))  # fmt: skip


def duty_logs_made(db: Database, rng: random.Random, today: dt.date, clerk: Actor) -> None:
    """A week of shifts: each night's calls passed on to the repairs they became (or to a person), the
    handover counted and confirmed by the next shift; today's day shift still open."""
    from propdesk.services import duty_log

    staff = {"白班": ["王小丽", "张敏"], "夜班": ["保安 小陈", "保安 小李"]}
    for back in range(6, -1, -1):
        day = today - dt.timedelta(days=back)
        for shift in ("白班", "夜班"):
            if back == 0 and shift == "夜班":
                continue
            on_duty = rng.choice(staff[shift])
            log, _ = duty_log.open_shift(db, clerk, day, shift, on_duty)
            start = dt.datetime.combine(day, dt.time(8 if shift == "白班" else 20, 0))
            duty_log.add_entry(db, clerk, log.id, start + dt.timedelta(hours=2), "事件",
                               "巡查各楼栋单元门、消防通道，正常" if shift == "夜班" else "接待来访业主 6 人次，均已处理")  # fmt: skip
            orders = [o for o in work_orders.page(db, work_orders.OrderFilter(), 0, 40).rows
                      if o.reported_at.startswith(day.isoformat())
                      and (8 <= int(o.reported_at[11:13]) < 20) == (shift == "白班")]  # fmt: skip
            if orders:
                o = orders[0]
                duty_log.add_entry(db, clerk, log.id, dt.datetime.fromisoformat(o.reported_at), "来电来访",
                                   f"{o.unit_code or o.location} {o.caller}：{o.description}", o.number)  # fmt: skip
            elif shift == "夜班":
                duty_log.add_entry(db, clerk, log.id, start + dt.timedelta(hours=5), "来电来访",
                                   "业主来电反映楼下 KTV 噪声", "秩序维护部 老周")  # fmt: skip
            if back == 0:
                continue  # today's shift is still on
            duty_log.handover(
                db, clerk, log.id, "对讲机 3 部、值班记录本 1 本、应急手电 2 把", "钥匙柜钥匙 42 把，齐全"
            )
            incoming = rng.choice([s for s in staff["夜班" if shift == "白班" else "白班"]])
            duty_log.confirm(db, clerk, log.id, incoming, start + dt.timedelta(hours=12))
