"""入伙: the move-in record a clerk works through with the owner at the desk — identity, documents,
handover and the fees due (through the cash desk), the inspection, meter base readings, keys and
signatures — pausing and resuming at any step; then it is completed. Incomplete ones are listed with
what is missing."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass

from propdesk.core.author import Actor
from propdesk.core.changes import Changes
from propdesk.core.errors import Conflict, FieldProblem, NotFound, ValidationError
from propdesk.core.identity import id_number_problem, normalize_id_number
from propdesk.core.meters import parse_reading, plain
from propdesk.core.move_in import KEY_KINDS, MOVE_IN_DOCUMENTS, IdentityKind, MoveIn
from propdesk.core.permissions import Permission
from propdesk.core.registry import UnitState
from propdesk.services import fees, inspections
from propdesk.store import audit, meter_readings, move_ins, receipts, settings
from propdesk.store.connection import Database

PREPAY_MONTHS_KEY = "move_in.prepay_months"
METER_ITEMS = {"water_reading": "水费", "electricity_reading": "电费", "gas_reading": "燃气费"}


def _now(now: dt.datetime | None) -> dt.datetime:
    return (now or dt.datetime.now()).replace(microsecond=0)


def prepay_months(db: Database) -> int:
    """How many months of the monthly fees the office takes at move-in (预缴), a setting."""
    value = settings.get_value(db, PREPAY_MONTHS_KEY, "12")
    return int(value) if value.isdecimal() else 12


def get(db: Database, unit_id: int) -> MoveIn | None:
    row = move_ins.move_in_of_unit(db, unit_id)
    if row is None:
        return None
    owed = sum(b.amount_fen for b in receipts.unpaid_bills(db, unit_id)) if row["handed_over_on"] else 0
    return MoveIn(
        **{k: row[k] for k in ("id", "unit_id", "unit_code", "owner_names", "started_at", "started_by",
                               "identity_kind", "identity_name", "identity_id_number", "identity_checked_at",
                               "handed_over_on", "water_reading", "electricity_reading", "gas_reading", "note",
                               "completed_at", "completed_by")},
        agent_letter=bool(row["agent_letter"]), owner_signed=bool(row["owner_signed"]),
        clerk_signed=bool(row["clerk_signed"]), documents=move_ins.documents(db, row["id"]),
        keys=move_ins.keys(db, row["id"]), inspection=inspections.of_unit(db, unit_id), owed_fen=owed,
    )  # fmt: skip


def _open(db: Database, unit_id: int) -> MoveIn:
    found = get(db, unit_id)
    if found is None:
        raise NotFound("这户还没有开始办理入伙")
    if found.completed:
        raise Conflict(f"{found.unit_code} 已于 {found.completed_at} 办完入伙，不能再修改")
    return found


def start(db: Database, actor: Actor, unit_id: int, now: dt.datetime | None = None) -> tuple[MoveIn, Changes]:
    actor.require(Permission.EDIT_REGISTRY)
    at = _now(now).isoformat(sep=" ")
    with db.atomic():
        if move_ins.unit_handover(db, unit_id) is None:
            raise NotFound("找不到这户房屋")
        if move_ins.move_in_of_unit(db, unit_id) is not None:
            raise Conflict("这户已经开始办理入伙，请继续原来的记录")
        move_in_id = move_ins.insert_move_in(db, unit_id, actor.name, at)
        audit.record(db, actor.name, "create", "move_in", move_in_id, "开始办理入伙", None, {"started_at": at},
                     unit_id=unit_id)  # fmt: skip
        started = get(db, unit_id)
    assert started is not None
    return started, Changes(units=frozenset({unit_id}))


def _save(db: Database, actor: Actor, found: MoveIn, values: dict[str, object], summary: str) -> Changes:
    before = {k: getattr(found, k) for k in values if hasattr(found, k)}
    move_ins.update_move_in(db, found.id, values)
    audit.record(db, actor.name, "update", "move_in", found.id, summary, before, values, unit_id=found.unit_id)
    return Changes(units=frozenset({found.unit_id}))


def check_identity(db: Database, actor: Actor, unit_id: int, kind: str, name: str, id_number: str,
                   agent_letter: bool, now: dt.datetime | None = None) -> tuple[MoveIn, Changes]:  # fmt: skip
    """身份核验: the owner, or an agent who brings a 委托书 and their own ID."""
    actor.require(Permission.EDIT_REGISTRY)
    problems = []
    if kind not in {k.value for k in IdentityKind}:
        problems.append(FieldProblem("identity_kind", "请选择业主本人或委托代理人"))
    if not name.strip():
        problems.append(FieldProblem("identity_name", "请填写来办理人的姓名"))
    number = normalize_id_number(id_number)
    problem = id_number_problem("身份证", number) if number else "请填写来办理人的身份证号"
    if problem:
        problems.append(FieldProblem("identity_id_number", problem))
    if kind == IdentityKind.AGENT and not agent_letter:
        problems.append(FieldProblem("agent_letter", "委托代理人须交业主签字的委托书"))
    if problems:
        raise ValidationError(problems)
    with db.atomic():
        found = _open(db, unit_id)
        changes = _save(db, actor, found, {
            "identity_kind": kind, "identity_name": name.strip(), "identity_id_number": number,
            "agent_letter": int(agent_letter), "identity_checked_at": _now(now).isoformat(sep=" "),
        }, f"入伙身份核验：{kind} {name.strip()}")  # fmt: skip
        saved = get(db, unit_id)
    assert saved is not None
    return saved, changes


def set_documents(db: Database, actor: Actor, unit_id: int, done: dict[str, str]) -> tuple[MoveIn, Changes]:
    """资料签收: the checklist as ticked, each document with the date it was received or signed."""
    actor.require(Permission.EDIT_REGISTRY)
    unknown = [d for d in done if d not in MOVE_IN_DOCUMENTS]
    if unknown:
        raise ValidationError.single("documents", f"不认识的资料：{'、'.join(unknown)}")
    for document, day in done.items():
        try:
            dt.date.fromisoformat(day)
        except ValueError:
            raise ValidationError.single("documents", f"{document} 的日期“{day}”不对") from None
    with db.atomic():
        found = _open(db, unit_id)
        move_ins.set_documents(db, found.id, done, actor.name)
        audit.record(db, actor.name, "update", "move_in", found.id, f"入伙资料签收 {len(done)}/{len(MOVE_IN_DOCUMENTS)} 份",
                     {"documents": found.documents}, {"documents": done}, unit_id=unit_id)  # fmt: skip
        saved = get(db, unit_id)
    assert saved is not None
    return saved, Changes(units=frozenset({unit_id}))


def hand_over(db: Database, actor: Actor, unit_id: int, day: dt.date, months: int,
              now: dt.datetime | None = None) -> tuple[MoveIn, Changes]:  # fmt: skip
    """交房: the unit is handed over on ``day`` — its fees start by the office's rule from that date, it is
    marked 已交付未入住 — and the fees due at move-in (``months`` of the monthly fees, 0 for none) are billed
    for the cash desk to take."""
    actor.require(Permission.EDIT_REGISTRY)
    if not 0 <= months <= 36:
        raise ValidationError.single("months", "入伙预缴月数应在 0 到 36 之间")
    if day > _now(now).date() + dt.timedelta(days=30):
        raise ValidationError.single("handed_over_on", "交房日期不能晚于一个月以后")
    with db.atomic():
        found = _open(db, unit_id)
        if found.handed_over_on:
            raise Conflict(f"这户已于 {found.handed_over_on} 交房")
        state, billing_from = move_ins.unit_handover(db, unit_id) or ("", None)
        new_state = UnitState.DELIVERED.value if state == UnitState.NOT_DELIVERED else state
        move_ins.set_unit_handover(db, unit_id, new_state, billing_from or day.isoformat())
        changes = _save(db, actor, found, {"handed_over_on": day.isoformat()}, f"交房 {day.isoformat()}")
        audit.record(db, actor.name, "update", "unit", unit_id, f"交房：房态 {state} → {new_state}，{day} 起计费",
                     {"state": state, "billing_from": billing_from},
                     {"state": new_state, "billing_from": billing_from or day.isoformat()}, unit_id=unit_id)  # fmt: skip
        if months:
            fees.bill_months_ahead(db, actor.name, unit_id, months, day)
        saved = get(db, unit_id)
    assert saved is not None
    return saved, changes


def set_readings(db: Database, actor: Actor, unit_id: int, water: str, electricity: str, gas: str,
                 now: dt.datetime | None = None) -> tuple[MoveIn, Changes]:  # fmt: skip
    """抄表: the 水/电/气 底数 at handover; each is also the first reading of the metered item of that name, so
    next month's reading sheet starts from it."""
    actor.require(Permission.EDIT_REGISTRY)
    values: dict[str, str] = {}
    problems = []
    for key, text in (("water_reading", water), ("electricity_reading", electricity), ("gas_reading", gas)):
        if not text.strip():
            values[key] = ""
            continue
        try:
            values[key] = plain(parse_reading(text, key))
        except ValidationError as exc:
            problems += exc.problems
    if problems:
        raise ValidationError(problems)
    with db.atomic():
        found = _open(db, unit_id)
        changes = _save(db, actor, found, dict(values), "入伙抄表：" + "，".join(
            f"{label} {values[key]}" for key, label in (("water_reading", "水"), ("electricity_reading", "电"),
                                                       ("gas_reading", "气")) if values[key]))  # fmt: skip
        day = found.handed_over_on or _now(now).date().isoformat()
        period = day[:7]
        items = {i.name: i.id for i in fees.list_fee_items(db) if i.kind == "按读数"}
        for key, item_name in METER_ITEMS.items():
            if values[key] and item_name in items and found.handed_over_on:
                meter_readings.set_base_reading(db, unit_id, items[item_name], period, values[key], actor.name)
        saved = get(db, unit_id)
    assert saved is not None
    return saved, changes


