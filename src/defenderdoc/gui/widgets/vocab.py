# SPDX-License-Identifier: GPL-3.0-or-later
"""Pickers for controlled-vocabulary fields: labels shown, stable codes stored."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QListWidget, QListWidgetItem

from defenderdoc.vocab import Vocabulary


def _depth(vocab: Vocabulary, code: str) -> int:
    depth, term = 0, vocab.get(code)
    while term is not None and term.parent:
        depth, term = depth + 1, vocab.get(term.parent)
    return depth


class VocabCombo(QComboBox):
    """A single choice; child terms are indented under their parent."""

    def __init__(self, vocab: Vocabulary, lang: str, *, empty: str | None = "—") -> None:
        super().__init__()
        self.vocab = vocab
        if empty is not None:
            self.addItem(empty, None)
        for term in vocab:
            self.addItem("   " * _depth(vocab, term.code) + term.label(lang), term.code)
        self.setAccessibleName(vocab.label(lang))

    def code(self) -> str | None:
        value = self.currentData()
        return value if isinstance(value, str) else None

    def set_code(self, code: str | None) -> None:
        index = self.findData(code)
        if index < 0 and code is not None:  # a code from a newer release: keep it visible
            self.addItem(code, code)
            index = self.count() - 1
        self.setCurrentIndex(max(index, 0))


class VocabChecklist(QListWidget):
    """Several choices (e.g. incident types), as a checkable tree-like list."""

    def __init__(self, vocab: Vocabulary, lang: str) -> None:
        super().__init__()
        self.vocab = vocab
        for term in vocab:
            item = QListWidgetItem("   " * _depth(vocab, term.code) + term.label(lang), self)
            item.setData(Qt.ItemDataRole.UserRole, term.code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.setAccessibleName(vocab.label(lang))

    def codes(self) -> list[str]:
        return [
            str(self.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.count())
            if self.item(i).checkState() == Qt.CheckState.Checked
        ]

    def set_codes(self, codes: list[str]) -> None:
        wanted = set(codes)
        for i in range(self.count()):
            item = self.item(i)
            checked = item.data(Qt.ItemDataRole.UserRole) in wanted
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
