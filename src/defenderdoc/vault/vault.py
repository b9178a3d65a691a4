# SPDX-License-Identifier: GPL-3.0-or-later
"""The vault state machine: create, unlock, lock, sessions, key slots.

Opening distinguishes every failure (not found, open elsewhere, key file damaged,
wrong passphrase, files of different vaults, database damaged) and none of them
writes a byte or creates anything: an error never turns into a new, empty vault.
"""

from __future__ import annotations

import contextlib
import getpass
import logging
import os
import secrets
import shutil
import threading
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

from sqlalchemy import Engine, insert, select
from sqlalchemy import exc as sa_exc
from sqlalchemy.orm import Session, sessionmaker

from defenderdoc.errors import (
    DatabaseDamagedError,
    DeviceKeyUnavailableError,
    HeaderDamagedError,
    InvalidInputError,
    KeychainNotTrustedError,
    VaultExistsError,
    VaultLockedError,
    VaultMismatchError,
    VaultNotFoundError,
    WrongPassphraseError,
)
from defenderdoc.fsutil import fsync_dir, make_private_dir, sweep_temp_files
from defenderdoc.vault import crypto, duress, keys, migrate
from defenderdoc.vault.audit import AuditWriter
from defenderdoc.vault.blobs import BlobStore
from defenderdoc.vault.engine import (
    DB_NAME,
    WRITE_OPTION,
    build_engine,
    checkpoint_and_dispose,
    is_damage,
)
from defenderdoc.vault.header import (
    HEADER_NAME,
    SLOT_DEVICE,
    SLOT_PASSPHRASE,
    SLOT_RECOVERY,
    Header,
    Slot,
    read_header,
    write_header,
)
from defenderdoc.vault.keystore import Keystore
from defenderdoc.vault.lockfile import VaultLock
from defenderdoc.vault.models import Meta
from defenderdoc.vault.recording import install_audit_hooks

log = logging.getLogger(__name__)


def default_actor() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name (e.g. a container): a neutral profile name
        return "local-user"