def set_keys(db: Database, actor: Actor, unit_id: int, handed: dict[str, int]) -> tuple[MoveIn, Changes]:
    """钥匙交接: keys and cards handed over, by kind and count."""
    actor.require(Permission.EDIT_REGISTRY)
    bad = [k for k, n in handed.items() if not k.strip() or not 0 <= n <= 99]
    if bad:
        raise ValidationError.single("keys", "钥匙种类不能为空，数量应在 0 到 99 之间")
    with db.atomic():
        found = _open(db, unit_id)
        move_ins.set_keys(db, found.id, handed)
        audit.record(db, actor.name, "update", "move_in", found.id,
                     "交付钥匙：" + "，".join(f"{k}×{n}" for k, n in handed.items() if n), found.keys, handed,
                     unit_id=unit_id)  # fmt: skip
        saved = get(db, unit_id)
    assert saved is not None
    return saved, Changes(units=frozenset({unit_id}))


def sign(db: Database, actor: Actor, unit_id: int, owner_signed: bool, clerk_signed: bool) -> tuple[MoveIn, Changes]:
    """签字确认: both signatures on the printed 业主入伙确认单."""
    actor.require(Permission.EDIT_REGISTRY)
    with db.atomic():
        found = _open(db, unit_id)
        changes = _save(db, actor, found, {"owner_signed": int(owner_signed), "clerk_signed": int(clerk_signed)},
                        "入伙确认单签字")  # fmt: skip
        saved = get(db, unit_id)
    assert saved is not None
    return saved, changes


