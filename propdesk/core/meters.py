"""抄表: a month's readings of a metered item (水, 电) — the last reading carried forward, this month's
typed in, the usage and the bill it makes."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from propdesk.core.errors import ValidationError


@dataclass(frozen=True)
class ReadingRow:
    """One unit's line of the reading sheet."""

    unit_id: int
    unit_code: str
    owner_names: str
    previous: Decimal | None  # the last reading before this month (None: no reading yet — type the 底数)
    current: Decimal | None  # this month's, when already entered
    paid: bool  # its bill is paid: the reading can no longer be corrected


def parse_reading(text: str, field_name: str = "reading") -> Decimal:
    """A meter reading: a number ≥ 0 with at most 2 decimals (全角 digits accepted)."""
    cleaned = text.strip().translate(str.maketrans("０１２３４５６７８９．", "0123456789."))
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        raise ValidationError.single(field_name, f"读数“{text}”不是有效的数字") from None
    if not value.is_finite() or value < 0 or value > 100_000_000 or value != value.quantize(Decimal("0.01")):
        raise ValidationError.single(field_name, f"读数“{text}”应为不小于 0 的数，最多两位小数")
    return value


def plain(value: Decimal) -> str:
    """12 as "12", 12.50 as "12.5" — never "1.2E+1"."""
    return str(value.quantize(Decimal(1)) if value == value.to_integral() else value.normalize())
