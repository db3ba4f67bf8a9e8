"""A small progress object a worker updates and the GUI polls (ARCHITECTURE rule 7)."""

from __future__ import annotations

from dataclasses import dataclass

from propdesk.core.errors import UserError


class Cancelled(UserError):
    """The user cancelled a long job; nothing of it was saved."""

    def __init__(self) -> None:
        super().__init__("已取消，没有保存任何改动")


@dataclass
class Progress:
    """Plain attributes: the worker writes, the GUI timer reads (the GIL keeps each write whole)."""

    total: int = 0
    done: int = 0
    message: str = ""
    cancel_requested: bool = False

    def step(self, done: int, total: int | None = None, message: str | None = None) -> None:
        self.done = done
        if total is not None:
            self.total = total
        if message is not None:
            self.message = message
        if self.cancel_requested:
            raise Cancelled()

    @property
    def fraction(self) -> float:
        return self.done / self.total if self.total else 0.0