def complete(db: Database, actor: Actor, unit_id: int, now: dt.datetime | None = None) -> tuple[MoveIn, Changes]:
    """办结: only when every step is done; says which are not."""
    actor.require(Permission.EDIT_REGISTRY)
    at = _now(now).isoformat(sep=" ")
    with db.atomic():
        found = _open(db, unit_id)
        gaps = found.missing()
        if gaps:
            raise ValidationError(
                [FieldProblem(step.name.lower(), f"{step.value}：{text}") for step, text in gaps.items()]
            )
        changes = _save(db, actor, found, {"completed_at": at, "completed_by": actor.name}, "入伙办结")
        saved = get(db, unit_id)
    assert saved is not None
    return saved, changes


def open_move_ins(db: Database) -> list[MoveIn]:
    """Every move-in not completed, in unit order, each able to say what it is missing."""
    found = []
    for row in move_ins.open_move_ins(db):
        record = get(db, row["unit_id"])
        if record is not None:
            found.append(record)
    return found


def key_kinds() -> list[str]:
    return list(KEY_KINDS)


WINDOW_FROM_KEY, WINDOW_TO_KEY, PLACE_KEY = "move_in.window_from", "move_in.window_to", "move_in.place"


@dataclass(frozen=True)
class NoticeSettings:
    window_from: dt.date
    window_to: dt.date
    place: str
    months: int


