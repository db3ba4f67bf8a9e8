"""Unit codes (房号) as clerks write them.

The canonical code is ``楼栋-单元-房号`` (``3-2-1502``). Clerks also type ``3-1502`` (no
entrance), ``321502`` (no dashes), ``3#2-1502`` or ``3栋2单元1502``; every spelling a unit can be
found by is listed by ``search_spellings`` and stored in the search index.
"""

from __future__ import annotations

import re

_SEPARATORS = re.compile(r"[#＃\-－—_/／.．\s]|号楼|栋|幢|座|单元|室|号")
_FULLWIDTH = str.maketrans("０１２３４５６７８９", "0123456789")


def unit_code(building: str, entrance: int, room: str) -> str:
    """The canonical code: ``unit_code("3", 2, "1502") == "3-2-1502"``."""
    return f"{building}-{entrance}-{room}"


def room_number(floor: int, position: int) -> str:
    """Room number from floor and position on the floor: floor 15, position 2 → ``1502``."""
    return f"{floor}{position:02d}"


def normalize_query(text: str) -> str:
    """Turn any spelling into dashes between parts: ``3栋2单元1502`` → ``3-2-1502``."""
    folded = text.strip().translate(_FULLWIDTH).lower()
    parts = [p for p in _SEPARATORS.split(folded) if p]
    return "-".join(parts)


def search_spellings(building: str, entrance: int, room: str) -> list[str]:
    """Every spelling the unit should be found by, lower-case, without duplicates."""
    b = building.lower()
    spellings = [
        f"{b}-{entrance}-{room}",
        f"{b}{entrance}{room}",
        f"{b}-{room}",
        f"{b}{room}",
    ]
    return list(dict.fromkeys(spellings))


def natural_key(*parts: str | int) -> str:
    """A sort key that orders ``2-1-902`` before ``10-1-101``: digit runs padded to 8."""
    return "|".join(f"{p:08d}" if isinstance(p, int) else _DIGIT_RUN.sub(_pad, p) for p in parts)


_DIGIT_RUN = re.compile(r"\d+")


def _pad(match: re.Match[str]) -> str:
    return match.group(0).zfill(8)
