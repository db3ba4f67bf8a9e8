"""Identity documents and phone numbers: the checks the desk applies on entry.

身份证 (resident ID): 18 characters, ISO 7064 MOD 11-2 checksum, a real birth date; the region
code is only a hint (it may have changed after birth), so it is never a reason to reject.
"""

from __future__ import annotations

import datetime as dt
import operator
import re
from enum import StrEnum


class IdKind(StrEnum):
    """Kinds of identity document an owner may present."""

    RESIDENT = "身份证"
    PASSPORT = "护照"
    HK_MACAO = "港澳通行证"
    TAIWAN = "台胞证"
    BUSINESS = "营业执照"
    OTHER = "其他"


_RESIDENT_ID = re.compile(r"\d{17}[\dX]")
_WEIGHTS = [2 ** (17 - i) % 11 for i in range(17)]
_CHECK_CHARS = "10X98765432"


def normalize_id_number(value: str) -> str:
    """Strip spaces, make full-width digits half-width and a trailing ``x`` upper-case."""
    return "".join(value.split()).translate(_FULLWIDTH_ID).upper()


def resident_id_problem(value: str, today: dt.date | None = None) -> str | None:
    """Why ``value`` is not a valid 18-digit resident ID, or ``None`` when it is."""
    number = normalize_id_number(value)
    if len(number) != 18:
        return f"身份证号应为 18 位，现为 {len(number)} 位"
    if not _RESIDENT_ID.fullmatch(number):
        return "身份证号只能是数字，最后一位可以是 X"
    try:
        birth = dt.date(int(number[6:10]), int(number[10:12]), int(number[12:14]))
    except ValueError:
        return "身份证号中的出生日期无效"
    if birth.year < 1900 or birth > (today or dt.date.today()):
        return "身份证号中的出生日期无效"
    if resident_id_check_char(number[:17]) != number[17]:
        return "身份证号校验位不对，请核对"
    return None


def resident_id_birth_date(value: str) -> dt.date | None:
    number = normalize_id_number(value)
    if resident_id_problem(number) is not None:
        return None
    return dt.date(int(number[6:10]), int(number[10:12]), int(number[12:14]))


def id_number_problem(kind: str, value: str) -> str | None:
    """Validate any kind of ID; only the resident ID has a checksum, others get a sanity check."""
    number = normalize_id_number(value)
    if not number:
        return None
    if kind == IdKind.RESIDENT:
        return resident_id_problem(number)
    if kind == IdKind.BUSINESS:
        return business_id_problem(number)
    if not re.fullmatch(r"[0-9A-Z\-]{5,30}", number):
        return "证件号码只能包含数字、字母和短横线，长度 5 到 30 位"
    return None


def business_id_problem(number: str) -> str | None:
    """统一社会信用代码 (18 characters, GB 32100 check character, via python-stdnum); the old
    15-digit 营业执照 numbers are still seen on legacy records and pass on their length."""
    if re.fullmatch(r"\d{15}", number):
        return None
    from stdnum.cn import uscc
    from stdnum.exceptions import InvalidChecksum, ValidationError

    try:
        uscc.validate(number)
    except InvalidChecksum:
        return "统一社会信用代码校验位不对，请核对"
    except ValidationError:
        return "统一社会信用代码应为 18 位数字或大写字母（旧营业执照 15 位数字）"
    return None


def mask_id_number(value: str) -> str:
    """``330106199001011234`` → ``3301**********1234``."""
    if len(value) <= 8:
        return value
    return value[:4] + "*" * (len(value) - 8) + value[-4:]


def normalize_phone(value: str) -> str:
    """Keep digits and one dash (landlines ``0571-88886666``); drop spaces and +86."""
    if value.isdigit() and value.isascii():  # the common case, checked first: imports call this a lot
        return value
    cleaned = value.strip().translate(_FULLWIDTH_ID).replace(" ", "").replace("－", "-")
    if cleaned.startswith("+86"):
        cleaned = cleaned[3:]
    return cleaned


_MOBILE_IN_TEXT = re.compile(r"(?<!\d)1[3-9]\d{9}(?!\d)")


def phone_problem(value: str) -> str | None:
    """A mobile is ``1[3-9]`` + 9 digits; a landline is an optional area code and 7–8 digits."""
    return normalized_phone_problem(normalize_phone(value))


def normalized_phone_problem(phone: str) -> str | None:
    """``phone_problem`` for a number already passed through ``normalize_phone``."""
    if not phone or _MOBILE.fullmatch(phone) or _LANDLINE.fullmatch(phone):
        return None
    if re.fullmatch(r"1\d{10}", phone):
        return "手机号第二位应为 3–9"
    return "电话号码格式不对：手机 11 位，座机如 0571-88886666"


def mask_phones_in(text: str) -> str:
    """Every mobile number inside a cell's text masked (``张三 13812345678`` → ``张三 138****5678``)."""
    return _MOBILE_IN_TEXT.sub(lambda m: mask_phone(m.group(0)), text)


def mask_phone(value: str) -> str:
    """``13812345678`` → ``138****5678``; landlines keep their last 4 digits."""
    if len(value) == 11 and value.isdigit():
        return value[:3] + "****" + value[-4:]
    if len(value) > 4:
        return "*" * (len(value) - 4) + value[-4:]
    return value


_MOBILE = re.compile(r"1[3-9]\d{9}")
_LANDLINE = re.compile(r"(0\d{2,3}-?)?\d{7,8}(-\d{1,5})?")
_FULLWIDTH_ID = str.maketrans("０１２３４５６７８９ｘＸ－", "0123456789xX-")


def resident_id_check_char(first17: str) -> str:
    """The ISO 7064 MOD 11-2 check character for the first 17 digits of a resident ID."""
    return _CHECK_CHARS[sum(map(operator.mul, map(int, first17), _WEIGHTS)) % 11]
