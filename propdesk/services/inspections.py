"""一房一验 and the 遗留工程台账: the inspection walked from the office's template, each 不合格 item
becoming a defect; defects passed to the developer in a daily batch, re-checked, closed — never
deleted; photos kept in the database, downscaled, with thumbnails."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence

from propdesk.core.author import Actor
from propdesk.core.changes import Changes
from propdesk.core.errors import Conflict, FieldProblem, NotFound, ValidationError
from propdesk.core.move_in import DEFAULT_TEMPLATE, Defect, Inspection, InspectionItem, Result
from propdesk.core.permissions import Permission
from propdesk.store import audit, defects, move_ins
from propdesk.store.connection import Database

RESPONSIBLE_DEFAULT = "开发商"
DEADLINE_DAYS_KEY = "defects.deadline_days"
PHOTO_EDGE = 1600  # px: enough to see a crack, small enough for thousands in one file
THUMB_EDGE = 160


def template(db: Database) -> list[tuple[str, str]]:
    return move_ins.template(db) or list(DEFAULT_TEMPLATE)


def save_template(db: Database, actor: Actor, rows: Sequence[tuple[str, str]]) -> Changes:
    """The office's rooms × items; inspections already walked keep the items they had."""
    actor.require(Permission.EDIT_SETTINGS)
    cleaned = [(room.strip(), item.strip()) for room, item in rows if room.strip() and item.strip()]
    if not cleaned:
        raise ValidationError.single("template", "验房模板至少要有一项")
    if len(set(cleaned)) != len(cleaned):
        raise ValidationError.single("template", "验房模板中有重复的房间和项目")
    with db.atomic():
        before = template(db)
        move_ins.replace_template(db, cleaned)
        audit.record(db, actor.name, "update", "settings", None, f"修改验房模板（{len(cleaned)} 项）",
                     {"template": [list(r) for r in before]}, {"template": [list(r) for r in cleaned]})  # fmt: skip
    return Changes()


def of_unit(db: Database, unit_id: int) -> Inspection | None:
    row = move_ins.inspection_of_unit(db, unit_id)
    if row is None:
        return None
    items = tuple(InspectionItem(**r) for r in move_ins.inspection_items(db, row["id"]))
    return Inspection(row["id"], unit_id, row["inspected_on"], row["inspector"], items)


def start(db: Database, actor: Actor, unit_id: int, day: dt.date, inspector: str) -> tuple[Inspection, Changes]:
    """Walk the unit with the owner: the office's template becomes this unit's checklist."""
    actor.require(Permission.EDIT_REGISTRY)
    if not inspector.strip():
        raise ValidationError.single("inspector", "请填写验房人")
    with db.atomic():
        if of_unit(db, unit_id) is not None:
            raise Conflict("这户已经有验房记录，请在原记录上继续")
        move_in = move_ins.move_in_of_unit(db, unit_id)
        inspection_id = move_ins.insert_inspection(db, unit_id, move_in["id"] if move_in else None, day.isoformat(),
                                                   inspector.strip(), template(db))  # fmt: skip
        audit.record(db, actor.name, "create", "inspection", inspection_id, f"开始验房（{inspector.strip()}）", None,
                     {"day": day.isoformat()}, unit_id=unit_id)  # fmt: skip
        found = of_unit(db, unit_id)
    assert found is not None
    return found, Changes(units=frozenset({unit_id}))


