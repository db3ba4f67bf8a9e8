"""Checks on what people type (strict) and on legacy imports (lenient: problems become warnings)."""

from __future__ import annotations

import dataclasses
import re
from typing import TypeVar

from propdesk.core.errors import FieldProblem, ValidationError
from propdesk.core.identity import (
    IdKind,
    id_number_problem,
    normalize_id_number,
    normalize_phone,
    normalized_phone_problem,
    phone_problem,
)
from propdesk.core.registry import PersonInput, ResidentInput, ResidentKind, UnitState, UnitType, VehicleInput


def clean_person(p: PersonInput, strict: bool = True) -> tuple[PersonInput, list[str]]:
    """Normalise a person; strict mode raises on any problem, lenient mode returns warnings.

    A missing name is an error in both modes: a record without a name is useless.
    """
    cleaned = PersonInput(  # every field is listed: a new PersonInput field must be cleaned here too
        name=_squash(p.name),
        id_kind=p.id_kind.strip() or IdKind.RESIDENT,
        id_number=normalize_id_number(p.id_number),
        mobile=normalize_phone(p.mobile),
        landline=normalize_phone(p.landline),
        work_unit=p.work_unit.strip(),
        address=p.address.strip(),
        emergency_name=_squash(p.emergency_name),
        emergency_phone=normalize_phone(p.emergency_phone),
        note=p.note.strip(),
    )
    hard: list[FieldProblem] = []
    soft: list[FieldProblem] = []
    if not cleaned.name:
        hard.append(FieldProblem("name", "姓名不能为空"))
    elif len(cleaned.name) > 60:
        hard.append(FieldProblem("name", "姓名太长（最多 60 个字）"))
    if cleaned.id_kind not in _ID_KINDS:
        soft.append(FieldProblem("id_kind", f"证件类型“{cleaned.id_kind}”不在列表中"))
    problem = id_number_problem(cleaned.id_kind, cleaned.id_number)
    if problem:
        soft.append(FieldProblem("id_number", problem))
    for key, label in (("mobile", "手机"), ("landline", "座机"), ("emergency_phone", "紧急联系电话")):
        phone_issue = normalized_phone_problem(getattr(cleaned, key))
        if phone_issue:
            soft.append(FieldProblem(key, f"{label}：{phone_issue}"))
    if key_mobile_is_landline(cleaned.mobile):
        soft.append(FieldProblem("mobile", "手机栏填的是座机号码"))
    return _settle(cleaned, hard, soft, strict)


_ID_KINDS = frozenset(k.value for k in IdKind)
_RESIDENT_KINDS = frozenset(k.value for k in ResidentKind)
_SPACES = re.compile(r"\s+")


def key_mobile_is_landline(mobile: str) -> bool:
    return bool(mobile) and not mobile.startswith("1") and normalized_phone_problem(mobile) is None


def clean_resident(r: ResidentInput, strict: bool = True) -> tuple[ResidentInput, list[str]]:
    cleaned = dataclasses.replace(
        r,
        name=_squash(r.name),
        kind=r.kind.strip() or ResidentKind.MEMBER,
        relation=r.relation.strip(),
        id_number=normalize_id_number(r.id_number),
        phone=normalize_phone(r.phone),
        move_in_date=r.move_in_date.strip(),
        note=r.note.strip(),
    )
    hard: list[FieldProblem] = []
    soft: list[FieldProblem] = []
    if not cleaned.name:
        hard.append(FieldProblem("name", "姓名不能为空"))
    if cleaned.kind not in _RESIDENT_KINDS:
        hard.append(FieldProblem("kind", "类别应为“住户”或“租户”"))
    if cleaned.id_number:
        problem = id_number_problem(
            IdKind.RESIDENT if len(cleaned.id_number) == 18 else IdKind.OTHER, cleaned.id_number
        )
        if problem:
            soft.append(FieldProblem("id_number", problem))
    phone_issue = phone_problem(cleaned.phone)
    if phone_issue:
        soft.append(FieldProblem("phone", phone_issue))
    return _settle(cleaned, hard, soft, strict)


_PLATE = re.compile(r"[\u4e00-\u9fff][A-Z][A-Z0-9]{5,6}|[A-Z0-9]{5,10}")


def clean_vehicle(v: VehicleInput) -> VehicleInput:
    plate = re.sub(r"[\s·.\-]", "", v.plate).upper()
    if not plate:
        raise ValidationError.single("plate", "车牌号不能为空")
    if not _PLATE.fullmatch(plate):
        raise ValidationError.single("plate", f"车牌号“{v.plate}”格式不对，应如 浙A12345 或 浙AD12345（新能源）")
    return VehicleInput(plate=plate, parking_space=v.parking_space.strip(), note=v.note.strip())


def check_unit_type(value: str) -> str:
    if value not in {t.value for t in UnitType}:
        raise ValidationError.single("unit_type", f"房屋类型“{value}”不对，应为 住宅/商铺/车位/储藏室")
    return value


def check_unit_state(value: str) -> str:
    if value not in {s.value for s in UnitState}:
        states = "/".join(s.value for s in UnitState)
        raise ValidationError.single("state", f"房屋状态“{value}”不对，应为 {states}")
    return value


T = TypeVar("T")


def _squash(text: str) -> str:
    if " " not in text and "\t" not in text and "\n" not in text and "\u3000" not in text and text == text.strip():
        return text  # the common case (a plain name) without the regex
    return _SPACES.sub(" ", text).strip()


def _settle(cleaned: T, hard: list[FieldProblem], soft: list[FieldProblem], strict: bool) -> tuple[T, list[str]]:
    if hard or (strict and soft):
        raise ValidationError(hard + (soft if strict else []))
    return cleaned, [p.message for p in soft]
