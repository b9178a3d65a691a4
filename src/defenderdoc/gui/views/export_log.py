# SPDX-License-Identifier: GPL-3.0-or-later
"""The export log: what left the vault, for whom, when, and with which SHA-256.

Reprisals for cooperating with the UN are reported to the Secretary-General, so a
later incident can be linked to the export it may answer ("possible reprisal").
The log itself is kept by the services; this widget only lists and links.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from defenderdoc.domain.records import ExportRecord, IncidentFilter
from defenderdoc.export.templates import TEMPLATES
from defenderdoc.gui.context import GuiContext
from defenderdoc.gui.i18n import format_datetime
from defenderdoc.gui.messages import user_message
from defenderdoc.gui.models.incident_table import _format_date
from defenderdoc.gui.views.dossier_steps import dossier_text

SHOWN_INCIDENTS = 500
HASH_PREFIX = 16


class ReprisalDialog(QDialog):
    """Pick the later incident that may be a reprisal for one export."""

    def __init__(self, ctx: GuiContext, export: ExportRecord, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.ctx, self.export = ctx, export
        self.setProperty("holdsContent", True)  # lists incident titles: closed on lock
        self.setWindowTitle(
            self.tr("Possible reprisal for export %1").replace("%1", str(export.id))
        )
        self.resize(560, 440)
        intro = QLabel(
            self.tr(
                "Choose the incident that may be a reprisal for this export "
                "(%1, to %2). It is recorded on the incident."
            )
            .replace("%1", f"{export.exported_at:%Y-%m-%d}")
            .replace("%2", export.recipient)
        )
        intro.setWordWrap(True)
        self.search = QLineEdit(placeholderText=self.tr("Search incidents…"))
        self.search.setAccessibleName(self.tr("Search incidents"))
        self.later_only = QCheckBox(self.tr("Only incidents dated after the export"))
        self.later_only.setChecked(True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Later incidents"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Mark"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._timer = QTimer(self, singleShot=True, interval=250)
        self._timer.timeout.connect(self.reload)
        self.search.textChanged.connect(self._timer.start)
        self.later_only.toggled.connect(self.reload)
        self.list.currentItemChanged.connect(self._update_ok)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.search)
        layout.addWidget(self.later_only)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.buttons)
        self.reload()

    def reload(self) -> None:
        if not self.ctx.services.is_unlocked:
            return
        flt = IncidentFilter(
            date_from=self.export.exported_at.date() if self.later_only.isChecked() else None,
            text=self.search.text(),
        )
        exported = set(self.export.incident_ids)
        self.list.clear()
        for row in self.ctx.services.list_incidents(flt, limit=SHOWN_INCIDENTS):
            if row.id in exported:
                continue
            text = " · ".join(p for p in (_format_date(row), row.title) if p)
            item = QListWidgetItem(text, self.list)
            item.setData(Qt.ItemDataRole.UserRole, row.id)
        self._update_ok()

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self.list.currentItem() is not None)

    def incident_id(self) -> int | None:
        item = self.list.currentItem()
        return int(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None


class ExportLog(QWidget):
    """The table of exports, newest first, and the reprisal link."""

    def __init__(self, ctx: GuiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.records: list[ExportRecord] = []
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Date (UTC)"),
                self.tr("Template"),
                self.tr("Recipient"),
                self.tr("Incidents"),
                self.tr("Persons"),
                self.tr("SHA-256"),
            ]
        )
        self.table.setAccessibleName(self.tr("Export log"))
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.mark = QPushButton(self.tr("Mark a later incident as &possible reprisal…"))
        self.mark.clicked.connect(self.mark_reprisal)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.empty = QLabel(self.tr("No dossier has been exported from this vault yet."))
        self.empty.setVisible(False)
        bar = QHBoxLayout()
        bar.addWidget(self.mark)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addLayout(bar)
        layout.addWidget(self.result)
        self._update_buttons()

    def refresh(self) -> None:
        self.records = self.ctx.services.list_exports()
        self.empty.setVisible(not self.records)
        self.table.setRowCount(len(self.records))
        for row, record in enumerate(self.records):
            tmpl = TEMPLATES.get(record.template)
            values = (
                _when(record.exported_at),
                dossier_text(tmpl.title) if tmpl else record.template,
                record.recipient,
                str(len(record.incident_ids)),
                str(len(record.person_ids)),
                record.sha256[:HASH_PREFIX] + "…",
            )
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                if col == 5:
                    item.setToolTip(record.sha256)
                self.table.setItem(row, col, item)
        self._update_buttons()

    def selected(self) -> ExportRecord | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.records[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        self.mark.setEnabled(self.selected() is not None)

    def choose_incident(self, export: ExportRecord) -> int | None:
        """Ask which incident; ``None`` when the user cancels (or the vault locked meanwhile)."""
        dialog = ReprisalDialog(self.ctx, export, self)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        incident_id = dialog.incident_id() if accepted else None
        dialog.deleteLater()
        return incident_id if self.ctx.services.is_unlocked else None

    def mark_reprisal(self) -> None:
        export = self.selected()
        if export is None:
            return
        incident_id = self.choose_incident(export)
        if incident_id is None:
            return
        try:
            self.ctx.services.mark_possible_reprisal(incident_id, export.id)
        except Exception as exc:  # shown as a clear sentence; the vault is unchanged
            self.result.setText(user_message(exc))
            return
        text = (
            self.tr("Incident %1 is now recorded as a possible reprisal for export %2.")
            .replace("%1", str(incident_id))
            .replace("%2", str(export.id))
        )
        self.result.setText(text)
        self.ctx.events.status_message.emit(text)
        self.ctx.events.records_changed.emit()

    def clear(self) -> None:
        self.records = []
        self.table.clearSelection()
        self.table.setRowCount(0)
        self.result.clear()
        self.empty.setVisible(False)
        self._update_buttons()


def _when(at: dt.datetime) -> str:
    return format_datetime(at)  # UTC, as the column says
