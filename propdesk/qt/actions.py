"""The action registry: menus and shortcuts are built from this table, not hand-wired (rule 8)."""

from __future__ import annotations

from dataclasses import dataclass

from propdesk.qt.i18n import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class ActionSpec:
    name: str  # the main window's handler is on_<name>_triggered
    menu: str  # source text in the "Menu" translation context
    text: str  # source text in the "Action" translation context
    shortcut: str = ""
    status_tip: str = ""


ACTIONS: list[ActionSpec] = [
    ActionSpec("new_unit", QT_TRANSLATE_NOOP("Menu", "File"), QT_TRANSLATE_NOOP("Action", "New unit…"), "Ctrl+N"),
    ActionSpec(
        "generate_building",
        QT_TRANSLATE_NOOP("Menu", "File"),
        QT_TRANSLATE_NOOP("Action", "Generate a building…"),
        "Ctrl+Shift+N",
    ),
    ActionSpec(
        "import_ledger",
        QT_TRANSLATE_NOOP("Menu", "File"),
        QT_TRANSLATE_NOOP("Action", "Import units and owners from Excel…"),
        "Ctrl+I",
    ),
    ActionSpec(
        "export_ledger",
        QT_TRANSLATE_NOOP("Menu", "File"),
        QT_TRANSLATE_NOOP("Action", "Export units and owners to Excel…"),
        "Ctrl+E",
    ),
    ActionSpec(
        "download_template",
        QT_TRANSLATE_NOOP("Menu", "File"),
        QT_TRANSLATE_NOOP("Action", "Download the import template…"),
    ),
    ActionSpec("backup_now", QT_TRANSLATE_NOOP("Menu", "File"), QT_TRANSLATE_NOOP("Action", "Back up now…"), "Ctrl+B"),
    ActionSpec(
        "restore_backup", QT_TRANSLATE_NOOP("Menu", "File"), QT_TRANSLATE_NOOP("Action", "Restore from a backup…")
    ),
    ActionSpec(
        "optimize_database", QT_TRANSLATE_NOOP("Menu", "File"), QT_TRANSLATE_NOOP("Action", "Tidy up the data file…")
    ),
    ActionSpec("switch_user", QT_TRANSLATE_NOOP("Menu", "File"), QT_TRANSLATE_NOOP("Action", "Switch user…")),
    ActionSpec("lock_screen", QT_TRANSLATE_NOOP("Menu", "File"), QT_TRANSLATE_NOOP("Action", "Lock screen"), "Ctrl+L"),
    ActionSpec("quit", QT_TRANSLATE_NOOP("Menu", "File"), QT_TRANSLATE_NOOP("Action", "Quit"), "Ctrl+Q"),
    ActionSpec(
        "focus_search",
        QT_TRANSLATE_NOOP("Menu", "Find"),
        QT_TRANSLATE_NOOP("Action", "Search units and owners"),
        "Ctrl+F",
    ),
    ActionSpec("go_today", QT_TRANSLATE_NOOP("Menu", "Find"), QT_TRANSLATE_NOOP("Action", "Today"), "Ctrl+1"),
    ActionSpec("go_units", QT_TRANSLATE_NOOP("Menu", "Find"), QT_TRANSLATE_NOOP("Action", "Units"), "Ctrl+2"),
    ActionSpec("go_owners", QT_TRANSLATE_NOOP("Menu", "Find"), QT_TRANSLATE_NOOP("Action", "Owners"), "Ctrl+3"),
    ActionSpec(
        "go_back", QT_TRANSLATE_NOOP("Menu", "Find"), QT_TRANSLATE_NOOP("Action", "Back to the list"), "Alt+Left"
    ),
    ActionSpec("fee_items", QT_TRANSLATE_NOOP("Menu", "Fees"), QT_TRANSLATE_NOOP("Action", "Fee items and prices…")),
    ActionSpec(
        "generate_bills",
        QT_TRANSLATE_NOOP("Menu", "Fees"),
        QT_TRANSLATE_NOOP("Action", "Generate monthly bills…"),
    ),
    ActionSpec(
        "meter_readings",
        QT_TRANSLATE_NOOP("Menu", "Fees"),
        QT_TRANSLATE_NOOP("Action", "Meter readings…"),
    ),
    ActionSpec(
        "deposit_ledger",
        QT_TRANSLATE_NOOP("Menu", "Fees"),
        QT_TRANSLATE_NOOP("Action", "Deposit ledger…"),
    ),
    ActionSpec(
        "day_close",
        QT_TRANSLATE_NOOP("Menu", "Fees"),
        QT_TRANSLATE_NOOP("Action", "Daily close and daily report…"),
        "Ctrl+Shift+D",
    ),
    ActionSpec(
        "new_repair", QT_TRANSLATE_NOOP("Menu", "Service"), QT_TRANSLATE_NOOP("Action", "New repair…"), "Ctrl+R"
    ),
    ActionSpec(
        "print_unit_list",
        QT_TRANSLATE_NOOP("Menu", "Print"),
        QT_TRANSLATE_NOOP("Action", "Print the unit list…"),
        "Ctrl+Shift+P",
    ),
    ActionSpec("community_settings", QT_TRANSLATE_NOOP("Menu", "Settings"), QT_TRANSLATE_NOOP("Action", "Community…")),
    ActionSpec("cash_desk_settings", QT_TRANSLATE_NOOP("Menu", "Settings"), QT_TRANSLATE_NOOP("Action", "Cash desk…")),
    ActionSpec(
        "inspection_template",
        QT_TRANSLATE_NOOP("Menu", "Settings"),
        QT_TRANSLATE_NOOP("Action", "Inspection template…"),
    ),
    ActionSpec(
        "repair_settings",
        QT_TRANSLATE_NOOP("Menu", "Settings"),
        QT_TRANSLATE_NOOP("Action", "Service desk and technicians…"),
    ),
    ActionSpec(
        "renovation_settings",
        QT_TRANSLATE_NOOP("Menu", "Settings"),
        QT_TRANSLATE_NOOP("Action", "Renovation…"),
    ),
    ActionSpec("backup_folder", QT_TRANSLATE_NOOP("Menu", "Settings"), QT_TRANSLATE_NOOP("Action", "Backup folder…")),
    ActionSpec("data_location", QT_TRANSLATE_NOOP("Menu", "Settings"), QT_TRANSLATE_NOOP("Action", "Data location…")),
    ActionSpec("manage_users", QT_TRANSLATE_NOOP("Menu", "Settings"), QT_TRANSLATE_NOOP("Action", "Users…")),
    ActionSpec(
        "change_password", QT_TRANSLATE_NOOP("Menu", "Settings"), QT_TRANSLATE_NOOP("Action", "Change my password…")
    ),
    ActionSpec("user_guide", QT_TRANSLATE_NOOP("Menu", "Help"), QT_TRANSLATE_NOOP("Action", "User guide"), "F1"),
    ActionSpec("about", QT_TRANSLATE_NOOP("Menu", "Help"), QT_TRANSLATE_NOOP("Action", "About propdesk")),
]
