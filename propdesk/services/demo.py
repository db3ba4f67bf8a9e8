"""The demo database: a realistic community with buildings, owners, households and vehicles.

The same generator feeds ``propdesk --demo``, ``propdesk demo`` and the benchmark's datasets,
so a first look at the app shows real work. Later areas extend ``generate_demo``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from propdesk.core.author import Actor
from propdesk.core.errors import Conflict
from propdesk.core.identity import IdKind, resident_id_check_char
from propdesk.core.paths import demo_db_path
from propdesk.core.permissions import Role
from propdesk.core.registry import (
    BuildingPlan,
    Community,
    OwnerRole,
    Person,
    PersonInput,
    ResidentInput,
    UnitState,
    UnitType,
    VehicleInput,
)
from propdesk.services import buildings, community
from propdesk.store import audit, registry, search, settings
from propdesk.store.connection import Database

DEMO_COMMUNITY = Community(
    name="阳光花园",
    company="杭州安居物业服务有限公司",
    office_address="杭州市西湖区文三路 288 号 阳光花园 1 号楼底商",
    office_phone="0571-88886666",
    receipt_title="阳光花园物业服务中心",
)

_SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢"
    "姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
)
_GIVEN = (
    "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂英华玉萍红娥玲芬燕彬斌宇浩凯健俊帆帅旭宁雪琳晨辰欣怡"
    "佳悦思雨涵梓轩子墨浩然一鸣嘉诚志强建国建华海波晓东国庆春梅秋菊文博雅婷晓明立新永红海燕"
)
_REGIONS = (
    "330106",
    "330105",
    "330102",
    "330108",
    "330110",
    "110105",
    "320102",
    "310104",
    "440305",
    "510107",
    "420106",
    "370102",
    "340104",
    "360102",
    "430103",
    "610113",
)
_MOBILE_PREFIXES = (
    "130",
    "131",
    "132",
    "133",
    "135",
    "136",
    "137",
    "138",
    "139",
    "150",
    "151",
    "152",
    "155",
    "156",
    "157",
    "158",
    "159",
    "166",
    "173",
    "176",
    "177",
    "180",
    "181",
    "182",
    "183",
    "186",
    "187",
    "188",
    "189",
    "191",
    "199",
)
_PLATE_LETTERS = "ABCDEFGHJK"
_STATES = [
    (UnitState.OCCUPIED, 58),
    (UnitState.RENTED, 8),
    (UnitState.RENOVATING, 5),
    (UnitState.DELIVERED, 12),
    (UnitState.VACANT, 5),
    (UnitState.NOT_DELIVERED, 12),
]


class _Faker:
    def __init__(self, seed: int) -> None:
        self.random = random.Random(seed)
        self.used_mobiles: set[str] = set()

    def name(self, surname: str | None = None) -> str:
        r = self.random
        given = r.choice(_GIVEN) if r.random() < 0.3 else r.choice(_GIVEN) + r.choice(_GIVEN)
        return (surname or r.choice(_SURNAMES)) + given

    def id_number(self, born_from: int = 1950, born_to: int = 2000) -> str:
        r = self.random
        birth = dt.date(r.randint(born_from, born_to), r.randint(1, 12), r.randint(1, 28))
        first17 = f"{r.choice(_REGIONS)}{birth:%Y%m%d}{r.randint(0, 999):03d}"
        return first17 + resident_id_check_char(first17)

    def mobile(self) -> str:
        while True:
            number = self.random.choice(_MOBILE_PREFIXES) + f"{self.random.randint(0, 99_999_999):08d}"
            if number not in self.used_mobiles:
                self.used_mobiles.add(number)
                return number

    def plate(self) -> str:
        r = self.random
        if r.random() < 0.25:  # 新能源 plates have 6 characters after the letter
            return f"浙A{r.choice('DF')}{r.randint(0, 99999):05d}"
        return f"浙{r.choice(_PLATE_LETTERS)}{r.randint(10000, 99999)}"

    def date(self, start: int, end: int) -> str:
        d = dt.date(start, 1, 1) + dt.timedelta(days=self.random.randint(0, (end - start + 1) * 365 - 1))
        return d.isoformat()


def ensure_demo_database() -> Path:
    """The demo file in the data directory, generated on first use."""
    from propdesk.store.connection import open_database

    path = demo_db_path()
    if not path.exists():
        partial = path.with_name(path.name + ".partial")
        for leftover in path.parent.glob(partial.name + "*"):
            leftover.unlink()
        with open_database(partial) as db:
            generate_demo(db, Actor.from_os(), units=2000)
            db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        partial.rename(path)
        for suffix in ("-wal", "-shm", ".lock"):
            Path(str(partial) + suffix).unlink(missing_ok=True)
    return path


def building_plans(units: int) -> list[BuildingPlan]:
    """Buildings of 2 entrances × 2 units a floor: 26 floors (high-rise) and 11 floors (mid-rise)."""
    plans: list[BuildingPlan] = []
    remaining = units
    number = 1
    while remaining > 0:
        floors = 26 if number % 3 else 11
        per_floor = 2
        entrances = 2
        needed_floors = -(-remaining // (entrances * per_floor))
        floors = min(floors, needed_floors)
        areas = [8950, 12830] if floors > 11 else [14360, 11275]
        plans.append(
            BuildingPlan(
                code=str(number),
                entrances=entrances,
                floors=floors,
                units_per_floor=per_floor,
                areas_centi_m2=areas,
                state=UnitState.OCCUPIED,
            )
        )
        remaining -= entrances * floors * per_floor
        number += 1
    return plans


def generate_demo(
    db: Database, actor: Actor, units: int = 2000, seed: int = 7, progress: Callable[[str], None] | None = None
) -> dict[str, int]:
    """Fill an empty database with a realistic community of about ``units`` homes."""
    fake = _Faker(seed)
    say = progress or (lambda _message: None)
    community.save_community(db, actor, DEMO_COMMUNITY)
    _demo_users(db)
    for plan in building_plans(units):
        buildings.generate_building(db, actor, plan)
    shops = units // 100 if units >= 500 else 0
    if shops:  # 底商: the street-front shops, owned by companies
        buildings.generate_building(db, actor, BuildingPlan(code="S", entrances=-(-shops // 20), floors=1,
                                                            units_per_floor=min(shops, 20),
                                                            areas_centi_m2=[6530], unit_type=UnitType.SHOP,
                                                            state=UnitState.OCCUPIED))  # fmt: skip
    say("房屋已生成")
    with db.atomic():
        all_ids = registry.unit_ids_all(db)
        shop_ids = set(registry.unit_ids_in_building(db, "S")) if shops else set()
        for unit_id in all_ids:
            if unit_id in shop_ids:
                _populate_shop(db, fake, unit_id)
            else:
                _populate_unit(db, fake, unit_id)
        registry.refresh_owner_names_all(db)
        search.reindex_units(db, all_ids)
        audit.record(
            db,
            actor.name,
            "demo",
            "database",
            None,
            f"生成演示数据 {len(all_ids)} 户",
            None,
            {"units": len(all_ids), "seed": seed},
        )
    say("业主和住户已生成")
    _desk_activity(db, fake, all_ids)
    say("前台日常操作已生成")
    _cash_desk(db, fake, all_ids)
    say("账单和收据已生成")
    _move_ins(db, fake, all_ids)
    _key_custody(db, fake, all_ids)
    _renovations(db, fake, all_ids)
    from propdesk.services.demo_service_desk import duty_logs_made

    duty_logs_made(db, fake.random, dt.date.today(), _CLERK)
    from propdesk.services.demo_supervisor import supervisor_records_made

    supervisor_records_made(db, fake.random, dt.date.today(), _CLERK, _SUPERVISOR)
    say("入伙、验房和钥匙托管已生成")
    return registry.counts(db)


DEMO_PASSWORD = "123456"
_DEMO_USERS = [
    ("admin", "管理员", {Role.ADMIN}),
    ("lzg", "李主管", {Role.SUPERVISOR}),
    ("wxl", "王小丽", {Role.CLERK}),
    ("zm", "张敏", {Role.CLERK, Role.CASHIER}),
]
_CLERKS = [
    Actor("王小丽", frozenset({Role.CLERK.value})),
    Actor("张敏", frozenset({Role.CLERK.value, Role.CASHIER.value})),
]
_SUPERVISOR = Actor("李主管", frozenset({Role.SUPERVISOR.value}))


def _demo_users(db: Database) -> None:
    """The demo office's staff; the sign-in dialog of a demo database says how to sign in."""
    from propdesk.services import users
    from propdesk.services.session import DEMO_HINT_KEY

    if users.has_users(db):
        return
    admin = users.create_first_admin(db, "admin", "管理员", DEMO_PASSWORD)
    for login, name, roles in _DEMO_USERS[1:]:
        users.add_user(db, admin, login, name, DEMO_PASSWORD, frozenset(r.value for r in roles))
    with db.atomic():
        settings.set_value(
            db, DEMO_HINT_KEY, f"演示数据库：用户 admin（管理员）、lzg（主管）、wxl（前台），密码都是 {DEMO_PASSWORD}"
        )


