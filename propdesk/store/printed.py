"""Printed documents are kept as printed: the PDF, who printed it and when."""

from __future__ import annotations

import hashlib

from propdesk.core.clock import now_iso
from propdesk.core.registry import PrintedDocument
from propdesk.store.connection import Database


def insert(db: Database, kind: str, doc_key: str, title: str, unit_id: int | None, author: str, pdf: bytes) -> int:
    return db.insert(
        "INSERT INTO printed_documents (kind, doc_key, title, unit_id, printed_at, printed_by, sha256, pdf)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (kind, doc_key, title, unit_id, now_iso(), author, hashlib.sha256(pdf).hexdigest(), pdf),
    )


def for_unit(db: Database, unit_id: int) -> list[PrintedDocument]:
    return [
        PrintedDocument(**r)
        for r in db.rows(
            "SELECT id, kind, title, unit_id, printed_at, printed_by, length(pdf) AS size_bytes"
            " FROM printed_documents WHERE unit_id = ? ORDER BY id DESC",
            (unit_id,),
        )
    ]


def times_printed(db: Database, kind: str, doc_key: str) -> int:
    return int(db.scalar("SELECT count(*) FROM printed_documents WHERE kind = ? AND doc_key = ?", (kind, doc_key)))


def pdf_bytes(db: Database, document_id: int) -> bytes | None:
    value = db.scalar("SELECT pdf FROM printed_documents WHERE id = ?", (document_id,))
    return None if value is None else bytes(value)
