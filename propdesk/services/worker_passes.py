"""临时出入证: each worker of a renovation registered with a valid 身份证号, a numbered pass for the
permitted period with its 工本费 and 押金 charged at the cash desk, printed (several per A4) once paid,
extended within the permit, and handed back — more than seven days after it expired, its deposit is
forfeited."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence
from decimal import Decimal

from propdesk.core.author import Actor
from propdesk.core.changes import Changes
from propdesk.core.errors import Conflict, FieldProblem, NotFound, ValidationError
from propdesk.core.identity import id_number_problem, normalize_id_number, phone_problem
from propdesk.core.permissions import Permission
from propdesk.core.renovation import (
    PASS_FEES,
    PASS_LOST,
    RenovationState,
    WorkerPass,
    pass_deposit_outcome,
    pass_number,
)
from propdesk.services import fees, renovation_settings, renovations
from propdesk.store import audit
from propdesk.store import renovations as store
from propdesk.store.connection import Database

PHOTO_EDGE = 300  # px: a face on a card


def passes(db: Database, renovation_id: int) -> list[WorkerPass]:
    return [WorkerPass(**{**r, "has_photo": bool(r["has_photo"]), "paid": bool(r["paid"])})
            for r in store.passes_of(db, renovation_id)]  # fmt: skip


def _pass(db: Database, pass_id: int) -> WorkerPass:
    row = store.pass_row(db, pass_id)
    if row is None:
        raise NotFound("找不到这张出入证")
    return WorkerPass(**{**row, "has_photo": bool(row["has_photo"]), "paid": bool(row["paid"])})


def issue(db: Database, actor: Actor, renovation_id: int, name: str, id_number: str, phone: str = "",
          photo: bytes | None = None, now: dt.datetime | None = None) -> tuple[WorkerPass, Changes]:  # fmt: skip
    """A numbered pass for a worker of a renovation under way, valid for its permitted period; the 工本费 and
    押金 are charged on the unit for the cash desk."""
    actor.require(Permission.EDIT_REGISTRY)
    number_text = normalize_id_number(id_number)
    problems = []
    if not name.strip():
        problems.append(FieldProblem("name", "请填写施工人员姓名"))
    problem = id_number_problem("身份证", number_text) if number_text else "请填写身份证号"
    if problem:
        problems.append(FieldProblem("id_number", problem))
    if phone.strip() and (phone_problem(phone) is not None):
        problems.append(FieldProblem("phone", phone_problem(phone) or ""))
    if problems:
        raise ValidationError(problems)
    picture = _face(photo) if photo else None
    at = (now or dt.datetime.now()).replace(microsecond=0)
    with db.atomic():
        renovation = renovations.get(db, renovation_id)
        if renovation.state != RenovationState.WORKING:
            raise Conflict(f"装修“{renovation.state}”，发放许可证后才能办理出入证")
        if any(p.id_number == number_text and not p.returned_at for p in passes(db, renovation_id)):
            raise Conflict(f"{name.strip()} 已有未交回的出入证")
        bills = {}
        by_name = {i.name: i for i in fees.chargeable_items(db)}
        for item_name in PASS_FEES:
            item = by_name.get(item_name)
            if item is not None and (fees.current_price(item, at.date()) or Decimal(0)) > 0:
                bills[item_name] = fees.charge_item(db, actor.name, renovation.unit_id, item.id, Decimal(1), None,
                                                    f"{name.strip()} 出入证", at.date())  # fmt: skip
        number = pass_number(at.year, store.take_pass_sequence(db, at.year))
        pass_id = store.insert_pass(db, {
            "renovation_id": renovation_id, "number": number, "name": name.strip(), "id_number": number_text,
            "phone": phone.strip(), "photo": picture, "valid_from": max(at.date().isoformat(), renovation.planned_start),
            "valid_to": renovation.planned_end, "fee_bill_id": bills.get(PASS_FEES[0]),
            "deposit_bill_id": bills.get(PASS_FEES[1]), "issued_at": at.isoformat(sep=" "), "author": actor.name,
        })  # fmt: skip
        audit.record(db, actor.name, "create", "worker_pass", pass_id, f"办理出入证 {number}：{name.strip()}", None,
                     {"number": number, "valid_to": renovation.planned_end}, unit_id=renovation.unit_id)  # fmt: skip
        issued = _pass(db, pass_id)
    return issued, Changes(units=frozenset({renovation.unit_id}))


def extend(db: Database, actor: Actor, pass_id: int, valid_to: dt.date) -> tuple[WorkerPass, Changes]:
    """延期: within the renovation's permitted period (a longer stay needs the renovation extended first)."""
    actor.require(Permission.EDIT_REGISTRY)
    with db.atomic():
        found = _pass(db, pass_id)
        renovation = renovations.get(db, found.renovation_id)
        if found.returned_at:
            raise Conflict(f"{found.number} 已交回")
        if valid_to.isoformat() <= found.valid_to:
            raise ValidationError.single("valid_to", "新的有效期应晚于原有效期")
        if valid_to.isoformat() > renovation.planned_end:
            raise ValidationError.single("valid_to", f"出入证不能超过装修许可期限 {renovation.planned_end}")
        store.update_pass(db, pass_id, {"valid_to": valid_to.isoformat()})
        audit.record(db, actor.name, "update", "worker_pass", pass_id, f"出入证 {found.number} 延期至 {valid_to}",
                     {"valid_to": found.valid_to}, {"valid_to": valid_to.isoformat()}, unit_id=renovation.unit_id)  # fmt: skip
        saved = _pass(db, pass_id)
    return saved, Changes(units=frozenset({renovation.unit_id}))


