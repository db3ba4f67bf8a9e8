"""走访月报 with the 走访记录: the month's plan against what was done, the ratio against the target, by
building, then every visit with the issues raised and how each was fed back."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from propdesk.core.registry import Community
from propdesk.core.visits import MonthReport, Visit
from propdesk.documents.base import FormHeader, data_table, field_grid, paragraph, render_form, section, signature_lines

TITLE = "走访月报"


@dataclass(frozen=True)
class VisitReportDoc:
    community: Community
    report: MonthReport
    visits: Sequence[Visit]
    printed_at: str
    printed_by: str


def render_visit_report(doc: VisitReportDoc) -> bytes:
    r = doc.report
    target = -(-r.occupied * r.ratio_percent // 100)
    story: list[Any] = [
        field_grid(
            [
                ("月份", r.month),
                ("在住户数", f"{r.occupied} 户"),
                ("目标", f"{r.ratio_percent}%（{target} 户）"),
                ("计划走访", f"{r.planned} 户"),
                ("计划内已走访", f"{r.visited_planned} 户"),
                ("实际走访", f"{r.visited_total} 户（{r.ratio:.1%}）"),
                ("反映问题", f"{r.issues_raised} 项"),
                ("已反馈", f"{r.issues_fed_back} 项（{r.feedback_rate:.0%}）"),
            ]
        ),
        paragraph("达标" if r.visited_total >= target else f"未达标：还差 {target - r.visited_total} 户", "base"),
    ]
    if r.by_building:
        rows = [[b, str(p), str(v), f"{v / p:.0%}" if p else "—"] for b, p, v in r.by_building]
        story += [section("各楼栋完成情况"), data_table(["楼栋", "计划", "已走访", "完成率"], rows, [40, 40, 40, 40],
                                                  numeric=(1, 2, 3))]  # fmt: skip
    story.append(section("走访记录"))
    rows = []
    for v in doc.visits:
        issues = "；".join(i.description for i in v.issues) or "无"
        feedback = "；".join(
            f"{i.feedback}（{(i.fed_back_at or '')[:10]}）" if i.feedback else "待反馈" for i in v.issues
        )
        rows.append([v.visited_on, v.unit_code, v.met, v.method, v.visitor, issues, feedback or "—"])
    story.append(data_table(["日期", "房号", "受访人", "方式", "走访人", "问题和建议", "处理反馈"], rows,
                            [23, 20, 18, 12, 15, 46, 46]))  # fmt: skip
    story += signature_lines(["制表", "客服主管"])
    header = FormHeader(community=doc.community, title=TITLE, number=r.month, printed_at=doc.printed_at,
                        printed_by=doc.printed_by)  # fmt: skip
    return render_form(header, story)
