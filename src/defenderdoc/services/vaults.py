# SPDX-License-Identifier: GPL-3.0-or-later
"""Vault life: create, unlock, lock, passphrases, device slot, verify, backup, audit."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from defenderdoc.domain.records import AuditRecord
from defenderdoc.errors import InvalidInputError
from defenderdoc.progress import CancelToken, ProgressCallback, no_progress
from defenderdoc.services.base import ServiceBase
from defenderdoc.vault import backup as backups
from defenderdoc.vault.keystore import Keystore
from defenderdoc.vault.models import AuditEntry
from defenderdoc.vault.recording import record_event
from defenderdoc.vault.vault import Vault
from defenderdoc.vault.verify import VerifyReport, verify_vault


class VaultServices(ServiceBase):
    def create_vault(
        self, path: Path, passphrase: str, *, with_recovery_code: bool = False
    ) -> str | None:
        """Create and open a vault; returns the recovery code to show once, if asked for."""
        self.lock()
        self._vault, code = Vault.create(
            path, passphrase, with_recovery_code=with_recovery_code, actor=self.actor
        )
        return code

    def unlock(
        self,
        path: Path,
        passphrase: str | None = None,
        *,
        recovery_code: str | None = None,
        keystore: Keystore | None = None,
    ) -> None:
        self.lock()
        vault = Vault(path, self.actor)
        vault.unlock(passphrase, recovery_code=recovery_code, keystore=keystore)
        self._vault = vault

    def lock(self) -> None:
        if self._vault is not None:
            self._vault.lock()
        self._vault = None
        self._vocabularies.clear()

    def change_passphrase(self, current: str, new: str) -> None:
        """Re-authenticate, then re-wrap the master key (O(1): no data is re-encrypted)."""
        self.vault.verify_passphrase(current)
        self.vault.change_passphrase(new)

    def destroy_vault(self, confirmation: str, keystore: Keystore | None = None) -> None:
        """Crypto-shred the open vault after the user typed its folder name. Irreversible."""
        vault = self.vault
        if confirmation.strip() != vault.path.name:
            raise InvalidInputError("Type the vault's folder name exactly to confirm.")
        if keystore is not None:
            vault.forget_device(keystore)
        self._vault = None
        self._vocabularies.clear()
        vault.destroy()

    def set_wipe_after(self, attempts: int) -> None:
        self.vault.set_wipe_after(attempts)

    def set_recovery_code(self) -> str:
        return self.vault.set_recovery_code()

    def remember_on_device(self, keystore: Keystore) -> None:
        self.vault.remember_on_device(keystore)

    def forget_device(self, keystore: Keystore) -> None:
        self.vault.forget_device(keystore)

    def verify(
        self, *, progress: ProgressCallback = no_progress, cancel: CancelToken | None = None
    ) -> VerifyReport:
        report = verify_vault(self.vault, progress, cancel)
        if report.database_ok:
            with self.vault.session(write=True) as session:
                record_event(
                    session,
                    self.vault,
                    "verify",
                    "vault",
                    details={"ok": report.ok, "blobs": report.blobs_checked},
                )
        return report

    def backup(
        self,
        target: Path,
        backup_passphrase: str,
        *,
        progress: ProgressCallback = no_progress,
        cancel: CancelToken | None = None,
    ) -> str:
        digest = backups.create_backup(
            self.vault, target, backup_passphrase, progress=progress, cancel=cancel
        )
        with self.vault.session(write=True) as session:
            record_event(session, self.vault, "backup", "vault", details={"sha256": digest})
        return digest

    @staticmethod
    def restore(
        backup_file: Path,
        into: Path,
        backup_passphrase: str,
        vault_passphrase: str,
        *,
        progress: ProgressCallback = no_progress,
        cancel: CancelToken | None = None,
    ) -> VerifyReport:
        return backups.restore_backup(
            backup_file, into, backup_passphrase, vault_passphrase, progress=progress, cancel=cancel
        )

    def list_audit(self, offset: int = 0, limit: int = 200) -> list[AuditRecord]:
        with self.vault.session() as session:
            rows = session.scalars(
                select(AuditEntry).order_by(AuditEntry.seq.desc()).offset(offset).limit(limit)
            )
            return [
                AuditRecord(r.seq, r.at, r.actor, r.action, r.entity, r.entity_id, r.details)
                for r in rows
            ]
