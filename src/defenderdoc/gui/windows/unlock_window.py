# SPDX-License-Identifier: GPL-3.0-or-later
"""The first window: choose a vault and unlock it, with key derivation off the GUI thread."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from defenderdoc.errors import WrongPassphraseError
from defenderdoc.gui.messages import user_message
from defenderdoc.gui.tasks import TaskRunner
from defenderdoc.gui.widgets.file_dialogs import open_folder

if TYPE_CHECKING:
    from defenderdoc.services import Services

BACKOFF_AFTER = 5
MAX_BACKOFF_S = 30


class UnlockWindow(QWidget):
    """Asks for the passphrase; emits ``unlocked`` once the services hold an open vault."""

    unlocked = Signal()
    create_requested = Signal()

    def __init__(
        self, services: Services | None, tasks: TaskRunner, vault_path: Path | None, hint: str = ""
    ) -> None:
        super().__init__()
        self.services, self.tasks = services, tasks
        self.failures = 0
        self.setWindowTitle(self.tr("DefenderDoc — Unlock vault"))
        self.setMinimumWidth(460)

        self.path_edit = QLineEdit(str(vault_path) if vault_path else "")
        self.path_edit.setAccessibleName(self.tr("Vault folder"))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(browse)

        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.passphrase.returnPressed.connect(self.try_unlock)
        self.path_edit.returnPressed.connect(self.passphrase.setFocus)

        self.hint = QLabel(hint)
        self.hint.setWordWrap(True)
        self.hint.setVisible(bool(hint))
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: palette(highlight);")
        self.error.setAccessibleName(self.tr("Error message"))
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setVisible(False)
        self.busy.setAccessibleName(self.tr("Unlocking"))
        self.unlock_button = QPushButton(self.tr("Unlock"))
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.try_unlock)

        form = QFormLayout()
        form.addRow(self.tr("Vault"), path_row)
        form.addRow(self.tr("Passphrase"), self.passphrase)
        title = QLabel(self.tr("Unlock a DefenderDoc vault"))
        title.setStyleSheet("font-size: 16pt;")
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.hint)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.busy)
        create = QPushButton(self.tr("Create a new vault…"))
        create.clicked.connect(self.create_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(create)
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)
        layout.addLayout(buttons)
        self.passphrase.setFocus()

    def _browse(self) -> None:
        # Qt's own dialog: the native GTK one records the folder in recently-used.xbel.
        # Qt's own dialog, with its folder history kept off disk (see file_dialogs).
        chosen = open_folder(self, self.tr("Choose a folder"))
        folder = str(chosen) if chosen else ""
        if folder:
            self.path_edit.setText(folder)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.passphrase.setFocus()

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.unlock_button.setEnabled(not busy)
        self.passphrase.setEnabled(not busy)
        if not busy:
            self.passphrase.setFocus()

    def attach(self, services: Services) -> None:
        """The services arrive once the heavy modules are loaded (after the first paint)."""
        self.services = services

    def try_unlock(self) -> None:
        if not self.unlock_button.isEnabled():
            return
        if self.services is None:  # still loading: try again in a moment
            QTimer.singleShot(50, self.try_unlock)
            return
        path = Path(self.path_edit.text().strip())
        secret = self.passphrase.text()
        self.error.clear()
        self._set_busy(True)
        services = self.services
        self.tasks.run(lambda: services.unlock(path, secret), self._done, self._failed)

    def _done(self, _result: object) -> None:
        self._set_busy(False)
        self.passphrase.clear()
        self.failures = 0
        self.unlocked.emit()

    def _failed(self, error: BaseException) -> None:
        self.passphrase.selectAll()
        self.error.setText(user_message(error))
        if isinstance(error, WrongPassphraseError):
            self.failures += 1
        if self.failures >= BACKOFF_AFTER:
            # Slows someone at the keyboard; Argon2 is the real defence.
            delay = min(MAX_BACKOFF_S, 2 ** (self.failures - BACKOFF_AFTER))
            self.error.setText(
                self.error.text()
                + " "
                + self.tr("Too many attempts: wait %n second(s).", "", delay)
            )
            self.busy.setVisible(False)
            self.unlock_button.setEnabled(False)
            QTimer.singleShot(delay * 1000, lambda: self._set_busy(False))
        else:
            self._set_busy(False)
        self.passphrase.setFocus()
