"""抽查记录表: a month's sample — how it was drawn (ratio, seed, population; drawn again to the same records),
each kind's counts, then every sampled record with how it was checked, the result, the problem found and
the follow-up it became."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from propdesk.core.registry import Community
from propdesk.core.spot_checks import FollowUp, Kind, SpotCheck
from propdesk.documents.base import FormHeader, data_table, field_grid, paragraph, render_form, section, signature_lines

TITLE = "抽查记录表"


@dataclass(frozen=True)
class SpotCheckDoc:
    community: Community
    sample: SpotCheck
    reproduces: bool
    follow_ups: Mapping[int, FollowUp]
    printed_at: str
    printed_by: str


def render_spot_check(doc: SpotCheckDoc) -> bytes:
    s = doc.sample
    checked = sum(1 for i in s.items if i.checked)
    failed = sum(1 for i in s.items if i.result == "不合格")
    story: list[Any] = [
        field_grid(
            [
                ("月份", s.month),
                ("抽查比例", f"{s.ratio_percent}%"),
                ("抽取人", s.drawn_by),
                ("抽取时间", s.drawn_at[:16]),
                ("样本", f"{len(s.items)} 条，已检查 {checked} 条，不合格 {failed} 条"),
                (
                    "复核",
                    f"随机种子 {s.seed}：重抽结果一致" if doc.reproduces else f"随机种子 {s.seed}：重抽结果不一致！",
                ),
            ]
        ),
        section("抽查范围"),
    ]
    rows = []
    for kind in Kind:
        population, sampled, done, bad = s.counts(kind.value)
        rows.append([kind.value, str(population), str(sampled), str(done), str(done - bad), str(bad)])
    story.append(data_table(["类别", "当月总数", "抽取", "已检查", "合格", "不合格"], rows, [40, 28, 28, 28, 28, 28],
                            numeric=(1, 2, 3, 4, 5)))  # fmt: skip
    story.append(section("抽查明细"))
    detail = []
    for i in s.items:
        complete = "" if i.archive_complete is None else ("齐全" if i.archive_complete else "不全")
        follow = doc.follow_ups.get(i.follow_up_id or 0)
        follow_text = ""
        if follow is not None:
            follow_text = f"{follow.assignee}，{follow.due_on}前；{follow.state}"
            if follow.done_note:
                follow_text += f"：{follow.done_note}"
        detail.append([i.kind, i.label, i.method, complete, i.result or "未检查", i.problem, follow_text,
                       f"{i.checked_by or ''}\n{(i.checked_at or '')[:10]}".strip()])  # fmt: skip
    story.append(data_table(["类别", "记录", "抽查方式", "资料", "结果", "发现的问题", "跟进整改", "检查人"], detail,
                            [13, 34, 21, 11, 16, 30, 31, 24]))  # fmt: skip
    if not s.items:
        story.append(paragraph("这个月没有可抽查的记录。"))
    story += signature_lines(["抽查人", "客服主管"])
    header = FormHeader(community=doc.community, title=TITLE, number=s.month, printed_at=doc.printed_at,
                        printed_by=doc.printed_by)  # fmt: skip
    return render_form(header, story)
