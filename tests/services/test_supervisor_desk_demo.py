"""主管工作台 on the demo database: every figure counted by hand here — in Python, from the records the
services hand out (the lists the screens show), not from the desk's SQL — matches the desk, month by month."""

import datetime as dt
from collections.abc import Iterator

import pytest

from propdesk.core.author import Actor
from propdesk.core.move_in import Step
from propdesk.services import (
    complaints,
    day_close,
    inspections,
    monthly_report,
    move_ins,
    patrols,
    renovations,
    supervisor_desk,
    visits,
    work_orders,
)
from propdesk.services.demo import generate_demo
from propdesk.store.connection import Database, open_memory_database

NOW = dt.datetime.now().replace(microsecond=0)


@pytest.fixture(scope="module")
def demo() -> Iterator[Database]:
    db = open_memory_database()
    generate_demo(db, Actor("演示"), units=60, seed=5)
    yield db
    db.close()


def _months() -> list[str]:
    first = NOW.date().replace(day=1)
    return [(first - dt.timedelta(days=1)).strftime("%Y-%m"), first.strftime("%Y-%m")]


def _in(stamp: str | None, month: str) -> bool:
    return stamp is not None and stamp[:7] == month


def _hand_counts(db: Database, month: str) -> dict[str, tuple[int, int]]:
    start, end, _last = monthly_report.month_bounds(month)
    now = NOW.isoformat(sep=" ")
    orders = [work_orders.get(db, r.id) for r in work_orders.page(db, work_orders.OrderFilter(), 0, 100_000).rows]
    done = [o for o in orders if _in(o.completed_at, month)]
    three = [o for o in orders if _in(o.reported_at, month) and o.state != "已取消"
             and (o.completed_at or now) > _plus_days(o.reported_at, 3)]  # fmt: skip
    found = [complaints.get(db, r.id) for r in complaints.page(db, "", "", "", 0, 100_000).rows]
    received = [c for c in found if _in(c.received_at, month)]
    resolved = [c for c in found if _in(c.resolved_at, month)]
    month_visits = visits.visits_of_month(db, month)
    issues = [i for v in month_visits for i in v.issues]
    earlier = {v.unit_id for m in _earlier_months(month) for v in visits.visits_of_month(db, m)}
    defects = [
        d for d in inspections.ledger(db, offset=0, limit=100_000)[0] if _in(d.found_on, month) and not d.close_reason
    ]
    plan = visits.plan(db, month)
    days_under_way = patrolled = 0
    for r in renovations.ledger(db):
        if r.permit_issued_at is None:
            continue
        days = {p.patrolled_on for p in patrols.patrols(db, r.id)}
        day = max(dt.date.fromisoformat(r.permit_issued_at[:10]), dt.date.fromisoformat(start))
        last = min(dt.date.fromisoformat(r.completed_on or r.planned_end), dt.date.fromisoformat(end) - dt.timedelta(days=1),
                   NOW.date())  # fmt: skip
        while day <= last:
            days_under_way += 1
            patrolled += day.isoformat() in days
            day += dt.timedelta(days=1)
    unclosed = [(c, d) for c, d in day_close.unclosed_days(db, NOW.date()) if d[:7] == month]
    return {
        "repair_callbacks": (sum(o.callback_at is not None for o in done), len(done)),
        "repair_on_time": (sum(o.completed_at <= o.due_at for o in done if o.completed_at), len(done)),
        "repair_notes": (
            sum(o.last_note_at is not None and o.last_note_at >= _plus_days(o.reported_at, 3) for o in three),
            len(three),
        ),
        "complaint_callbacks": (sum(c.callback_at is not None for c in resolved), len(resolved)),
        "complaint_response": (
            sum(c.responded_at is not None and c.responded_at <= c.respond_due for c in received),
            len(received),
        ),
        "complaint_resolution": (
            sum(c.resolved_at is not None and c.resolved_at <= c.resolve_due for c in received),
            len(received),
        ),
        "visit_feedback": (sum(i.state == "已反馈" for i in issues), len(issues)),
        "visit_ratio": (len({v.unit_id for v in month_visits}), plan.occupied if plan else 0),
        "visit_repeats": (len({v.unit_id for v in month_visits} & earlier), 0),
        "defects_next_day": (
            sum(d.transferred_on is not None and d.transferred_on <= _plus_days(d.found_on, 1)[:10] for d in defects),
            len(defects),
        ),
        "patrol_coverage": (patrolled, days_under_way),
        "unclosed_days": (len(unclosed), 0),
        "move_in_documents": (sum(Step.DOCUMENTS in m.missing() for m in move_ins.open_move_ins(db)), 0),
    }


def _plus_days(stamp: str, days: int) -> str:
    moment = dt.datetime.fromisoformat(stamp if len(stamp) > 10 else f"{stamp} 00:00:00")
    return (moment + dt.timedelta(days=days)).isoformat(sep=" ")


def _earlier_months(month: str) -> list[str]:
    year, number = int(month[:4]), int(month[5:])
    return [f"{year:04d}-{m:02d}" for m in range(1, number)]


@pytest.mark.parametrize("which", [0, 1], ids=["last month", "this month"])
def test_each_figure_matches_a_hand_count(demo: Database, which: int) -> None:
    month = _months()[which]
    hand = _hand_counts(demo, month)
    desk = {f.target.key: f for f in supervisor_desk.desk(demo, month, now=NOW)}
    assert set(hand) | {"collection_rate"} == set(desk)
    for key, (done, total) in hand.items():
        figure = desk[key]
        counted = (figure.total, 0) if figure.target.at_most else (figure.done, figure.total)
        assert counted == (done, total), key
    # the month's own bills collected ÷ billed, as the monthly workbook's 收费汇总 shows them
    fees = monthly_report.monthly_report(demo, month).sheet("收费汇总")
    total = fees.totals
    assert total is not None
    assert (desk["collection_rate"].done, desk["collection_rate"].total) == (total[3], total[2])
    assert sum(hand[k][1] for k in ("repair_callbacks", "complaint_response", "visit_ratio")) > 0  # real work counted
