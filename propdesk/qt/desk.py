"""The desk session the views share: the worker, who is working, and the changes broadcast."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from propdesk.core.author import Actor
from propdesk.core.changes import Changes

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from propdesk.qt.worker import DbWorker, Job


class Desk(QObject):
    """Views read through ``query`` and write through ``mutate``; a mutation's ``Changes`` are
    broadcast once on ``changed`` so each view refreshes only what it shows (rule 3)."""

    changed = Signal(object)
    actor_changed = Signal(object)

    def __init__(self, worker: DbWorker, actor: Actor | None = None) -> None:
        super().__init__()
        self.worker = worker
        self.actor = actor or Actor("（未登录）", frozenset())

    def set_actor(self, actor: Actor) -> None:
        """Who is working now (after signing in, switching user or unlocking)."""
        self.actor = actor
        self.actor_changed.emit(actor)

    def query(
        self, job: Job, on_done: Callable[[Any], object], on_error: Callable[[BaseException], None] | None = None
    ) -> int:
        return self.worker.submit(job, on_done, on_error)

    def mutate(
        self,
        job: Job,
        on_done: Callable[[Any], object] | None = None,
        parent: QWidget | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> int:
        """Run a service that returns ``Changes`` or ``(value, Changes)``; broadcast, then ``on_done(value)``."""

        def done(result: Any) -> None:
            value, changes = (
                result
                if isinstance(result, tuple) and len(result) == 2 and isinstance(result[1], Changes)
                else (result, result)
            )
            if isinstance(changes, Changes):
                self.changed.emit(changes)
            if on_done is not None:
                on_done(value)

        def failed(exc: BaseException) -> None:
            if on_error is not None:
                on_error(exc)
            else:
                from propdesk.qt import prompts

                prompts.show_exception(parent, exc)

        return self.worker.submit(job, done, failed)
