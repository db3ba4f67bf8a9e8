"""The bundled CJK font for reportlab, and Chinese line-breaking rules."""

from __future__ import annotations

from functools import cache

from propdesk.core.resources import font_path

FONT = "PropdeskHei"

# Characters that must not start a line in Chinese typesetting (避头标点); reportlab's own list
# misses several full-width ones.
_NO_LINE_START = "，。、；：！？）》」』】〕〉”’…—·%℃,.;:!?)]}"


@cache
def register_fonts() -> str:
    """Register the bundled TrueType font once; return its reportlab name."""
    from reportlab.lib import textsplit
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import paragraph

    pdfmetrics.registerFont(TTFont(FONT, str(font_path()), subfontIndex=0))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT, italic=FONT, boldItalic=FONT)
    for module in (textsplit, paragraph):
        current = getattr(module, "ALL_CANNOT_START", "")
        if isinstance(current, str):
            extra = "".join(ch for ch in _NO_LINE_START if ch not in current)
            module.ALL_CANNOT_START = current + extra
    return FONT
