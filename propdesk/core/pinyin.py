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
    # pypinyin returns non-hanzi runs whole: keep only their letters and digits.
    return "".join(ch for part in letters for ch in part.lower() if ch.isascii() and ch.isalnum())