def record_results(db: Database, actor: Actor, unit_id: int, results: Sequence[tuple[int, str | None, str]],
                   day: dt.date | None = None, inspector: str | None = None) -> tuple[Inspection, Changes]:  # fmt: skip
    """Each item's 合格/不合格 (or not yet) and description. A 不合格 item needs a description and becomes a
    defect of the ledger (once); an item put back to 合格 before its defect went to the developer closes that
    defect with the reason."""
    actor.require(Permission.EDIT_REGISTRY)
    problems = []
    for item_id, result, description in results:
        if result not in (None, Result.PASS, Result.FAIL):
            problems.append(FieldProblem("results", f"第 {item_id} 项的结果不对"))
        elif result == Result.FAIL and not description.strip():
            problems.append(FieldProblem("results", "不合格的项目请写明问题"))
    if problems:
        raise ValidationError(problems[:1])
    with db.atomic():
        found = of_unit(db, unit_id)
        if found is None:
            raise NotFound("这户还没有验房记录")
        known = {i.id: i for i in found.items}
        if any(item_id not in known for item_id, _, _ in results):
            raise NotFound("验房项目不属于这户，请刷新")
        move_ins.set_item_results(db, found.id, [(i, r, d.strip()) for i, r, d in results])
        if day is not None or inspector is not None:
            move_ins.update_inspection(db, found.id, (day.isoformat() if day else found.inspected_on),
                                       (inspector or found.inspector).strip())  # fmt: skip
        made = reopened = 0
        for item_id, result, description in results:
            item = known[item_id]
            existing = defects.defect_of_item(db, item_id)
            if result == Result.FAIL and existing is None:
                defects.insert_defect(db, {
                    "unit_id": unit_id, "inspection_item_id": item_id, "location": item.location,
                    "description": description.strip(), "responsible": RESPONSIBLE_DEFAULT,
                    "found_on": day.isoformat() if day else found.inspected_on, "author": actor.name,
                })  # fmt: skip
                made += 1
            elif result == Result.FAIL and existing is not None and not existing["closed_on"]:
                defects.update_defect(db, existing["id"], {"description": description.strip()})
            elif result != Result.FAIL and existing is not None and not existing["closed_on"]:
                if existing["transferred_on"]:
                    raise Conflict(f"{item.location} 的问题已转交开发商，请在遗留工程台账中复验销项")
                defects.update_defect(db, existing["id"], {"closed_on": (day or dt.date.today()).isoformat(),
                                                            "close_reason": "验房复核为合格"})  # fmt: skip
                reopened += 1
        audit.record(db, actor.name, "update", "inspection", found.id,
                     f"验房结果 {len(results)} 项" + (f"，新增遗留问题 {made} 条" if made else ""), None,
                     {"results": [[i, r] for i, r, _ in results], "defects_made": made, "defects_closed": reopened},
                     unit_id=unit_id)  # fmt: skip
        saved = of_unit(db, unit_id)
    assert saved is not None
    return saved, Changes(units=frozenset({unit_id}))


# ------------------------------------------------------------ the defect ledger


def deadline_days(db: Database) -> int:
    from propdesk.store import settings

    value = settings.get_value(db, DEADLINE_DAYS_KEY, "30")
    return int(value) if value.isdecimal() else 30


def add_defect(db: Database, actor: Actor, unit_id: int, location: str, description: str,
               responsible: str = RESPONSIBLE_DEFAULT, day: dt.date | None = None) -> tuple[int, Changes]:  # fmt: skip
    """A defect found outside an inspection (a later complaint, a 复验)."""
    actor.require(Permission.EDIT_REGISTRY)
    if not location.strip() or not description.strip():
        raise ValidationError.single("description", "请填写部位和问题描述")
    with db.atomic():
        defect_id = defects.insert_defect(db, {
            "unit_id": unit_id, "location": location.strip(), "description": description.strip(),
            "responsible": responsible.strip() or RESPONSIBLE_DEFAULT,
            "found_on": (day or dt.date.today()).isoformat(), "author": actor.name,
        })  # fmt: skip
        audit.record(db, actor.name, "create", "defect", defect_id, f"登记遗留问题：{location.strip()}", None,
                     {"description": description.strip()}, unit_id=unit_id)  # fmt: skip
    return defect_id, Changes(units=frozenset({unit_id}))


def defects_of_unit(db: Database, unit_id: int) -> list[Defect]:
    return [Defect(**r) for r in defects.defects_of_unit(db, unit_id)]


