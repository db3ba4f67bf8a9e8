"""值班记录: the shift, who was on duty, every event and request with its time and where it went, what was
counted at handover, and the outgoing and incoming signatures."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from propdesk.core.duty_log import DutyLog
from propdesk.core.registry import Community
from propdesk.documents.base import FormHeader, data_table, field_grid, paragraph, render_form, section, signature_lines

TITLE = "值班记录"


@dataclass(frozen=True)
class DutyLogDoc:
    community: Community
    log: DutyLog
    printed_at: str
    printed_by: str


def render_duty_log(doc: DutyLogDoc) -> bytes:
    log = doc.log
    rows = [[e.at[11:16] or e.at, e.kind, e.text, e.passed_to or "—", e.author] for e in log.entries]
    confirmed = f"{log.incoming}（{(log.confirmed_at or '')[:16]}）" if log.confirmed else "（未确认）"
    story: list[Any] = [
        field_grid([("日期", log.day), ("班次", log.shift), ("值班人", log.on_duty), ("接班人", confirmed)]),
        section("值班情况"),
        data_table(["时间", "类别", "内容", "转交", "记录人"], rows, [16, 22, 92, 32, 18], empty_rows=0 if rows else 3),
        section("交接清点"),
        paragraph(f"物品：{log.handover_items or '—'}", "base"),
        paragraph(f"钥匙：{log.keys_counted or '—'}", "base"),
    ]
    story += signature_lines(["交班人", "接班人"])
    header = FormHeader(community=doc.community, title=TITLE, number=f"{log.day} {log.shift}",
                        printed_at=doc.printed_at, printed_by=doc.printed_by)  # fmt: skip
    return render_form(header, story)
