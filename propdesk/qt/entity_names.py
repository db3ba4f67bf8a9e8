"""The names of change-log entities as the screens show them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from propdesk.qt.i18n import QT_TRANSLATE_NOOP

ENTITY_NAMES = {
    "unit": QT_TRANSLATE_NOOP("Entity", "Unit"),
    "building": QT_TRANSLATE_NOOP("Entity", "Building"),
    "person": QT_TRANSLATE_NOOP("Entity", "Owner"),
    "ownership": QT_TRANSLATE_NOOP("Entity", "Ownership"),
    "resident": QT_TRANSLATE_NOOP("Entity", "Resident"),
    "vehicle": QT_TRANSLATE_NOOP("Entity", "Vehicle"),
    "community": QT_TRANSLATE_NOOP("Entity", "Community settings"),
    "ledger": QT_TRANSLATE_NOOP("Entity", "Ledger import"),
    "printed_document": QT_TRANSLATE_NOOP("Entity", "Printing"),
    "database": QT_TRANSLATE_NOOP("Entity", "Data file"),
    "user": QT_TRANSLATE_NOOP("Entity", "User"),
    "settings": QT_TRANSLATE_NOOP("Entity", "Settings"),
    "fee_item": QT_TRANSLATE_NOOP("Entity", "Fee item"),
    "bills": QT_TRANSLATE_NOOP("Entity", "Bills"),
    "receipt": QT_TRANSLATE_NOOP("Entity", "Receipt"),
    "day": QT_TRANSLATE_NOOP("Entity", "Daily close"),
    "dunning": QT_TRANSLATE_NOOP("Entity", "Dunning"),
    "bill": QT_TRANSLATE_NOOP("Entity", "Bill"),
    "refund": QT_TRANSLATE_NOOP("Entity", "Refund"),
    "late_fee": QT_TRANSLATE_NOOP("Entity", "Late fee"),
    "meter_reading": QT_TRANSLATE_NOOP("Entity", "Meter reading"),
    "meter_readings": QT_TRANSLATE_NOOP("Entity", "Meter readings"),
    "move_in": QT_TRANSLATE_NOOP("Entity", "Move-in"),
    "inspection": QT_TRANSLATE_NOOP("Entity", "Inspection"),
    "defect": QT_TRANSLATE_NOOP("Entity", "Defect"),
    "defects": QT_TRANSLATE_NOOP("Entity", "Defect transfer"),
    "photo": QT_TRANSLATE_NOOP("Entity", "Photo"),
    "key_set": QT_TRANSLATE_NOOP("Entity", "Key custody"),
    "renovation": QT_TRANSLATE_NOOP("Entity", "Renovation"),
    "worker_pass": QT_TRANSLATE_NOOP("Entity", "Worker pass"),
    "patrol": QT_TRANSLATE_NOOP("Entity", "Patrol"),
    "violation": QT_TRANSLATE_NOOP("Entity", "Violation"),
    "design_change": QT_TRANSLATE_NOOP("Entity", "Design change"),
    "acceptance": QT_TRANSLATE_NOOP("Entity", "Acceptance"),
    "deposit_settlement": QT_TRANSLATE_NOOP("Entity", "Deposit settlement"),
    "work_order": QT_TRANSLATE_NOOP("Entity", "Work order"),
    "technician": QT_TRANSLATE_NOOP("Entity", "Technician"),
    "complaint": QT_TRANSLATE_NOOP("Entity", "Complaint"),
    "visit_plan": QT_TRANSLATE_NOOP("Entity", "Visit plan"),
    "visit": QT_TRANSLATE_NOOP("Entity", "Visit"),
    "duty_log": QT_TRANSLATE_NOOP("Entity", "Duty log"),
    "spot_check": QT_TRANSLATE_NOOP("Entity", "Spot check"),
    "follow_up": QT_TRANSLATE_NOOP("Entity", "Follow-up"),
    "month_plan": QT_TRANSLATE_NOOP("Entity", "Department plan"),
    "activity": QT_TRANSLATE_NOOP("Entity", "Community activity"),
    "staff_observation": QT_TRANSLATE_NOOP("Entity", "Staff conduct check"),
}


def entity_name(entity: str) -> str:
    return QCoreApplication.translate("Entity", ENTITY_NAMES.get(entity, entity))
