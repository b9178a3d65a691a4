# SPDX-License-Identifier: GPL-3.0-or-later
"""Start the desktop app: harden the process, show the unlock window, then load the rest.

Only Qt and a few small modules are imported before the unlock window appears;
the services and the main window load right after its first paint, while the
user types the passphrase.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from defenderdoc import __version__
from defenderdoc import settings as settings_store
from defenderdoc.demo import DEMO_PASSPHRASE  # light: the demo builder loads services lazily
from defenderdoc.gui.collector import GuiThreadCollector
from defenderdoc.gui.i18n import install_translations
from defenderdoc.gui.messages import user_message
from defenderdoc.gui.tasks import TaskRunner
from defenderdoc.gui.widgets.file_dialogs import contain_dialog_state
from defenderdoc.gui.windows.unlock_window import UnlockWindow
from defenderdoc.hardening import harden_process
from defenderdoc.paths import APP_ID, APP_NAME, default_vault_path, resource

log = logging.getLogger(__name__)


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
    settings = settings_store.load()
    install_translations(app, settings.language)
    given = next((Path(a) for a in args[1:] if not a.startswith("-")), None)
    remembered = Path(settings.last_vault_path) if settings.last_vault_path else None
    vault_path = given or remembered or default_vault_path()
    hint = (
        QCoreApplication.translate(
            "Application", "This is the fictional demo vault. Its passphrase is: %1"
        ).replace("%1", DEMO_PASSPHRASE)
        if vault_path == default_vault_path()
        else ""
    )
    GuiThreadCollector(app).start()  # before any worker runs: see collector.py
    tasks = TaskRunner()
    unlock = UnlockWindow(None, tasks, vault_path, hint)
    unlock.show()
    if os.environ.get("DDOC_QUIT_WHEN_SHOWN"):  # start-up benchmark: stop once visible
        QTimer.singleShot(0, QApplication.quit)
        return app.exec()
    holder: list[object] = []

    def load_the_rest() -> None:
        from defenderdoc.gui.application import Application  # noqa: PLC0415 - see docstring

        try:
            holder.append(Application(unlock, tasks, settings, vault_path))
        except Exception as exc:  # a clear message, no content in the log
            QMessageBox.critical(None, APP_NAME, user_message(exc))
            QApplication.quit()

    QTimer.singleShot(0, load_the_rest)
    return app.exec()
