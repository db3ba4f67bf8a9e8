"""Pinyin initials for search (``张三`` → ``zs``); pypinyin does the reading."""

from __future__ import annotations

import os
import unicodedata
from functools import cache, lru_cache


@lru_cache(maxsize=65536)
def initials(name: str) -> str:
    """Lower-case initials of a Chinese name (``张三`` → ``zs``); Latin letters and digits are kept.

    Each character takes its most common reading from pypinyin's character dictionary; a
    surname with a special reading (单 shàn, 曾 zēng …) is read as a surname.
    """
    if not name:
        return ""
    readings = _readings()
    letters: list[str] = []
    for index, ch in enumerate(name):
        if ch.isascii():
            if ch.isalnum():
                letters.append(ch.lower())
            continue
        if index == 0 and ch in _SURNAME_INITIALS:
            letters.append(_SURNAME_INITIALS[ch])
            continue
        reading = readings.get(ord(ch))
        if reading:
            # "zhāng" → "z"; a reading may start with an accented vowel ("ā" → "a").
            letters.append(unicodedata.normalize("NFD", reading[0])[0].lower())
    return "".join(letters)


@cache
def _readings() -> dict[int, str]:
    # Without the phrase dictionary pypinyin imports in ~70 ms instead of ~320 ms; names are read
    # character by character anyway.
    os.environ.setdefault("PYPINYIN_NO_PHRASES", "true")
    os.environ.setdefault("PYPINYIN_NO_DICT_COPY", "true")
    from pypinyin.pinyin_dict import pinyin_dict

    return pinyin_dict


# Surnames read differently from the common word (单 shàn, 解 xiè, 曾 zēng …); a name starts with its surname.
_SURNAME_INITIALS = {
    "单": "s",
    "解": "x",
    "曾": "z",
    "仇": "q",
    "查": "z",
    "朴": "p",
    "区": "o",
    "乐": "y",
    "尉": "y",
    "盖": "g",
    "缪": "m",
    "覃": "q",
    "翟": "z",
    "繁": "p",
    "秘": "b",
    "召": "s",
    "种": "c",
    "纪": "j",
    "句": "g",
    "长": "c",
}
