# SPDX-License-Identifier: GPL-3.0-or-later
"""One place that turns an error code into a translated sentence for the user."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication

from defenderdoc.errors import DefenderDocError

log = logging.getLogger(__name__)

_CTX = "Messages"


def _texts() -> dict[str, str]:
    translate = QCoreApplication.translate  # lupdate needs the literal context
    return {
        "wrong_passphrase": translate("Messages", "Wrong passphrase. The vault was not changed."),
        "vault_not_found": translate("Messages", "No vault was found at this location."),
        "vault_exists": translate(
            "Messages", "Something already exists at this location; nothing was overwritten."
        ),
        "vault_damaged": translate("Messages", "The vault is damaged. Restore it from a backup."),
        "header_damaged": translate(
            "Messages", "The vault's key file (vault.hdr) is damaged. Restore it from a backup."
        ),
        "database_damaged": translate(
            "Messages", "The vault database is damaged. Restore it from a backup."
        ),
        "vault_mismatch": translate(
            "Messages", "The key file and the database belong to different vaults."
        ),
        "vault_busy": translate(
            "Messages", "The vault is open in another DefenderDoc window or process."
        ),
        "vault_locked": translate("Messages", "The vault is locked."),
        "weak_passphrase": translate(
            "Messages",
            "Choose a passphrase of at least 8 characters, for example several unrelated words.",
        ),
        "unsupported_format": translate(
            "Messages", "This vault was written by a newer version of DefenderDoc."
        ),
        "device_key_unavailable": translate(
            "Messages",
            "This device no longer holds the vault's remembered key. Unlock with the passphrase; nothing was lost.",
        ),
        "keychain_not_trusted": translate(
            "Messages",
            "No trusted system keychain is available, so the vault cannot be remembered on this device.",
        ),
        "disk_full": translate(
            "Messages",
            "Not enough disk space. Nothing was half-written; free some space and try again.",
        ),
        "cancelled": translate("Messages", "Cancelled. Nothing was changed."),
        "invalid_input": translate("Messages", "Some of the information entered is not valid."),
        "not_found": translate("Messages", "The record does not exist."),
    }


def user_message(error: BaseException) -> str:
    """A translated sentence; unexpected errors are logged by type only, never their text."""
    if isinstance(error, DefenderDocError):
        known = _texts().get(error.code)
        # Specific core messages (e.g. which field is invalid) go through the catalog too.
        return known or QCoreApplication.translate(_CTX, str(error))
    log.error("unexpected error: %s", type(error).__name__)
    return QCoreApplication.translate("Messages", "Something went wrong; your vault is intact.")
