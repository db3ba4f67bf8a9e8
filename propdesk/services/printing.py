"""Keeping every printed document (PDF snapshot, who, when) so it can be found again."""

from __future__ import annotations

from propdesk.core.author import Actor
from propdesk.core.changes import Changes
from propdesk.core.errors import NotFound
from propdesk.store import audit, printed
from propdesk.store.connection import Database


def record_printed(
    db: Database, actor: Actor, kind: str, key: str, title: str, unit_id: int | None, pdf: bytes
) -> tuple[int, Changes]:
    with db.atomic():
        document_id = printed.insert(db, kind, key, title, unit_id, actor.name, pdf)
        audit.record(
            db,
            actor.name,
            "print",
            "printed_document",
            document_id,
            f"打印 {title}",
            None,
            {"kind": kind, "key": key, "unit_id": unit_id, "bytes": len(pdf)},
            unit_id=unit_id,
        )
    return document_id, Changes(printed=True, units=frozenset({unit_id}) if unit_id else frozenset())


def times_printed(db: Database, kind: str, key: str) -> int:
    """How often a document was printed before: a second print of a receipt is marked 补打."""
    return printed.times_printed(db, kind, key)


def printed_pdf(db: Database, document_id: int) -> bytes:
    pdf = printed.pdf_bytes(db, document_id)
    if pdf is None:
        raise NotFound("找不到这份打印记录")
    return pdf
