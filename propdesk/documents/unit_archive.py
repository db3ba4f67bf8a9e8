"""一户一档: one unit's complete file as one PDF with bookmarks — a cover with the contents, then the
household card, ownership history, move-in record and inspection, defects, keys, each renovation (its
application, acceptance, settlement, patrols and violations), repairs and complaints, the account
statement, dunning, and every document printed for the unit exactly as it was printed (receipts with
their void and reprint marks). The forms are the ones the desk prints; the file is merged with pypdf."""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from typing import Any

from propdesk.core.author import Actor
from propdesk.core.clock import today_iso
from propdesk.core.errors import NotFound
from propdesk.core.progress import Progress
from propdesk.documents.base import FormHeader, data_table, field_grid, paragraph, render_form, section
from propdesk.documents.catalog import make
from propdesk.store.connection import Database

TITLE = "房屋档案（一户一档）"
Part = tuple[str, str, bytes]  # (section, bookmark, pdf)


def _tables(community: Any, title: str, unit_code: str, blocks: Sequence[tuple[str, list[str], list[list[str]],
            list[float]]]) -> bytes:  # fmt: skip
    story: list[Any] = []
    for heading, headers, rows, widths in blocks:
        story.append(section(heading))
        story.append(data_table(headers, rows, widths) if rows else paragraph("无", "base"))
    return render_form(FormHeader(community=community, title=title, number=unit_code, printed_at=today_iso()), story)


def _cover(community: Any, record: Any, sections: list[str], actor: Actor) -> bytes:
    u = record.unit
    facts = [("房号", u.code), ("业主", u.owner_names or "（未登记）"), ("建筑面积", f"{u.area_centi_m2 / 100:.2f} ㎡"),
             ("房屋状态", u.state), ("房屋类型", u.unit_type), ("所在楼层", str(u.floor))]  # fmt: skip
    story: list[Any] = [
        field_grid(facts),
        section("目录"),
        *(paragraph(f"{index}. {name}", "base") for index, name in enumerate(sections, start=1)),
        paragraph("本档案由系统根据台账和打印存档自动汇编，打印存档部分为原样留存。", "base"),
    ]
    header = FormHeader(community=community, title=TITLE, number=u.code, printed_at=today_iso(), printed_by=actor.name)
    return render_form(header, story)


def build_archive(db: Database, actor: Actor, unit_id: int, progress: Progress | None = None) -> bytes:
    from propdesk.core.collection import collected_after

    with collected_after():
        return _build_archive(db, actor, unit_id, progress)


