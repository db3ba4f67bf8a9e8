"""Deadlines in working days (a review within five working days, a complaint resolved within seven):
Saturdays and Sundays do not count. Public holidays are not known offline; a desk that needs them can
extend a deadline by hand."""

from __future__ import annotations

import datetime as dt


def add_working_days(start: dt.date, days: int) -> dt.date:
    """``days`` working days after ``start``."""
    day, left = start, days
    while left > 0:
        day += dt.timedelta(days=1)
        if day.weekday() < 5:
            left -= 1
    return day
