"""The main window is a shell: menus from the action registry, navigation, search, status bar."""

from __future__ import annotations

import functools
import gc
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from propdesk import __version__
from propdesk.core.changes import Changes
from propdesk.core.errors import EnvironmentProblem
from propdesk.core.permissions import Permission
from propdesk.core.start_values import Community
from propdesk.services.today import TodaySummary, today_summary

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from propdesk.qt import preferences, prompts
from propdesk.qt.actions import ACTIONS
from propdesk.qt.backup_controller import BackupController
from propdesk.qt.desk import Desk
from propdesk.qt.i18n import QT_TRANSLATE_NOOP
from propdesk.qt.idle_lock import IdleLock
from propdesk.qt.search_box import SearchBox
from propdesk.qt.views.placeholder_view import PlaceholderView
from propdesk.qt.views.today_view import TodayView

if TYPE_CHECKING:
    from propdesk.services.session import StartupState

    from PySide6.QtGui import QCloseEvent

    from propdesk.qt.views.owners_view import OwnersView
    from propdesk.qt.views.unit_page import UnitPage
    from propdesk.qt.views.units_view import UnitsView

_AREAS = [
    ("today", QT_TRANSLATE_NOOP("Area", "Today")),
    ("units", QT_TRANSLATE_NOOP("Area", "Units")),
    ("owners", QT_TRANSLATE_NOOP("Area", "Owners")),
    ("billing", QT_TRANSLATE_NOOP("Area", "Billing")),
    ("move_in", QT_TRANSLATE_NOOP("Area", "Move-in")),
    ("renovation", QT_TRANSLATE_NOOP("Area", "Renovation")),
    ("service", QT_TRANSLATE_NOOP("Area", "Service desk")),
    ("reports", QT_TRANSLATE_NOOP("Area", "Reports")),
]
# the supervisor's screens, after the areas
_TOOLS = [("supervisor", QT_TRANSLATE_NOOP("Area", "Supervisor's desk")),
          ("audit", QT_TRANSLATE_NOOP("Area", "Change log"))]  # fmt: skip
# Areas later issues fill: shown as such, never as fake features (none left now; kept for the next area).
_PLACEHOLDERS: list[tuple[str, str, str]] = []


def _startup_state(db: Any) -> StartupState:
    # Imported here, on the worker thread: users, passwords and sessions are not needed to draw the window.
    from propdesk.services.session import startup_state

    return startup_state(db)


def _area(text: str) -> str:
    return QCoreApplication.translate("Area", text)


