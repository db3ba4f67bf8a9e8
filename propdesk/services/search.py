"""The search box: unit code in any spelling, name, phone or its last 4 digits, pinyin initials."""

from __future__ import annotations

import re

from propdesk.core.start_values import SearchHit
from propdesk.core.unit_codes import normalize_query
from propdesk.store import search as search_store
from propdesk.store.connection import Database


def query_spellings(text: str) -> list[str]:
    """What to look up for what was typed: ``3栋2单元1502`` → ``3-2-1502``, ``138 1234 5678`` → digits."""
    raw = re.sub(r"\s+", "", text.strip().lower())
    if not raw:
        return []
    spellings = [raw]
    if any(ch.isdigit() for ch in raw):
        spellings.append(normalize_query(text))
        compact = re.sub(r"[\s()]", "", text.strip())
        # Phones: "+86 138 1234 5678", "(0571) 8888-6666"; not unit codes like "3-1-1502".
        if re.fullmatch(r"\+?[\d]+", compact) or re.fullmatch(r"0\d{2,3}-\d{7,8}", compact):
            spellings.append(re.sub(r"\D", "", compact.removeprefix("+86")))
    return [s for s in dict.fromkeys(spellings) if s]


def search_units(db: Database, text: str, limit: int = 30) -> list[SearchHit]:
    hits: dict[int, SearchHit] = {}
    for spelling in query_spellings(text):
        for hit in search_store.search(db, spelling, limit):
            hits.setdefault(hit.unit_id, hit)
        if len(hits) >= limit:
            break
    return list(hits.values())[:limit]