def _desk_activity(db: Database, fake: _Faker, unit_ids: list[int]) -> None:
    """A morning at the desk, through the real services: so the change log, the today view and
    the unit pages show work done by named clerks, not only the generator."""
    from propdesk.services import households, units

    r = fake.random
    sample = r.sample(unit_ids, min(len(unit_ids), 12))
    for index, unit_id in enumerate(sample):
        record = units.unit_record(db, unit_id)
        clerk = _CLERKS[index % 2]
        if not record.owners:
            continue
        owner = record.owners[0].person
        action = index % 5
        if action == 0:  # the owner changed phone numbers
            changed = dataclasses.replace(_person_input(owner), mobile=fake.mobile())
            households.update_person(db, clerk, owner.id, changed)
        elif action == 1:  # a new family member moved in
            households.add_resident(
                db,
                clerk,
                unit_id,
                ResidentInput(
                    name=fake.name(owner.name[0]), relation="女儿", phone=fake.mobile(), move_in_date="2026-10-01"
                ),
            )
        elif action == 2:  # a car registered for the garage
            households.add_vehicle(
                db, clerk, unit_id, VehicleInput(plate=fake.plate(), parking_space=f"B2-{r.randint(1, 400):03d}")
            )
        elif action == 3:  # the supervisor corrected a measured area
            unit = record.unit
            units.update_unit(
                db,
                _SUPERVISOR,
                unit_id,
                floor=unit.floor,
                area_centi_m2=unit.area_centi_m2 + 37,
                unit_type=unit.unit_type,
                state=unit.state,
                note="按实测面积更正",
            )
        elif action == 4 and record.residents:  # a tenant moved out
            households.move_out_resident(db, clerk, record.residents[0].id)


def _person_input(p: Person) -> PersonInput:
    return PersonInput(**{f.name: getattr(p, f.name) for f in dataclasses.fields(PersonInput)})


