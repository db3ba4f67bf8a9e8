"""Office rules that are plain numbers (and the few names the start-up path needs), apart from the modules
that use them, so the today view can read one without importing a whole area: a module of dataclasses
costs 10–20 ms to import, and the cold start is measured against a bare Qt window."""

from __future__ import annotations

PASS_RETURN_DAYS = 7  # a worker pass back later than this after it expired forfeits its deposit (a setting)
PASS_RETURN_DAYS_KEY = "renovation.pass_return_days"
NOTE_AFTER_DAYS = 3  # a work order open longer needs a 沟通记录 (the seed's rule)
COMPLAINT_NEAR_HOURS = 24  # a complaint due within this is "near its deadline" on the today view
OPEN_ORDER_STATES = ("待派工", "已派工", "已接单", "处理中", "暂停", "转开发商")
TIMED_ORDER_STATES = ("待派工", "已派工", "已接单", "处理中", "暂停")  # the deadline runs for these
