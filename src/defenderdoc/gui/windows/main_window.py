# SPDX-License-Identifier: GPL-3.0-or-later
"""The main window: sections on the left, the current section's content on the right."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QPixmapCache
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from defenderdoc.domain.records import IncidentFilter
from defenderdoc.gui.models.incident_table import IncidentTableModel
from defenderdoc.services import Services

SEARCH_DELAY_MS = 200


class MainWindow(QMainWindow):
    """Presents the unlocked vault; ``locked`` is emitted after everything is cleared."""

    locked = Signal()

    def __init__(self, services: Services) -> None:
        super().__init__()
        self.services = services
        self.setWindowTitle(self.tr("DefenderDoc"))
        self.resize(1100, 700)

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search incidents (titles, narratives, places)…"))
        self.search.setAccessibleName(self.tr("Search incidents"))
        self.search.setClearButtonEnabled(True)
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._apply_search)
        self.search.textChanged.connect(self._search_timer.start)

        self.model = IncidentTableModel(services)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Incidents"))
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)
        self.setCentralWidget(central)

        self.status = QLabel()
        self.statusBar().addPermanentWidget(self.status)

        lock = QAction(self.tr("&Lock now"), self)
        lock.setShortcut(QKeySequence("Ctrl+Shift+L"))
        lock.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        lock.triggered.connect(self.lock)
        find = QAction(self.tr("&Find"), self)
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.triggered.connect(self.search.setFocus)
        menu = self.menuBar().addMenu(self.tr("&Vault"))
        menu.addAction(find)
        menu.addAction(lock)
        self.addAction(lock)

    def refresh(self) -> None:
        self.model.reload(IncidentFilter(text=self.search.text()))
        name = self.services.vault_path.stem if self.services.vault_path else ""
        self.status.setText(
            self.tr("Unlocked · vault “%1” · %n incident(s)", "", self.model.total).replace(
                "%1", name
            )
        )

    def _apply_search(self) -> None:
        if self.services.is_unlocked:
            self.refresh()

    def lock(self) -> None:
        """Hide and clear all content first, then dispose keys and connections."""
        self.hide()
        self.model.clear()
        self.search.clear()
        QPixmapCache.clear()
        self.services.lock()
        self.status.setText(self.tr("Locked"))
        self.locked.emit()
