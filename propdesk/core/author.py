"""Who is doing something. Until users and roles exist, the author is the OS user name."""

from __future__ import annotations

import getpass
from dataclasses import dataclass


@dataclass(frozen=True)
class Actor:
    """The person a service acts for; every change log row carries ``name``."""

    name: str

    @classmethod
    def from_os(cls) -> Actor:
        try:
            return cls(getpass.getuser())
        except (OSError, KeyError):
            return cls("unknown")
