# SPDX-License-Identifier: GPL-3.0-or-later
"""Evidence: import (buttons or drag and drop), the list, and the selected item.

Importing, decrypting for a preview and exporting all run in the TaskRunner's
workers, so the window stays responsive with a folder of videos. Every file
dialog is Qt's own (see ``file_dialogs``) so no evidence path reaches the
desktop's recent-files lists. Locking clears the list, the preview, the areas,
the import lines and the incident titles in the "attach to" list.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QAction, QDragEnterEvent, QDragLeaveEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from defenderdoc.domain.records import IncidentSummary
from defenderdoc.gui.context import GuiContext, Page
from defenderdoc.gui.models.evidence_table import COL_INCIDENT, COL_NAME, EvidenceTableModel
from defenderdoc.gui.views.evidence_detail import EvidenceDetail
from defenderdoc.gui.widgets import file_dialogs
from defenderdoc.gui.widgets.import_panel import ImportPanel

RECENT_INCIDENTS = 50
IMPORT_HEIGHT = 240


def incident_label(summary: IncidentSummary) -> str:
    return f"{summary.start_date} · {summary.title}" if summary.start_date else summary.title


class EvidencePage(Page):
    def __init__(self, ctx: GuiContext) -> None:
        super().__init__(ctx)
        self.setAcceptDrops(True)
        self.import_files_button = QPushButton(self.tr("Import files…"))
        self.import_files_button.clicked.connect(self.choose_files)
        self.import_folder_button = QPushButton(self.tr("Import folder…"))
        self.import_folder_button.clicked.connect(self.choose_folder)
        for button in (self.import_files_button, self.import_folder_button):
            button.setAccessibleName(button.text().rstrip("…"))
        self.target = QComboBox()
        self.target.setAccessibleName(self.tr("Incident the imported files belong to"))
        self.target.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.target.setMinimumContentsLength(24)
        target_label = QLabel(self.tr("&Attach to:"))
        target_label.setBuddy(self.target)
        self.drop_hint = QLabel(textFormat=Qt.TextFormat.PlainText)
        self.drop_hint.setWordWrap(True)
        self._show_drop_hint(False)
        toolbar = QHBoxLayout()
        toolbar.addWidget(self.import_files_button)
        toolbar.addWidget(self.import_folder_button)
        toolbar.addSpacing(12)
        toolbar.addWidget(target_label)
        toolbar.addWidget(self.target)
        toolbar.addWidget(self.drop_hint, 1)

        self.import_panel = ImportPanel(ctx)
        self.import_panel.finished.connect(self._import_finished)

        self.model = EvidenceTableModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Evidence"))
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(COL_NAME, 200)
        header.setSectionResizeMode(COL_INCIDENT, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header.setSortIndicator(5, Qt.SortOrder.DescendingOrder)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.count_label = QLabel()

        self.detail = EvidenceDetail(ctx)
        self.detail.changed.connect(self._detail_changed)
        listing = QWidget()
        listing_layout = QVBoxLayout(listing)
        listing_layout.setContentsMargins(0, 0, 0, 0)
        listing_layout.addWidget(self.table, 1)
        listing_layout.addWidget(self.count_label)
        # The list and the running import side by side: new items appear beside their lines.
        top = QSplitter(Qt.Orientation.Horizontal)
        top.setChildrenCollapsible(False)
        top.addWidget(listing)
        top.addWidget(self.import_panel)
        top.setStretchFactor(0, 2)
        top.setStretchFactor(1, 1)
        # The selected item gets the full width below: its preview and its report side by
        # side need it more than the list needs height.
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(top)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 5)
        layout = QVBoxLayout(self)
        layout.addLayout(toolbar)
        layout.addWidget(self.splitter, 1)

        action = QAction(self.tr("Import evidence"), self)
        action.setShortcut(QKeySequence("Ctrl+I"))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(self.choose_files)
        self.addAction(action)
        ctx.events.evidence_changed.connect(self._evidence_changed)
        ctx.events.records_changed.connect(self._records_changed)
        self._reset_targets()

    # ------------------------------------------------------------ loading
    def refresh(self) -> None:
        self.load_targets()
        self.reload()

    def reload(self) -> None:
        """Reload the list, keeping the selected item (without decrypting it again)."""
        if not self.ctx.services.is_unlocked:
            return
        keep = self.detail.info.id if self.detail.info else None
        selection = self.table.selectionModel()
        selection.blockSignals(True)
        self.model.reload(self.ctx.services)
        row = self.model.row_of(keep) if keep is not None else None
        if row is not None:
            selection.setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        selection.blockSignals(False)
        self.table.viewport().update()
        if row is not None:
            self.table.scrollTo(self.model.index(row, COL_NAME))
        if row is None:
            self.detail.show_evidence(None)
        else:
            self.detail.update_info(self.model.info(row))
        self.count_label.setText(self.tr("%n item(s)", "", self.model.rowCount()))

    def _reset_targets(self) -> None:
        self.target.clear()
        self.target.addItem(self.tr("No incident"), None)

    def load_targets(self) -> None:
        """The most recently recorded incidents, to attach new evidence to."""
        chosen = self.target.currentData()
        self._reset_targets()
        for summary in self.ctx.services.list_incidents(
            sort="id", descending=True, limit=RECENT_INCIDENTS
        ):
            self.target.addItem(incident_label(summary), summary.id)
        self.target.setCurrentIndex(max(0, self.target.findData(chosen)))

    def _evidence_changed(self) -> None:
        if self.ctx.services.is_unlocked:
            self.reload()

    def _records_changed(self) -> None:
        if self.ctx.services.is_unlocked and self.isVisible():
            self.load_targets()
            self.reload()  # incident titles may have changed

    def _detail_changed(self, info: object) -> None:
        self.model.replace(info)

    def selected_id(self) -> int | None:
        return self.detail.info.id if self.detail.info else None

    def select(self, evidence_id: int) -> None:
        row = self.model.row_of(evidence_id)
        if row is not None:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, COL_NAME))

    def _current_changed(
        self, current: QModelIndex | QPersistentModelIndex, _previous: object = None
    ) -> None:
        self.detail.show_evidence(self.model.info(current.row()) if current.isValid() else None)

    # ------------------------------------------------------------- import
    def import_paths(self, paths: list[Path]) -> bool:
        """Import files and folders into the chosen incident (what the buttons and drops do)."""
        if not self.ctx.services.is_unlocked or not paths:
            return False
        if self.import_panel.running:
            self.ctx.events.status_message.emit(
                self.tr("An import is already running; wait for it to finish or cancel it.")
            )
            return False
        incident = self.target.currentData()
        started = self.import_panel.start(paths, incident if isinstance(incident, int) else None)
        top, bottom = self.splitter.sizes()
        if started and top < IMPORT_HEIGHT:  # room for several result lines while it runs
            self.splitter.setSizes([IMPORT_HEIGHT, max(bottom - (IMPORT_HEIGHT - top), 0)])
        return started

    def choose_files(self) -> None:
        paths = file_dialogs.open_files(self, self.tr("Import evidence files"))
        if paths:
            self.import_paths(paths)

    def choose_folder(self) -> None:
        folder = file_dialogs.open_folder(self, self.tr("Import every file in a folder"))
        if folder is not None:
            self.import_paths([folder])

    def _import_finished(self, imported: int, _refused: int) -> None:
        self.ctx.events.status_message.emit(self.import_panel.counts_text())
        if imported:
            self.ctx.events.evidence_changed.emit()  # this page reloads through it too

    # -------------------------------------------------------- drag & drop
    @staticmethod
    def _dropped_paths(event: QDragEnterEvent | QDropEvent) -> list[Path]:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        if not urls or not all(url.isLocalFile() for url in urls):
            return []
        return [Path(url.toLocalFile()) for url in urls]

    def _show_drop_hint(self, dragging: bool) -> None:
        text = (
            self.tr("Drop to import into the incident chosen here.")
            if dragging
            else self.tr("…or drop files and folders anywhere on this page.")
        )
        self.drop_hint.setText(text)
        font = self.drop_hint.font()
        font.setBold(dragging)
        self.drop_hint.setFont(font)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.ctx.services.is_unlocked and self._dropped_paths(event):
            event.acceptProposedAction()
            self._show_drop_hint(True)

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self._show_drop_hint(False)
        super().dragLeaveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        self._show_drop_hint(False)
        paths = self._dropped_paths(event)
        if paths and self.import_paths(paths):
            event.acceptProposedAction()

    # ------------------------------------------------------ safety modes
    def set_discreet(self, on: bool) -> None:
        self.detail.set_discreet(on)

    def clear(self) -> None:
        """Stop the import, drop every row, the preview, the areas and incident titles."""
        self.import_panel.clear()
        self.detail.clear()
        self.model.clear()
        self.count_label.clear()
        self._reset_targets()
