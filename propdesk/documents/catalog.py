"""Every printable form by kind: how to fetch its data and render it (used by the CLI and the GUI)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from propdesk.core.author import Actor
from propdesk.core.clock import today_iso
from propdesk.core.errors import NotFound, UserError
from propdesk.core.progress import Progress
from propdesk.core.registry import UnitFilter
from propdesk.documents.household_card import TITLE as HOUSEHOLD_TITLE
from propdesk.documents.household_card import HouseholdCardDoc, render_household_card
from propdesk.documents.unit_list import UnitListDoc, render_unit_list
from propdesk.services import community, units
from propdesk.services.search import search_units
from propdesk.store.connection import Database


@dataclass(frozen=True)
class PrintJob:
    kind: str
    key: str
    title: str
    unit_id: int | None
    pdf: bytes


@dataclass(frozen=True)
class PrintKind:
    kind: str
    title: str
    key_help: str
    make: Callable[[Database, Actor, str], PrintJob]


def resolve_unit(db: Database, key: str) -> int:
    """A unit key is its code in any spelling (or ``#id``)."""
    if key.startswith("#") and key[1:].isdigit():
        return units.get_unit(db, int(key[1:])).id
    hits = search_units(db, key, limit=5)
    exact = [h for h in hits if h.matched.startswith("房号")]
    if not exact:
        raise NotFound(f"找不到房号 {key}")
    return exact[0].unit_id


def _household_card(db: Database, actor: Actor, key: str) -> PrintJob:
    unit_id = resolve_unit(db, key)
    record = units.unit_record(db, unit_id)
    pdf = render_household_card(
        HouseholdCardDoc(
            community=community.get_community(db), record=record, printed_at=today_iso(), printed_by=actor.name
        )
    )
    return PrintJob("household-card", record.unit.code, f"{HOUSEHOLD_TITLE} {record.unit.code}", unit_id, pdf)


def _unit_list(db: Database, actor: Actor, key: str) -> PrintJob:
    building = "" if key in ("", "all", "全部") else key
    return unit_list_job(db, actor, UnitFilter(building=building))


def unit_list_job(db: Database, actor: Actor, f: UnitFilter) -> PrintJob:
    """The unit list exactly as filtered and ordered on screen."""
    page = units.list_units(db, f, 0, 100_000)
    if f.building and not page.rows:
        raise UserError(f"楼栋 {f.building} 没有房屋")
    label = "，".join(p for p in (f"{f.building} 号楼" if f.building else "", f.state, f.unit_type,
                                  f"含“{f.text}”" if f.text else "") if p)  # fmt: skip
    building = f.building
    pdf = render_unit_list(
        UnitListDoc(
            community=community.get_community(db),
            units=page.rows,
            filter_text=label,
            printed_at=today_iso(),
            printed_by=actor.name,
        )
    )
    return PrintJob("unit-list", building or "all", f"房屋清单 {label or '全部'}", None, pdf)


def _receipt(db: Database, actor: Actor, key: str) -> PrintJob:
    from propdesk.documents.receipt import ReceiptDoc, render_receipt
    from propdesk.services import cash_desk_settings, payments, printing

    receipt = payments.get_receipt(db, key.strip())
    reprint = printing.times_printed(db, "receipt", receipt.number) > 0
    paper = cash_desk_settings.load(db).receipt_paper
    pdf = render_receipt(ReceiptDoc(community.get_community(db), receipt, reprint=reprint, paper=paper))
    title = f"收款收据 {receipt.number}" + ("（作废）" if receipt.void else "（补打）" if reprint else "")
    return PrintJob("receipt", receipt.number, title, receipt.unit_id, pdf)


def _receipts_of_day(db: Database, actor: Actor, key: str) -> PrintJob:
    """Key ``2026-11-26`` (the actor's receipts) or ``2026-11-26 张敏``: that day's receipts, one per page."""
    from propdesk.documents.receipt import ReceiptDoc, render_receipts
    from propdesk.services import day_close, payments, printing

    day, _, cashier = key.strip().partition(" ")
    report = day_close.day_report(db, cashier.strip() or actor.name, day or today_iso())
    if not report.receipts:
        raise NotFound(f"{report.cashier} 在 {report.day} 没有开收据")
    office = community.get_community(db)
    docs = [
        ReceiptDoc(
            office, payments.get_receipt(db, r.number), reprint=printing.times_printed(db, "receipt", r.number) > 0
        )
        for r in report.receipts
    ]
    title = f"收款收据 {report.day} {report.cashier}（{len(docs)} 张）"
    return PrintJob("receipts", f"{report.day} {report.cashier}", title, None, render_receipts(docs))


def _day_report(db: Database, actor: Actor, key: str) -> PrintJob:
    """Key ``2026-11-26`` (the actor's own day) or ``2026-11-26 张敏``."""
    from propdesk.documents.day_report import TITLE, DayReportDoc, render_day_report
    from propdesk.services import day_close

    day, _, cashier = key.strip().partition(" ")
    report = day_close.day_report(db, cashier.strip() or actor.name, day or today_iso())
    pdf = render_day_report(DayReportDoc(community.get_community(db), report, today_iso(), actor.name))
    return PrintJob("day-report", f"{report.day} {report.cashier}", f"{TITLE} {report.day} {report.cashier}", None, pdf)


def _dunning(db: Database, actor: Actor, key: str) -> PrintJob:
    """Key: a building code, or ``all``; one notice per unit with overdue bills."""
    import datetime as dt

    from propdesk.documents.dunning_notice import TITLE, DunningDoc, render_dunning_notices
    from propdesk.services import payments

    building = "" if key.strip() in ("", "all", "全部") else key.strip()
    notices = payments.dunning_notices(db, building=building)
    pdf = render_dunning_notices(DunningDoc(community.get_community(db), notices, dt.date.today(), actor.name))
    scope = f"{building} 号楼" if building else "全部"
    return PrintJob("dunning", building or "all", f"{TITLE}（{scope}，{len(notices)} 户）", None, pdf)


def _statement(db: Database, actor: Actor, key: str) -> PrintJob:
    from propdesk.documents.account_statement import TITLE, StatementDoc, render_statement
    from propdesk.services import payments

    unit_id = resolve_unit(db, key)
    record = units.unit_record(db, unit_id)
    doc = StatementDoc(community.get_community(db), record, payments.account(db, unit_id), today_iso(), actor.name)
    return PrintJob("statement", record.unit.code, f"{TITLE} {record.unit.code}", unit_id, render_statement(doc))


def _refund(db: Database, actor: Actor, key: str) -> PrintJob:
    from propdesk.documents.refund_slip import TITLE, RefundDoc, render_refund
    from propdesk.services import printing, refunds

    refund = refunds.get_refund(db, key)
    reprint = printing.times_printed(db, "refund", refund.number) > 0
    pdf = render_refund(RefundDoc(community.get_community(db), refund, today_iso(), actor.name, reprint))
    return PrintJob("refund", refund.number, f"{TITLE} {refund.number}" + ("（补打）" if reprint else ""),
                    refund.unit_id, pdf)  # fmt: skip


def _move_in_notice(db: Database, actor: Actor, key: str) -> PrintJob:
    return move_in_notice_job(db, actor, key)


def move_in_notice_job(db: Database, actor: Actor, key: str, progress: Progress | None = None) -> PrintJob:
    """Key: a building code (its units not yet handed over), ``all``, or unit codes separated by commas."""
    import datetime as dt
    from decimal import Decimal

    from propdesk.core.billing import FeeKind, Period, rate_for
    from propdesk.documents.move_in_forms import NOTICE_TITLE, MonthlyFee, NoticeDoc, NoticeUnit, render_notices
    from propdesk.services import fees, move_ins

    found = move_ins.notice_units(db, key)
    if not found:
        raise NotFound(f"没有要发入伙通知书的房屋：{key}（楼栋号只含未交付的房屋）")
    setting = move_ins.notice_settings(db)
    month = Period.of(setting.window_from)
    monthly = [
        MonthlyFee(i.name, i.unit_label, rate_for(i.rates, month).unit_price, i.kind == FeeKind.AREA_MONTHLY)
        for i in fees.list_fee_items(db)
        if i.monthly and i.rates and i.rates[0].effective_from <= month
    ]
    listed = [NoticeUnit(str(u["code"]), str(u["owner_names"]), f"{int(str(u['area_centi_m2'])) / 100:.2f}",
                         Decimal(int(str(u["area_centi_m2"]))) / 100) for u in found]  # fmt: skip
    pdf = render_notices(NoticeDoc(community.get_community(db), listed, setting.window_from, setting.window_to,
                                   setting.place, setting.months, monthly, dt.date.today()), progress)  # fmt: skip
    return PrintJob("move-in-notice", key.strip() or "all", f"{NOTICE_TITLE}（{len(listed)} 户）", None, pdf)


def _move_in_record(db: Database, actor: Actor, key: str) -> PrintJob:
    from propdesk.documents.move_in_forms import RECORD_TITLE, RecordDoc, render_record
    from propdesk.services import move_ins

    unit_id = resolve_unit(db, key)
    record = move_ins.get(db, unit_id)
    if record is None:
        raise NotFound("这户还没有开始办理入伙")
    unit = units.unit_record(db, unit_id).unit
    doc = RecordDoc(community.get_community(db), record, unit.area_text,
                    move_ins.receipts_since_start(db, unit_id, record.started_at), today_iso(), actor.name)  # fmt: skip
    return PrintJob("move-in-record", record.unit_code, f"{RECORD_TITLE} {record.unit_code}", unit_id,
                    render_record(doc))  # fmt: skip


def _inspection(db: Database, actor: Actor, key: str) -> PrintJob:
    from propdesk.documents.move_in_forms import INSPECTION_TITLE, InspectionDoc, readings_text, render_inspection
    from propdesk.services import inspections, move_ins

    unit_id = resolve_unit(db, key)
    found = inspections.of_unit(db, unit_id)
    if found is None:
        raise NotFound("这户还没有验房记录")
    unit = units.unit_record(db, unit_id).unit
    record = move_ins.get(db, unit_id)
    thumbs = {item.id: [bytes(p["thumbnail"]) for p in inspections.photos(db, "inspection_item", item.id)]  # type: ignore[call-overload]
              for item in found.failed if item.photos}  # fmt: skip
    doc = InspectionDoc(community.get_community(db), unit.code, unit.owner_names, found,
                        readings_text(record) if record else "（未抄表）", thumbs, today_iso(), actor.name)  # fmt: skip
    return PrintJob("inspection", unit.code, f"{INSPECTION_TITLE} {unit.code}", unit_id, render_inspection(doc))


def _defect_transfer(db: Database, actor: Actor, key: str) -> PrintJob:
    """Key: a transfer batch number, or ``latest``."""
    from propdesk.documents.move_in_forms import TRANSFER_TITLE, TransferDoc, render_transfer
    from propdesk.services import inspections

    text = key.strip().removeprefix("YJ")
    batch, listed = inspections.transferred(db, int(text) if text.isdecimal() else None)
    thumbs = {}
    for d in listed:
        if d.photos:
            subject, subject_id = inspections.photo_subject(db, d.id)
            pictures = inspections.photos(db, subject, subject_id)
            if pictures:
                thumbs[d.id] = bytes(pictures[0]["thumbnail"])  # type: ignore[call-overload]
    doc = TransferDoc(community.get_community(db), int(str(batch["id"])), str(batch["transferred_on"]),
                      str(batch["receiver"]), listed, thumbs, actor.name)  # fmt: skip
    return PrintJob("defect-transfer", f"YJ{doc.transfer_id:05d}", f"{TRANSFER_TITLE} YJ{doc.transfer_id:05d}", None,
                    render_transfer(doc))  # fmt: skip


def _key_promise(db: Database, actor: Actor, key: str) -> PrintJob:
    from propdesk.documents.key_forms import PROMISE_TITLE, PromiseDoc, render_promise
    from propdesk.services import keys

    found = keys.get(db, key)
    record = units.unit_record(db, found.unit_id)
    owner = next((o.person for o in record.owners if o.person.name == found.depositor), None)
    doc = PromiseDoc(community.get_community(db), found, owner, today_iso(), actor.name)
    return PrintJob("key-promise", found.number, f"{PROMISE_TITLE} {found.number}", found.unit_id, render_promise(doc))


def _key_ledger(db: Database, actor: Actor, key: str) -> PrintJob:
    """Key: ``held`` (sets still kept) or ``all``."""
    import datetime as dt

    from propdesk.documents.key_forms import LEDGER_TITLE, KeyLedgerDoc, render_key_ledger
    from propdesk.services import keys

    held = key.strip() in ("", "held", "在管")
    sets = keys.ledger(db, held_only=held)
    pdf = render_key_ledger(KeyLedgerDoc(community.get_community(db), sets, dt.datetime.now(), actor.name))
    return PrintJob("key-ledger", "held" if held else "all", f"{LEDGER_TITLE}（{len(sets)} 套）", None, pdf)


def _renovation_of(db: Database, key: str) -> Any:
    """Key: a permit number (ZX20260001), or a unit code (its latest renovation)."""
    from propdesk.services import renovations

    text = key.strip()
    if text.upper().startswith("ZX"):
        by_permit = renovations.by_permit(db, text.upper())
        found = [by_permit] if by_permit else []
    else:
        found = renovations.of_unit(db, resolve_unit(db, text))
    if not found:
        raise NotFound(f"找不到装修记录：{key}")
    return found[0]


def _renovation_application(db: Database, actor: Actor, key: str) -> PrintJob:
    from propdesk.documents.renovation_forms import APPLICATION_TITLE, ApplicationDoc, render_application
    from propdesk.services import design_changes, renovation_settings

    r = _renovation_of(db, key)
    rules = renovation_settings.load(db)
    pdf = render_application(ApplicationDoc(community.get_community(db), r, today_iso(), actor.name, rules.work_items,
                                            rules.working_hours, design_changes.changes(db, r.id)))  # fmt: skip
    return PrintJob("renovation-application", r.permit_number or r.unit_code, f"{APPLICATION_TITLE} {r.unit_code}",
                    r.unit_id, pdf)  # fmt: skip


def _renovation_permit(db: Database, actor: Actor, key: str) -> PrintJob:
    from propdesk.documents.renovation_forms import PERMIT_TITLE, render_permit

    r = _renovation_of(db, key)
    if not r.permit_number:
        raise UserError(f"{r.unit_code} 的装修还没有发放许可证（{r.state}）")
    from propdesk.services import renovation_settings

    hours = renovation_settings.load(db).working_hours
    return PrintJob("renovation-permit", r.permit_number, f"{PERMIT_TITLE} {r.permit_number}", r.unit_id,
                    render_permit(community.get_community(db), r, hours))  # fmt: skip


def _worker_passes(db: Database, actor: Actor, key: str) -> PrintJob:
    """Key: a permit number (every paid pass not handed back) or one pass number (CR…)."""
    from propdesk.documents.worker_pass import TITLE, PassSheetDoc, render_passes
    from propdesk.services import renovations, worker_passes

    text = key.strip().upper()
    if text.startswith("CR"):
        matches = [
            (r, p) for r in renovations.ledger(db, "施工中") for p in worker_passes.passes(db, r.id) if p.number == text
        ]
        if not matches:
            raise NotFound(f"找不到出入证 {key}")
        renovation, chosen = matches[0][0], [matches[0][1]]
    else:
        renovation = _renovation_of(db, text)
        chosen = [p for p in worker_passes.passes(db, renovation.id) if not p.returned_at]
    unpaid = [p.number for p in chosen if not p.paid]
    if unpaid:
        raise UserError(f"出入证 {'、'.join(unpaid)} 的工本费或押金还没有缴，缴费后再打印")
    if not chosen:
        raise NotFound("没有要打印的出入证")
    doc = PassSheetDoc(
        community.get_community(db), renovation, chosen, worker_passes.photos(db, [p.id for p in chosen])
    )
    return PrintJob("worker-passes", text, f"{TITLE} {renovation.unit_code}（{len(chosen)} 张）", renovation.unit_id,
                    render_passes(doc))  # fmt: skip


def _rectification(db: Database, actor: Actor, key: str) -> PrintJob:
    from propdesk.documents.rectification_notice import TITLE, NoticeDoc, render_rectification
    from propdesk.services import inspections, patrols, renovations

    violation = patrols.get_violation(db, key)
    renovation = renovations.get(db, violation.renovation_id)
    pictures = [bytes(p["jpeg"]) for p in inspections.photos(db, "violation", violation.id, with_image=True)]  # type: ignore[call-overload]
    doc = NoticeDoc(community.get_community(db), renovation, violation, pictures, today_iso(), actor.name)
    return PrintJob("rectification-notice", violation.number, f"{TITLE} {violation.number}", renovation.unit_id,
                    render_rectification(doc))  # fmt: skip


def _acceptance(db: Database, actor: Actor, key: str) -> PrintJob:
    from propdesk.documents.renovation_completion import ACCEPTANCE_TITLE, AcceptanceDoc, render_acceptance
    from propdesk.services import renovation_completion

    r = _renovation_of(db, key)
    if not r.permit_number:
        raise UserError(f"{r.unit_code} 的装修还没有发放许可证（{r.state}）")
    doc = AcceptanceDoc(community.get_community(db), r, renovation_completion.acceptances(db, r.id), today_iso(),
                        actor.name)  # fmt: skip
    return PrintJob("acceptance", r.permit_number, f"{ACCEPTANCE_TITLE} {r.unit_code}", r.unit_id,
                    render_acceptance(doc))  # fmt: skip


def _settlement(db: Database, actor: Actor, key: str) -> PrintJob:
    from propdesk.documents.renovation_completion import SETTLEMENT_TITLE, SettlementDoc, render_settlement
    from propdesk.services import deposit_settlements, renovation_completion

    r = _renovation_of(db, key)
    settled = deposit_settlements.get(db, r.id)
    deposits, pass_deposits = deposit_settlements.settled_deposits(db, r.id)
    accepted = next((a.inspected_on for a in renovation_completion.acceptances(db, r.id) if a.passed), "")
    doc = SettlementDoc(community.get_community(db), r, settled, deposits, pass_deposits, accepted, today_iso(),
                        actor.name)  # fmt: skip
    return PrintJob("deposit-settlement", r.permit_number or r.unit_code, f"{SETTLEMENT_TITLE} {r.unit_code}",
                    r.unit_id, render_settlement(doc))  # fmt: skip


def _work_order(db: Database, actor: Actor, key: str) -> PrintJob:
    """Key: the order number, three copies; ``WX2026110001/1`` prints one."""
    from propdesk.documents.work_order import TITLE, WorkOrderDoc, render_work_order
    from propdesk.services import work_orders

    number, _, copies = key.strip().partition("/")
    order = work_orders.by_number(db, number)
    doc = WorkOrderDoc(community.get_community(db), order, 1 if copies == "1" else 3, today_iso(), actor.name)
    return PrintJob("work-order", order.number, f"{TITLE} {order.number}", order.unit_id, render_work_order(doc))


def _complaint(db: Database, actor: Actor, key: str) -> PrintJob:
    from propdesk.documents.complaint_record import TITLE, ComplaintDoc, render_complaint
    from propdesk.services import complaints

    found = complaints.by_number(db, key)
    doc = ComplaintDoc(community.get_community(db), found, today_iso(), actor.name)
    return PrintJob("complaint", found.number, f"{TITLE} {found.number}", found.unit_id, render_complaint(doc))


def _visit_report(db: Database, actor: Actor, key: str) -> PrintJob:
    from propdesk.documents.visit_report import TITLE, VisitReportDoc, render_visit_report
    from propdesk.services import visits

    found = visits.report(db, key)
    doc = VisitReportDoc(community.get_community(db), found, visits.visits_of_month(db, found.month), today_iso(),
                         actor.name)  # fmt: skip
    return PrintJob("visit-report", found.month, f"{TITLE} {found.month}", None, render_visit_report(doc))


def _duty_log(db: Database, actor: Actor, key: str) -> PrintJob:
    from propdesk.documents.duty_log import TITLE, DutyLogDoc, render_duty_log
    from propdesk.services import duty_log

    day, _, shift = key.strip().partition(" ")
    found = duty_log.find(db, day, shift.strip())
    doc = DutyLogDoc(community.get_community(db), found, today_iso(), actor.name)
    return PrintJob("duty-log", f"{found.day} {found.shift}", f"{TITLE} {found.day} {found.shift}", None,
                    render_duty_log(doc))  # fmt: skip


def _spot_check(db: Database, actor: Actor, key: str) -> PrintJob:
    from propdesk.documents.spot_check_report import TITLE, SpotCheckDoc, render_spot_check
    from propdesk.services import spot_checks

    found = spot_checks.get(db, key)
    if found is None:
        raise NotFound(f"{key.strip()} 还没有抽取抽查样本")
    follow_ups = {
        f.id: f for f in spot_checks.follow_ups(db, open_only=False, ids=[i.follow_up_id for i in found.items])
    }
    doc = SpotCheckDoc(community.get_community(db), found, spot_checks.reproduces(found), follow_ups, today_iso(),
                       actor.name)  # fmt: skip
    return PrintJob("spot-check", found.month, f"{TITLE} {found.month}", None, render_spot_check(doc))


def _activity(db: Database, key: str) -> Any:
    from propdesk.services import activities

    text = key.strip().upper().removeprefix("HD")
    if not text.isdigit():
        raise NotFound(f"活动编号“{key.strip()}”不对，应如 HD0012")
    return activities.get(db, int(text))


def _activity_notice(db: Database, actor: Actor, key: str) -> PrintJob:
    from propdesk.documents.activity_forms import NOTICE_TITLE, ActivityDoc, render_notice

    number, _, size = key.strip().partition("/")
    found = _activity(db, number)
    doc = ActivityDoc(
        community.get_community(db), found, today_iso(), actor.name, "A3" if size.upper() == "A3" else "A4"
    )
    return PrintJob("activity-notice", found.number, f"{NOTICE_TITLE} {found.title}", None, render_notice(doc))


def _activity_sheet(db: Database, actor: Actor, key: str) -> PrintJob:
    from propdesk.documents.activity_forms import SHEET_TITLE, ActivityDoc, render_signup_sheet

    found = _activity(db, key)
    doc = ActivityDoc(community.get_community(db), found, today_iso(), actor.name)
    return PrintJob("activity-signups", found.number, f"{SHEET_TITLE} {found.title}", None, render_signup_sheet(doc))


def _archive(db: Database, actor: Actor, key: str) -> PrintJob:
    from propdesk.documents.unit_archive import TITLE, build_archive

    unit_id = resolve_unit(db, key)
    code = units.get_unit(db, unit_id).code
    return PrintJob("archive", code, f"{TITLE} {code}", unit_id, build_archive(db, actor, unit_id))


KINDS: dict[str, PrintKind] = {
    k.kind: k
    for k in [
        PrintKind("household-card", HOUSEHOLD_TITLE, "房号，如 3-2-1502", _household_card),
        PrintKind("unit-list", "房屋清单", "楼栋号，或 all 表示全部", _unit_list),
        PrintKind("receipt", "收款收据", "收据编号，如 2026000123", _receipt),
        PrintKind("refund", "退款单", "退款单号，如 TK2026000001", _refund),
        PrintKind("statement", "账户对账单", "房号，如 3-2-1502", _statement),
        PrintKind("dunning", "催缴通知书", "楼栋号，或 all 表示全部（每户一页）", _dunning),
        PrintKind("receipts", "一天的收款收据", "日期和收款人，如 “2026-11-26 张敏”（每张一页）", _receipts_of_day),
        PrintKind(
            "move-in-notice",
            "入伙通知书",
            "楼栋号（其未交付的房屋）、all，或逗号分隔的房号（每户一页）",
            _move_in_notice,
        ),
        PrintKind("move-in-record", "业主入伙确认单", "房号，如 3-2-1502", _move_in_record),
        PrintKind("inspection", "房屋验收确认书", "房号，如 3-2-1502", _inspection),
        PrintKind(
            "defect-transfer", "遗留工程整改通知", "转交批号，如 YJ00003，或 latest（最近一批）", _defect_transfer
        ),
        PrintKind("key-promise", "钥匙托管承诺书", "托管编号，如 YS0001", _key_promise),
        PrintKind("key-ledger", "钥匙托管清册", "held（托管中）或 all", _key_ledger),
        PrintKind("renovation-application", "房屋装修申请表和装修承诺书", "房号或许可证号", _renovation_application),
        PrintKind("renovation-permit", "装修许可证", "许可证号，如 ZX20260001，或房号", _renovation_permit),
        PrintKind("rectification-notice", "装修整改通知书", "违章编号，如 ZG20260001", _rectification),
        PrintKind("worker-passes", "临时出入证", "许可证号（未交回的全部）或出入证号", _worker_passes),
        PrintKind("acceptance", "装修竣工验收表", "许可证号或房号（未验收的打印空白验收项目）", _acceptance),
        PrintKind("deposit-settlement", "装修押金退还审批表", "许可证号或房号", _settlement),
        PrintKind("work-order", "维修派工单", "工单号，如 WX2026110001（三联）；加 /1 只打一联", _work_order),
        PrintKind("complaint", "投诉处理记录表", "投诉编号，如 TS2026110001", _complaint),
        PrintKind("visit-report", "走访月报（含走访记录）", "月份，如 2026-11", _visit_report),
        PrintKind("duty-log", "值班记录", "日期和班次，如 “2026-11-26 夜班”", _duty_log),
        PrintKind("spot-check", "抽查记录表", "月份，如 2026-10", _spot_check),
        PrintKind("activity-notice", "社区活动通知", "活动编号，如 HD0012；加 /A3 印 A3 张贴", _activity_notice),
        PrintKind("activity-signups", "社区活动报名签到表", "活动编号，如 HD0012", _activity_sheet),
        PrintKind("archive", "房屋档案（一户一档）", "房号，如 3-2-1502", _archive),
        PrintKind("day-report", "收款日报表", "日期和收款人，如 “2026-11-26 张敏”（省略收款人为本人）", _day_report),
    ]
}


def make(db: Database, actor: Actor, kind: str, key: str) -> PrintJob:
    if kind not in KINDS:
        raise UserError(f"没有这种表单：{kind}（可用：{', '.join(KINDS)}）")
    return KINDS[kind].make(db, actor, key)
