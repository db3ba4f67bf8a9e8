from decimal import Decimal

import pytest

from propdesk.core.errors import ValidationError
from propdesk.core.money import format_yuan, parse_yuan, round_half_up_fen, to_capital


@pytest.mark.parametrize(
    ("fen", "capital"),
    [  # the PBoC examples (中国人民银行 支付结算办法 附件)
        (168032, "壹仟陆佰捌拾元叁角贰分"),
        (10700053, "壹拾万柒仟元伍角叁分"),
        (140950, "壹仟肆佰零玖元伍角整"),
        (600714, "陆仟零柒元壹角肆分"),
        (32504, "叁佰贰拾伍元零肆分"),
        (1640902, "壹万陆仟肆佰零玖元零贰分"),
        (1000, "壹拾元整"),
        (0, "零元整"),
        (5, "伍分"),
    ],
)
def test_capital_follows_pboc_rules(fen: int, capital: str) -> None:
    assert to_capital(fen) == capital


def test_half_up_rounding_to_fen() -> None:
    assert round_half_up_fen(Decimal("1.005")) == 101
    assert round_half_up_fen(Decimal("1.004")) == 100
    assert round_half_up_fen(Decimal("89.50") * Decimal("2.35")) == 21033  # 210.325 → 210.33


def test_parse_and_format_yuan() -> None:
    assert parse_yuan("1,234.5") == 123450
    assert parse_yuan("￥１２．３") == 1230
    assert format_yuan(123450, symbol=True) == "¥1,234.50"
    with pytest.raises(ValidationError, match="两位小数"):
        parse_yuan("1.234")
    with pytest.raises(ValidationError, match="不是有效"):
        parse_yuan("abc")
