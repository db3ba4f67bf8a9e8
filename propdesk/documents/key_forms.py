"""钥匙托管承诺书/委托书 (one key set, signed by the owner and the office) and the 钥匙托管清册 (every
set with its movements: who, why, approved by, out, due back, back)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from propdesk.core.keys import KeySet
from propdesk.core.registry import Community, Person
from propdesk.documents.base import FormHeader, data_table, field_grid, paragraph, render_form, section, signature_lines

PROMISE_TITLE = "钥匙托管承诺书"
LEDGER_TITLE = "钥匙托管清册"
TERMS = [
    "物业服务中心只托管已交付、无人居住房屋的钥匙。",
    "有人看房时，由物业服务中心工作人员陪同开门，钥匙不外借；看房结束即锁门并将钥匙放回钥匙柜。",
    "因维修需进户的，须经客服主管同意并登记领用人、事由和归还时间，用毕即还。",
    "物业服务中心对房屋内的财物不承担保管责任；委托人应自行妥善保管贵重物品。",
    "委托人领回钥匙或终止托管，须本人持身份证原件办理；委托他人的须出具委托书。",
]


@dataclass(frozen=True)
class PromiseDoc:
    community: Community
    key_set: KeySet
    owner: Person | None
    printed_at: str
    printed_by: str


def render_promise(doc: PromiseDoc) -> bytes:
    k, owner = doc.key_set, doc.owner
    story: list[Any] = [
        field_grid(
            [
                ("托管编号", k.number),
                ("房号", k.unit_code),
                ("委托人（业主）", k.depositor),
                ("证件号码", owner.id_number if owner else ""),
                ("联系电话", k.depositor_phone or (owner.mobile if owner else "")),
                ("联系地址", owner.address if owner else ""),
                ("钥匙及门卡", k.contents),
                ("存放位置", k.location),
                ("托管日期", k.deposited_on),
                ("经办人", doc.printed_by),
            ]
        ),
        section("托管约定"),
        *[paragraph(f"{index}. {line}", "base") for index, line in enumerate(TERMS, start=1)],
        paragraph("委托人已阅读并同意以上约定，将上述钥匙交由物业服务中心托管。", "base"),
    ]
    story += signature_lines(["委托人（业主）", f"{doc.community.office_title}（盖章）"])
    header = FormHeader(community=doc.community, title=PROMISE_TITLE, number=k.number, printed_at=doc.printed_at,
                        printed_by=doc.printed_by)  # fmt: skip
    return render_form(header, story)


@dataclass(frozen=True)
class KeyLedgerDoc:
    community: Community
    sets: Sequence[KeySet]
    now: dt.datetime
    printed_by: str


def render_key_ledger(doc: KeyLedgerDoc) -> bytes:
    rows = [[k.number, k.unit_code, k.contents, k.location, k.deposited_on, k.depositor, k.state(doc.now)]
            for k in doc.sets]  # fmt: skip
    moves = [[k.number, k.unit_code, m.reason, m.taken_by, m.approved_by, m.out_at, m.due_back, m.back_at or "未还"]
             for k in doc.sets for m in k.movements]  # fmt: skip
    story: list[Any] = [
        section(f"托管钥匙（{len(doc.sets)} 套）"),
        data_table(
            ["编号", "房号", "钥匙及门卡", "存放位置", "托管日期", "委托人", "状态"],
            rows or [["（无）", "", "", "", "", "", ""]],
            [20, 24, 80, 34, 30, 40, 39],
        ),
        section(f"借用登记（{len(moves)} 次）"),
        data_table(
            ["编号", "房号", "事由", "领用人", "批准人", "借出时间", "应还时间", "归还时间"],
            moves or [["（无）", "", "", "", "", "", "", ""]],
            [20, 24, 18, 50, 28, 42, 42, 43],
        ),
    ]
    header = FormHeader(community=doc.community, title=LEDGER_TITLE, printed_at=doc.now.date().isoformat(),
                        printed_by=doc.printed_by, landscape=True)  # fmt: skip
    return render_form(header, story)
