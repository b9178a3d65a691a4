# SPDX-License-Identifier: GPL-3.0-or-later
"""EvidencePage: being built in this session (temporary shell so the window starts)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout

from defenderdoc.gui.context import GuiContext, Page


class EvidencePage(Page):
    def __init__(self, ctx: GuiContext) -> None:
        super().__init__(ctx)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("EvidencePage"))