def ledger(db: Database, building: str = "", state: str = "", overdue_on: dt.date | None = None, offset: int = 0,
           limit: int = 200) -> tuple[list[Defect], int]:  # fmt: skip
    """A page of the 遗留工程台账 and how many match."""
    overdue = overdue_on.isoformat() if overdue_on else ""
    rows = defects.ledger(db, building=building.strip(), state=state, overdue_before=overdue, offset=offset,
                          limit=limit)  # fmt: skip
    total = defects.ledger_count(db, building=building.strip(), state=state, overdue_before=overdue)
    return [Defect(**r) for r in rows], total


def summary(db: Database, today: dt.date | None = None) -> dict[str, int]:
    return defects.summary(db, (today or dt.date.today()).isoformat())


def transfer(db: Database, actor: Actor, receiver: str, day: dt.date | None = None) -> tuple[int, Changes]:
    """转交地产客服: every defect found up to today and not yet passed on goes to the developer's service team
    in one batch (the printed list is signed by ``receiver``); each gets a deadline unless it has one."""
    actor.require(Permission.EDIT_REGISTRY)
    if not receiver.strip():
        raise ValidationError.single("receiver", "请填写地产客服的接收人")
    today = day or dt.date.today()
    with db.atomic():
        waiting = defects.untransferred(db, today.isoformat())
        if not waiting:
            raise Conflict("没有待转交的遗留问题")
        deadline = (today + dt.timedelta(days=deadline_days(db))).isoformat()
        transfer_id = defects.insert_transfer(db, today.isoformat(), receiver.strip(), waiting, deadline, actor.name)
        audit.record(db, actor.name, "transfer", "defects", transfer_id,
                     f"转交地产客服 {len(waiting)} 条遗留问题（接收人 {receiver.strip()}，整改期限 {deadline}）", None,
                     {"defects": waiting, "deadline": deadline})  # fmt: skip
    return transfer_id, Changes(all_units=True)


def transferred(db: Database, transfer_id: int | None = None) -> tuple[dict[str, object], list[Defect]]:
    """A transfer batch (the latest by default) and its defects, for the printed list and the Excel."""
    chosen = transfer_id if transfer_id is not None else defects.last_transfer_id(db)
    found = defects.transfer(db, chosen) if chosen is not None else None
    if found is None:
        raise NotFound("还没有转交过遗留问题")
    return found, [Defect(**r) for r in defects.defects_of_transfer(db, found["id"])]


def recheck(db: Database, actor: Actor, defect_id: int, passed: bool, result: str, day: dt.date | None = None,
            new_deadline: dt.date | None = None) -> tuple[Defect, Changes]:  # fmt: skip
    """复验: passed → 销项 today; not passed → the result is kept and the deadline may move."""
    actor.require(Permission.EDIT_REGISTRY)
    if not result.strip():
        raise ValidationError.single("recheck_result", "请填写复验情况")
    today = day or dt.date.today()
    with db.atomic():
        found = _defect(db, defect_id)
        if found.closed_on:
            raise Conflict(f"这条遗留问题已于 {found.closed_on} 关闭")
        values: dict[str, object] = {"recheck_on": today.isoformat(), "recheck_result": result.strip()}
        if passed:
            values["closed_on"] = today.isoformat()
        elif new_deadline is not None:
            values["deadline"] = new_deadline.isoformat()
        defects.update_defect(db, defect_id, values)
        audit.record(db, actor.name, "update", "defect", defect_id,
                     f"复验{'通过，销项' if passed else '未通过'}：{found.location}", {"closed_on": found.closed_on},
                     values, unit_id=found.unit_id)  # fmt: skip
        saved = _defect(db, defect_id)
    return saved, Changes(units=frozenset({found.unit_id}))


