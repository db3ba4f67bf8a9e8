"""Who is doing something: the signed-in user with their roles (every change log row carries the name)."""

from __future__ import annotations

import getpass
from dataclasses import dataclass, field

from propdesk.core.permissions import Permission, PermissionDenied, Role, permissions_of


@dataclass(frozen=True)
class Actor:
    name: str
    roles: frozenset[str] = field(default_factory=lambda: frozenset(r.value for r in Role))
    user_id: int | None = None
    login: str = ""

    def can(self, permission: Permission) -> bool:
        return permission in permissions_of(self.roles)

    def require(self, permission: Permission) -> None:
        if not self.can(permission):
            raise PermissionDenied(permission)

    @classmethod
    def from_os(cls) -> Actor:
        """The command line acts as the OS user with every role: whoever can run it can read the file anyway."""
        try:
            return cls(getpass.getuser())
        except (OSError, KeyError):
            return cls("unknown")
