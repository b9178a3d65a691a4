# SPDX-License-Identifier: GPL-3.0-or-later
"""The evidence list as a table model: names made safe to show, sortable in memory.

A vault holds hundreds of evidence items, not hundreds of thousands, so the
whole list is loaded at once and sorted here. Names come from files someone
handed us and are shown through ``display_name``: a name like
``report\\u202egpj.exe`` must never be displayed as "reportexe.jpg".
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QPersistentModelIndex, Qt

from defenderdoc.domain.records import EvidenceInfo
from defenderdoc.errors import DefenderDocError
from defenderdoc.evidence.source import display_name
from defenderdoc.gui.i18n import format_date, format_datetime
from defenderdoc.i18n import QT_TRANSLATE_NOOP
from defenderdoc.services import Services

COL_NAME, COL_KIND, COL_SIZE, COL_STATUS, COL_INCIDENT, COL_IMPORTED = range(6)
HEADERS = (
    QT_TRANSLATE_NOOP("EvidenceTableModel", "Name"),
    QT_TRANSLATE_NOOP("EvidenceTableModel", "Kind"),
    QT_TRANSLATE_NOOP("EvidenceTableModel", "Size"),
    QT_TRANSLATE_NOOP("EvidenceTableModel", "Status"),
    QT_TRANSLATE_NOOP("EvidenceTableModel", "Incident"),
    QT_TRANSLATE_NOOP("EvidenceTableModel", "Imported"),
)
_Index = QModelIndex | QPersistentModelIndex


def format_size(size: int) -> str:
    """Sizes as the user's locale writes them ("1.2 MB", "1,2 Mo")."""
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeSIFormat)


def _local(moment: dt.datetime) -> dt.datetime:
    """The vault stores UTC; people read their own clock."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone()


def format_time(moment: dt.datetime) -> str:
    """Local date and time, as the interface's locale writes them."""
    return format_datetime(_local(moment))


class EvidenceTableModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.rows: list[EvidenceInfo] = []
        self.titles: dict[int, str] = {}
        self._sort = (COL_IMPORTED, Qt.SortOrder.DescendingOrder)

    def reload(self, services: Services) -> None:
        """Fetch every item, and the titles of the incidents they belong to."""
        rows = services.list_evidence()
        titles: dict[int, str] = {}
        for incident_id in {r.incident_id for r in rows if r.incident_id is not None}:
            try:
                titles[incident_id] = services.get_incident(incident_id).draft.title
            except DefenderDocError:  # deleted meanwhile: the row still shows, without a title
                continue
        self.beginResetModel()
        self.rows, self.titles = rows, titles
        self._apply_sort()
        self.endResetModel()

    def clear(self) -> None:
        """Drop every row (on lock): no name, hash or title stays here."""
        self.beginResetModel()
        self.rows, self.titles = [], {}
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> object:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.tr(HEADERS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == COL_SIZE:
            return int(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == COL_NAME:
            return display_name(row.original_name)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == COL_IMPORTED:
            return format_time(row.imported_at)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return self._text(row, index.column())

    def _text(self, row: EvidenceInfo, column: int) -> str:
        if column == COL_NAME:
            return display_name(row.original_name)
        if column == COL_KIND:
            return row.kind.upper()
        if column == COL_SIZE:
            return format_size(row.size)
        if column == COL_STATUS:
            return self.status_text(row)
        if column == COL_INCIDENT:
            return self.incident_text(row)
        return format_date(_local(row.imported_at).date())  # the time is in the tooltip

    def status_text(self, row: EvidenceInfo) -> str:
        if not row.has_derivative:
            return self.tr("not cleaned")
        return self.tr("cleaned") if row.has_original else self.tr("cleaned, original not kept")

    def incident_text(self, row: EvidenceInfo) -> str:
        if row.incident_id is None:
            return self.tr("none")
        return self.titles.get(row.incident_id, f"#{row.incident_id}")

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        ids = [self.rows[i.row()].id for i in before]
        self._sort = (column, order)
        self._apply_sort()
        positions = {row.id: n for n, row in enumerate(self.rows)}
        after = [self.index(positions[i], old.column()) for i, old in zip(ids, before, strict=True)]
        self.changePersistentIndexList(before, after)  # the selection follows its row
        self.layoutChanged.emit()

    def _apply_sort(self) -> None:
        column, order = self._sort

        def key(row: EvidenceInfo) -> Any:
            if column == COL_SIZE:
                return row.size
            if column == COL_IMPORTED:
                return (row.imported_at, row.id)
            return self._text(row, column).casefold()

        self.rows.sort(key=key, reverse=order == Qt.SortOrder.DescendingOrder)

    def replace(self, info: object) -> None:
        """Put a re-read item in place (after its redaction areas were saved)."""
        if not isinstance(info, EvidenceInfo):
            return
        row = self.row_of(info.id)
        if row is not None:
            self.rows[row] = info
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(HEADERS) - 1))

    def info(self, row: int) -> EvidenceInfo:
        return self.rows[row]

    def row_of(self, evidence_id: int) -> int | None:
        for index, row in enumerate(self.rows):
            if row.id == evidence_id:
                return index
        return None
