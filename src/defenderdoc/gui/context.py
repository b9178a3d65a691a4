# SPDX-License-Identifier: GPL-3.0-or-later
"""What every page of the main window shares, and the contract pages follow."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from defenderdoc.gui.i18n import interface_language
from defenderdoc.gui.security import ClipboardGuard
from defenderdoc.gui.tasks import TaskRunner
from defenderdoc.services import Services
from defenderdoc.settings import Settings


class Events(QObject):
    """App-wide notifications so pages stay in step without knowing each other."""

    records_changed = Signal()
    evidence_changed = Signal()
    open_incident = Signal(int)
    status_message = Signal(str)


@dataclass
class GuiContext:
    services: Services
    tasks: TaskRunner
    settings: Settings
    clipboard: ClipboardGuard
    events: Events

    @property
    def language(self) -> str:
        """The interface's language (labels of vocabularies follow it).

        The one installed at start, not ``settings.language``: a language chosen in
        Settings applies after a restart, and "" (the system's) resolves to the
        language of the catalog actually loaded.
        """
        return interface_language()


class Page(QWidget):
    """A section of the main window.

    ``refresh`` runs when the vault is unlocked or the page is shown; ``clear``
    runs on lock and must drop every record the page holds (models, previews,
    editors), because locking must leave nothing readable on screen or in memory.
    """

    def __init__(self, ctx: GuiContext) -> None:
        super().__init__()
        self.ctx = ctx

    def refresh(self) -> None:
        """Reload from the services."""

    def clear(self) -> None:
        """Forget everything shown."""
