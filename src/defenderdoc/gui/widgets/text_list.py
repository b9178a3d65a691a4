# SPDX-License-Identifier: GPL-3.0-or-later
"""A short editable list of lines: UN mandates, text spans to redact.

A line edit with "Add" above a list with "Remove" is the most predictable way
to edit a handful of free-text entries with the keyboard alone (Enter adds,
Delete removes), and it reads the same in both writing directions.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCompleter,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class _List(QListWidget):
    """Removes the current entry with Delete or Backspace."""

    remove_requested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.remove_requested.emit()
            return
        super().keyPressEvent(event)


class TextListEditor(QWidget):
    """Lines in entry order, without duplicates; ``changed`` fires after every edit."""

    changed = Signal()

    def __init__(
        self,
        *,
        placeholder: str,
        add_label: str,
        remove_label: str,
        accessible_name: str,
        suggestions: Iterable[str] = (),
    ) -> None:
        super().__init__()
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(placeholder)
        self.edit.setAccessibleName(accessible_name)
        self.edit.returnPressed.connect(self.add_current)
        words = list(suggestions)
        if words:
            completer = QCompleter(words, self)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            self.edit.setCompleter(completer)
        self.add_button = QPushButton(add_label)
        self.add_button.clicked.connect(self.add_current)
        self.list = _List()
        self.list.setAccessibleName(accessible_name)
        self.list.setMaximumHeight(110)
        self.list.remove_requested.connect(self.remove_current)
        self.remove_button = QPushButton(remove_label)
        self.remove_button.clicked.connect(self.remove_current)
        row = QHBoxLayout()
        row.addWidget(self.edit, 1)
        row.addWidget(self.add_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.list, 1)
        bottom.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addLayout(bottom)

    def values(self) -> tuple[str, ...]:
        return tuple(self.list.item(i).text() for i in range(self.list.count()))

    def set_values(self, values: Iterable[str]) -> None:
        """Replace the entries without emitting ``changed`` (the caller decides)."""
        self.list.clear()
        for value in dict.fromkeys(v.strip() for v in values):
            if value:
                self.list.addItem(value)

    def add_current(self) -> None:
        value = self.edit.text().strip()
        if value and value not in self.values():
            self.list.addItem(value)
            self.changed.emit()
        self.edit.clear()

    def remove_current(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)
            self.changed.emit()

    def clear(self) -> None:
        """Forget every entry and the half-typed line (on lock they may be narrative text)."""
        self.list.clear()
        self.edit.clear()