class MainWindow(QMainWindow):
    ready = Signal()
    failed = Signal()

    def __init__(self, desk: Desk, db_path: Path, signed_in: bool = False) -> None:
        super().__init__()
        self.desk = desk
        self.db_path = db_path
        self.community = Community()
        self.setWindowTitle("propdesk")
        self.resize(1280, 800)
        self.search_box = SearchBox(desk, self)
        self.today_view = TodayView(desk)
        self.stack = QStackedWidget()
        self.nav_list = QListWidget()
        self.nav_list.setFixedWidth(120)
        self.nav_list.setStyleSheet("QListWidget { font-size: 15px; } QListWidget::item { padding: 8px; }")
        # Views are built on first visit: start-up pays only for the today view (cold start is measured).
        self.pages: dict[str, QWidget] = {}
        self._last_area = "today"
        self._page_factories: dict[str, Callable[[], QWidget]] = {
            "units": self._make_units_view,
            "owners": self._make_owners_view,
            "unit": self._make_unit_page,
            "audit": self._make_audit_view,
            "billing": self._make_arrears_view,
            "move_in": self._make_move_in_view,
            "renovation": self._make_renovation_view,
            "service": self._make_service_view,
            "reports": self._make_reports_view,
            "supervisor": self._make_supervisor_view,
        }
        for key, label, what in _PLACEHOLDERS:
            self._page_factories[key] = functools.partial(PlaceholderView, _area(label), _area(what))
        self._add_page("today", self.today_view)
        for key, label in _AREAS + [(key, label) for key, label, _ in _PLACEHOLDERS] + _TOOLS:
            item = QListWidgetItem(_area(label))
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.nav_list.addItem(item)
        central = QWidget()
        central_layout = QHBoxLayout(central)
        central_layout.setContentsMargins(4, 4, 4, 0)
        central_layout.addWidget(self.nav_list)
        central_layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.central = central
        toolbar = QToolBar(self.tr("Search"))
        toolbar.setMovable(False)
        toolbar.addWidget(QLabel(self.tr("  Find: ")))
        toolbar.addWidget(self.search_box)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)
        self.actions_by_name = self._build_menus()
        self.db_label = QLabel()
        self.user_label = QLabel(self.tr("User: %1").replace("%1", desk.actor.name))
        self.backup_label = QLabel(self.tr("Last backup: none yet"))
        self.busy_label = QLabel()
        for status_label in (self.db_label, self.user_label, self.backup_label):
            self.statusBar().addPermanentWidget(status_label)
        self.statusBar().addWidget(self.busy_label)
        self.backups = BackupController(desk, self, self.backup_label)
        self._started = False
        self.signed_in = signed_in
        self.sign_in_hint = ""
        self.idle = IdleLock(self)
        desk.actor_changed.connect(self.on_desk_actor_changed)
        self.db_label.setText(self.tr("Data file: %1").replace("%1", str(db_path)))
        self.nav_list.currentRowChanged.connect(self.on_nav_list_current_row_changed)
        self.search_box.unit_chosen.connect(self.open_unit)
        self.today_view.loaded.connect(self.ready)
        self.today_view.service_requested.connect(self.open_service)
        # The today page is current from the start (a list given focus with no current row would
        # pick row 0 and load the page a second time), and the search box has the focus: finding a
        # household is the clerk's first move.
        self.nav_list.blockSignals(True)
        self.nav_list.setCurrentRow(0)
        self.nav_list.blockSignals(False)
        self.search_box.setFocus()
        desk.changed.connect(self.on_desk_changed)
        desk.worker.busy_changed.connect(lambda busy: self.busy_label.setText(self.tr("Working…") if busy else ""))
        self.restore_geometry()

    def _add_page(self, key: str, widget: QWidget) -> None:
        self.pages[key] = widget
        self.stack.addWidget(widget)

    def page(self, key: str) -> QWidget:
        if key not in self.pages:
            self._add_page(key, self._page_factories[key]())
            # an area's widgets and the modules it imported live as long as the window: out of the collector's
            # reach, as the start-up objects are (a full collection stops the GUI thread while it walks them)
            gc.freeze()
        return self.pages[key]

    def _make_units_view(self) -> QWidget:
        from propdesk.qt.views.units_view import UnitsView

        view = UnitsView(self.desk)
        view.row_activated.connect(lambda unit: self.open_unit(unit.id))
        view.add_button.clicked.connect(self.on_new_unit_triggered)
        view.generate_button.clicked.connect(self.on_generate_building_triggered)
        view.import_button.clicked.connect(self.on_import_ledger_triggered)
        view.print_button.clicked.connect(self.on_print_unit_list_triggered)
        return view

    def _make_owners_view(self) -> QWidget:
        from propdesk.qt.views.owners_view import OwnersView

        view = OwnersView(self.desk)
        view.row_activated.connect(self.on_owner_activated)
        return view

    def _make_audit_view(self) -> QWidget:
        from propdesk.qt.views.audit_view import AuditView

        return AuditView(self.desk)

    def _make_arrears_view(self) -> QWidget:
        from propdesk.qt.views.arrears_view import ArrearsView

        view = ArrearsView(self.desk)
        view.unit_activated.connect(self.open_account)
        view.print_requested.connect(self.print_document)
        view.day_close_button.clicked.connect(self.on_day_close_triggered)
        return view

    def _make_move_in_view(self) -> QWidget:
        from propdesk.qt.views.move_in_view import MoveInView

        view = MoveInView(self.desk)
        view.unit_activated.connect(self.open_move_in)
        view.key_set_activated.connect(self.open_keys)
        view.print_requested.connect(self.print_document)
        view.notices_requested.connect(self.print_move_in_notices)
        return view

    def _make_renovation_view(self) -> QWidget:
        from propdesk.qt.views.renovation_view import RenovationView

        view = RenovationView(self.desk)
        view.unit_activated.connect(self.open_renovation)
        view.print_requested.connect(self.print_document)
        return view

    def _make_service_view(self) -> QWidget:
        from propdesk.qt.views.service_desk_view import ServiceDeskView

        view = ServiceDeskView(self.desk)
        view.unit_activated.connect(self.open_unit)
        view.print_requested.connect(self.print_document)
        return view

    def _make_supervisor_view(self) -> QWidget:
        from propdesk.qt.views.supervisor_view import SupervisorView

        view = SupervisorView(self.desk)
        view.records_requested.connect(self.open_service)
        view.print_requested.connect(self.print_document)
        return view

    def _make_reports_view(self) -> QWidget:
        from propdesk.qt.views.reports_view import ReportsView

        return ReportsView(self.desk)

    def open_service(self, view: str) -> None:
        """A view of the work-order list, or of the complaints (``投诉:`` before it), or another area and tab
        (``area:move_in:1``)."""
        if view.startswith("area:"):
            _, key, tab = [*view.split(":"), ""][:3]
            self.show_page(key)
            if tab.isdigit():
                self.page(key).tabs.setCurrentIndex(int(tab))  # type: ignore[attr-defined]
            return
        self.show_page("service")
        if view in ("走访", "跟进"):
            service = self.page("service")
            service.tabs.setCurrentWidget(service.visits if view == "走访" else service.follow_ups)  # type: ignore[attr-defined]
            return
        complaints_list = view.startswith("投诉:")
        self.page("service").set_view(view.removeprefix("投诉:"), complaints_list)  # type: ignore[attr-defined]

    def on_new_repair_triggered(self) -> None:
        """Ctrl+R from anywhere: on a unit's page the repair is for that unit."""
        from propdesk.core.start_values import SearchHit

        record = self.unit_page.record if self.stack.currentWidget() is self.pages.get("unit") else None
        hit = (SearchHit(record.unit.id, record.unit.code, record.unit.owner_names, "房号", record.unit.state)
               if record is not None else None)  # fmt: skip
        view = self.page("service")
        view.new_repair(hit)  # type: ignore[attr-defined]

    def on_repair_settings_triggered(self) -> None:
        from propdesk.services import complaints, repair_settings, visits

        from propdesk.qt.dialogs.repair_settings_dialog import RepairSettingsDialog

        def job(db: Any) -> Any:
            return (repair_settings.deadline_hours(db), repair_settings.technicians(db), complaints.limits(db),
                    visits.ratio_percent(db))  # fmt: skip

        self.desk.query(
            job, lambda found: RepairSettingsDialog(self.desk, found[0], found[1], found[2], found[3], self).exec()
        )

    def open_renovation(self, unit_id: int) -> None:
        self.open_unit(unit_id)
        self.unit_page.tabs.setCurrentWidget(self.unit_page.renovation_tab)

    def open_keys(self, unit_id: int) -> None:
        self.open_unit(unit_id)
        self.unit_page.tabs.setCurrentWidget(self.unit_page.keys_page)

    def open_move_in(self, unit_id: int) -> None:
        """A unit straight on its 入伙 tab (from the move-in lists)."""
        self.open_unit(unit_id)
        self.unit_page.tabs.setCurrentWidget(self.unit_page.move_in_tab)

    def open_account(self, unit_id: int) -> None:
        """A unit straight on its 账务 tab (from the arrears list)."""
        self.open_unit(unit_id)
        self.unit_page.tabs.setCurrentWidget(self.unit_page.account_tab)

    def _make_unit_page(self) -> QWidget:
        from propdesk.qt.views.unit_page import UnitPage

        view = UnitPage(self.desk)
        view.print_requested.connect(self.print_document)
        return view

    @property
    def units_view(self) -> UnitsView:
        return self.page("units")  # type: ignore[return-value]

    @property
    def owners_view(self) -> OwnersView:
        return self.page("owners")  # type: ignore[return-value]

    @property
    def unit_page(self) -> UnitPage:
        return self.page("unit")  # type: ignore[return-value]

    def _build_menus(self) -> dict[str, QAction]:
        menus: dict[str, Any] = {}
        actions: dict[str, QAction] = {}
        for spec in ACTIONS:
            if spec.menu not in menus:
                menus[spec.menu] = self.menuBar().addMenu(QCoreApplication.translate("Menu", spec.menu))
            action = QAction(QCoreApplication.translate("Action", spec.text), self)
            if spec.shortcut:
                action.setShortcut(QKeySequence(spec.shortcut))
            action.triggered.connect(getattr(self, f"on_{spec.name}_triggered"))
            menus[spec.menu].addAction(action)
            actions[spec.name] = action
        return actions

    # ------------------------------------------------------------ start-up

    def start(self) -> None:
        """Open the file (on the worker), sign in, fill the today view, ask for the community on a new file.

        One round trip: the worker opens the database while this thread builds the window.
        """
        self.desk.query(_startup_state, self.on_startup_state, self.on_start_failed)

    def on_startup_state(self, state: StartupState) -> None:
        self.sign_in_hint = state.sign_in_hint
        self.idle.set_minutes(state.auto_lock_minutes)
        if not self.signed_in:
            from propdesk.qt.dialogs.sign_in_dialog import FirstAdminDialog, SignInDialog

            self.set_locked_look(True)  # nothing of the office's data before someone signs in
            dialog = (
                SignInDialog(self.desk, state.sign_in_hint, parent=self)
                if state.has_users
                else FirstAdminDialog(self.desk, self)
            )
            if not dialog.exec():
                self.close()
                return
            self.set_locked_look(False)
            self.desk.set_actor(dialog.result_value)
            self.signed_in = True
            self.activateWindow()
            self.search_box.setFocus()
        self.on_started(state.summary)

    def on_start_failed(self, exc: BaseException) -> None:
        """A file too damaged to open: say so plainly and offer the newest good backup."""
        from propdesk.services import backups
        from propdesk.services.errors import explain

        problem = explain(exc)
        damaged = isinstance(problem, EnvironmentProblem) and problem.kind == EnvironmentProblem.DAMAGED
        good = backups.newest_good_automatic_backup() if damaged else None
        if good is None:
            prompts.show_exception(self, exc)
            self.failed.emit()
            return
        question = self.tr("The data file cannot be opened: %1\n\nPut the newest good backup (%2) in its place? "
                           "The damaged file is kept beside it.").replace("%1", problem.message if problem else "")  # fmt: skip
        if not prompts.confirm(
            self, self.tr("The data file is damaged"), question.replace("%2", good.taken_at.strftime("%Y-%m-%d %H:%M"))
        ):
            self.failed.emit()
            return
        from propdesk.qt.worker import FileJob

        def replaced(aside: Any) -> None:
            prompts.info(self, self.tr("Restored"), self.tr("The backup is in place. The damaged file was kept as %1.")
                         .replace("%1", str(aside)))  # fmt: skip
            self.start()

        def not_replaced(error: BaseException) -> None:
            prompts.show_exception(self, error)
            self.failed.emit()

        source = good.path
        self.desk.worker.submit(
            FileJob(lambda path: backups.replace_damaged_file(path, source)), replaced, not_replaced
        )

    def on_started(self, summary: TodaySummary) -> None:
        value = summary.community
        self.community = value
        self.setWindowTitle(f"propdesk — {value.office_title}" if value.is_set_up else "propdesk")
        self.stack.setCurrentWidget(self.today_view)
        self.nav_list.blockSignals(True)
        self.nav_list.setCurrentRow(0)
        self.nav_list.blockSignals(False)
        self.today_view.set_summary(summary)
        for warning in summary.warnings:
            self.statusBar().showMessage(warning)
        if not self._started:  # after the window is usable: the backup state and the file's health
            self._started = True
            self.backups.start()
            self.backups.check_file()
            _warm_printing()
        if not value.is_set_up:
            from propdesk.qt.dialogs.community_dialog import CommunityDialog

            dialog = CommunityDialog(self.desk, value, first_run=True, parent=self)
            dialog.exec()
        if not summary.counts.get("units") and not getattr(self, "_first_steps_offered", False):
            self._first_steps_offered = True  # a new office: the homes come next (asked once a session)
            self.offer_first_steps()

    def offer_first_steps(self) -> None:
        from propdesk.qt.dialogs.first_steps_dialog import FirstStepsDialog

        steps = FirstStepsDialog(self)
        if steps.exec():
            if steps.choice == FirstStepsDialog.GENERATE:
                self.on_generate_building_triggered()
            else:
                self.on_import_ledger_triggered()

    # ------------------------------------------------------------ navigation

    def show_page(self, key: str) -> None:
        self._last_area = key
        widget = self.page(key)
        self.stack.setCurrentWidget(widget)
        for row in range(self.nav_list.count()):
            item = self.nav_list.item(row)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == key:
                self.nav_list.blockSignals(True)
                self.nav_list.setCurrentRow(row)
                self.nav_list.blockSignals(False)
        refresh = getattr(widget, "refresh", None)
        if callable(refresh):
            refresh()

    def on_nav_list_current_row_changed(self, row: int) -> None:
        item = self.nav_list.item(row)
        if item is not None:
            self.show_page(item.data(Qt.ItemDataRole.UserRole))

    def open_unit(self, unit_id: int) -> None:
        self.nav_list.blockSignals(True)
        self.nav_list.setCurrentRow(-1)  # the unit page is not one of the areas
        self.nav_list.blockSignals(False)
        self.stack.setCurrentWidget(self.page("unit"))
        self.unit_page.show_unit(unit_id)

    def on_owner_activated(self, row: Any) -> None:
        if row.first_unit_id is not None:
            self.open_unit(row.first_unit_id)

    def on_desk_changed(self, changes: Changes) -> None:
        if changes.community or changes.all_units:
            self.desk.query(today_summary, self.on_started)

    # ------------------------------------------------------------ actions

    def on_new_unit_triggered(self) -> None:

        from propdesk.qt.dialogs.unit_dialog import UnitDialog

        UnitDialog(self.desk, parent=self).exec()

    def on_generate_building_triggered(self) -> None:

        from propdesk.qt.dialogs.building_dialog import BuildingDialog

        if BuildingDialog(self.desk, self).exec():
            self.show_page("units")

    def on_import_ledger_triggered(self) -> None:
        from propdesk.qt.dialogs.import_dialog import ImportDialog

        ImportDialog(self.desk, self).exec()

    def on_export_ledger_triggered(self) -> None:
        self.show_page("units")
        self.units_view.on_export_clicked()

    def on_download_template_triggered(self) -> None:
        from propdesk.qt.dialogs.import_dialog import offer_template

        offer_template(self)

    def on_desk_actor_changed(self, actor: Any) -> None:
        """Show what this user may use (a convenience: the services check the rights themselves)."""
        self.user_label.setText(self.tr("User: %1").replace("%1", actor.name))
        for name, permission in (("manage_users", Permission.MANAGE_USERS), ("restore_backup", Permission.RESTORE_BACKUP),
                                 ("optimize_database", Permission.MAINTAIN_DATABASE),
                                 ("data_location", Permission.MAINTAIN_DATABASE),
                                 ("community_settings", Permission.EDIT_SETTINGS),
                                 ("backup_folder", Permission.EDIT_SETTINGS),
                                 ("cash_desk_settings", Permission.EDIT_SETTINGS),
                                 ("inspection_template", Permission.EDIT_SETTINGS),
                                 ("renovation_settings", Permission.EDIT_SETTINGS),
                                 ("repair_settings", Permission.EDIT_SETTINGS),
                                 ("new_repair", Permission.HANDLE_SERVICE),
                                 ("generate_bills", Permission.GENERATE_BILLS),
                                 ("meter_readings", Permission.GENERATE_BILLS),
                                 ("fee_items", Permission.EDIT_SETTINGS)):  # fmt: skip
            self.actions_by_name[name].setVisible(actor.can(permission))
        for row in range(self.nav_list.count()):
            item = self.nav_list.item(row)
            key = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
            if item is not None and key == "audit":
                item.setHidden(not actor.can(Permission.VIEW_CHANGE_LOG))
            if item is not None and key == "supervisor":
                item.setHidden(not actor.can(Permission.REVIEW_SERVICE))

    def on_switch_user_triggered(self) -> None:
        self.lock(switching=True)

    def on_lock_screen_triggered(self) -> None:
        self.lock()

    def lock(self, switching: bool = False) -> None:
        """Hide the office's data until someone signs in (the same user, or another one)."""
        from propdesk.qt.dialogs.sign_in_dialog import SignInDialog

        if self.idle.locked:
            return
        self.idle.locked = True
        self.set_locked_look(True)
        login = "" if switching else self.desk.actor.login
        while True:
            dialog = SignInDialog(self.desk, self.sign_in_hint, login=login, locked=not switching, parent=self)
            if dialog.exec():
                self.desk.set_actor(dialog.result_value)
                break
            if switching:  # cancelling a switch keeps the current user
                break
        self.set_locked_look(False)
        self.idle.locked = False
        self.search_box.setFocus()

    def on_manage_users_triggered(self) -> None:
        from propdesk.qt.dialogs.users_dialog import UsersDialog

        UsersDialog(self.desk, self).exec()

    def on_change_password_triggered(self) -> None:
        from propdesk.qt.dialogs.users_dialog import ChangePasswordDialog

        if ChangePasswordDialog(self.desk, self).exec():
            prompts.info(self, self.tr("Change my password"), self.tr("Your password was changed."))

    def set_locked_look(self, locked: bool) -> None:
        """Before sign-in and while locked: no data on screen, no search, no menus."""
        self.central.setVisible(not locked)
        self.search_box.setEnabled(not locked)
        self.menuBar().setEnabled(not locked)

    def on_optimize_database_triggered(self) -> None:
        """整理数据库 (admins): fresh statistics and the file rewritten compactly, on the worker."""
        from propdesk.services import maintenance

        def asked(found: Any) -> None:
            if not prompts.confirm(self, self.tr("Tidy up the data file"),
                                   self.tr("The data file is %1 MB (%2 MB unused). Tidying it up takes a few seconds "
                                           "per 100 MB; other work waits meanwhile. Go ahead?")
                                   .replace("%1", f"{found.megabytes:.1f}")
                                   .replace("%2", f"{found.free_bytes / 1024 / 1024:.1f}")):  # fmt: skip
                return
            actor = self.desk.actor
            self.desk.query(lambda db: maintenance.optimize(db, actor), done,
                            lambda exc: prompts.show_exception(self, exc))  # fmt: skip

        def done(result: Any) -> None:
            prompts.info(self, self.tr("Tidy up the data file"),
                         self.tr("Done in %1 s: %2 MB → %3 MB.").replace("%1", f"{result.seconds:.1f}")
                         .replace("%2", f"{result.before.megabytes:.1f}")
                         .replace("%3", f"{result.after.megabytes:.1f}"))  # fmt: skip

        self.desk.query(maintenance.size, asked)

    def on_data_location_triggered(self) -> None:
        """数据位置 (admins): move the data file and its backups to another folder, then start again there."""
        from propdesk.services import data_location

        from PySide6.QtWidgets import QFileDialog

        here = data_location.current()
        folder = QFileDialog.getExistingDirectory(self, self.tr("Move the data to"), str(here))
        if not folder or not prompts.confirm(
            self, self.tr("Data location"),
            self.tr("Move the data file and its backups from %1 to %2? propdesk closes afterwards; open it again "
                    "to go on working.").replace("%1", str(here)).replace("%2", folder)):  # fmt: skip
            return
        self.move_data(Path(folder))

    def move_data(self, folder: Path) -> None:
        from propdesk.services import data_location

        from propdesk.qt.worker import FileJob

        actor = self.desk.actor

        def done(report: Any) -> None:
            # nothing may open the old path again (it would make a new, empty file there): stop the worker first
            self.desk.worker.shutdown()
            prompts.info(self, self.tr("Data location"),
                         self.tr("The data is now in %1 (%2 backups moved with it). propdesk will close now; open it "
                                 "again to go on working.").replace("%1", str(report.target))
                         .replace("%2", str(report.backups)))  # fmt: skip
            self.data_moved = True
            self.close()

        self.desk.query(FileJob(lambda path: data_location.move_data(actor, path, folder)), done,
                        lambda exc: prompts.show_exception(self, exc))  # fmt: skip

    def on_user_guide_triggered(self) -> None:
        from propdesk.qt.dialogs.guide_dialog import GuideDialog

        GuideDialog(self).show()

    def on_backup_now_triggered(self) -> None:
        self.backups.backup_now()

    def on_backup_folder_triggered(self) -> None:
        self.backups.choose_folder()

    def on_restore_backup_triggered(self) -> None:
        self.backups.restore_from_file()

    def on_quit_triggered(self) -> None:
        self.close()

    def on_focus_search_triggered(self) -> None:
        self.search_box.setFocus()
        self.search_box.selectAll()

    def on_go_today_triggered(self) -> None:
        self.show_page("today")

    def on_go_units_triggered(self) -> None:
        self.show_page("units")

    def on_go_owners_triggered(self) -> None:
        self.show_page("owners")

    def on_go_back_triggered(self) -> None:
        """From a unit page back to the list it was opened from, filter and page kept."""
        self.show_page(self._last_area)

    def on_print_unit_list_triggered(self) -> None:
        from propdesk.documents.catalog import unit_list_job

        f = self.units_view.unit_filter()
        self.print_job(lambda db: unit_list_job(db, self.desk.actor, f))

    def on_cash_desk_settings_triggered(self) -> None:
        from propdesk.services import cash_desk_settings

        from propdesk.qt.dialogs.cash_desk_dialog import CashDeskDialog

        self.desk.query(cash_desk_settings.load, lambda current: CashDeskDialog(self.desk, current, self).exec())

    def on_community_settings_triggered(self) -> None:

        from propdesk.qt.dialogs.community_dialog import CommunityDialog

        CommunityDialog(self.desk, self.community, parent=self).exec()

    def on_about_triggered(self) -> None:
        prompts.info(
            self,
            self.tr("About propdesk"),
            self.tr("propdesk %1 — the property service office front desk\nData file: %2")
            .replace("%1", __version__)
            .replace("%2", str(self.db_path)),
        )

    def on_fee_items_triggered(self) -> None:
        from propdesk.qt.dialogs.fee_items_dialog import FeeItemsDialog

        FeeItemsDialog(self.desk, self).exec()

    def on_generate_bills_triggered(self) -> None:
        from propdesk.qt.dialogs.bill_run_dialog import BillRunDialog

        BillRunDialog(self.desk, self).exec()

    def on_inspection_template_triggered(self) -> None:
        from propdesk.services import inspections

        from propdesk.qt.dialogs.inspection_template_dialog import InspectionTemplateDialog

        self.desk.query(inspections.template, lambda rows: InspectionTemplateDialog(self.desk, rows, self).exec())

    def on_renovation_settings_triggered(self) -> None:
        from propdesk.services import renovation_settings

        from propdesk.qt.dialogs.renovation_settings_dialog import RenovationSettingsDialog

        self.desk.query(renovation_settings.load, lambda now: RenovationSettingsDialog(self.desk, now, self).exec())

    def on_meter_readings_triggered(self) -> None:
        from propdesk.qt.dialogs.meter_reading_dialog import MeterReadingDialog

        MeterReadingDialog(self.desk, self).exec()

    def on_deposit_ledger_triggered(self) -> None:
        from propdesk.qt.dialogs.deposit_ledger_dialog import DepositLedgerDialog

        dialog = DepositLedgerDialog(self.desk, self)
        dialog.unit_requested.connect(self.open_unit)
        dialog.exec()

    def on_day_close_triggered(self) -> None:
        from propdesk.qt.dialogs.day_close_dialog import DayCloseDialog

        dialog = DayCloseDialog(self.desk, parent=self)
        dialog.print_requested.connect(self.print_document)
        dialog.exec()

    def print_document(self, kind: str, key: str) -> None:
        from propdesk.documents.catalog import make

        actor = self.desk.actor
        self.print_job(lambda db: make(db, actor, kind, key))

    def print_job(self, render: Callable[[Any], Any], progress: Any = None, title: str = "") -> None:
        """Render in the background, keep the printed copy (with its unit), then preview it; a long batch
        passes its ``Progress`` and gets a progress bar (the window stays responsive either way)."""
        from propdesk.documents.catalog import PrintJob
        from propdesk.services import printing

        from propdesk.qt.dialogs.pdf_preview import PREVIEW_DPI, PdfPreviewDialog, render_pages
        from propdesk.qt.progress import ProgressWatcher

        actor = self.desk.actor
        watcher = ProgressWatcher(progress, title, self) if progress is not None else None

        def job(db: Any) -> Any:
            made: PrintJob = render(db)
            _, changes = printing.record_printed(db, actor, made.kind, made.key, made.title, made.unit_id, made.pdf)
            return (made, render_pages(made.pdf, PREVIEW_DPI)), changes

        def show(result: tuple[PrintJob, list[Any]]) -> None:
            if watcher is not None:
                watcher.finish()
            made, pages = result
            self.last_print_job = made
            PdfPreviewDialog(made.pdf, made.title, self, pages=pages, desk=self.desk).exec()

        def failed(exc: BaseException) -> None:
            if watcher is not None:
                watcher.finish()
            prompts.show_exception(self, exc)

        self.desk.mutate(job, show, parent=self, on_error=failed if watcher is not None else None)

    def print_move_in_notices(self, key: str) -> None:
        from propdesk.core.progress import Progress
        from propdesk.documents.catalog import move_in_notice_job

        actor, progress = self.desk.actor, Progress(message=self.tr("Preparing the move-in notices…"))
        self.print_job(lambda db: move_in_notice_job(db, actor, key, progress), progress, self.tr("Move-in notices"))

    # ------------------------------------------------------------ window state

    def restore_geometry(self) -> None:
        preferences.restore_geometry("main_window", self)

    def closeEvent(self, event: QCloseEvent) -> None:
        preferences.save_geometry("main_window", self)
        super().closeEvent(event)


def _warm_printing() -> None:
    """Load the PDF font off the worker: the first receipt of the day then prints in milliseconds,
    not after the half-second the font takes to load (measured by ``propdesk bench``)."""
    import threading

    from propdesk.documents.fonts import register_fonts

    threading.Thread(target=register_fonts, name="warm-printing", daemon=True).start()
