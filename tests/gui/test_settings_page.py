# SPDX-License-Identifier: GPL-3.0-or-later
"""Settings: the keychain is looked for, used and forgotten off the GUI thread."""

from __future__ import annotations

import threading
from pathlib import Path

from pytestqt.qtbot import QtBot

from defenderdoc.gui.context import GuiContext
from defenderdoc.gui.views.settings_page import SettingsPage
from defenderdoc.services import Services
from tests.conftest import PASSPHRASE
from tests.vault.test_keystore import MemoryKeystore


class SlowKeystore(MemoryKeystore):
    """A keychain behind a slow session bus; records which threads asked it."""

    def __init__(self, available: bool = True) -> None:
        super().__init__()
        self.release = threading.Event()
        self.threads: list[int] = []
        self._available = available

    def available(self) -> tuple[bool, str]:
        self.threads.append(threading.get_ident())
        self.release.wait(10)
        return (True, "") if self._available else (False, "No trusted system keychain")

    def store(self, ref: str, key: bytes) -> None:
        self.threads.append(threading.get_ident())
        super().store(ref, key)


def _page(qtbot: QtBot, gui_ctx: GuiContext, keystore: SlowKeystore) -> SettingsPage:
    page = SettingsPage(gui_ctx)
    qtbot.addWidget(page)
    page.keystore = keystore  # type: ignore[assignment]
    page.show()
    return page


def test_the_page_shows_before_the_keychain_answers(
    qtbot: QtBot, open_vault: Services, gui_ctx: GuiContext
) -> None:
    keystore = SlowKeystore()
    page = _page(qtbot, gui_ctx, keystore)
    page.refresh()  # returns while the keychain is still silent
    assert not page.remember.isEnabled()
    assert page.keychain_note.text() == "Looking for a system keychain…"
    keystore.release.set()
    qtbot.waitUntil(page.remember.isEnabled, timeout=5000)
    assert page.keychain_note.text() == ""
    assert threading.get_ident() not in keystore.threads


def test_without_a_keychain_the_reason_is_shown(
    qtbot: QtBot, open_vault: Services, gui_ctx: GuiContext
) -> None:
    keystore = SlowKeystore(available=False)
    keystore.release.set()
    page = _page(qtbot, gui_ctx, keystore)
    page.refresh()
    qtbot.waitUntil(lambda: "No trusted system keychain" in page.keychain_note.text())
    assert not page.remember.isEnabled()


def test_remember_and_forget_run_in_a_worker(
    qtbot: QtBot, open_vault: Services, gui_ctx: GuiContext, vault_path: Path
) -> None:
    keystore = SlowKeystore()
    keystore.release.set()
    page = _page(qtbot, gui_ctx, keystore)
    page.refresh()
    qtbot.waitUntil(page.remember.isEnabled, timeout=5000)
    page.remember.click()
    qtbot.waitUntil(lambda: "without the passphrase" in page.message.text(), timeout=10_000)
    assert keystore.items  # the key went to the keychain…
    assert threading.get_ident() not in keystore.threads  # …from a worker
    qtbot.waitUntil(page.forget.isEnabled, timeout=5000)

    gui_ctx.services.lock()  # the device slot opens the vault without a passphrase
    gui_ctx.services.unlock(vault_path, keystore=keystore)
    assert gui_ctx.services.is_unlocked

    page.forget.click()
    qtbot.waitUntil(lambda: "no longer remembers" in page.message.text(), timeout=10_000)
    assert not keystore.items
    qtbot.waitUntil(lambda: not page.forget.isEnabled(), timeout=5000)
    gui_ctx.services.lock()
    gui_ctx.services.unlock(vault_path, PASSPHRASE)  # the passphrase still works