_SHOP_TRADES = [
    "便利店",
    "餐饮管理",
    "大药房",
    "洗衣服务",
    "房产经纪",
    "烘焙坊",
    "水果超市",
    "口腔诊所",
    "美容美发",
    "快递服务",
]
_USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def _credit_code(r: random.Random) -> str:
    """A 统一社会信用代码 with a correct GB 32100 check character."""
    body = "91" + r.choice(_REGIONS) + "".join(r.choice(_USCC_CHARS) for _ in range(9))
    total = sum(_USCC_CHARS.index(c) * w for c, w in zip(body, _USCC_WEIGHTS, strict=True))
    return body + _USCC_CHARS[(31 - total % 31) % 31]


def _populate_shop(db: Database, fake: _Faker, unit_id: int) -> None:
    r = fake.random
    company = PersonInput(
        name=f"杭州{fake.name()[1:]}{r.choice(_SHOP_TRADES)}有限公司", id_kind=IdKind.BUSINESS,
        id_number=_credit_code(r), mobile=fake.mobile(), landline=f"0571-8{r.randint(1000000, 9999999)}",
        emergency_name=fake.name(), emergency_phone=fake.mobile(),
    )  # fmt: skip
    person_id = registry.insert_person(db, company)
    registry.insert_ownership(db, unit_id, person_id, OwnerRole.OWNER, fake.date(2016, 2023))


def _populate_unit(db: Database, fake: _Faker, unit_id: int) -> None:
    r = fake.random
    state = r.choices([s for s, _ in _STATES], weights=[w for _, w in _STATES])[0]
    registry.update_unit(db, unit_id, {"state": state})
    if state == UnitState.NOT_DELIVERED:
        return
    surname = r.choice(_SURNAMES)
    since = fake.date(2015, 2024)
    owner = PersonInput(
        name=fake.name(surname),
        id_number=fake.id_number(),
        mobile=fake.mobile(),
        work_unit=r.choice(["", "", "浙江大学", "杭州市第一人民医院", "阿里巴巴", "西湖区教育局", "个体"]),
        emergency_name=fake.name(),
        emergency_phone=fake.mobile(),
    )
    if r.random() < 0.03:  # an owner bought from a former owner: history on the unit page
        former = registry.insert_person(
            db, PersonInput(name=fake.name(), id_number=fake.id_number(), mobile=fake.mobile())
        )
        old_since = fake.date(2012, 2014)
        registry.insert_ownership(db, unit_id, former, OwnerRole.OWNER, old_since)
        registry.end_ownerships(db, unit_id, since)
        transfer_id = registry.insert_transfer(db, unit_id, since, "", owner.name, "二手房买卖", "演示数据")
        owner_id = registry.insert_person(db, owner)
        registry.insert_ownership(db, unit_id, owner_id, OwnerRole.OWNER, since, transfer_id)
    else:
        owner_id = registry.insert_person(db, owner)
        registry.insert_ownership(db, unit_id, owner_id, OwnerRole.OWNER, since)
    if r.random() < 0.3:
        spouse = registry.insert_person(
            db, PersonInput(name=fake.name(), id_number=fake.id_number(), mobile=fake.mobile())
        )
        registry.insert_ownership(db, unit_id, spouse, OwnerRole.CO_OWNER, since)
    if state in (UnitState.OCCUPIED, UnitState.RENOVATING):
        for relation in r.sample(["配偶", "儿子", "女儿", "父亲", "母亲", "孙子"], r.randint(0, 3)):
            born = (
                (1950, 1965) if relation in ("父亲", "母亲") else (2005, 2020) if relation == "孙子" else (1975, 2000)
            )
            registry.insert_resident(
                db,
                unit_id,
                ResidentInput(
                    name=fake.name(surname if relation in ("儿子", "女儿", "孙子", "父亲") else None),
                    relation=relation,
                    id_number=fake.id_number(*born),
                    phone=fake.mobile() if relation != "孙子" else "",
                    move_in_date=since,
                ),
            )
    if state == UnitState.RENTED:
        for _ in range(r.randint(1, 2)):
            registry.insert_resident(
                db,
                unit_id,
                ResidentInput(
                    name=fake.name(),
                    kind="租户",
                    relation="租户",
                    id_number=fake.id_number(1980, 2003),
                    phone=fake.mobile(),
                    move_in_date=fake.date(2023, 2025),
                ),
            )
    if r.random() < 0.4:
        registry.insert_vehicle(
            db, unit_id, VehicleInput(plate=fake.plate(), parking_space=f"B{r.randint(1, 2)}-{r.randint(1, 600):03d}")
        )


_CASHIER = Actor("张敏", frozenset({Role.CLERK.value, Role.CASHIER.value}))


_CLERK = Actor("王小丽", frozenset({Role.CLERK.value}))
_DEFECTS = {"门锁": "门锁开关卡涩", "对讲": "可视对讲无图像", "配电箱": "配电箱漏电开关跳闸", "窗": "窗框密封胶脱落，玻璃有划痕",
            "墙面": "墙面离地 1 米处有裂缝约 30 厘米", "地面": "地面空鼓约 0.5 ㎡", "天花": "天花有水渍",
            "给排水": "闭水试验后楼下渗水", "电气": "插座无电", "设施": "台盆下水管渗漏", "栏杆": "栏杆松动",
            "地漏": "地漏返味"}  # fmt: skip


def _defect_text(item: str) -> str:
    return next((text for key, text in _DEFECTS.items() if key in item), "表面破损")