class Vault:
    """One vault directory; LOCKED until :meth:`unlock` succeeds."""

    def __init__(self, path: Path, actor: str | None = None) -> None:
        self.path = Path(path)
        self.actor = actor or default_actor()
        self._lock = VaultLock(self.path)
        self._header: Header | None = None
        self._keys: keys.VaultKeys | None = None
        self._engine: Engine | None = None
        self._sessions: sessionmaker[Session] | None = None
        self._blobs: BlobStore | None = None
        self._header_mutex = threading.Lock()

    # ----------------------------------------------------------------- create
    @classmethod
    def create(
        cls,
        path: Path,
        passphrase: str,
        *,
        with_recovery_code: bool = False,
        actor: str | None = None,
    ) -> tuple[Vault, str | None]:
        """Create and unlock a new vault; returns it and the recovery code (shown once).

        Built in a hidden sibling folder and renamed into place, so a crash never
        leaves a half-made vault under the chosen name.
        """
        path = Path(path)
        if path.exists() or path.is_symlink():
            raise VaultExistsError
        crypto.check_new_passphrase(passphrase)
        staging = path.with_name(f".{path.name}.creating-{secrets.token_hex(4)}")
        make_private_dir(staging)
        master = keys.new_master_key()
        vault_id = secrets.token_bytes(16)
        recovery_code = keys.new_recovery_code() if with_recovery_code else None
        try:
            params = crypto.calibrate_kdf()
            slots = [keys.make_secret_slot(SLOT_PASSPHRASE, passphrase, master, vault_id, params)]
            if recovery_code:
                slots.append(
                    keys.make_secret_slot(SLOT_RECOVERY, recovery_code, master, vault_id, params)
                )
            vault_keys = keys.VaultKeys.derive(bytearray(master), vault_id)
            header = Header(vault_id=vault_id, slots=tuple(slots)).signed(vault_keys.hdr)
            write_header(staging, header)
            VaultLock.create(staging)
            BlobStore.create_layout(staging)
            # SQLite would create the file (and copy its mode to -wal/-shm) under the umask.
            os.close(os.open(staging / DB_NAME, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
            engine = build_engine(staging / DB_NAME, vault_keys.sqlcipher_key_literal())
            try:
                migrate.upgrade(engine)
                with engine.begin() as conn:
                    conn.execute(insert(Meta).values(key="vault_id", value=vault_id.hex()))
            finally:
                checkpoint_and_dispose(engine)
            vault_keys.wipe()
            os.rename(staging, path)
            fsync_dir(path.parent)
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise
        finally:
            crypto.wipe(master)
        vault = cls(path, actor)
        vault.unlock(passphrase)
        return vault, recovery_code

    # ----------------------------------------------------------------- unlock
    @property
    def is_unlocked(self) -> bool:
        return self._engine is not None

    def unlock(
        self,
        passphrase: str | None = None,
        *,
        recovery_code: str | None = None,
        keystore: Keystore | None = None,
    ) -> None:
        """Unlock with exactly one of a passphrase, a recovery code or the device keychain."""
        if self.is_unlocked:
            return
        if not (self.path / HEADER_NAME).is_file():
            raise VaultNotFoundError
        self._lock.acquire()
        try:
            header = read_header(self.path)
            try:
                master = self._unwrap(header, passphrase, recovery_code, keystore)
            except WrongPassphraseError:
                duress.record_failure(self.path, header)
                raise
            self._open(header, master)
            duress.reset_failures(self.path)
        except BaseException:
            self._lock.release()
            raise

    def _unwrap(
        self,
        header: Header,
        passphrase: str | None,
        recovery_code: str | None,
        keystore: Keystore | None,
    ) -> bytearray:
        if keystore is not None:
            for slot in header.slots_of(SLOT_DEVICE):
                kek = keystore.load(slot.device_ref)
                master = keys.unwrap_device_slot(slot, kek, header.vault_id) if kek else None
                if master is not None:
                    return master
            raise DeviceKeyUnavailableError
        if recovery_code is not None:
            secret, slot_type = keys.normalize_recovery_code(recovery_code), SLOT_RECOVERY
        elif passphrase is not None:
            secret, slot_type = passphrase, SLOT_PASSPHRASE
        else:
            raise WrongPassphraseError
        for slot in header.slots_of(slot_type):
            master = keys.unwrap_secret_slot(slot, secret, header.vault_id)
            if master is not None:
                return master
        raise WrongPassphraseError

    def _open(self, header: Header, master: bytearray) -> None:
        vault_keys = keys.VaultKeys.derive(master, header.vault_id)
        try:
            if not header.mac_ok(vault_keys.hdr):
                raise HeaderDamagedError(
                    "The vault's key file was altered. Restore it from a backup."
                )
            self._check_database_belongs(vault_keys)
            engine = build_engine(self.path / DB_NAME, vault_keys.sqlcipher_key_literal())
            try:
                self._check_meta(engine, header)
                if migrate.needs_upgrade(engine):
                    migrate.upgrade(engine)
                from defenderdoc.vault.pending import sweep_pending_outputs  # noqa: PLC0415

                sweep_pending_outputs(engine)
            except BaseException:
                engine.dispose()
                raise
        except BaseException:
            vault_keys.wipe()
            raise
        self._header, self._keys, self._engine = header, vault_keys, engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        install_audit_hooks(self._sessions, self)
        self._blobs = BlobStore(self.path, vault_keys.blob)
        swept = self._blobs.sweep_parts() + sweep_temp_files(self.path)
        if swept:
            log.info("removed %d unfinished temporary files", swept)

    def _check_database_belongs(self, vault_keys: keys.VaultKeys) -> None:
        db_path = self.path / DB_NAME
        try:
            with db_path.open("rb") as handle:
                first = handle.read(16)
        except FileNotFoundError as exc:
            raise DatabaseDamagedError(
                "The vault database is missing. Restore it from a backup."
            ) from exc
        if len(first) < 16:
            raise DatabaseDamagedError
        if first != vault_keys.db_salt:
            raise VaultMismatchError

    @staticmethod
    def _check_meta(engine: Engine, header: Header) -> None:
        try:
            with engine.connect() as conn:
                row = conn.execute(select(Meta.value).where(Meta.key == "vault_id")).first()
        except Exception as exc:
            raise DatabaseDamagedError from exc
        if row is None or row[0] != header.vault_id.hex():
            raise VaultMismatchError

    # ------------------------------------------------------------------- lock
    def lock(self) -> None:
        """Dispose every connection, zero the keys (best effort) and release the lock."""
        engine, self._engine, self._sessions, self._blobs = self._engine, None, None, None
        if engine is not None:
            checkpoint_and_dispose(engine)
        if self._keys is not None:
            self._keys.wipe()
            self._keys = None
        self._lock.release()

    # --------------------------------------------------------------- sessions
    @property
    def engine(self) -> Engine:
        if self._engine is None:
            raise VaultLockedError
        return self._engine

    @property
    def keys(self) -> keys.VaultKeys:
        if self._keys is None:
            raise VaultLockedError
        return self._keys

    @property
    def header(self) -> Header:
        if self._header is None or not self.is_unlocked:
            raise VaultLockedError
        return self._header

    @property
    def blobs(self) -> BlobStore:
        if self._blobs is None:
            raise VaultLockedError
        return self._blobs

    @contextlib.contextmanager
    def session(self, write: bool = False) -> Iterator[Session]:
        """A unit of work: committed on success, rolled back on any exception.

        Write sessions take SQLite's write lock at BEGIN so the audit chain is
        extended by one writer at a time.
        """
        if self._sessions is None or self._engine is None:
            raise VaultLockedError
        bind = self._engine.execution_options(**{WRITE_OPTION: True}) if write else self._engine
        with self._sessions(bind=bind, info={"write": write}) as session:
            try:
                yield session
                session.commit()
            except sa_exc.DatabaseError as exc:
                session.rollback()
                if is_damage(exc):
                    raise DatabaseDamagedError from exc
                raise
            except BaseException:
                session.rollback()
                raise

    def audit_writer(self) -> AuditWriter:
        return AuditWriter(self.keys.audit, self.actor)

    def anchor_audit_head(self, seq: int, mac: bytes) -> None:
        """Record the newest audit entry in the header so truncation is detectable."""
        with self._header_mutex:
            header = self.header
            if seq <= header.audit_seq:
                return
            updated = replace(header, audit_seq=seq, audit_hash=mac.hex()).signed(self.keys.hdr)
            write_header(self.path, updated)
            self._header = updated

    # ------------------------------------------------------------------ slots
    def _rewrite_slots(self, slots: list[Slot]) -> None:
        with self._header_mutex:
            updated = self.header.with_slots(slots).signed(self.keys.hdr)
            write_header(self.path, updated)
            self._header = updated

    def verify_passphrase(self, passphrase: str) -> None:
        header = self.header
        for slot in header.slots_of(SLOT_PASSPHRASE):
            master = keys.unwrap_secret_slot(slot, passphrase, header.vault_id)
            if master is not None:
                crypto.wipe(master)
                return
        raise WrongPassphraseError

    def change_passphrase(self, new_passphrase: str) -> None:
        """Re-wrap the master key only: database and blobs stay byte-identical."""
        crypto.check_new_passphrase(new_passphrase)
        header = self.header
        params = crypto.calibrate_kdf()
        slot = keys.make_secret_slot(
            SLOT_PASSPHRASE, new_passphrase, self.keys.master, header.vault_id, params
        )
        others = [s for s in header.slots if s.type != SLOT_PASSPHRASE]
        self._rewrite_slots([slot, *others])

    def set_recovery_code(self) -> str:
        """Create (or replace) the recovery slot; the code is returned once, never stored."""
        code = keys.new_recovery_code()
        header = self.header
        params = crypto.calibrate_kdf()
        slot = keys.make_secret_slot(SLOT_RECOVERY, code, self.keys.master, header.vault_id, params)
        others = [s for s in header.slots if s.type != SLOT_RECOVERY]
        self._rewrite_slots([*others, slot])
        return code

    def remember_on_device(self, keystore: Keystore) -> None:
        ok, reason = keystore.available()
        if not ok:
            raise KeychainNotTrustedError(reason)
        header = self.header
        kek = secrets.token_bytes(32)
        ref = f"{header.vault_id.hex()}:{secrets.token_hex(8)}"
        keystore.store(ref, kek)
        slot = keys.make_device_slot(self.keys.master, header.vault_id, kek, ref)
        old = header.slots_of(SLOT_DEVICE)
        self._rewrite_slots([*(s for s in header.slots if s.type != SLOT_DEVICE), slot])
        for stale in old:
            keystore.delete(stale.device_ref)

    def forget_device(self, keystore: Keystore | None = None) -> None:
        header = self.header
        for slot in header.slots_of(SLOT_DEVICE):
            if keystore is not None:
                keystore.delete(slot.device_ref)
        self._rewrite_slots([s for s in header.slots if s.type != SLOT_DEVICE])

    def set_wipe_after(self, attempts: int) -> None:
        """Opt in (attempts >= 3) or out (0) of destroying the vault after wrong passphrases."""
        if attempts and attempts < 3:
            raise InvalidInputError("Allow at least 3 attempts, so a typo cannot destroy it.")
        with self._header_mutex:
            updated = replace(self.header, wipe_after=attempts).signed(self.keys.hdr)
            write_header(self.path, updated)
            self._header = updated

    def destroy(self) -> None:
        """Crypto-shred this vault: lock it, then destroy its keys and files. Irreversible."""
        path = self.path
        self.lock()
        self._lock.acquire()  # nobody else may have it open while it is destroyed
        try:
            duress.destroy_vault(path)
        finally:
            self._lock.release()
