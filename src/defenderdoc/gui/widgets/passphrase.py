# SPDX-License-Identifier: GPL-3.0-or-later
"""A passphrase field with a strength meter and a reveal toggle."""

from __future__ import annotations

import math

from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QProgressBar, QToolButton, QWidget

GOOD_BITS = 70


def estimate_bits(text: str) -> float:
    """A rough entropy estimate: character classes and length, penalising repetition.

    Deliberately simple and conservative; the real defence is Argon2id, and the
    policy check in the core (length, variety) is what is enforced.
    """
    if not text:
        return 0.0
    pool = 0
    pool += 26 if any(c.islower() for c in text) else 0
    pool += 26 if any(c.isupper() for c in text) else 0
    pool += 10 if any(c.isdigit() for c in text) else 0
    pool += 33 if any(not c.isalnum() and c.isascii() for c in text) else 0
    pool += 100 if any(not c.isascii() for c in text) else 0
    distinct = len(set(text))
    return len(text) * math.log2(max(pool, 2)) * min(1.0, distinct / max(len(text) * 0.5, 1))


class PassphraseField(QWidget):
    def __init__(self, with_meter: bool = True) -> None:
        super().__init__()
        self.edit = QLineEdit()
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.reveal = QToolButton()
        self.reveal.setText("👁")
        self.reveal.setCheckable(True)
        self.reveal.setAccessibleName(self.tr("Show passphrase"))
        self.reveal.toggled.connect(
            lambda on: self.edit.setEchoMode(
                QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password
            )
        )
        self.meter = QProgressBar(maximum=100, textVisible=True)
        self.meter.setAccessibleName(self.tr("Passphrase strength"))
        self.meter.setVisible(with_meter)
        self.edit.textChanged.connect(self._update)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 3)
        layout.addWidget(self.reveal)
        layout.addWidget(self.meter, 1)
        self._update("")

    def text(self) -> str:
        return self.edit.text()

    def _update(self, text: str) -> None:
        bits = estimate_bits(text)
        self.meter.setValue(min(100, int(bits * 100 / GOOD_BITS)))
        self.meter.setFormat(
            self.tr("weak")
            if bits < 40
            else self.tr("fair")
            if bits < GOOD_BITS
            else self.tr("strong")
        )