def _move_ins(db: Database, fake: _Faker, unit_ids: list[int], today: dt.date | None = None) -> None:
    """The handover of the units not delivered yet, through the real services: some finished, others
    paused at each step; inspections with a few problems (some photographed), one batch passed to the
    developer three days ago, re-checks — so the 入伙 area, the unit tabs and the ledger show real work."""
    import io

    from PIL import Image, ImageDraw

    from propdesk.core.move_in import MOVE_IN_DOCUMENTS, OPTIONAL_DOCUMENTS
    from propdesk.services import households, inspections, move_ins, payments

    r = fake.random
    today = today or dt.date.today()
    now = dt.datetime.combine(today, dt.time(9, 0))
    after_hours = dt.datetime.combine(today, dt.time(17, 5))  # after the day's other payments: numbers follow the clock
    waiting = [u for u in unit_ids if (row := registry.unit_row(db, u)) is not None and row["state"] == "未交付"]
    chosen = waiting[: max(1, min(30, len(waiting) * 3 // 4))] if waiting else []
    photo = io.BytesIO()
    picture = Image.new("RGB", (1200, 900), (196, 190, 178))
    ImageDraw.Draw(picture).line((150, 120, 1050, 780), fill=(70, 64, 58), width=9)
    picture.save(photo, "JPEG", quality=80)
    with db.atomic():
        for index, unit_id in enumerate(chosen):
            stage = index % 5  # 0 finished; 1 documents only; 2 paid; 3 inspected; 4 all but the signatures
            # the first two came yesterday and had problems: the ledger always has defects to pass on today
            started = now - dt.timedelta(days=1 if index < 2 else r.randint(1, 12), hours=r.randint(0, 5))
            owner, id_number = fake.name(), fake.id_number()  # the buyer registers at move-in (家庭情况登记卡)
            households.add_owner(db, _CLERK, unit_id, PersonInput(name=owner, id_number=id_number, mobile=fake.mobile()),
                                 start_date=started.date().isoformat())  # fmt: skip
            move_ins.start(db, _CLERK, unit_id, started)
            move_ins.check_identity(db, _CLERK, unit_id, "业主本人", owner, id_number, False, started)
            documents = [d for d in MOVE_IN_DOCUMENTS if d not in OPTIONAL_DOCUMENTS]
            move_ins.set_documents(db, _CLERK, unit_id, {d: started.date().isoformat() for d in
                                                         (documents if stage != 1 else documents[:7])})  # fmt: skip
            if stage == 1:
                continue
            move_ins.hand_over(db, _CLERK, unit_id, started.date(), 12, started)
            payments.pay_bills(db, _CASHIER, unit_id, [b.id for b in payments.owed(db, unit_id)], "微信", owner,
                               f"{r.randint(10**17, 10**18 - 1)}", now=after_hours + dt.timedelta(minutes=2 * index))  # fmt: skip
            if stage == 2:
                continue
            inspection, _ = inspections.start(db, _CLERK, unit_id, started.date(), r.choice(["王工", "赵工", "陈工"]))
            bad = r.sample(range(len(inspection.items)), r.randint(1 if index < 2 else 0, 3))
            results = [(i.id, "不合格" if n in bad else "合格", _defect_text(i.item) if n in bad else "")
                       for n, i in enumerate(inspection.items)]  # fmt: skip
            inspections.record_results(db, _CLERK, unit_id, results, started.date())
            for n in bad[:1]:
                inspections.add_photo(db, _CLERK, "inspection_item", inspection.items[n].id, photo.getvalue(),
                                      "现场照片.jpg", started.date())  # fmt: skip
            move_ins.set_readings(db, _CLERK, unit_id, str(r.randint(0, 30)), str(r.randint(0, 400)), "")
            if stage == 3:
                continue
            move_ins.set_keys(db, _CLERK, unit_id, {"入户门钥匙": 3, "信报箱钥匙": 2, "门禁卡": 2})
            if stage == 4:
                continue
            move_ins.sign(db, _CLERK, unit_id, True, True)
            move_ins.complete(db, _CLERK, unit_id, started + dt.timedelta(hours=1))
        if chosen:
            try:
                inspections.transfer(db, _CLERK, "地产客服 刘经理", today - dt.timedelta(days=3))
            except Conflict:
                return  # no defect found early enough: nothing to pass on
            passed_on, _ = inspections.ledger(db, state="整改中")
            for n, defect in enumerate(passed_on[:3]):
                inspections.recheck(db, _CLERK, defect.id, n == 0, "已整改完毕" if n == 0 else "仍有渗水痕迹",
                                    today - dt.timedelta(days=1))  # fmt: skip


def _key_custody(db: Database, fake: _Faker, unit_ids: list[int], today: dt.date | None = None) -> None:
    """Keys of a few empty units kept by the office: one let out for a viewing now, one overdue from a
    repair, the others back in the cabinet after earlier movements."""
    from propdesk.services import keys

    r = fake.random
    now = dt.datetime.combine(today or dt.date.today(), dt.time(9, 30))
    empty = [u for u in unit_ids if (row := registry.unit_row(db, u)) is not None and row["state"] in ("已交付未入住", "空置")
             and row["owner_names"]]  # fmt: skip
    with db.atomic():
        for index, unit_id in enumerate(empty[:6]):
            row = registry.unit_row(db, unit_id)
            owner = str(row["owner_names"]).split("、")[0] if row else "业主"
            since = now - dt.timedelta(days=r.randint(20, 200))
            kept, _ = keys.deposit(db, _CLERK, unit_id, "入户门钥匙×2，信报箱钥匙×1，门禁卡×1", f"钥匙柜 A-{index + 1:02d}",
                                   owner, fake.mobile(), True, since.date())  # fmt: skip
            earlier = since + dt.timedelta(days=5, hours=2)
            keys.check_out(db, _CLERK, kept.number, "王小丽（开门）", "看房", earlier + dt.timedelta(hours=1), "李主管",
                           now=earlier)  # fmt: skip
            keys.check_in(db, _CLERK, kept.number, earlier + dt.timedelta(minutes=40))
            if index == 0:
                keys.check_out(db, _CLERK, kept.number, "王小丽（开门）", "看房", now + dt.timedelta(hours=1), "李主管",
                               now=now - dt.timedelta(minutes=20))  # fmt: skip
            elif index == 1:
                keys.check_out(db, _CLERK, kept.number, "维修班 老刘", "维修", now - dt.timedelta(days=1), "李主管",
                               "卫生间漏水检修", now=now - dt.timedelta(days=2))  # fmt: skip


def _renovation_application(fake: _Faker, applicant: str, when: dt.datetime, ends_after: dt.date | None = None) -> Any:
    from propdesk.services.renovations import Application

    r = fake.random
    start = when.date() + dt.timedelta(days=r.randint(-10, 3))
    return Application(
        applicant=applicant, applicant_kind="业主", applicant_phone=fake.mobile(), owner_consent=False,
        contractor=r.choice(["杭州美家装饰有限公司", "浙江名匠装饰工程有限公司", "杭州东箭装饰设计有限公司"]),
        contractor_license=f"D{r.randint(100000, 999999)}", foreman=fake.name(), foreman_phone=fake.mobile(),
        scope=r.choice(["全面装修", "局部装修"]), items=tuple(r.sample(["水电改造", "防水", "墙体", "门窗", "吊顶", "地面铺装"], 3)),
        planned_start=start, planned_end=max(start + dt.timedelta(days=r.randint(60, 120)), ends_after or start),
        workers=r.randint(3, 8),
        attachments=("装修图纸", "施工单位资质复印件", "业主身份证复印件", "装修承诺书"),
    )  # fmt: skip


def _renovations(db: Database, fake: _Faker, unit_ids: list[int], today: dt.date | None = None) -> None:
    """Applications at the other steps: two waiting for review (one past its deadline), one rejected,
    one approved and waiting for its fees."""
    from propdesk.services import renovations

    day = today or dt.date.today()
    now = dt.datetime.combine(day, dt.time(10, 0))
    free = [u for u in unit_ids if (row := registry.unit_row(db, u)) is not None and row["state"] == "已入住"
            and row["owner_names"] and not renovations.of_unit(db, u)]  # fmt: skip
    with db.atomic():
        for index, (unit_id, days_ago) in enumerate(zip(free[:4], (1, 9, 6, 3), strict=False)):
            row = registry.unit_row(db, unit_id)
            owner = str(row["owner_names"]).split("、")[0] if row else "业主"
            applied, _ = renovations.apply(db, _CLERK, unit_id, _renovation_application(fake, owner, now),
                                           now - dt.timedelta(days=days_ago))  # fmt: skip
            if index == 2:
                renovations.review(db, _SUPERVISOR, applied.id, False, "方案涉及拆改承重墙，请修改后重新申请",
                                   now - dt.timedelta(days=days_ago - 2))  # fmt: skip
            elif index == 3:
                renovations.review(db, _SUPERVISOR, applied.id, True, "同意", now - dt.timedelta(days=1))
        _patrols(db, fake, day)


_PATROL_FINDINGS = [("垃圾堆放", "楼道堆放装修垃圾", "当日清运完毕"), ("装修时间", "中午 12:40 仍在电钻施工", "严格遵守施工时间"),
                    ("成品保护", "电梯轿厢未做保护", "电梯内铺设保护板"), ("消防", "楼道内动火作业未报备", "停止动火，补办动火审批")]  # fmt: skip


def _patrols(db: Database, fake: _Faker, today: dt.date) -> None:
    """Every renovation under way patrolled most days since its permit; now and then a problem, some made
    violations (one rectified, one still open, one past its deadline). Today's list starts unpatrolled."""
    from propdesk.services import patrols, renovations

    r = fake.random
    found: list[tuple[dt.datetime, int, int, tuple[str, str, str]]] = []  # numbered afterwards, in time order
    for index, renovation in enumerate(renovations.ledger(db, "施工中")):
        start = dt.date.fromisoformat((renovation.permit_issued_at or today.isoformat())[:10])
        day = max(start, today - dt.timedelta(days=30))
        first = True
        while day < today:
            at = dt.datetime.combine(day, dt.time(r.randint(9, 16), r.randint(0, 59)))
            finding = r.choice(_PATROL_FINDINGS) if r.random() < 0.12 else None
            _patrol, _ = patrols.record_patrol(db, _CLERK, renovation.id, r.choice(["赵工", "王小丽"]),
                                              {finding[0]: finding[1]} if finding else {}, now=at)  # fmt: skip
            if finding and first:
                found.append((at, index, renovation.id, finding))
                first = False
            day += dt.timedelta(days=r.choice([1, 1, 2]))
    for at, index, renovation_id, (rule, what, required) in sorted(found, key=lambda f: f[0]):
        patrol_id = next((p.id for p in patrols.patrols(db, renovation_id) if p.patrolled_at == at.isoformat(sep=" ")),
                         None)  # fmt: skip
        deadline = at.date() + dt.timedelta(days=r.choice([1, 3]))
        violation, _ = patrols.register_violation(db, _CLERK, renovation_id, rule, what, required, deadline,
                                                  r.choice([0, 0, 20000]), patrol_id, at)  # fmt: skip
        if index % 3 == 0 and deadline < today:
            patrols.recheck(db, _CLERK, violation.id, True, "已整改到位", deadline)


def _renovation_ending(db: Database, fake: _Faker, which: int, renovation_id: int, owner: str, started: dt.datetime,
                       today: dt.date) -> list[tuple[dt.datetime, Callable[[], object]]]:  # fmt: skip
    """The later steps for the renovations under way in propdesk: the first patrolled, finished, failed its
    first acceptance, passed the re-inspection and had its deposit settled (a violation's penalty and a
    damage deduction kept); the second failed its acceptance days ago; the third waits for acceptance;
    the fourth has a design change waiting for review."""
    from propdesk.core.renovation import Deduction, acceptance_items
    from propdesk.services import (
        deposit_settlements,
        design_changes,
        patrols,
        renovation_completion,
        renovations,
        worker_passes,
    )

    r = fake.random
    at = partial(dt.datetime.combine)
    events: list[tuple[dt.datetime, Callable[[], object]]] = []
    if which == 0:
        done = min(started.date() + dt.timedelta(days=24), today - dt.timedelta(days=4))
        for day in range(1, (done - started.date()).days, 2):
            when = at(started.date() + dt.timedelta(days=day), dt.time(r.randint(9, 11), r.randint(0, 59)))
            events.append((when, partial(patrols.record_patrol, db, _CLERK, renovation_id, "赵工", {}, now=when)))
        found = at(started.date() + dt.timedelta(days=3), dt.time(14, 20))

        def violation(when: dt.datetime = found) -> None:
            patrol, _ = patrols.record_patrol(
                db, _CLERK, renovation_id, "赵工", {"成品保护": "电梯轿厢未做保护"}, now=when
            )
            made, _ = patrols.register_violation(db, _CLERK, renovation_id, "成品保护", "电梯轿厢未做保护，轿厢壁板划伤",
                                                 "电梯内铺设保护板", when.date() + dt.timedelta(days=1), 20000,
                                                 patrol.id, when)  # fmt: skip
            patrols.recheck(db, _CLERK, made.id, True, "已铺设保护板", when.date() + dt.timedelta(days=1))

        def finished(day: dt.date = done) -> None:
            renovation_completion.apply_completion(db, _CLERK, renovation_id, day, "业主来电报完工", today=day)
            renovation_completion.inspect(db, _CLERK, renovation_id, "赵工", {"装修垃圾清运完毕": "楼道仍堆放装修垃圾"},
                                          day=day + dt.timedelta(days=1))  # fmt: skip

        def accepted(day: dt.date = done + dt.timedelta(days=3)) -> None:
            for worker in worker_passes.passes(db, renovation_id):
                worker_passes.hand_back(db, _CLERK, worker.id, day)
            renovation_completion.inspect(db, _CLERK, renovation_id, "赵工", {}, "垃圾已清运，复验合格", day=day)

        settle_at = at(done + dt.timedelta(days=3), dt.time(15, 10))

        def settled(when: dt.datetime = settle_at) -> None:
            draft = deposit_settlements.draft(db, renovation_id)
            deductions = [*draft.suggested, Deduction("损坏赔偿", "楼道墙面磕碰修补", 15000)]
            deposit_settlements.settle(db, _CASHIER, _SUPERVISOR, renovation_id, deductions, "现金", owner, when)

        events += [(found, violation), (at(done, dt.time(9, 30)), finished),
                   (at(done + dt.timedelta(days=3), dt.time(10, 0)), accepted),
                   (settle_at, settled)]  # fmt: skip
    elif which == 1:

        def failed() -> None:
            renovation = renovations.get(db, renovation_id)
            wet = "闭水试验合格" in acceptance_items(renovation.items)
            failures = (
                {"闭水试验合格": "卫生间闭水 48 小时后楼下顶板渗水"} if wet else {"公共部位无损坏": "电梯厅墙面破损"}
            )
            renovation_completion.apply_completion(db, _CLERK, renovation_id, today - dt.timedelta(days=3), today=today)
            renovation_completion.inspect(db, _CLERK, renovation_id, "赵工", failures, day=today - dt.timedelta(days=2))

        events.append((at(today - dt.timedelta(days=2), dt.time(10, 0)), failed))
    elif which == 2:
        events.append((at(today - dt.timedelta(days=1), dt.time(16, 0)), partial(
            renovation_completion.apply_completion, db, _CLERK, renovation_id, today - dt.timedelta(days=1),
            "业主来电报完工，约周五验收", today)))  # fmt: skip
    elif which == 3:
        when = at(today - dt.timedelta(days=1), dt.time(11, 0))
        events.append((when, partial(design_changes.request, db, _CLERK, renovation_id, "客厅增加石膏板吊顶",
                                     ("吊顶",), None, when)))  # fmt: skip
    return events


def _counter_extras(db: Database, fake: _Faker, unit_ids: list[int],
                    today: dt.date) -> list[tuple[dt.datetime, Callable[[], object]]]:  # fmt: skip
    """The rest of the counter's work: water read and billed for three months, renovation fees and
    deposits (some refunded, one with a deduction), paid repairs, and owners who pay ahead. Bills are
    made now; the payments and refunds come back as timed events for the caller to run in order."""
    from decimal import Decimal

    from propdesk.core.billing import FeeKind, Period
    from propdesk.services import fees, meter_readings, payments, refunds, renovations, worker_passes
    from propdesk.services.meter_readings import ReadingEntry

    r = fake.random
    setter = Actor("管理员", frozenset({Role.ADMIN.value}))
    since = Period.of(today).plus(-36)
    made = {}
    for name, kind, label, price in [("水费", FeeKind.METERED, "元/吨", "3.45"), ("装修管理费", FeeKind.ONE_OFF, "元/户", "300"),
                                     ("装修押金", FeeKind.DEPOSIT, "元/户", "2000"), ("有偿维修", FeeKind.SERVICE, "元/次", "0"),
                                     ("出入证工本费", FeeKind.ONE_OFF, "元/张", "10"),
                                     ("垃圾清运费", FeeKind.ONE_OFF, "元/户", "200"),
                                     ("出入证押金", FeeKind.DEPOSIT, "元/张", "50")]:  # fmt: skip
        made[name], _ = fees.add_fee_item(db, setter, name, kind, label, frozenset(), 100, Decimal(price), since)
    billable = [u for u in unit_ids if (row := registry.unit_row(db, u)) is not None and row["state"] != "未交付"]
    metered = billable[: max(4, len(billable) // 2)]
    this_month = Period.of(today)
    readings = {u: Decimal(r.randint(50, 900)) for u in metered}
    for months_back in (3, 2, 1):
        period = this_month.plus(-months_back)
        entries = []
        for unit_id in metered:
            base = readings[unit_id]
            readings[unit_id] = base + Decimal(r.randint(4, 26)) + Decimal(r.randint(0, 9)) / 10
            entries.append(ReadingEntry(unit_id, readings[unit_id], base if months_back == 3 else None))
        meter_readings.save_readings(db, _SUPERVISOR, made["水费"], period, entries, today)

    def day_in(months_back: int) -> dt.datetime:
        month = this_month.plus(-months_back)
        day = min(r.randint(1, 27), max(1, today.day - 1)) if months_back == 0 else r.randint(1, 27)
        return dt.datetime(month.year, month.month, day, r.randint(9, 16), r.randint(0, 59))

    def payer_of(unit_id: int) -> str:
        row = registry.unit_row(db, unit_id)
        return row["owner_names"].split("、")[0] if row is not None and row["owner_names"] else "业主"

    events: list[tuple[dt.datetime, Callable[[], object]]] = []
    renovating = r.sample(billable, min(8, len(billable)))
    for index, unit_id in enumerate(renovating):
        when = day_in(r.randint(1, 4))
        reference = f"{r.randint(10**17, 10**18 - 1)}"
        passes = fees.charge(db, _SUPERVISOR, unit_id, made["出入证工本费"], Decimal(r.randint(2, 5)), note="施工人员出入证",
                             today=when.date())[0]  # fmt: skip
        if index < 3:  # finished before propdesk came: the deposit was taken and given back after acceptance
            charged = [fees.charge(db, _SUPERVISOR, unit_id, made[name], Decimal(1), today=when.date())[0]
                       for name in ("装修管理费", "装修押金")]  # fmt: skip
            events.append((when, partial(payments.pay_bills, db, _CASHIER, unit_id, [*charged, passes], "微信",
                                         payer_of(unit_id), reference, now=when)))  # fmt: skip
            back = min(when + dt.timedelta(days=r.randint(20, 40)), dt.datetime.combine(today, dt.time(9, 15)))
            if index == 2:  # accepted on paper, the owner has not come for the deposit yet: still on the ledger
                continue
            deducted, why = (50000, "擅自拆改阳台栏杆，恢复费用") if index == 0 else (0, "")
            events.append((back, partial(refunds.refund_deposit, db, _CASHIER, _SUPERVISOR, charged[1], "现金",
                                         payer_of(unit_id), "装修验收合格", deducted, why, now=back)))  # fmt: skip
            continue
        # under way in propdesk: applied, approved (the fees charged), paid at the desk, permit issued
        still_working = today + dt.timedelta(days=r.choice([2, 15, 30, 45, 60]))  # under way now: one ends soon
        applied, _ = renovations.apply(db, _CLERK, unit_id,
                                       _renovation_application(fake, payer_of(unit_id), when, still_working),
                                       when - dt.timedelta(days=5))  # fmt: skip
        approved, _ = renovations.review(db, _SUPERVISOR, applied.id, True, "同意，注意防水和垃圾清运",
                                         when - dt.timedelta(days=3))  # fmt: skip

        def pay_and_permit(unit_id: int = unit_id, bills: list[int] = [f.bill_id for f in approved.fees] + [passes],
                           renovation_id: int = applied.id, at: dt.datetime = when, ref: str = reference) -> None:  # fmt: skip
            payments.pay_bills(db, _CASHIER, unit_id, bills, "微信", payer_of(unit_id), ref, now=at)
            renovations.issue_permit(db, _CLERK, renovation_id, at + dt.timedelta(minutes=5))

        def crew_passes(unit_id: int = unit_id, renovation_id: int = applied.id, at: dt.datetime = when) -> None:
            for _ in range(r.randint(2, 4)):  # the crew's passes, paid in cash on the spot
                worker_passes.issue(db, _CLERK, renovation_id, fake.name(), fake.id_number(), fake.mobile(),
                                    now=at + dt.timedelta(minutes=8))  # fmt: skip
            owed = [b.id for b in payments.owed(db, unit_id) if "出入证" in b.description]
            payments.pay_bills(
                db, _CASHIER, unit_id, owed, "现金", payer_of(unit_id), now=at + dt.timedelta(minutes=10)
            )

        events.append((when, pay_and_permit))
        events.append((when + dt.timedelta(minutes=10), crew_passes))
        events += _renovation_ending(db, fake, index - 3, applied.id, payer_of(unit_id), when, today)
    from propdesk.services.demo_service_desk import complaints_made, repair_events, visits_made

    events += repair_events(db, r, unit_ids, today, _CLERK, _CASHIER, setter, fake.name, fake.mobile)
    complaints_made(db, r, unit_ids, today, _CLERK, _SUPERVISOR)
    visits_made(db, r, today, _CLERK, _SUPERVISOR)
    for unit_id in r.sample(billable, min(10, len(billable))):  # this month: the bills they draw already exist
        when = day_in(0)
        amount = r.choice([100000, 200000, 300000, 50000])
        method = r.choice(["现金", "微信", "转账"])
        events.append((when, partial(payments.take_prepayment, db, _CASHIER, unit_id, amount, method, payer_of(unit_id),
                                     now=when)))  # fmt: skip
    return events


def _cash_desk(db: Database, fake: _Faker, unit_ids: list[int], today: dt.date | None = None) -> None:
    """This year's fees at the cash desk, through the real services: two fee items, the monthly
    bills of the last eleven months, and the payments most owners made — some up to date, some
    half a year behind, some never paid — so the 账务 tab and the arrears show real work."""
    from decimal import Decimal

    from propdesk.core.billing import FeeKind, PaymentMethod, Period
    from propdesk.services import fees, payments

    r = fake.random
    today = today or dt.date.today()
    end = Period.of(today)
    start = end.plus(-10)
    setter = Actor("管理员", frozenset({Role.ADMIN.value}))
    fees.add_fee_item(db, setter, "物业服务费", FeeKind.AREA_MONTHLY, "元/㎡·月", frozenset(), 70, Decimal("1.85"),
                      start.plus(-24))  # fmt: skip
    fees.add_fee_item(db, setter, "生活垃圾处理费", FeeKind.FIXED_MONTHLY, "元/户·月", frozenset(), 100, Decimal("10"),
                      start.plus(-24))  # fmt: skip
    fees.generate_bills(db, _SUPERVISOR, start, end)

    def moment(first: Period, last: Period) -> dt.datetime:
        month = first.plus(r.randint(0, max(0, first.months_until(last))))
        day = min(r.randint(1, 28), today.day if month == end else 28)
        return dt.datetime(month.year, month.month, day, r.randint(8, 17), r.randint(0, 59), r.randint(0, 59))

    plans: list[tuple[dt.datetime, int, Period, Period]] = []  # when, unit, first and last month paid
    half = start.plus(5)
    for unit_id in unit_ids:
        roll = r.random()
        if roll < 0.55:  # half a year at a time
            plans.append((moment(start, start.plus(2)), unit_id, start, half))
            plans.append((moment(half.plus(1), end.plus(-1)), unit_id, half.plus(1), end.plus(-1)))
        elif roll < 0.75:  # paid the first half, then stopped
            plans.append((moment(start, start.plus(2)), unit_id, start, half))
        elif roll < 0.85:  # the whole year at once, lately
            plans.append((moment(end.plus(-2), end), unit_id, start, end))
        # the rest owe everything: the arrears list and the dunning notices have work to show
    plans.sort()
    methods = [m.value for m in PaymentMethod]
    issued = []

    def pay(when: dt.datetime, unit_id: int, first: Period, last: Period) -> None:
        row = registry.unit_row(db, unit_id)
        owed = [b.id for b in payments.owed(db, unit_id) if b.period and str(first) <= b.period <= str(last)]
        if row is None or not owed:
            return
        method = r.choices(methods, weights=[35, 35, 15, 10, 5])[0]
        payer = row["owner_names"].split("、")[0] if row["owner_names"] else "业主"
        cash = method == PaymentMethod.CASH
        total = sum(b.amount_fen for b in payments.owed(db, unit_id) if b.id in set(owed))
        receipt, _ = payments.pay_bills(
            db, _CASHIER, unit_id, owed, method, payer,
            reference="" if cash else f"{r.randint(10**17, 10**18 - 1)}",
            cash_given_fen=-(-total // 10000) * 10000 if cash and r.random() < 0.6 else None,
            now=when,
        )  # fmt: skip
        issued.append(receipt)
        if len(issued) in (8, 160, 700):  # mistakes, voided the proper way and issued again at once
            later = when + dt.timedelta(minutes=3)
            payments.void_receipt(db, _SUPERVISOR, receipt.number, "收款方式选错，作废重开", now=later)
            payments.pay_bills(db, _CASHIER, unit_id, owed, PaymentMethod.CASH, payer,
                               cash_given_fen=-(-total // 10000) * 10000, now=later + dt.timedelta(minutes=1))  # fmt: skip

    with db.atomic():  # one commit for the whole desk year, not one fsync per payment
        extras = _counter_extras(db, fake, unit_ids, today)  # merged by time: receipt numbers follow the clock
        events = [(plan[0], partial(pay, *plan)) for plan in plans] + extras
        for _when, act in sorted(events, key=lambda event: event[0]):
            act()
        from propdesk.services import day_close, dunning

        chased = [debt for debt in payments.arrears(db, today) if debt.buckets[2] or debt.buckets[3]][:40]
        replies = [("电话", "业主说月底前来交", "月底再电话确认"), ("上门", "家中无人，留下催缴通知书", "一周后再上门"),
                   ("短信", "已发送欠费提醒短信", "等待业主回复"), ("电话", "业主对维修有意见，暂不交费", "转客服主管处理")]  # fmt: skip
        for index, debt in enumerate(chased):
            method, result, next_step = replies[index % len(replies)]
            dunning.record_contact(db, _CASHIER, debt.unit_id, method, result, next_step,
                                   today - dt.timedelta(days=3 + index % 20))  # fmt: skip
        for cashier, day in day_close.unclosed_days(db, today)[:-1]:  # the last day is left open: the morning warning
            evening = dt.datetime.combine(dt.date.fromisoformat(day), dt.time(17, 40))
            day_close.close_day(db, _CASHIER if cashier == _CASHIER.name else Actor(cashier, _CASHIER.roles), day,
                                now=evening)  # fmt: skip