def notice_settings(db: Database, today: dt.date | None = None) -> NoticeSettings:
    """The handover window and place printed on 入伙通知书 (two weeks from today until the office sets them)."""
    day = today or dt.date.today()

    def date_of(key: str, default: dt.date) -> dt.date:
        try:
            return dt.date.fromisoformat(settings.get_value(db, key))
        except ValueError:
            return default

    return NoticeSettings(date_of(WINDOW_FROM_KEY, day + dt.timedelta(days=7)),
                          date_of(WINDOW_TO_KEY, day + dt.timedelta(days=21)),
                          settings.get_value(db, PLACE_KEY), prepay_months(db))  # fmt: skip


def save_notice_settings(db: Database, actor: Actor, wanted: NoticeSettings) -> Changes:
    actor.require(Permission.EDIT_REGISTRY)
    if wanted.window_to < wanted.window_from:
        raise ValidationError.single("window_to", "办理截止日期不能早于开始日期")
    if not 0 <= wanted.months <= 36:
        raise ValidationError.single("months", "入伙预缴月数应在 0 到 36 之间")
    with db.atomic():
        before = notice_settings(db)
        settings.set_value(db, WINDOW_FROM_KEY, wanted.window_from.isoformat())
        settings.set_value(db, WINDOW_TO_KEY, wanted.window_to.isoformat())
        settings.set_value(db, PLACE_KEY, wanted.place.strip())
        settings.set_value(db, PREPAY_MONTHS_KEY, str(wanted.months))
        audit.record(db, actor.name, "update", "settings", None, "修改入伙通知设置",
                     {k: str(v) for k, v in asdict(before).items()}, {k: str(v) for k, v in asdict(wanted).items()})  # fmt: skip
    return Changes()


def notice_units(db: Database, key: str) -> list[dict[str, object]]:
    """The units a batch of 入伙通知书 goes to: a building code (its units not yet handed over), ``all``, or
    unit codes separated by commas."""
    text = key.strip()
    if "-" in text:
        codes = [c.strip() for c in text.replace("，", ",").split(",") if c.strip()]
        return move_ins.units_by_code(db, codes)
    return move_ins.undelivered_units(db, "" if text in ("", "all", "全部") else text)


def receipts_since_start(db: Database, unit_id: int, started_at: str) -> list[tuple[str, str, int]]:
    """The unit's valid receipts since its move-in began: the fees paid at move-in, for the 入伙确认单."""
    return [(r["number"], r["paid_at"], r["total_fen"]) for r in receipts.receipts_of_unit(db, unit_id)
            if r["paid_at"] >= started_at and r["voided_at"] is None][::-1]  # fmt: skip