def dismiss(
    db: Database, actor: Actor, defect_id: int, reason: str, day: dt.date | None = None
) -> tuple[Defect, Changes]:
    """A wrong entry is closed with its reason, never deleted."""
    actor.require(Permission.EDIT_REGISTRY)
    if not reason.strip():
        raise ValidationError.single("close_reason", "请填写关闭原因")
    with db.atomic():
        found = _defect(db, defect_id)
        if found.closed_on:
            raise Conflict(f"这条遗留问题已于 {found.closed_on} 关闭")
        values = {"closed_on": (day or dt.date.today()).isoformat(), "close_reason": reason.strip()}
        defects.update_defect(db, defect_id, values)
        audit.record(db, actor.name, "update", "defect", defect_id, f"关闭遗留问题：{reason.strip()}",
                     {"closed_on": None}, values, unit_id=found.unit_id)  # fmt: skip
        saved = _defect(db, defect_id)
    return saved, Changes(units=frozenset({found.unit_id}))


def _defect(db: Database, defect_id: int) -> Defect:
    row = defects.defect(db, defect_id)
    if row is None:
        raise NotFound("找不到这条遗留问题")
    return Defect(**row)


# ------------------------------------------------------------ photos


def add_photo(db: Database, actor: Actor, subject: str, subject_id: int, data: bytes, file_name: str = "",
              taken_on: dt.date | None = None) -> tuple[int, Changes]:  # fmt: skip
    """Keep a photo of an inspection item, a defect, a patrol, a violation (its evidence) or a finished work order:
    turned upright, downscaled to at most 1600 px, a 160 px thumbnail beside it. A file that is not a picture is
    refused with a plain message."""
    actor.require(Permission.EDIT_REGISTRY)
    if subject not in ("inspection_item", "defect", "violation", "patrol", "work_order", "activity"):
        raise ValidationError.single("subject", "照片只能附在验房项目、遗留问题、巡查、违章、维修工单或社区活动上")
    jpeg, thumbnail, width, height = _shrink(data, file_name)
    with db.atomic():
        photo_id = defects.insert_photo(db, {
            "subject": subject, "subject_id": subject_id, "taken_on": (taken_on or dt.date.today()).isoformat(),
            "file_name": file_name, "width": width, "height": height, "jpeg": jpeg, "thumbnail": thumbnail,
            "author": actor.name,
        })  # fmt: skip
        audit.record(db, actor.name, "create", "photo", photo_id, f"添加照片 {file_name}".strip(), None,
                     {"subject": subject, "subject_id": subject_id, "bytes": len(jpeg)})  # fmt: skip
    return photo_id, Changes()


def photos(db: Database, subject: str, subject_id: int, with_image: bool = False) -> list[dict[str, object]]:
    return defects.photos_of(db, subject, subject_id, with_image)


def _shrink(data: bytes, file_name: str) -> tuple[bytes, bytes, int, int]:
    from PIL import Image, ImageOps, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(data)) as opened:
            picture = ImageOps.exif_transpose(opened).convert("RGB")
    except (UnidentifiedImageError, OSError):
        raise ValidationError.single(
            "photo", f"“{file_name or '这个文件'}”不是能打开的图片（请用 JPG 或 PNG）"
        ) from None
    picture.thumbnail((PHOTO_EDGE, PHOTO_EDGE))
    big = io.BytesIO()
    picture.save(big, "JPEG", quality=82, optimize=True)
    small = picture.copy()
    small.thumbnail((THUMB_EDGE, THUMB_EDGE))
    thumb = io.BytesIO()
    small.save(thumb, "JPEG", quality=75)
    return big.getvalue(), thumb.getvalue(), picture.width, picture.height


def photo_subject(db: Database, defect_id: int) -> tuple[str, int]:
    """Where a defect's photos are kept: on the defect, or on the inspection item it came from."""
    row = defects.defect_source(db, defect_id)
    if row is None:
        raise NotFound("找不到这条遗留问题")
    own = defects.photos_of(db, "defect", defect_id)
    if own or row["inspection_item_id"] is None:
        return "defect", defect_id
    return "inspection_item", int(row["inspection_item_id"])
