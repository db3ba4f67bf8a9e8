"""Timestamps as ISO text (local time, seconds): the one format stored and shown."""

from __future__ import annotations

import datetime as dt


def now_iso() -> str:
    return dt.datetime.now().replace(microsecond=0).isoformat(sep=" ")


def today_iso() -> str:
    return dt.date.today().isoformat()


def parse_date(text: str, field_name: str = "date") -> str:
    """Accept ``2024-3-5``, ``2024/03/05``, ``2024.3.5``, ``20240305``; return ISO ``2024-03-05``."""
    import re

    from propdesk.core.errors import ValidationError

    cleaned = text.strip()
    if not cleaned:
        return ""
    match = re.fullmatch(r"(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?", cleaned) or re.fullmatch(
        r"(\d{4})(\d{2})(\d{2})", cleaned
    )
    if match is None:
        raise ValidationError.single(field_name, f"日期“{text}”格式不对，应如 2024-03-05")
    try:
        return dt.date(int(match.group(1)), int(match.group(2)), int(match.group(3))).isoformat()
    except ValueError:
        raise ValidationError.single(field_name, f"日期“{text}”不存在") from None
