# SPDX-License-Identifier: GPL-3.0-or-later
"""Incident list as a paged table model: instant even with 100,000 incidents.

Rows are fetched a page at a time as the view scrolls (``canFetchMore``), sorting
and filtering re-query the services; the model only ever holds summaries.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from defenderdoc.domain.records import IncidentFilter, IncidentSummary
from defenderdoc.gui.i18n import format_date, format_month, format_year
from defenderdoc.i18n import QT_TRANSLATE_NOOP
from defenderdoc.services import Services

PAGE = 200
COL_DATE, COL_TITLE, COL_COUNTRY, COL_STATUS = range(4)
HEADERS = (
    QT_TRANSLATE_NOOP("IncidentTableModel", "Date"),
    QT_TRANSLATE_NOOP("IncidentTableModel", "Title"),
    QT_TRANSLATE_NOOP("IncidentTableModel", "Country"),
    QT_TRANSLATE_NOOP("IncidentTableModel", "Status"),
)
SORT_KEYS = ("date", "title", "country", "status")
_Index = QModelIndex | QPersistentModelIndex


class IncidentTableModel(QAbstractTableModel):
    def __init__(self, services: Services) -> None:
        super().__init__()
        self.services = services
        self.rows: list[IncidentSummary] = []
        self.total = 0
        self.filter = IncidentFilter()
        self.sort_key, self.descending = "date", True
        self.language = "en"

    def reload(self, flt: IncidentFilter | None = None) -> None:
        """Query and show at once (tests, small vaults); the page uses fetch + apply."""
        flt = flt or self.filter
        self.apply(flt, *self.fetch(flt))

    def fetch(self, flt: IncidentFilter) -> tuple[int, list[IncidentSummary]]:
        """The count and first page for ``flt``; safe to run in a worker thread."""
        total = self.services.count_incidents(flt)
        rows = self.services.list_incidents(
            flt, sort=self.sort_key, descending=self.descending, offset=0, limit=PAGE
        )
        return total, rows

    def apply(self, flt: IncidentFilter, total: int, rows: list[IncidentSummary]) -> None:
        self.beginResetModel()
        self.filter, self.total, self.rows = flt, total, rows
        self.endResetModel()

    def clear(self) -> None:
        """Drop every row (on lock): nothing of the vault stays in memory here."""
        self.beginResetModel()
        self.rows, self.total = [], 0
        self.endResetModel()

    def _page(self, offset: int) -> list[IncidentSummary]:
        return self.services.list_incidents(
            self.filter, sort=self.sort_key, descending=self.descending, offset=offset, limit=PAGE
        )

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(HEADERS)

    def canFetchMore(self, parent: _Index) -> bool:
        return not parent.isValid() and len(self.rows) < self.total

    def fetchMore(self, parent: _Index) -> None:
        more = self._page(len(self.rows))
        if more:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(more) - 1)
            self.rows += more
            self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sort_key = SORT_KEYS[column]
        self.descending = order == Qt.SortOrder.DescendingOrder
        if self.services.is_unlocked:
            self.reload()

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
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        row = self.rows[index.row()]
        column = index.column()
        if column == COL_DATE:
            return _format_date(row)
        if column == COL_TITLE:
            return row.title
        if column == COL_COUNTRY:
            return row.country or ""
        return self.services.vocabulary("incident_status").label_for(row.status, self.language)

    def incident_id(self, row: int) -> int:
        return self.rows[row].id


def _format_date(row: IncidentSummary) -> str:
    return format_incident_date(row.start_date, row.date_precision)


def format_incident_date(day: dt.date | None, precision: str) -> str:
    """A date as the interface's locale writes it, only as precise as recorded."""
    if day is None:
        return ""
    if precision == "year":
        return format_year(day)
    if precision == "month":
        return format_month(day)
    prefix = "~" if precision == "approximate" else ""
    return prefix + format_date(day)
