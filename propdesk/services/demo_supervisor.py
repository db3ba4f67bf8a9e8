"""The demo's supervisor records, through the real use cases: last month's spot-check sample drawn and mostly
checked (two problems become follow-ups, one already put right), the department plans (last month approved,
this month a draft), community activities (three held with their sign-ups and summaries, one coming up
with households signed, one cancelled), and two months of BI conduct checks."""

from __future__ import annotations

import datetime as dt
import random

from propdesk.core.author import Actor
from propdesk.core.staff_quality import METHODS, STANDARDS
from propdesk.services import activities, plans, spot_checks, staff_quality
from propdesk.services.activities import ActivityEntry
from propdesk.store import registry
from propdesk.store import visits as visits_store
from propdesk.store.connection import Database

ACTIVITIES = [  # title, place, description, budget 分, days from the month's start, hour
    ("重阳节敬老茶话会", "会所二楼活动室", "为小区 60 岁以上老人准备茶点和义诊，欢迎老人们参加。", 80000),
    ("亲子手工DIY", "小区中心广场", "现场提供材料和指导老师，完成的作品可带回家。欢迎大小朋友一起参加！", 50000),
    ("消防安全知识讲座", "会所一楼大厅", "邀请辖区消防站讲解家庭防火和灭火器使用，现场演示。", 30000),
    ("冬至包饺子", "会所二楼活动室", "邻里一起包饺子、过冬至，面粉和馅料由物业准备。", 120000),
    ("跳蚤市场", "小区中心广场", "闲置物品交换和义卖，请提前报名领取摊位。", 20000),
]
PROBLEMS = ["派工单未存入客户档案", "业主反映维修后仍有渗水，需再次上门", "回访记录与电话录音不符"]


def _month_of(day: dt.date, back: int) -> dt.date:
    index = day.year * 12 + day.month - 1 - back
    return dt.date(index // 12, index % 12 + 1, 1)


def supervisor_records_made(db: Database, rng: random.Random, today: dt.date, clerk: Actor, supervisor: Actor) -> None:
    _activities(db, rng, today, clerk)
    last = _month_of(today, 1).strftime("%Y-%m")
    sample, _ = spot_checks.draw_sample(db, supervisor, last, today=today, seed=rng.randrange(2**31))
    morning = dt.datetime.combine(today - dt.timedelta(days=2), dt.time(10, 0))
    for index, item in enumerate(sample.items):
        if index % 4 == 3:
            continue  # some left to check
        if index in (1, 6):
            spot_checks.record_check(db, supervisor, item.id, "查阅档案" if index == 1 else "电话回访业主", index != 1,
                                     "不合格", PROBLEMS[0 if index == 1 else 1], clerk.name, today + dt.timedelta(days=3),
                                     now=morning)  # fmt: skip
        else:
            spot_checks.record_check(db, supervisor, item.id, rng.choice(["电话回访业主", "查阅档案"]), True, "合格",
                                     now=morning)  # fmt: skip
    opened = spot_checks.follow_ups(db)
    if opened:
        spot_checks.complete_follow_up(db, clerk, opened[0].id, "已补齐并归档", now=morning + dt.timedelta(hours=5))
    for back, approve in ((1, True), (0, False)):
        month = _month_of(today, back).strftime("%Y-%m")
        suggested = plans.get(db, month)
        targets = {line.building_id: line.target_fen * 95 // 100 for line in suggested.collection}
        plans.save(db, supervisor, month, targets, "重点催收欠费三个月以上的住户")
        if approve:
            plans.approve(db, supervisor, month, dt.datetime.combine(_month_of(today, back), dt.time(9, 0)))
    staff = [clerk.name, "张敏", "保安 周强", "保洁 李阿姨"]
    for back in (1, 0):
        start = _month_of(today, back)
        last_day = today if back == 0 else _month_of(today, 0) - dt.timedelta(days=1)
        for _ in range(18):
            day = start + dt.timedelta(days=rng.randint(0, (last_day - start).days))
            passed = rng.random() > 0.15
            staff_quality.record(db, supervisor, day, rng.choice(staff), rng.choice(STANDARDS), rng.choice(METHODS),
                                 passed, "" if passed else rng.choice(["未主动问好", "未佩戴工牌", "电话响铃五声才接"]),
                                 today=today)  # fmt: skip


def _activities(db: Database, rng: random.Random, today: dt.date, clerk: Actor) -> None:
    unit_ids = visits_store.occupied_ids(db)
    if not unit_ids:
        return
    # three held (two months ago, twice last month: the monthly workbook always has some), one coming, one cancelled
    days = [_month_of(today, 2) + dt.timedelta(days=14), _month_of(today, 1) + dt.timedelta(days=4),
            _month_of(today, 1) + dt.timedelta(days=20), today + dt.timedelta(days=9), today + dt.timedelta(days=20)]  # fmt: skip
    for index, ((title, place, description, budget), day) in enumerate(zip(ACTIVITIES, days, strict=True)):
        start = dt.datetime.combine(day, dt.time(9 if index % 2 else 14, 30))
        signup_until = day - dt.timedelta(days=1)
        made, _ = activities.save(db, clerk, None, ActivityEntry(title, start, start + dt.timedelta(hours=2), place,
                                                                  clerk.name, budget, description, signup_until,
                                                                  40 if index != 4 else 0))  # fmt: skip
        signed = signup_until - dt.timedelta(days=5)
        for unit_id in rng.sample(unit_ids, min(len(unit_ids), rng.randint(6, 12))):
            found = activities.get(db, made.id)
            people = rng.randint(1, 3)
            if found.capacity and found.signed_people + people > found.capacity:
                break
            unit = registry.unit_row(db, unit_id)
            names = (unit["owner_names"] if unit else "") or "业主"
            phone = f"13{rng.randint(5, 9)}{rng.randint(0, 99_999_999):08d}"
            activities.sign_up(
                db, clerk, made.id, unit_id, names.split("、")[0], people, phone, today=min(signed, today)
            )
        if day < today:
            held = activities.get(db, made.id)
            came = [s.id for s in held.signups if rng.random() < 0.8]
            activities.close(db, clerk, made.id, came, f"到场 {len(came)} 户，居民反响良好；下次提前一周张贴通知。",
                             budget - rng.randint(0, budget // 5), now=start + dt.timedelta(hours=3))  # fmt: skip
        elif index == 4:
            activities.cancel(db, clerk, made.id, "场地与社区活动冲突，改期另行通知")
