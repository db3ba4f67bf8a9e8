"""What a mutation changed, so each view refreshes only what it shows (ARCHITECTURE rule 3)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Changes:
    community: bool = False
    buildings: bool = False
    units: frozenset[int] = frozenset()
    persons: frozenset[int] = frozenset()
    printed: bool = False
    all_units: bool = False
    service: bool = False  # work orders (and later complaints, visits, the duty log)

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            community=self.community or other.community,
            buildings=self.buildings or other.buildings,
            units=self.units | other.units,
            persons=self.persons | other.persons,
            printed=self.printed or other.printed,
            all_units=self.all_units or other.all_units,
            service=self.service or other.service,
        )

    def touches_unit(self, unit_id: int) -> bool:
        return self.all_units or unit_id in self.units

    @property
    def touches_units(self) -> bool:
        return self.all_units or bool(self.units) or self.buildings
