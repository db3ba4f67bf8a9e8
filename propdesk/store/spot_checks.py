"""SQL for 抽查: the month's populations, the stored samples and their checks, and the follow-up items."""

from __future__ import annotations

from typing import Any

from propdesk.store.connection import Database
from propdesk.store.rows import insert_row, update_row

# the records closed in a month, each kind by its own index (the first two partial: the conditions repeat
# the indexes' word for word)
_POPULATION = {
    "报修": "SELECT id FROM work_orders WHERE state = '已关闭' AND callback_at >= ? AND callback_at < ?",
    "投诉": "SELECT id FROM complaints WHERE state = '已办结' AND callback_at >= ? AND callback_at < ?",
    "入住档案": "SELECT id FROM move_ins WHERE completed_at >= ? AND completed_at < ?",
}
_LABELS = {
    "报修": "SELECT o.id, o.number || ' ' || coalesce(u.code, o.location) || ' ' || o.category AS label, o.unit_id"
            " FROM work_orders o LEFT JOIN units u ON u.id = o.unit_id WHERE o.id IN ({})",
    "投诉": "SELECT c.id, c.number || ' ' || coalesce(u.code, c.place) || ' ' || c.category AS label, c.unit_id"
            " FROM complaints c LEFT JOIN units u ON u.id = c.unit_id WHERE c.id IN ({})",
    "入住档案": "SELECT m.id, u.code || ' ' || u.owner_names AS label, m.unit_id FROM move_ins m"
                " JOIN units u ON u.id = m.unit_id WHERE m.id IN ({})",
}  # fmt: skip

_ITEM = ("SELECT id, kind, record_id, label, unit_id, method, archive_complete, result, problem, follow_up_id,"
         " checked_at, checked_by FROM spot_check_items")  # fmt: skip
_FOLLOW_UP = ("SELECT id, source, description, assignee, due_on, state, done_at, done_by, done_note, created_by,"
              " created_at FROM follow_ups")  # fmt: skip


def population(db: Database, start: str, end: str) -> dict[str, list[int]]:
    return {kind: sorted(r[0] for r in db.execute(sql, (start, end))) for kind, sql in _POPULATION.items()}


def labels(db: Database, kind: str, ids: list[int]) -> dict[int, tuple[str, int | None]]:
    if not ids:
        return {}
    rows = db.execute(_LABELS[kind].format(", ".join("?" * len(ids))), ids)
    return {r[0]: (r[1], r[2]) for r in rows}


def insert_sample(db: Database, values: dict[str, Any]) -> int:
    return insert_row(db, "spot_checks", values, stamps=("drawn_at",))


def insert_item(db: Database, values: dict[str, Any]) -> int:
    return insert_row(db, "spot_check_items", values)


def sample(db: Database, month: str) -> dict[str, Any] | None:
    return db.one("SELECT id, month, ratio_percent, seed, population, drawn_by, drawn_at FROM spot_checks"
                  " WHERE month = ?", (month,))  # fmt: skip


def samples(db: Database) -> list[dict[str, Any]]:
    return db.rows("SELECT s.month, s.ratio_percent, s.drawn_by, s.drawn_at, count(i.id) AS sampled,"
                   " count(i.checked_at) AS checked, sum(i.result = '不合格') AS failed FROM spot_checks s"
                   " LEFT JOIN spot_check_items i ON i.spot_check_id = s.id GROUP BY s.id ORDER BY s.month DESC")  # fmt: skip


def items(db: Database, spot_check_id: int) -> list[dict[str, Any]]:
    return db.rows(f"{_ITEM} WHERE spot_check_id = ? ORDER BY instr('报修投诉入住档案', kind), record_id",
                   (spot_check_id,))  # fmt: skip


def item(db: Database, item_id: int) -> dict[str, Any] | None:
    return db.one(f"{_ITEM} WHERE id = ?", (item_id,))


def month_of_item(db: Database, item_id: int) -> str:
    return str(db.scalar("SELECT s.month FROM spot_checks s JOIN spot_check_items i ON i.spot_check_id = s.id"
                         " WHERE i.id = ?", (item_id,)))  # fmt: skip


def record_check(db: Database, item_id: int, values: dict[str, Any]) -> None:
    sets = ", ".join(f"{k} = ?" for k in sorted(values))
    db.execute(f"UPDATE spot_check_items SET {sets} WHERE id = ?", [values[k] for k in sorted(values)] + [item_id])


def insert_follow_up(db: Database, values: dict[str, Any]) -> int:
    return insert_row(db, "follow_ups", values, stamps=("created_at", "updated_at"))


def update_follow_up(db: Database, follow_up_id: int, values: dict[str, Any]) -> None:
    update_row(db, "follow_ups", follow_up_id, values)


def follow_up(db: Database, follow_up_id: int) -> dict[str, Any] | None:
    return db.one(f"{_FOLLOW_UP} WHERE id = ?", (follow_up_id,))


def follow_ups(db: Database, open_only: bool, limit: int = 500) -> list[dict[str, Any]]:
    if open_only:  # the partial index's condition, word for word
        return db.rows(f"{_FOLLOW_UP} WHERE state = '待处理' ORDER BY due_on, id LIMIT ?", (limit,))
    return db.rows(f"{_FOLLOW_UP} ORDER BY created_at DESC, id DESC LIMIT ?", (limit,))


def follow_ups_by_id(db: Database, ids: list[int]) -> list[dict[str, Any]]:
    if not ids:
        return []
    return db.rows(f"{_FOLLOW_UP} WHERE id IN ({', '.join('?' * len(ids))}) ORDER BY id", ids)


def open_follow_ups(db: Database, assignee: str) -> int:
    return int(db.scalar("SELECT count(*) FROM follow_ups WHERE state = '待处理' AND assignee = ?", (assignee,)))


def follow_up_counts(db: Database, today: str) -> dict[str, int]:
    """For the today view: the follow-ups still open, and how many are past their deadline."""
    row = db.execute("SELECT count(*), coalesce(sum(due_on < ?), 0) FROM follow_ups WHERE state = '待处理'",
                     (today,)).fetchone()  # fmt: skip
    return {"open": int(row[0]), "overdue": int(row[1])}
