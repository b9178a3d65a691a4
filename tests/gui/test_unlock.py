# SPDX-License-Identifier: GPL-3.0-or-later
"""The unlock window drives the real services off the GUI thread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from defenderdoc.domain.records import IncidentDraft
from defenderdoc.gui.context import GuiContext
from defenderdoc.gui.tasks import TaskRunner
from defenderdoc.gui.views.incidents_page import IncidentsPage
from defenderdoc.gui.windows.main_window import MainWindow
from defenderdoc.gui.windows.unlock_window import UnlockWindow
from defenderdoc.services import Services
from tests.conftest import PASSPHRASE
from tests.gui.conftest import activate


def _prepare(path: Path) -> None:
    services = Services()
    services.create_vault(path, PASSPHRASE)
    services.import_incidents(
        [IncidentDraft(title=f"Incident {i:03d}", country="MX") for i in range(450)]
    )
    services.lock()


def test_wrong_then_right_passphrase(qtbot: QtBot, vault_path: Path) -> None:
    _prepare(vault_path)
    services, tasks = Services(), TaskRunner()
    window = UnlockWindow(services, tasks, vault_path)
    qtbot.addWidget(window)
    window.show()
    qtbot.keyClicks(window.passphrase, "not the passphrase")
    window.try_unlock()
    qtbot.waitUntil(lambda: window.error.text() != "", timeout=10_000)
    assert window.error.text() == "Wrong passphrase. The vault was not changed."
    assert not services.is_unlocked
    window.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(window.unlocked, timeout=10_000):
        qtbot.keyClick(window.passphrase, "\r")
    assert services.is_unlocked
    assert window.passphrase.text() == ""
    services.lock()


def test_main_window_lists_pages_and_locks(
    qtbot: QtBot, vault_path: Path, gui_ctx: GuiContext
) -> None:
    _prepare(vault_path)
    gui_ctx.services.unlock(vault_path, PASSPHRASE)
    window = MainWindow(gui_ctx)
    qtbot.addWidget(window)
    window.show()
    window.unlocked()
    page = window.pages["incidents"]
    assert isinstance(page, IncidentsPage)
    assert page.model.total == 450
    assert page.model.rowCount() == 200  # first page only
    page.table.scrollToBottom()
    qtbot.waitUntil(lambda: page.model.rowCount() > 200)
    page.search.setText("Incident 007")
    qtbot.waitUntil(lambda: page.model.total == 1, timeout=5000)
    with qtbot.waitSignal(window.locked):
        window.lock()
    assert page.model.rowCount() == 0
    assert not window.isVisible()
    assert not gui_ctx.services.is_unlocked


def test_panic_shortcut_locks(qtbot: QtBot, vault_path: Path, gui_ctx: GuiContext) -> None:
    _prepare(vault_path)
    services = gui_ctx.services
    services.unlock(vault_path, PASSPHRASE)
    window = MainWindow(gui_ctx)
    qtbot.addWidget(window)
    window.show()
    window.unlocked()
    activate(window)
    assert QApplication.activeWindow() is window
    with qtbot.waitSignal(window.locked, timeout=5000):
        from PySide6.QtCore import Qt

        qtbot.keyClick(
            window.pages["incidents"],
            Qt.Key.Key_L,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
    assert not services.is_unlocked
