"""Every visible string goes through Qt's translation (rule 11); zh_CN is complete and current."""

import shutil
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

from propdesk.qt import i18n
from propdesk.qt.app import ensure_application


def _messages(ts: Path) -> dict[tuple[str, str], tuple[str, str]]:
    root = ET.parse(ts).getroot()
    found = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            found[(name, message.findtext("source") or "")] = (translation.text or "", translation.get("type", ""))
    return found


def test_catalogue_is_complete() -> None:
    messages = _messages(i18n.catalogue())
    unfinished = [key for key, (text, kind) in messages.items() if kind in ("unfinished", "vanished") or not text]
    assert unfinished == [], "translate these in resources/i18n/propdesk_zh_CN.ts, then run python -m propdesk.qt.i18n"
    assert len(messages) > 150


def test_catalogue_matches_the_sources(tmp_path: Path) -> None:
    fresh = tmp_path / "propdesk_zh_CN.ts"
    shutil.copy(i18n.catalogue(), fresh)
    i18n.lupdate(fresh)  # adds new strings as unfinished, drops strings no longer in the code
    assert _messages(fresh) == _messages(i18n.catalogue()), "run: uv run python -m propdesk.qt.i18n"
    built = tmp_path / "propdesk_zh_CN.qm"
    i18n.lrelease(i18n.catalogue(), built)
    assert built.read_bytes() == i18n.catalogue(".qm").read_bytes(), "run: uv run python -m propdesk.qt.i18n"


def test_the_desk_speaks_chinese(qtbot: Any) -> None:
    from propdesk.qt.views.placeholder_view import PlaceholderView
    from propdesk.qt.views.units_view import COLUMNS

    ensure_application()
    assert [c.label for c in COLUMNS][:3] == ["房号", "楼层", "建筑面积(㎡)"]
    view = PlaceholderView("收费", "收费、收据")
    qtbot.addWidget(view)
    assert "这一部分将在后续版本中提供" in view.findChildren(type(view.layout().itemAt(0).widget()))[0].text()