def _build_archive(db: Database, actor: Actor, unit_id: int, progress: Progress | None = None) -> bytes:
    from pypdf import PdfReader, PdfWriter

    from propdesk.services import (
        community,
        complaints,
        deposit_settlements,
        dunning,
        inspections,
        keys,
        move_ins,
        patrols,
        printing,
        renovations,
        units,
        work_orders,
    )

    record = units.unit_record(db, unit_id)
    office = community.get_community(db)
    code, key = record.unit.code, f"#{unit_id}"
    parts: list[Part] = []

    def form(section_name: str, bookmark: str, kind: str, form_key: str) -> None:
        parts.append((section_name, bookmark, make(db, actor, kind, form_key).pdf))

    def tables(section_name: str, blocks: Sequence[tuple[str, list[str], list[list[str]], list[float]]],
               bookmark: str = "") -> None:  # fmt: skip
        title = bookmark or section_name
        parts.append((section_name, title, _tables(office, title, code, blocks)))

    steps: list[Callable[[], None]] = []
    steps.append(lambda: form("业主与住户", "业主信息登记表", "household-card", key))
    steps.append(lambda: tables("产权历史", [
        ("现业主", ["姓名", "身份", "起始日期"], [[o.person.name, o.role, o.start_date] for o in record.owners], [60, 40, 40]),
        ("原业主", ["姓名", "身份", "起止日期"],
         [[o.person.name, o.role, f"{o.start_date} 至 {o.end_date or ''}"] for o in record.former_owners], [60, 40, 60]),
        ("过户记录", ["日期", "原业主", "新业主", "说明"],
         [[t.date, t.from_names, t.to_names, t.note] for t in record.transfers], [26, 44, 44, 60]),
    ]))  # fmt: skip

    def move_in() -> None:
        if move_ins.get(db, unit_id) is not None:
            form("入伙", "业主入伙确认单", "move-in-record", key)
        if inspections.of_unit(db, unit_id) is not None:
            form("入伙", "房屋验收确认书", "inspection", key)
        found = inspections.defects_of_unit(db, unit_id)
        tables("遗留工程", [("遗留工程", ["发现日期", "部位", "问题", "状态", "整改期限", "销项"],
                            [[d.found_on, d.location, d.description, d.state.value, d.deadline or "", d.closed_on or ""]
                             for d in found], [22, 22, 60, 20, 24, 22])])  # fmt: skip

    def key_sets() -> None:
        rows = [[k.number, k.contents, k.deposited_on, k.ended_on or "托管中",
                 "；".join(f"{m.out_at[:16]} {m.taken_by}（{m.reason}）" for m in k.movements)]
                for k in keys.sets_of_unit(db, unit_id)]  # fmt: skip
        tables("钥匙托管", [("钥匙托管", ["编号", "钥匙", "托管日期", "结束", "领用记录"], rows, [18, 34, 22, 22, 84])])

    def renovation_files() -> None:
        for r in reversed(renovations.of_unit(db, unit_id)):
            label = r.permit_number or f"申请 {r.applied_at[:10]}"
            form("装修", f"装修申请表 {label}", "renovation-application", r.permit_number or code)
            if r.permit_number:
                form("装修", f"竣工验收表 {label}", "acceptance", r.permit_number)
            if r.permit_number and deposit_settlements.settlement(db, r.id) is not None:
                form("装修", f"押金退还审批表 {label}", "deposit-settlement", r.permit_number)
            rows = [[p.patrolled_at[:16], p.inspector, "；".join(f"{k}：{v}" for k, v in p.problems.items()) or "无问题"]
                    for p in patrols.patrols(db, r.id)]  # fmt: skip
            found = [[v.number, v.found_at[:10], v.rule, v.description, v.state, f"{v.penalty_fen / 100:.2f}"]
                     for v in patrols.violations(db, r.id)]  # fmt: skip
            tables("装修", [
                ("巡查记录", ["时间", "巡查人", "情况"], rows, [32, 24, 124]),
                ("违章", ["编号", "日期", "违反规定", "情况", "状态", "扣押金（元）"], found, [24, 20, 24, 60, 22, 30]),
            ], f"装修巡查和违章 {label}")  # fmt: skip

    def service() -> None:
        orders = [[o.number, o.reported_at[:10], o.category, o.description, o.state, o.technician]
                  for o in work_orders.of_unit(db, unit_id)]  # fmt: skip
        found = [[c.number, c.received_at[:10], c.category, c.description, c.state, c.handler]
                 for c in complaints.of_unit(db, unit_id)]  # fmt: skip
        tables("报修与投诉", [("报修", ["工单号", "日期", "类别", "内容", "状态", "维修人员"], orders, [28, 20, 16, 70, 18, 20]),
                           ("投诉", ["编号", "日期", "类别", "内容", "状态", "处理人"], found, [28, 20, 18, 70, 18, 18])])  # fmt: skip

    def money() -> None:
        form("账务", "账户对账单", "statement", key)
        rows = [[c.contacted_on, c.method, c.result, c.next_step, c.author] for c in dunning.contacts(db, unit_id)]
        tables("催缴", [("催缴记录", ["日期", "方式", "结果", "下一步", "经办人"], rows, [22, 16, 70, 48, 20])])

    def printed() -> None:
        for p in sorted(record.printed, key=lambda d: d.printed_at):
            if p.kind == "archive":
                continue  # an earlier archive holds nothing this one lacks
            parts.append(("打印存档", f"{p.printed_at[:16]} {p.title}", printing.printed_pdf(db, p.id)))

    steps += [move_in, key_sets, renovation_files, service, money, printed]
    for index, step in enumerate(steps):
        if progress is not None:
            progress.step(index, len(steps), f"{code}：{index + 1}/{len(steps)}")
        step()
    sections = list(dict.fromkeys(s for s, _, _ in parts))
    writer = PdfWriter()
    cover = PdfReader(io.BytesIO(_cover(office, record, sections, actor)))
    writer.append(cover)
    writer.add_outline_item(title="封面与目录", page_number=0)
    parents: dict[str, Any] = {}
    for section_name, bookmark, pdf in parts:
        start = len(writer.pages)
        writer.append(PdfReader(io.BytesIO(pdf)))
        if section_name not in parents:
            parents[section_name] = writer.add_outline_item(title=section_name, page_number=start)
        if bookmark != section_name:
            writer.add_outline_item(title=bookmark, page_number=start, parent=parents[section_name])
    writer.add_metadata({"/Title": f"{TITLE} {code}", "/Creator": "propdesk"})
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def archive_units(db: Database, building: str) -> list[tuple[int, str]]:
    """(unit id, code) of a building's units, in order, for a batch."""
    from propdesk.core.registry import UnitFilter
    from propdesk.services import units

    found = units.list_units(db, UnitFilter(building=building.strip()), 0, 100_000).rows
    if not found:
        raise NotFound(f"楼栋 {building} 没有房屋")
    return [(u.id, u.code) for u in found]
