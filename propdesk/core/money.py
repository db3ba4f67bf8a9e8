"""Money is integer 分 (fen) everywhere; this module is the one place that converts it.

Rounding rule (stated once): half-up to the 分, applied by ``round_half_up_fen`` on each line.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from propdesk.core.errors import ValidationError

Fen = int

_CENT = Decimal("0.01")


def round_half_up_fen(amount_yuan: Decimal) -> Fen:
    """Round a yuan amount half-up to the 分 and return it as integer 分."""
    return int((amount_yuan.quantize(_CENT, rounding=ROUND_HALF_UP) * 100).to_integral_value())


def parse_yuan(text: str, field_name: str = "amount") -> Fen:
    """Parse what a clerk types (``1,234.5``, ``¥12``, ``１２．３``) into 分; more than 2 decimals is an error."""
    cleaned = text.strip().translate(_FULLWIDTH).replace(",", "").replace("¥", "").replace("￥", "")
    cleaned = cleaned.removesuffix("元").strip()
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        raise ValidationError.single(field_name, f"金额“{text}”不是有效的数字") from None
    if not value.is_finite():
        raise ValidationError.single(field_name, f"金额“{text}”不是有效的数字")
    if value != value.quantize(_CENT):
        raise ValidationError.single(field_name, f"金额“{text}”最多两位小数（精确到分）")
    return int(value * 100)


def fen_to_decimal(fen: Fen) -> Decimal:
    return (Decimal(fen) / 100).quantize(_CENT)


def format_yuan(fen: Fen, symbol: bool = False) -> str:
    """``123450`` → ``1,234.50`` (or ``¥1,234.50``)."""
    sign = "-" if fen < 0 else ""
    text = f"{abs(fen) // 100:,}.{abs(fen) % 100:02d}"
    return f"{sign}{'¥' if symbol else ''}{text}"


def to_capital(fen: Fen) -> str:
    """The amount in 人民币大写 by the PBoC rules (``壹仟零肆元零柒分``, ``壹拾元整``).

    cn2an does the digits; we pass it an exact Decimal (it drops anything past 分) and add
    ``整`` after 角 too, which the rules allow and which stops a 分 being written in later.
    """
    import cn2an

    if fen < 0:
        return "负" + to_capital(-fen)
    text: str = cn2an.an2cn(fen_to_decimal(fen), "rmb")
    if text.endswith("角"):
        text += "整"
    return text


_FULLWIDTH = str.maketrans("０１２３４５６７８９．，－", "0123456789.,-")
