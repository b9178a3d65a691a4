# SPDX-License-Identifier: GPL-3.0-or-later
"""Incidents: filters and search on top, the paged list, the selected record beside it."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from defenderdoc.domain.records import IncidentFilter
from defenderdoc.gui.context import GuiContext, Page
from defenderdoc.gui.messages import user_message
from defenderdoc.gui.models.incident_table import IncidentTableModel
from defenderdoc.gui.views.incident_detail import render_incident
from defenderdoc.gui.views.incident_editor import IncidentEditor
from defenderdoc.gui.widgets.incident_filters import IncidentFilterControls

SEARCH_DELAY_MS = 200


class IncidentsPage(Page):
    def __init__(self, ctx: GuiContext) -> None:
        super().__init__(ctx)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search titles, narratives and places…"))
        self.search.setAccessibleName(self.tr("Search incidents"))
        self.search.setClearButtonEnabled(True)
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.reload)
        self.search.textChanged.connect(self._timer.start)
        self.filters = IncidentFilterControls()
        self.filters.changed.connect(self.reload)
        self._search_bar = QHBoxLayout()
        self._search_bar.addWidget(self.search, 1)
        self._search_bar.addWidget(self.filters.date_from)
        self._search_bar.addWidget(self.filters.date_to)
        self._filter_bar = QHBoxLayout()

        self.model = IncidentTableModel(ctx.services)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Incidents"))
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        self.table.selectionModel().currentRowChanged.connect(self._show_current)
        self.table.doubleClicked.connect(lambda _index: self.edit())
        self.detail = QTextBrowser()
        self.detail.setAccessibleName(self.tr("Selected incident"))
        self.detail.setOpenLinks(False)

        new_button = QPushButton(self.tr("New incident"))
        new_button.clicked.connect(self.new)
        edit_button = QPushButton(self.tr("Edit"))
        edit_button.clicked.connect(self.edit)
        buttons = QHBoxLayout()
        buttons.addWidget(new_button)
        buttons.addWidget(edit_button)
        buttons.addStretch(1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(self._search_bar)
        left_layout.addLayout(self._filter_bar)
        left_layout.addWidget(self.table, 1)
        left_layout.addLayout(buttons)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.detail)
        splitter.setSizes([640, 420])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        for text, shortcut, slot in (
            (self.tr("Find"), QKeySequence.StandardKey.Find, self.search.setFocus),
            (self.tr("New incident"), QKeySequence.StandardKey.New, self.new),
            (self.tr("Edit"), QKeySequence("Ctrl+E"), self.edit),
        ):
            action = QAction(text, self)
            action.setShortcut(shortcut)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)
        ctx.events.records_changed.connect(self._records_changed)
        self._generation = 0
        self.discreet = False

    def current_filter(self) -> IncidentFilter:
        return self.filters.incident_filter(self.ctx.services, self.search.text())

    def refresh(self) -> None:
        for combo in self.filters.build(self.ctx.services, self.ctx.language):
            self._filter_bar.addWidget(combo)
        self.model.language = self.ctx.language
        self.reload()

    def reload(self) -> None:
        """Query in a worker: a filter over 100,000 incidents must not freeze the window."""
        if not self.ctx.services.is_unlocked:
            return
        self._generation += 1
        generation, flt = self._generation, self.current_filter()

        def done(result: object) -> None:
            if generation != self._generation or not self.ctx.services.is_unlocked:
                return  # a newer search was typed, or the vault was locked meanwhile
            assert isinstance(result, tuple)  # noqa: S101 - what fetch returns
            total, rows = result
            self.model.apply(flt, int(total), list(rows))
            self.ctx.events.status_message.emit(self.tr("%n incident(s) match", "", total))

        self.ctx.tasks.run(lambda: self.model.fetch(flt), done, self._failed)

    def _failed(self, error: BaseException) -> None:
        self.ctx.events.status_message.emit(user_message(error))

    def _records_changed(self) -> None:
        if self.ctx.services.is_unlocked and self.isVisible():
            self.reload()

    def selected_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.incident_id(index.row()) if index.isValid() else None

    def _show_current(self) -> None:
        incident_id = self.selected_id()
        if incident_id is None:
            self.detail.clear()
            return
        record = self.ctx.services.get_incident(incident_id)
        self.detail.setHtml(render_incident(self.ctx, record, discreet=self.discreet))

    def new(self) -> None:
        IncidentEditor(self.ctx).exec()

    def edit(self) -> None:
        incident_id = self.selected_id()
        if incident_id is not None:
            IncidentEditor(self.ctx, incident_id).exec()
            self._show_current()

    def set_discreet(self, on: bool) -> None:
        self.discreet = on
        self._show_current()

    def clear(self) -> None:
        self._generation += 1  # results still in flight are dropped
        self.model.clear()
        self.detail.clear()
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.filters.forget()
