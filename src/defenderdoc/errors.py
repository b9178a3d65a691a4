# SPDX-License-Identifier: GPL-3.0-or-later
"""Every failure a user can meet, each with a stable code.

The CLI maps ``exit_code`` to its documented exit status and the GUI maps
``code`` to a translated sentence; messages here are the English fallback and
never contain record content, passphrases or keys.
"""

from __future__ import annotations


class DefenderDocError(Exception):
    """Base class: a clear, user-facing failure that lost nothing."""

    code = "error"
    exit_code = 1
    message = "The operation failed."

    def __init__(self, message: str | None = None) -> None:
        super().__init__(message or self.message)


class UsageError(DefenderDocError):
    code = "usage"
    exit_code = 64
    message = "The command was not used correctly."


class VaultLockedError(DefenderDocError):
    code = "vault_locked"
    exit_code = 5
    message = "The vault is locked."


class WrongPassphraseError(DefenderDocError):
    code = "wrong_passphrase"
    exit_code = 2
    message = "Wrong passphrase. The vault was not changed."


class VaultNotFoundError(DefenderDocError):
    code = "vault_not_found"
    exit_code = 6
    message = "No vault was found at this location."


class VaultExistsError(DefenderDocError):
    code = "vault_exists"
    exit_code = 7
    message = "Something already exists at this location; nothing was overwritten."


class VaultDamagedError(DefenderDocError):
    code = "vault_damaged"
    exit_code = 3
    message = "The vault is damaged. Restore it from a backup."


class HeaderDamagedError(VaultDamagedError):
    code = "header_damaged"
    message = "The vault's key file (vault.hdr) is damaged. Restore it from a backup."


class DatabaseDamagedError(VaultDamagedError):
    code = "database_damaged"
    message = "The vault database is damaged. Restore it from a backup."


class VaultMismatchError(VaultDamagedError):
    code = "vault_mismatch"
    message = "The key file and the database belong to different vaults."


class VaultBusyError(DefenderDocError):
    code = "vault_busy"
    exit_code = 4
    message = "The vault is open in another DefenderDoc window or process."


class UnsupportedFormatError(DefenderDocError):
    code = "unsupported_format"
    exit_code = 8
    message = "This vault was written by a newer version of DefenderDoc."


class WeakPassphraseError(DefenderDocError):
    code = "weak_passphrase"
    exit_code = 9
    message = "The passphrase is too short or too simple."


class DeviceKeyUnavailableError(DefenderDocError):
    code = "device_key_unavailable"
    exit_code = 10
    message = (
        "This device no longer holds the vault's remembered key. "
        "Unlock with the passphrase; nothing was lost."
    )


class KeychainNotTrustedError(DefenderDocError):
    code = "keychain_not_trusted"
    exit_code = 10
    message = (
        "No trusted system keychain is available, so the vault cannot be remembered on this device."
    )


class NotFoundError(DefenderDocError):
    code = "not_found"
    exit_code = 11
    message = "The record does not exist."


class InvalidInputError(DefenderDocError):
    code = "invalid_input"
    exit_code = 12
    message = "The input is not valid."


class BackupDamagedError(DefenderDocError):
    code = "backup_damaged"
    exit_code = 3
    message = "The backup file is damaged or incomplete."


class WrongBackupPassphraseError(DefenderDocError):
    code = "wrong_backup_passphrase"
    exit_code = 2
    message = "Wrong backup passphrase."


class DiskFullError(DefenderDocError):
    code = "disk_full"
    exit_code = 13
    message = "Not enough disk space. Nothing was half-written; free some space and try again."


class CancelledError(DefenderDocError):
    code = "cancelled"
    exit_code = 14
    message = "Cancelled. Nothing was changed."


class ConsentConflictError(DefenderDocError):
    code = "consent_conflict"
    exit_code = 15
    message = (
        "The export would break a person's consent. Change the profile (for example, "
        "pseudonyms instead of names) and try again."
    )