def hand_back(db: Database, actor: Actor, pass_id: int, day: dt.date | None = None,
              lost: bool = False) -> tuple[WorkerPass, Changes]:  # fmt: skip
    """交回: the deposit can be refunded, or is forfeited when the pass comes back too late (the grace days are
    a setting) — or never, when it is reported lost (遗失)."""
    actor.require(Permission.EDIT_REGISTRY)
    today = day or dt.date.today()
    with db.atomic():
        found = _pass(db, pass_id)
        renovation = renovations.get(db, found.renovation_id)
        if found.returned_at:
            raise Conflict(f"{found.number} 已于 {found.returned_at} 交回")
        grace = renovation_settings.pass_return_days(db)
        outcome = PASS_LOST if lost else pass_deposit_outcome(found.valid_to, today, grace)
        store.update_pass(db, pass_id, {"returned_at": today.isoformat(), "deposit_outcome": outcome})
        what = "登记遗失，押金没收" if lost else f"交回，押金{outcome}"
        audit.record(db, actor.name, "update", "worker_pass", pass_id, f"出入证 {found.number} {what}",
                     {"returned_at": None}, {"returned_at": today.isoformat(), "deposit_outcome": outcome},
                     unit_id=renovation.unit_id)  # fmt: skip
        saved = _pass(db, pass_id)
    return saved, Changes(units=frozenset({renovation.unit_id}))


def deposit_bill(db: Database, pass_id: int) -> int | None:
    return store.pass_bills(db, pass_id)[1]


def photos(db: Database, pass_ids: Sequence[int]) -> dict[int, bytes]:
    return store.pass_photos(db, pass_ids)


def overdue_count(db: Database, today: dt.date | None = None) -> int:
    """Passes expired more than the grace days ago and not handed back: the today view's warning."""
    day = (today or dt.date.today()) - dt.timedelta(days=renovation_settings.pass_return_days(db))
    return store.passes_overdue(db, day.isoformat())


def _face(data: bytes) -> bytes:
    from PIL import Image, ImageOps, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(data)) as opened:
            picture = ImageOps.exif_transpose(opened).convert("RGB")
    except (UnidentifiedImageError, OSError):
        raise ValidationError.single("photo", "照片不是能打开的图片（请用 JPG 或 PNG）") from None
    picture.thumbnail((PHOTO_EDGE, PHOTO_EDGE))
    out = io.BytesIO()
    picture.save(out, "JPEG", quality=85)
    return out.getvalue()
