import pytest

from propdesk.core.identity import (
    id_number_problem,
    mask_id_number,
    mask_phone,
    normalize_id_number,
    phone_problem,
    resident_id_check_char,
    resident_id_problem,
)


def test_valid_resident_ids_pass_and_lowercase_x_is_normalised() -> None:
    assert resident_id_problem("11010519491231002X") is None
    assert normalize_id_number(" 11010519491231002x ") == "11010519491231002X"
    assert resident_id_problem("11010519491231002x") is None


def test_region_code_is_never_a_reason_to_reject() -> None:
    first17 = "99999919900101123"  # not a real region code
    assert resident_id_problem(first17 + resident_id_check_char(first17)) is None


@pytest.mark.parametrize(
    ("value", "fragment"),
    [
        ("110105194912310021", "校验位"),
        ("1101051949123100", "18 位"),
        ("110105194913310025", "出生日期"),
        ("11010519491231002A", "数字"),
    ],
)
def test_bad_resident_ids_say_why(value: str, fragment: str) -> None:
    problem = resident_id_problem(value)
    assert problem is not None and fragment in problem


def test_other_id_kinds_and_phones() -> None:
    assert id_number_problem("护照", "E12345678") is None
    assert id_number_problem("营业执照", "91110000600037341L") is None
    assert "校验位" in (id_number_problem("营业执照", "91110000600037341M") or "")
    assert id_number_problem("营业执照", "330106000123456") is None  # a legacy 15-digit licence
    assert phone_problem("13812345678") is None
    assert phone_problem("0571-88886666") is None
    assert phone_problem("12812345678") is not None
    assert mask_phone("13812345678") == "138****5678"
    assert mask_id_number("330106199001011234") == "3301**********1234"
