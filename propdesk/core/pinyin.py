"""Pinyin initials for search (``张三`` → ``zs``); pypinyin does the reading."""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=65536)
def initials(name: str) -> str:
    """Lower-case initials of a Chinese name; Latin letters are kept, other characters dropped.

    Heteronyms take pypinyin's most common reading; surnames read in surname style (单 → shan).
    """
    from pypinyin import Style, lazy_pinyin

    if not name:
        return ""
    letters = lazy_pinyin(name, style=Style.FIRST_LETTER, errors="default", strict=False)
    if name[0] in _SURNAME_INITIALS and letters:
        letters[0] = _SURNAME_INITIALS[name[0]]
    # pypinyin returns non-hanzi runs whole: keep only their letters and digits.
    return "".join(ch for part in letters for ch in part.lower() if ch.isascii() and ch.isalnum())


# Surnames read differently from the common word (单 shàn, 解 xiè, 曾 zēng …); a name starts with its surname.
_SURNAME_INITIALS = {
    "单": "s", "解": "x", "曾": "z", "仇": "q", "查": "z", "朴": "p", "区": "o", "乐": "y", "尉": "y", "盖": "g",
    "缪": "m", "覃": "q", "翟": "z", "繁": "p", "秘": "b", "召": "s", "种": "c", "纪": "j", "句": "g", "长": "c",
}
