"""The service desk's other forms: a complaint registered while the complainant is heard (the unit found
as for a repair), and the callback that closes a work order or a complaint — or, 不满意, reopens it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from propdesk.core.complaints import CATEGORIES, CHANNELS, Complaint, Level
from propdesk.core.registry import SearchHit
from propdesk.core.work_orders import SATISFACTION
from propdesk.services import complaints
from propdesk.services.complaints import ComplaintEntry
from propdesk.services.search import search_units

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QWidget

from propdesk.qt.desk import Desk
from propdesk.qt.dialogs.form_dialog import FormDialog


class CallbackDialog(FormDialog):
    """``save(satisfaction, comment)`` returns the job recording the callback. Its words are looked up under
    its own name: PySide's ``self.tr`` would use the subclass's."""

    def __init__(self, desk: Desk, who: str, done: str, save: Callable[[str, str], Callable[[Any], Any]],
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(desk, "", parent)
        self.save = save
        self.add_field("who", QCoreApplication.translate("CallbackDialog", "Call"), QLabel(who))
        done_label = QLabel(done)
        done_label.setWordWrap(True)
        self.add_field("done", QCoreApplication.translate("CallbackDialog", "Done"), done_label)
        self.satisfaction_box = QComboBox()
        self.satisfaction_box.addItems(SATISFACTION)
        self.add_field(
            "satisfaction", QCoreApplication.translate("CallbackDialog", "Satisfaction"), self.satisfaction_box
        )
        self.comment_edit = QLineEdit()
        self.comment_edit.setPlaceholderText(
            QCoreApplication.translate("CallbackDialog", "What they said (required if dissatisfied: it reopens)")
        )
        self.add_field("comment", QCoreApplication.translate("CallbackDialog", "Comment"), self.comment_edit)

    def build_job(self) -> Callable[[Any], Any]:
        return self.save(self.satisfaction_box.currentText(), self.comment_edit.text())


class ComplaintCallbackDialog(CallbackDialog):
    def __init__(self, desk: Desk, c: Complaint, parent: QWidget | None = None) -> None:
        actor, complaint_id = desk.actor, c.id
        super().__init__(desk, f"{c.complainant}　{c.phone}", c.result,
                         lambda s, text: lambda db: complaints.callback(db, actor, complaint_id, s, text), parent)  # fmt: skip
        self.setWindowTitle(self.tr("Complaint callback — %1").replace("%1", c.number))


class ComplaintDialog(FormDialog):
    def __init__(self, desk: Desk, unit: SearchHit | None = None, parent: QWidget | None = None) -> None:
        super().__init__(desk, self.tr("New complaint"), parent)
        self.setMinimumWidth(640)
        self.hits: list[SearchHit] = [unit] if unit else []
        self.lookup_edit = QLineEdit(unit.code if unit else "")
        self.lookup_edit.setPlaceholderText(self.tr("Complainant's phone, unit or name — empty if not about a unit"))
        self.add_field("lookup", self.tr("Find the unit"), self.lookup_edit)
        self.unit_box = QComboBox()
        self.add_field("unit", self.tr("Unit"), self.unit_box)
        self.complainant_edit = QLineEdit()
        self.add_field("complainant", self.tr("Complainant"), self.complainant_edit)
        self.phone_edit = QLineEdit()
        self.add_field("phone", self.tr("Phone"), self.phone_edit)
        self.channel_box = QComboBox()
        self.channel_box.addItems(CHANNELS)
        self.add_field("channel", self.tr("Channel"), self.channel_box)
        self.place_edit = QLineEdit()
        self.add_field("place", self.tr("Where"), self.place_edit)
        self.people_edit = QLineEdit()
        self.people_edit.setPlaceholderText(self.tr("Who it is about, e.g. the 1502 contractor, a guard on duty"))
        self.add_field("people", self.tr("People involved"), self.people_edit)
        self.description_edit = QLineEdit()
        self.add_field("description", self.tr("What happened"), self.description_edit)
        self.demand_edit = QLineEdit()
        self.add_field("demand", self.tr("Wants"), self.demand_edit)
        self.category_box = QComboBox()
        self.category_box.addItems(CATEGORIES)
        self.add_field("category", self.tr("Category"), self.category_box)
        self.level_box = QComboBox()
        self.level_box.addItems([Level.NORMAL.value, Level.URGENT.value])
        self.add_field("level", self.tr("Level"), self.level_box)
        self.handler_edit = QLineEdit(desk.actor.name)
        self.add_field("handler", self.tr("Handler"), self.handler_edit)
        self.risk_check = QCheckBox(
            self.tr("Several households: risk of a group complaint (the supervisor is alerted)")
        )
        self.add_field("group_risk", "", self.risk_check)
        self.lookup_timer = QTimer(self)
        self.lookup_timer.setSingleShot(True)
        self.lookup_timer.setInterval(200)
        self.lookup_timer.timeout.connect(self.look_up)
        self.lookup_edit.textChanged.connect(lambda _text: self.lookup_timer.start())
        self.unit_box.currentIndexChanged.connect(self.on_unit_changed)
        self.show_hits(self.hits)

    def look_up(self) -> None:
        text = self.lookup_edit.text().strip()
        if len(text) >= 2:
            self.desk.query(lambda db: (text, search_units(db, text, limit=8)), self.show_lookup)

    def show_lookup(self, result: tuple[str, list[SearchHit]]) -> None:
        text, hits = result
        if text == self.lookup_edit.text().strip():
            self.show_hits(hits)
            if text.replace(" ", "").isdigit() and len(text) >= 7 and not self.phone_edit.text():
                self.phone_edit.setText(text)

    def show_hits(self, hits: list[SearchHit]) -> None:
        self.hits = hits
        self.unit_box.blockSignals(True)
        self.unit_box.clear()
        self.unit_box.addItem(self.tr("(not about one unit)"), None)
        for hit in hits:
            self.unit_box.addItem(f"{hit.code}　{hit.owner_names}（{hit.matched}）", hit.unit_id)
        self.unit_box.blockSignals(False)
        if hits:
            self.unit_box.setCurrentIndex(1)
            self.on_unit_changed(1)

    def on_unit_changed(self, index: int) -> None:
        if 1 <= index <= len(self.hits) and not self.complainant_edit.text().strip():
            self.complainant_edit.setText(self.hits[index - 1].owner_names.split("、")[0])

    def build_job(self) -> Callable[[Any], Any]:
        unit_id = self.unit_box.currentData()
        entry = ComplaintEntry(
            channel=self.channel_box.currentText(), complainant=self.complainant_edit.text(),
            phone=self.phone_edit.text(), unit_id=int(unit_id) if unit_id is not None else None,
            place=self.place_edit.text(), people=self.people_edit.text(), description=self.description_edit.text(),
            demand=self.demand_edit.text(), category=self.category_box.currentText(),
            level=self.level_box.currentText(), handler=self.handler_edit.text(), group_risk=self.risk_check.isChecked(),
        )  # fmt: skip
        actor = self.desk.actor
        return lambda db: complaints.register(db, actor, entry)
