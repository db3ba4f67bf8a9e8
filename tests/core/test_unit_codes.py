from propdesk.core.pinyin import initials
from propdesk.core.unit_codes import natural_key, normalize_query, search_spellings


def test_query_spellings_fold_to_dashes() -> None:
    assert normalize_query("3栋2单元1502") == "3-2-1502"
    assert normalize_query("3#2-1502") == "3-2-1502"
    assert normalize_query("３－２－１５０２") == "3-2-1502"


def test_every_spelling_of_a_unit() -> None:
    assert search_spellings("3", 2, "1502") == ["3-2-1502", "321502", "3-1502", "31502"]


def test_natural_order() -> None:
    assert sorted(["10-1-101", "2-1-902", "2-1-1001"], key=lambda c: natural_key(*c.split("-"))) == [
        "2-1-902",
        "2-1-1001",
        "10-1-101",
    ]


def test_pinyin_initials() -> None:
    assert initials("张三") == "zs"
    assert initials("单雄信") == "sxx"  # surname reading
    assert initials("曾国藩") == "zgf"
    assert initials("李Tom") == "ltom"
