# SPDX-License-Identifier: GPL-3.0-or-later
"""The main window: sections on the left, the current section on the right.

It owns the safety behaviour that spans every page: auto-lock, the panic
shortcut, discreet mode and the status bar; the pages only present records.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QPixmapCache
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from defenderdoc.gui.context import GuiContext, Page
from defenderdoc.gui.security import IdleLocker
from defenderdoc.gui.views.audit_page import AuditPage
from defenderdoc.gui.views.dossiers_page import DossiersPage
from defenderdoc.gui.views.evidence_page import EvidencePage
from defenderdoc.gui.views.incidents_page import IncidentsPage
from defenderdoc.gui.views.patterns_page import PatternsPage
from defenderdoc.gui.views.people_page import PeoplePage
from defenderdoc.gui.views.settings_page import SettingsPage
from defenderdoc.i18n import QT_TRANSLATE_NOOP

SECTIONS = (
    ("incidents", QT_TRANSLATE_NOOP("MainWindow", "Incidents"), IncidentsPage),
    ("people", QT_TRANSLATE_NOOP("MainWindow", "People & organisations"), PeoplePage),
    ("evidence", QT_TRANSLATE_NOOP("MainWindow", "Evidence"), EvidencePage),
    ("dossiers", QT_TRANSLATE_NOOP("MainWindow", "Dossiers"), DossiersPage),
    ("patterns", QT_TRANSLATE_NOOP("MainWindow", "Patterns"), PatternsPage),
    ("audit", QT_TRANSLATE_NOOP("MainWindow", "Audit log"), AuditPage),
    ("settings", QT_TRANSLATE_NOOP("MainWindow", "Settings"), SettingsPage),
)


class MainWindow(QMainWindow):
    """Presents the unlocked vault; ``locked`` is emitted after everything is cleared."""

    locked = Signal()

    def __init__(self, ctx: GuiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setWindowTitle(self.tr("DefenderDoc"))
        self.resize(1180, 740)
        self.sidebar = QListWidget()
        self.sidebar.setAccessibleName(self.tr("Sections"))
        self.sidebar.setFixedWidth(200)
        self.stack = QStackedWidget()
        self.pages: dict[str, Page] = {}
        for key, label, page_class in SECTIONS:
            page = page_class(ctx)
            self.pages[key] = page
            self.stack.addWidget(page)
            QListWidgetItem(self.tr(label), self.sidebar)
        self.sidebar.currentRowChanged.connect(self._show_section)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.addWidget(self.sidebar)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.status = QLabel()
        self.status.setAccessibleName(self.tr("Vault status"))
        self.statusBar().addPermanentWidget(self.status)
        ctx.events.status_message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        ctx.events.open_incident.connect(lambda _id: self.show_section("incidents"))

        self.idle = IdleLocker(ctx.settings.auto_lock_minutes, self)
        self.idle.timed_out.connect(self.lock)
        self._status_timer = QTimer(self, interval=1000)
        self._status_timer.timeout.connect(self._update_status)
        self._build_actions()

    def _build_actions(self) -> None:
        vault_menu = self.menuBar().addMenu(self.tr("&Vault"))
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.lock_action = QAction(self.tr("&Lock now"), self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+Shift+L"))
        self.lock_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.lock_action.triggered.connect(self.lock)
        self.discreet_action = QAction(self.tr("&Discreet mode"), self, checkable=True)
        self.discreet_action.setShortcut(QKeySequence("Ctrl+Shift+D"))
        self.discreet_action.setChecked(self.ctx.settings.discreet_mode)
        self.discreet_action.toggled.connect(self.set_discreet)
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        shortcuts = QAction(self.tr("&Keyboard shortcuts"), self)
        shortcuts.setShortcut(QKeySequence.StandardKey.HelpContents)
        shortcuts.triggered.connect(self._show_shortcuts)
        vault_menu.addActions([self.lock_action, quit_action])
        view_menu.addAction(self.discreet_action)
        for index, (_key, label, _cls) in enumerate(SECTIONS):
            go = QAction(self.tr(label), self)
            go.setShortcut(QKeySequence(f"Alt+{index + 1}"))
            go.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            go.triggered.connect(lambda _=False, row=index: self.sidebar.setCurrentRow(row))
            view_menu.addAction(go)
            self.addAction(go)
        help_menu.addAction(shortcuts)
        for action in (self.lock_action, self.discreet_action, quit_action):
            self.addAction(action)

    # ------------------------------------------------------------ sections
    def show_section(self, key: str) -> None:
        self.sidebar.setCurrentRow([k for k, _l, _c in SECTIONS].index(key))

    def _show_section(self, row: int) -> None:
        self.stack.setCurrentIndex(row)
        page = self.stack.currentWidget()
        if isinstance(page, Page) and self.ctx.services.is_unlocked:
            page.refresh()

    def unlocked(self) -> None:
        """Called once the services hold an open vault."""
        self.set_discreet(self.ctx.settings.discreet_mode)
        self.sidebar.setCurrentRow(0)
        self.pages["incidents"].refresh()
        self.idle.set_minutes(self.ctx.settings.auto_lock_minutes)
        self.idle.start()
        self._status_timer.start()
        self._update_status()

    def _update_status(self) -> None:
        if not self.ctx.services.is_unlocked:
            self.status.setText(self.tr("Locked"))
            return
        path = self.ctx.services.vault_path
        seconds = self.idle.remaining_ms() // 1000
        self.status.setText(
            self.tr("Unlocked · vault “%1” · auto-lock in %2:%3")
            .replace("%1", path.stem if path else "")
            .replace("%2", str(seconds // 60))
            .replace("%3", f"{seconds % 60:02d}")
        )

    def set_discreet(self, on: bool) -> None:
        """Mask narratives and sensitive fields everywhere (for trains and airports)."""
        self.ctx.settings.discreet_mode = on
        for page in self.pages.values():
            setter = getattr(page, "set_discreet", None)
            if setter is not None:
                setter(on)

    # ---------------------------------------------------------------- lock
    def lock(self) -> None:
        """Hide content first, then clear every page, caches and clipboard, then the keys."""
        self.hide()
        for widget in QApplication.topLevelWidgets():
            if widget is not self and widget.isVisible() and widget.property("holdsContent"):
                widget.close()
        for page in self.pages.values():
            page.clear()
        QPixmapCache.clear()
        self.ctx.clipboard.clear()
        self.idle.stop()
        self._status_timer.stop()
        self.ctx.tasks.wait(5000)  # let running jobs stop before their vault goes away
        self.ctx.services.lock()
        self.status.setText(self.tr("Locked"))
        self.locked.emit()

    def changeEvent(self, event: object) -> None:
        super().changeEvent(event)  # type: ignore[arg-type]
        if (
            self.ctx.settings.lock_on_minimise
            and self.isMinimized()
            and self.ctx.services.is_unlocked
        ):
            self.lock()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.ctx.tasks.busy:
            answer = QMessageBox.question(
                self,
                self.tr("Work in progress"),
                self.tr("An import or export is still running. Stop it and quit?"),
            )
            if answer != QMessageBox.StandardButton.Yes:
                event.ignore()
                return
        if self.ctx.services.is_unlocked:
            self.lock()
        event.accept()
        QApplication.quit()

    def _show_shortcuts(self) -> None:
        QMessageBox.information(
            self,
            self.tr("Keyboard shortcuts"),
            self.tr(
                "Ctrl+F  search incidents\nCtrl+N  new incident\nCtrl+E  edit the selection\n"
                "Ctrl+I  import evidence\nCtrl+P  new dossier\nCtrl+Shift+L  lock now (panic)\n"
                "Ctrl+Shift+D  discreet mode\nAlt+1 … Alt+7  go to a section\nF1  this list"
            ),
        )
