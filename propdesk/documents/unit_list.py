"""房屋清单: the unit list as filtered on screen, landscape A4, broken across pages."""

from __future__ import annotations

from dataclasses import dataclass

from propdesk.core.registry import Community, Unit
from propdesk.documents.base import FormHeader, data_table, paragraph, render_form

TITLE = "房屋清单"


@dataclass(frozen=True)
class UnitListDoc:
    community: Community
    units: list[Unit]
    filter_text: str
    printed_at: str
    printed_by: str


def render_unit_list(doc: UnitListDoc) -> bytes:
    rows = [[u.code, str(u.floor), u.area_text, u.unit_type, u.state, u.owner_names, u.note] for u in doc.units]
    total_area = sum(u.area_centi_m2 for u in doc.units)
    summary = ("\u00a0" * 6).join([  # no-break spaces: a paragraph folds ordinary ones
        f"筛选：{doc.filter_text or '全部'}",
        f"共 {len(doc.units)} 户",
        f"建筑面积合计 {total_area // 100:,}.{total_area % 100:02d} ㎡",
        f"打印人：{doc.printed_by}",
    ])  # fmt: skip
    story = [
        paragraph(summary, "base"),
        data_table(
            ["房号", "楼层", "建筑面积(㎡)", "类型", "状态", "业主", "备注"],
            rows,
            [34, 16, 28, 20, 30, 70, 69],
            numeric=(1, 2),
        ),
    ]
    header = FormHeader(
        community=doc.community, title=TITLE, printed_at=doc.printed_at, printed_by=doc.printed_by, landscape=True
    )
    return render_form(header, story)
