"""What to tell the user about an exception from a service call (the GUI and CLI use this)."""

from __future__ import annotations

from propdesk.core.errors import EnvironmentProblem, PropdeskError
from propdesk.store.errors import environment_problem


def explain(exc: BaseException) -> PropdeskError | None:
    """The user-facing error behind ``exc``, or ``None`` when it is a bug (log it, show the crash dialog)."""
    if isinstance(exc, PropdeskError):
        return exc
    return environment_problem(exc)


__all__ = ["EnvironmentProblem", "explain"]
