"""Writing a list the screen already holds to Excel, on the worker: a slow disk or a large list never
freezes the window; the clerk is told where the file went."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from propdesk.reports.table_xlsx import write_table

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTableWidget, QWidget

from propdesk.qt import prompts
from propdesk.qt.desk import Desk


def export_shown(parent: QWidget, desk: Desk, path: Path, title: str, headers: Sequence[str],
                 rows: Sequence[Sequence[Any]], widths: Sequence[int]) -> None:  # fmt: skip
    headers, rows = list(headers), [list(r) for r in rows]

    def job(_db: Any) -> int:
        write_table(path, title, headers, rows, widths)
        return len(rows)

    def done(count: int) -> None:
        prompts.info(parent, QCoreApplication.translate("exports", "Export finished"),
                     QCoreApplication.translate("exports", "Exported %1 rows to %2")
                     .replace("%1", str(count)).replace("%2", str(path)))  # fmt: skip

    desk.query(job, done, lambda exc: prompts.show_exception(parent, exc))


def table_contents(table: QTableWidget) -> tuple[list[str], list[list[str]], list[int]]:
    """A table widget's headers, cells (as shown, in the shown order) and column widths in characters."""
    headers = [table.horizontalHeaderItem(c).text() if table.horizontalHeaderItem(c) else ""  # type: ignore[union-attr]
               for c in range(table.columnCount())]  # fmt: skip
    rows = [[(table.item(r, c).text() if table.item(r, c) else "") for c in range(table.columnCount())]  # type: ignore[union-attr]
            for r in range(table.rowCount())]  # fmt: skip
    widths = [max(8, min(50, table.columnWidth(c) // 8)) for c in range(table.columnCount())]
    return headers, rows, widths


def offer_table_export(parent: QWidget, desk: Desk, table: QTableWidget, title: str) -> None:
    """Ask where, then write exactly what the table shows."""
    from PySide6.QtWidgets import QFileDialog

    name, _ = QFileDialog.getSaveFileName(parent, QCoreApplication.translate("exports", "Export to Excel"),
                                          f"{title}.xlsx", "Excel (*.xlsx)")  # fmt: skip
    if name:
        headers, rows, widths = table_contents(table)
        export_shown(parent, desk, Path(name), title, headers, rows, widths)
