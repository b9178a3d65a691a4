# SPDX-License-Identifier: GPL-3.0-or-later
"""The audit chain as a table model, in words, rendered only for the rows Qt asks for.

A busy vault's chain has hundreds of thousands of entries; the page shows the
newest few thousand. Building a widget item per cell took 0.1 s for 2,000 rows on
the GUI thread; a model answers for the visible rows, and the filter proxy reads
the same cached texts.
"""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from defenderdoc.domain.records import AuditRecord
from defenderdoc.gui.i18n import format_datetime
from defenderdoc.i18n import QT_TRANSLATE_NOOP

HEADERS = (
    QT_TRANSLATE_NOOP("AuditPage", "No."),
    QT_TRANSLATE_NOOP("AuditPage", "When (UTC)"),
    QT_TRANSLATE_NOOP("AuditPage", "Who"),
    QT_TRANSLATE_NOOP("AuditPage", "Action"),
    QT_TRANSLATE_NOOP("AuditPage", "Record"),
    QT_TRANSLATE_NOOP("AuditPage", "Details"),
)
#: The codes the audit chain stores, in words; an unknown code is shown as stored.
ACTIONS = {
    "create": QT_TRANSLATE_NOOP("AuditLabels", "Created"),
    "update": QT_TRANSLATE_NOOP("AuditLabels", "Changed"),
    "delete": QT_TRANSLATE_NOOP("AuditLabels", "Deleted"),
    "bulk_create": QT_TRANSLATE_NOOP("AuditLabels", "Imported in bulk"),
    "custody": QT_TRANSLATE_NOOP("AuditLabels", "Evidence received (custody)"),
    "export": QT_TRANSLATE_NOOP("AuditLabels", "Exported"),
    "export_failed": QT_TRANSLATE_NOOP("AuditLabels", "Export failed"),
    "verify": QT_TRANSLATE_NOOP("AuditLabels", "Verified"),
    "backup": QT_TRANSLATE_NOOP("AuditLabels", "Backed up"),
}
RECORDS = {
    "incident": QT_TRANSLATE_NOOP("AuditLabels", "Incident"),
    "incident_type": QT_TRANSLATE_NOOP("AuditLabels", "Incident type"),
    "perpetrator": QT_TRANSLATE_NOOP("AuditLabels", "Perpetrator"),
    "victim": QT_TRANSLATE_NOOP("AuditLabels", "Victim link"),
    "authority_action": QT_TRANSLATE_NOOP("AuditLabels", "Authorities' response"),
    "followup": QT_TRANSLATE_NOOP("AuditLabels", "Follow-up action"),
    "risk_assessment": QT_TRANSLATE_NOOP("AuditLabels", "Risk assessment"),
    "source": QT_TRANSLATE_NOOP("AuditLabels", "Source"),
    "person": QT_TRANSLATE_NOOP("AuditLabels", "Person"),
    "organisation": QT_TRANSLATE_NOOP("AuditLabels", "Organisation"),
    "consent": QT_TRANSLATE_NOOP("AuditLabels", "Consent"),
    "evidence": QT_TRANSLATE_NOOP("AuditLabels", "Evidence"),
    "custom_term": QT_TRANSLATE_NOOP("AuditLabels", "Vocabulary term"),
    "export_log": QT_TRANSLATE_NOOP("AuditLabels", "Export record"),
    "dossier": QT_TRANSLATE_NOOP("AuditLabels", "Dossier"),
    "statistics": QT_TRANSLATE_NOOP("AuditLabels", "Statistics"),
    "vault": QT_TRANSLATE_NOOP("AuditLabels", "Vault"),
    "meta": QT_TRANSLATE_NOOP("AuditLabels", "Vault settings"),
}
_Index = QModelIndex | QPersistentModelIndex


def label(words: dict[str, str], code: str) -> str:
    """The translated words for a stored code, or the code itself if it is new."""
    return QCoreApplication.translate("AuditLabels", words[code]) if code in words else code


def readable_details(text: str) -> str:
    """``{"count": 2, "fields": ["a", "b"]}`` as "count: 2; fields: a, b"; ``{}`` as nothing."""
    try:
        details = json.loads(text) if text else {}
    except ValueError:
        return text
    if not isinstance(details, dict):
        return text
    return "; ".join(
        f"{key}: {', '.join(map(str, value)) if isinstance(value, list) else value}"
        for key, value in details.items()
    )


def row_texts(entry: AuditRecord) -> tuple[str, ...]:
    return (
        str(entry.seq),
        format_datetime(entry.at, seconds=True),  # UTC, as the column says
        entry.actor,
        label(ACTIONS, entry.action),
        f"{label(RECORDS, entry.entity)} {entry.entity_id or ''}".strip(),
        readable_details(entry.details),
    )


class AuditTableModel(QAbstractTableModel):
    """Entries newest first; each row's texts are made the first time they are asked for."""

    def __init__(self) -> None:
        super().__init__()
        self._entries: list[AuditRecord] = []
        self._texts: dict[int, tuple[str, ...]] = {}
        self._haystacks: dict[int, str] = {}

    def set_entries(self, entries: list[AuditRecord]) -> None:
        self.beginResetModel()
        self._entries, self._texts, self._haystacks = entries, {}, {}
        self.endResetModel()

    def clear(self) -> None:
        """On lock: no entry, actor or detail stays in memory here."""
        self.set_entries([])

    def text(self, row: int, column: int) -> str:
        texts = self._texts.get(row)
        if texts is None:
            texts = self._texts[row] = row_texts(self._entries[row])
        return texts[column]

    def haystack(self, row: int) -> str:
        """The row's texts in lower case, for the filter."""
        found = self._haystacks.get(row)
        if found is None:
            found = self._haystacks[row] = " ".join(
                self.text(row, column) for column in range(len(HEADERS))
            ).casefold()
        return found

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(HEADERS)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        return self.text(index.row(), index.column())

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("AuditPage", HEADERS[section])
        return None


class AuditFilter(QSortFilterProxyModel):
    """Keeps the rows whose words contain the typed text, in any column, any case.

    One cached string per row instead of Qt asking Python for every cell on every
    keystroke (35 ms for 2,000 rows).
    """

    def __init__(self, model: AuditTableModel) -> None:
        super().__init__()
        self.setSourceModel(model)
        self._model, self._needle = model, ""

    def set_needle(self, text: str) -> None:
        if not hasattr(self, "endFilterChange"):  # Qt before 6.10
            self._needle = text.casefold()
            self.invalidateRowsFilter()
            return
        self.beginFilterChange()
        self._needle = text.casefold()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        del source_parent
        return not self._needle or self._needle in self._model.haystack(source_row)
