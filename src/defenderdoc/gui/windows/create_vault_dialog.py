# SPDX-License-Identifier: GPL-3.0-or-later
"""Create a vault: name, location, passphrase twice, originals policy, recovery code."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
)

from defenderdoc.gui.context import GuiContext
from defenderdoc.gui.messages import user_message
from defenderdoc.gui.widgets.file_dialogs import open_folder
from defenderdoc.gui.widgets.passphrase import PassphraseField
from defenderdoc.paths import data_dir


class CreateVaultDialog(QDialog):
    def __init__(self, ctx: GuiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setWindowTitle(self.tr("Create a new vault"))
        self.setMinimumWidth(560)
        self.name = QLineEdit(self.tr("Field office"))
        self.location = QLineEdit(str(data_dir()))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        where = QHBoxLayout()
        where.addWidget(self.location, 1)
        where.addWidget(browse)
        self.first = PassphraseField()
        self.second = PassphraseField(with_meter=False)
        self.recovery = QCheckBox(
            self.tr("Create a recovery code (recommended for organisations; shown once)")
        )
        self.recovery.setChecked(True)
        self.keep_originals = QCheckBox(
            self.tr("Keep sealed originals of evidence (encrypted, with their metadata)")
        )
        self.keep_originals.setChecked(True)
        self.busy = QProgressBar(maximum=0)
        self.busy.setVisible(False)
        self.error = QLabel(wordWrap=True)
        form = QFormLayout()
        form.addRow(self.tr("Vault name"), self.name)
        form.addRow(self.tr("Folder"), where)
        form.addRow(self.tr("Passphrase"), self.first)
        form.addRow(self.tr("Repeat passphrase"), self.second)
        form.addRow(self.recovery)
        form.addRow(self.keep_originals)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.create_vault)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr(
                    "Choose a long passphrase, for example several unrelated words. Nobody can "
                    "recover the vault without it (or the recovery code)."
                )
            )
        )
        layout.addLayout(form)
        layout.addWidget(self.busy)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def _browse(self) -> None:
        # Qt's own dialog, with its folder history kept off disk (see file_dialogs).
        chosen = open_folder(self, self.tr("Choose a folder"))
        folder = str(chosen) if chosen else ""
        if folder:
            self.location.setText(folder)

    def target(self) -> Path:
        name = self.name.text().strip().replace("/", "-").replace("\\", "-") or "Vault"
        return Path(self.location.text().strip()) / f"{name}.ddoc"

    def create_vault(self) -> None:
        if self.first.text() != self.second.text():
            self.error.setText(self.tr("The two passphrases differ."))
            return
        self.buttons.setEnabled(False)
        self.busy.setVisible(True)
        self.error.setText(
            self.tr("Measuring this computer to set the key-derivation cost (about a second)…")
        )
        path, secret, recovery = self.target(), self.first.text(), self.recovery.isChecked()
        keep = self.keep_originals.isChecked()
        services = self.ctx.services

        def create() -> str | None:
            code = services.create_vault(path, secret, with_recovery_code=recovery)
            services.set_originals_policy(keep)
            return code

        self.ctx.tasks.run(create, self._created, self._failed)

    def _created(self, code: object) -> None:
        self.busy.setVisible(False)
        if isinstance(code, str):
            box = QMessageBox(self)
            box.setWindowTitle(self.tr("Your recovery code"))
            box.setText(
                self.tr(
                    "Write this code down and keep it somewhere safe, away from "
                    "this laptop. It is shown only once."
                )
                + "\n\n"
                + code
            )
            stored = QCheckBox(self.tr("I have stored it"))
            box.setCheckBox(stored)
            box.setStandardButtons(QMessageBox.StandardButton.Ok)
            ok = box.button(QMessageBox.StandardButton.Ok)
            ok.setEnabled(False)
            stored.toggled.connect(ok.setEnabled)
            box.exec()
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.busy.setVisible(False)
        self.buttons.setEnabled(True)
        self.error.setText(user_message(error))
