# SPDX-License-Identifier: GPL-3.0-or-later
"""The running application: services, the main window, and how they hand over.

Loaded only after the unlock window is on screen (see ``app.py``): importing
the services, SQLAlchemy, Alembic and the pages takes most of a second, which the
user spends typing the passphrase instead of waiting for a window.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from defenderdoc import settings as settings_store
from defenderdoc.demo import DEMO_PASSPHRASE, create_demo_vault
from defenderdoc.gui.context import Events, GuiContext
from defenderdoc.gui.messages import user_message
from defenderdoc.gui.security import ClipboardGuard, ScreenLockWatcher
from defenderdoc.gui.tasks import TaskRunner
from defenderdoc.gui.windows.create_vault_dialog import CreateVaultDialog
from defenderdoc.gui.windows.main_window import MainWindow
from defenderdoc.gui.windows.unlock_window import UnlockWindow
from defenderdoc.paths import default_vault_path
from defenderdoc.services import Services
from defenderdoc.settings import Settings

log = logging.getLogger(__name__)


class Application:
    """Wires the unlock window, the main window and the services together."""

    def __init__(
        self, unlock_window: UnlockWindow, tasks: TaskRunner, settings: Settings, vault_path: Path
    ) -> None:
        self.ctx = GuiContext(
            Services(), tasks, settings, ClipboardGuard(settings.clipboard_clear_seconds), Events()
        )
        self.vault_path = vault_path
        self.unlock_window = unlock_window
        unlock_window.attach(self.ctx.services)
        unlock_window.create_requested.connect(self._create_vault)
        self.main_window = MainWindow(self.ctx)
        unlock_window.unlocked.connect(self._show_main)
        self.main_window.locked.connect(unlock_window.show)
        self.screen_lock = ScreenLockWatcher()
        self.screen_lock.locked.connect(self._lock_if_open)
        if vault_path == default_vault_path() and not vault_path.exists():
            self._create_demo()

    def _create_demo(self) -> None:
        """The first start with no vault: build the fictional demo vault in a worker."""
        window = self.unlock_window
        window.error.setText(
            QCoreApplication.translate("Application", "Creating the fictional demo vault…")
        )
        window._set_busy(True)

        def build() -> int:
            builder = Services()
            try:
                return create_demo_vault(builder, self.vault_path, DEMO_PASSPHRASE)
            finally:
                builder.lock()

        def done(_count: object) -> None:
            window._set_busy(False)
            window.error.clear()

        def failed(error: BaseException) -> None:
            window._set_busy(False)
            window.error.setText(user_message(error))

        self.ctx.tasks.run(build, done, failed)

    def _create_vault(self) -> None:
        dialog = CreateVaultDialog(self.ctx)
        if dialog.exec() and self.ctx.services.is_unlocked:
            self._show_main()

    def _lock_if_open(self) -> None:
        if self.ctx.services.is_unlocked:
            self.main_window.lock()

    def _show_main(self) -> None:
        settings = self.ctx.settings
        if settings.remember_vault_path and self.ctx.services.vault_path:
            settings.last_vault_path = str(self.ctx.services.vault_path)
            settings_store.save(settings)
        self.unlock_window.hide()
        self.main_window.unlocked()
        self.main_window.show()
