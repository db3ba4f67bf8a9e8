"""业主信息登记表 / 家庭情况登记卡 for one unit."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from propdesk.core.registry import Community, UnitRecord
from propdesk.documents.base import FormHeader, data_table, field_grid, render_form, section, signature_lines

TITLE = "业主信息登记表（家庭情况登记卡）"


@dataclass(frozen=True)
class HouseholdCardDoc:
    community: Community
    record: UnitRecord
    printed_at: str
    printed_by: str


def render_household_card(doc: HouseholdCardDoc) -> bytes:
    from reportlab.lib.units import mm
    from reportlab.platypus import KeepTogether, Spacer

    unit = doc.record.unit
    story: list[Any] = [
        field_grid(
            [
                ("房号", unit.code),
                ("建筑面积", f"{unit.area_text} ㎡"),
                ("房屋类型", unit.unit_type),
                ("房屋状态", unit.state),
            ]
        ),
        section("一、业主"),
    ]
    owners = doc.record.owners
    if owners:
        for ownership in owners:
            p = ownership.person
            story.append(
                field_grid(
                    [
                        ("身份", ownership.role),
                        ("姓名", p.name),
                        ("证件类型", p.id_kind),
                        ("证件号码", p.id_number),
                        ("手机", p.mobile),
                        ("座机", p.landline),
                        ("工作单位", p.work_unit),
                        ("通讯地址", p.address),
                        ("紧急联系人", p.emergency_name),
                        ("紧急联系电话", p.emergency_phone),
                    ]
                )
            )
            story.append(Spacer(1, 2 * mm))
    else:
        story.append(
            field_grid(
                [("姓名", ""), ("证件号码", ""), ("手机", ""), ("座机", ""), ("工作单位", ""), ("紧急联系人", "")]
            )
        )
    residents = [r for r in doc.record.residents if r.move_out_date is None]
    members = [r for r in residents if r.kind == "住户"]
    tenants = [r for r in residents if r.kind == "租户"]
    story += [
        section("二、家庭成员"),
        data_table(
            ["姓名", "与业主关系", "身份证号", "联系电话", "入住日期"],
            [[m.name, m.relation, m.id_number, m.phone, m.move_in_date] for m in members],
            [28, 26, 50, 38, 38],
            empty_rows=max(0, 3 - len(members)),
        ),
        section("三、租户"),
        data_table(
            ["姓名", "身份证号", "联系电话", "入住日期", "备注"],
            [[t.name, t.id_number, t.phone, t.move_in_date, t.note] for t in tenants],
            [28, 50, 38, 30, 34],
            empty_rows=max(0, 1 - len(tenants)),
        ),
        section("四、车辆"),
        data_table(
            ["车牌号", "车位", "备注"],
            [[v.plate, v.parking_space, v.note] for v in doc.record.vehicles],
            [50, 50, 80],
            empty_rows=max(0, 1 - len(doc.record.vehicles)),
        ),
        Spacer(1, 3 * mm),
        KeepTogether(
            [
                field_grid(
                    [
                        ("宠物（选填）", ""),
                        ("声明", "以上信息真实有效，变更时及时告知服务中心；服务中心对个人信息保密。"),
                    ],
                    columns=1,
                ),
                *signature_lines(["业主签字", f"经办人（{doc.printed_by}）"]),
            ]
        ),
    ]
    header = FormHeader(
        community=doc.community, title=TITLE, number=unit.code, printed_at=doc.printed_at, printed_by=doc.printed_by
    )
    return render_form(header, story)
