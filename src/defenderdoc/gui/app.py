# SPDX-License-Identifier: GPL-3.0-or-later
"""Composition root of the desktop app: process hardening, Qt set-up, windows."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from defenderdoc import __version__
from defenderdoc.demo import DEMO_PASSPHRASE, create_demo_vault
from defenderdoc.gui.messages import user_message
from defenderdoc.gui.tasks import TaskRunner
from defenderdoc.gui.windows.main_window import MainWindow
from defenderdoc.gui.windows.unlock_window import UnlockWindow
from defenderdoc.hardening import harden_process
from defenderdoc.i18n import install_translator
from defenderdoc.paths import APP_ID, APP_NAME, default_vault_path
from defenderdoc.services import Services

log = logging.getLogger(__name__)


class Application:
    """Wires the unlock window, the main window and the services together."""

    def __init__(self, vault_path: Path | None = None) -> None:
        self.services = Services()
        self.tasks = TaskRunner()
        self.vault_path = vault_path or default_vault_path()
        demo = self.vault_path == default_vault_path()
        hint = (
            QCoreApplication.translate(
                "Application", "This is the fictional demo vault. Its passphrase is: %1"
            ).replace("%1", DEMO_PASSPHRASE)
            if demo
            else ""
        )
        self.unlock_window = UnlockWindow(self.services, self.tasks, self.vault_path, hint)
        self.main_window = MainWindow(self.services)
        self.unlock_window.unlocked.connect(self._show_main)
        self.main_window.locked.connect(self.unlock_window.show)

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

        self.tasks.run(build, done, failed)

    def _show_main(self) -> None:
        self.unlock_window.hide()
        self.main_window.refresh()
        self.main_window.show()


def main(argv: list[str] | None = None) -> int:
    harden_process()
    os.umask(0o077)
    logging.basicConfig(level=logging.WARNING)
    args = list(sys.argv if argv is None else argv)
    if "--version" in args:
        print(f"{APP_NAME} {__version__}")
        return 0
    app = QApplication(args)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    install_translator(QCoreApplication.translate)
    vault = next((Path(a) for a in args[1:] if not a.startswith("-")), None)
    try:
        application = Application(vault)
        application.start()
        return app.exec()
    except Exception as exc:  # last resort: a clear message, no content in the log
        QMessageBox.critical(None, APP_NAME, user_message(exc))
        return 1
    finally:
        QApplication.processEvents()
