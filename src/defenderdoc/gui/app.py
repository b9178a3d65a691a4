# SPDX-License-Identifier: GPL-3.0-or-later
"""Composition root of the desktop app: process hardening, Qt set-up, windows."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from defenderdoc import __version__
from defenderdoc import settings as settings_store
from defenderdoc.demo import DEMO_PASSPHRASE, create_demo_vault
from defenderdoc.gui.context import Events, GuiContext
from defenderdoc.gui.i18n import install_translations
from defenderdoc.gui.messages import user_message
from defenderdoc.gui.security import ClipboardGuard, ScreenLockWatcher
from defenderdoc.gui.tasks import TaskRunner
from defenderdoc.gui.widgets.file_dialogs import contain_dialog_state
from defenderdoc.gui.windows.create_vault_dialog import CreateVaultDialog
from defenderdoc.gui.windows.main_window import MainWindow
from defenderdoc.gui.windows.unlock_window import UnlockWindow
from defenderdoc.hardening import harden_process
from defenderdoc.paths import APP_ID, APP_NAME, default_vault_path, resource
from defenderdoc.services import Services

log = logging.getLogger(__name__)


class Application:
    """Wires the unlock window, the main window and the services together."""

    def __init__(self, vault_path: Path | None = None) -> None:
        settings = settings_store.load()
        self.ctx = GuiContext(
            Services(),
            TaskRunner(),
            settings,
            ClipboardGuard(settings.clipboard_clear_seconds),
            Events(),
        )
        remembered = Path(settings.last_vault_path) if settings.last_vault_path else None
        self.vault_path = vault_path or remembered or default_vault_path()
        demo = self.vault_path == default_vault_path()
        hint = (
            QCoreApplication.translate(
                "Application", "This is the fictional demo vault. Its passphrase is: %1"
            ).replace("%1", DEMO_PASSPHRASE)
            if demo
            else ""
        )
        self.unlock_window = UnlockWindow(self.ctx.services, self.ctx.tasks, self.vault_path, hint)
        self.unlock_window.create_requested.connect(self._create_vault)
        self.main_window = MainWindow(self.ctx)
        self.unlock_window.unlocked.connect(self._show_main)
        self.main_window.locked.connect(self.unlock_window.show)
        self.screen_lock = ScreenLockWatcher()
        self.screen_lock.locked.connect(self._lock_if_open)

    def start(self) -> None:
        if self.vault_path == default_vault_path() and not self.vault_path.exists():
            self._create_demo()
        self.unlock_window.show()

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


def _install_excepthook() -> None:
    """Unexpected errors: a calm message, and a log line with the error's type only.

    Python's default hook prints the exception's text, which can hold record
    content (a KeyError's key, a value in a message); that must never reach a
    terminal, a log or a crash report.
    """

    def hook(kind: type[BaseException], error: BaseException, _tb: object) -> None:
        log.error("unexpected error: %s", kind.__name__)
        if QApplication.instance() is not None:
            QMessageBox.critical(None, APP_NAME, user_message(error))

    sys.excepthook = hook


def main(argv: list[str] | None = None) -> int:
    harden_process()
    os.umask(0o077)
    logging.basicConfig(level=logging.WARNING)
    _install_excepthook()
    args = list(sys.argv if argv is None else argv)
    if "--version" in args:
        print(f"{APP_NAME} {__version__}")
        return 0
    app = QApplication(args)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(QIcon(str(resource("icons", "defenderdoc.svg"))))
    contain_dialog_state()  # Qt's file dialogs would record folders in QtProject.conf
    install_translations(app, settings_store.load().language)
    vault = next((Path(a) for a in args[1:] if not a.startswith("-")), None)
    try:
        application = Application(vault)
        application.start()
        return app.exec()
    except Exception as exc:  # last resort: a clear message, no content in the log
        QMessageBox.critical(None, APP_NAME, user_message(exc))
        return 1
