# SPDX-License-Identifier: GPL-3.0-or-later
"""Settings: language, auto-lock, clipboard, discreet mode, "remember on this device"."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
)

from defenderdoc import settings as settings_store
from defenderdoc.gui.context import GuiContext, Page
from defenderdoc.gui.messages import user_message
from defenderdoc.i18n import QT_TRANSLATE_NOOP
from defenderdoc.vault.keystore import Keystore, SystemKeystore

#: Interface languages, each in its own name; "" follows the system's language.
#: A new language needs its catalog too (README, "Adding a language").
LANGUAGES = (
    ("", QT_TRANSLATE_NOOP("SettingsPage", "System language")),
    ("en", "English"),
    ("es", "Español"),
    ("fr", "Français"),
    ("ar", "العربية"),
)


class SettingsPage(Page):
    def __init__(self, ctx: GuiContext) -> None:
        super().__init__(ctx)
        self.language = QComboBox()
        for code, name in LANGUAGES:
            self.language.addItem(self.tr(name) if not code else name, code)
        self.auto_lock = QSpinBox(minimum=1, maximum=60, suffix=self.tr(" min"))
        self.clipboard = QSpinBox(minimum=5, maximum=300, suffix=self.tr(" s"))
        self.lock_on_minimise = QCheckBox(self.tr("Lock when the window is minimised"))
        self.remember_path = QCheckBox(
            self.tr("Remember the last vault's location on this device (off: nothing is stored)")
        )
        form = QFormLayout()
        form.addRow(self.tr("Language (after restart)"), self.language)
        form.addRow(self.tr("Lock after inactivity"), self.auto_lock)
        form.addRow(self.tr("Clear copied text after"), self.clipboard)
        form.addRow(self.lock_on_minimise)
        form.addRow(self.remember_path)
        originals = QLabel(
            self.tr(
                "Keep sealed originals of imported evidence in this vault (off: only their "
                "SHA-256 is kept, safer if the laptop may be seized)"
            )
        )
        originals.setWordWrap(True)  # a long checkbox text would widen the whole window
        self.keep_originals = QCheckBox()
        self.keep_originals.setAccessibleName(originals.text())
        originals.setBuddy(self.keep_originals)
        form.addRow(self.keep_originals, originals)
        save = QPushButton(self.tr("Save settings"))
        save.clicked.connect(self.save)
        general = QGroupBox(self.tr("This device"))
        general.setLayout(form)

        self.keychain_note = QLabel()
        self.keychain_note.setWordWrap(True)
        self.remember = QPushButton(self.tr("Remember this vault on this device"))
        self.remember.clicked.connect(self.remember_device)
        self.forget = QPushButton(self.tr("Forget this device"))
        self.forget.clicked.connect(self.forget_device)
        keychain = QGroupBox(self.tr("Remember on this device (convenience)"))
        inner = QVBoxLayout(keychain)
        explanation = QLabel(
            self.tr(
                "Convenience only: weaker against someone who gets your logged-in laptop or "
                "malware running as you. The passphrase keeps working, and a vault copied to "
                "another machine never opens with this."
            )
        )
        explanation.setWordWrap(True)
        inner.addWidget(explanation)
        inner.addWidget(self.keychain_note)
        inner.addWidget(self.remember)
        inner.addWidget(self.forget)
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(general)
        layout.addWidget(save)
        layout.addWidget(keychain)
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.keystore = SystemKeystore()

    def refresh(self) -> None:
        s = self.ctx.settings
        self.language.setCurrentIndex(max(0, self.language.findData(s.language)))
        self.auto_lock.setValue(s.auto_lock_minutes)
        self.clipboard.setValue(s.clipboard_clear_seconds)
        self.lock_on_minimise.setChecked(s.lock_on_minimise)
        self.remember_path.setChecked(s.remember_vault_path)
        if self.ctx.services.is_unlocked:
            self.keep_originals.setChecked(self.ctx.services.keeps_originals())
        has_slot = self.ctx.services.is_unlocked and any(
            slot.type == "device" for slot in self.ctx.services.vault.header.slots
        )
        self.forget.setEnabled(has_slot)
        # Finding the keychain imports keyring and asks D-Bus: 0.1 s here, seconds on
        # a slow session bus. The page shows at once; the answer follows.
        self.remember.setEnabled(False)
        self.keychain_note.setText(self.tr("Looking for a system keychain…"))
        self.ctx.tasks.run(self.keystore.available, self._keychain_found, self._keychain_error)

    def _keychain_found(self, answer: object) -> None:
        available, reason = answer if isinstance(answer, tuple) else (False, "")
        self.remember.setEnabled(bool(available) and self.ctx.services.is_unlocked)
        # The reason comes from the core, marked for the "Keystore" catalog context.
        self.keychain_note.setText(
            "" if available else QCoreApplication.translate("Keystore", str(reason))
        )

    def _keychain_error(self, error: BaseException) -> None:
        self.remember.setEnabled(False)
        self.keychain_note.setText(user_message(error))

    def save(self) -> None:
        s = self.ctx.settings
        s.language = str(self.language.currentData())
        s.auto_lock_minutes = self.auto_lock.value()
        s.clipboard_clear_seconds = self.clipboard.value()
        s.lock_on_minimise = self.lock_on_minimise.isChecked()
        s.remember_vault_path = self.remember_path.isChecked()
        if self.ctx.services.is_unlocked:
            self.ctx.services.set_originals_policy(self.keep_originals.isChecked())
        s.clamp()
        self.ctx.clipboard.seconds = s.clipboard_clear_seconds
        try:
            settings_store.save(s)
        except OSError as exc:
            self.message.setText(user_message(exc))
            return
        self.message.setText(self.tr("Settings saved."))

    def remember_device(self) -> None:
        self._change_device(
            self.remember,
            self.ctx.services.remember_on_device,
            self.tr("This vault can now be unlocked on this device without the passphrase."),
        )

    def forget_device(self) -> None:
        self._change_device(
            self.forget,
            self.ctx.services.forget_device,
            self.tr("This device no longer remembers the vault."),
        )

    def _change_device(
        self, button: QPushButton, change: Callable[[Keystore], None], done: str
    ) -> None:
        """In a worker: the keychain may first ask the user to unlock it."""
        button.setEnabled(False)
        keystore = self.keystore

        def finished(_none: object) -> None:
            self.message.setText(done)
            self.refresh()

        self.ctx.tasks.run(lambda: change(keystore), finished, self._device_error)

    def _device_error(self, error: BaseException) -> None:
        self.message.setText(user_message(error))  # a clear sentence; the passphrase still works
        self.refresh()
