import datetime as dt
from pathlib import Path

from propdesk.core.backup_policy import BackupFile, backup_name, parse_backup_name, to_keep


def test_names_round_trip() -> None:
    when = dt.datetime(2026, 11, 26, 15, 30, 5)
    name = backup_name(when)
    assert name == "propdesk-20261126-153005.sqlite3"
    parsed = parse_backup_name(Path(name))
    assert parsed is not None and parsed.taken_at == when
    assert parse_backup_name(Path(backup_name(when, "safety"))) is not None
    assert parse_backup_name(Path("propdesk.sqlite3")) is None


def test_keeps_7_daily_4_weekly_12_monthly() -> None:
    now = dt.datetime(2026, 11, 26, 18, 0)
    # two backups a day (morning and close) for 400 days
    backups = [
        BackupFile(Path(f"b{day}-{hour}"), now - dt.timedelta(days=day) + dt.timedelta(hours=hour - 18))
        for day in range(400)
        for hour in (9, 18)
    ]
    keep = to_keep(backups, now)
    kept = sorted((b for b in backups if b.path in keep), key=lambda b: b.taken_at, reverse=True)
    days = {b.taken_at.date() for b in kept}
    assert all((now.date() - dt.timedelta(days=i)) in days for i in range(7))  # each of the last 7 days
    assert len({b.taken_at.strftime("%Y-%m") for b in kept}) == 12  # one per month for a year
    assert len(kept) <= 7 + 4 + 12
    assert kept[0].taken_at == max(b.taken_at for b in backups)  # the newest survives
    assert all(b.taken_at.hour == 18 for b in kept)  # the newest of each day is the one kept
    assert min(b.taken_at for b in kept) > now - dt.timedelta(days=366)


def test_a_single_old_backup_is_never_thrown_away() -> None:
    old = BackupFile(Path("old"), dt.datetime(2020, 1, 1))
    assert to_keep([old], dt.datetime(2026, 11, 26)) == {Path("old")}
