# SPDX-License-Identifier: GPL-3.0-or-later
"""An editable list of rows (victims, perpetrators, authorities, follow-up).

Each column says how to make its editor and how to read and write a value, so
one widget serves every repeating part of the incident editor.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)


@dataclass(frozen=True)
class Column:
    header: str
    make: Callable[[], QWidget]
    get: Callable[[Any], Any]  # receives the widget made by ``make``
    put: Callable[[Any, Any], None]


class RowsEditor(QWidget):
    changed = Signal()

    def __init__(self, columns: list[Column], add_label: str, remove_label: str) -> None:
        super().__init__()
        self.columns = columns
        self.table = QTableWidget(0, len(columns))
        self.table.setHorizontalHeaderLabels([c.header for c in columns])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        add = QPushButton(add_label)
        add.clicked.connect(self.add_row)
        remove = QPushButton(remove_label)
        remove.clicked.connect(self._remove_current)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def add_row(self, values: list[Any] | None = None) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for col, column in enumerate(self.columns):
            editor = column.make()
            if values is not None:
                column.put(editor, values[col])
            self.table.setCellWidget(row, col, editor)
        self.changed.emit()

    def _remove_current(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self.changed.emit()

    def rows(self) -> list[list[Any]]:
        """Values of every complete row (a row being built is not complete yet)."""
        out = []
        for row in range(self.table.rowCount()):
            widgets = [self.table.cellWidget(row, col) for col in range(len(self.columns))]
            if all(w is not None for w in widgets):
                out.append([c.get(w) for c, w in zip(self.columns, widgets, strict=True)])
        return out

    def set_rows(self, rows: list[list[Any]]) -> None:
        self.table.setRowCount(0)
        for values in rows:
            self.add_row(values)
