"""Office rules that are plain numbers, apart from the modules that use them, so the start-up path can
read one without importing a whole area."""

from __future__ import annotations

PASS_RETURN_DAYS = 7  # a worker pass back later than this after it expired forfeits its deposit
