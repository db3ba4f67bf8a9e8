"""The errors propdesk raises on purpose.

Two kinds matter to the user interface (ARCHITECTURE rule 6): a ``UserError`` is something the
user can fix (bad input, a missing record, a refused action) and is shown as a plain Chinese
message; an ``EnvironmentProblem`` is the machine's fault (file locked, read-only, disk full,
not a database) and comes with advice. Anything else is a bug.
"""

from __future__ import annotations

from dataclasses import dataclass


class PropdeskError(Exception):
    """Base of every error propdesk raises on purpose; ``message`` is shown to the user."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class UserError(PropdeskError):
    """The user can fix this: show the message, keep what they typed, change nothing."""


@dataclass(frozen=True)
class FieldProblem:
    """One problem with one input field (``field`` is the form's field key)."""

    field: str
    message: str


class ValidationError(UserError):
    """Input failed validation; ``problems`` names each field and what is wrong."""

    def __init__(self, problems: list[FieldProblem]) -> None:
        self.problems = problems
        super().__init__("；".join(p.message for p in problems))

    @classmethod
    def single(cls, field_name: str, message: str) -> ValidationError:
        return cls([FieldProblem(field_name, message)])


class NotFound(UserError):
    """The record asked for does not exist (any more)."""


class Conflict(UserError):
    """The action clashes with existing data (a duplicate, a stale edit)."""


class EnvironmentProblem(PropdeskError):
    """The database file or the machine is in a state the user (or IT) must fix."""

    DAMAGED = "damaged"  # ``kind`` of a file that is corrupt or not a database at all

    def __init__(self, message: str, advice: str = "", kind: str = "") -> None:
        super().__init__(message)
        self.advice = advice
        self.kind = kind
