# SPDX-License-Identifier: GPL-3.0-or-later
"""Single-file encrypted backups (``.ddocbak``) and restore into a new folder.

The archive holds the header, a consistent database snapshot and the blobs (all
already ciphertext), wrapped once more under a separate backup passphrase so a
copy on an untrusted USB stick is safe and needs no device keychain. Backups are
read back and checked after writing; restores are checked before they appear.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import secrets
import shutil
import struct
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from defenderdoc.errors import (
    BackupDamagedError,
    DatabaseDamagedError,
    VaultExistsError,
    WrongBackupPassphraseError,
)
from defenderdoc.fsutil import TEMP_SUFFIX, fsync_dir, make_private_dir
from defenderdoc.progress import CancelToken, ProgressCallback, no_progress
from defenderdoc.vault import crypto
from defenderdoc.vault.blobs import BLOBS_DIR, TMP_DIR
from defenderdoc.vault.engine import DB_NAME
from defenderdoc.vault.header import HEADER_NAME
from defenderdoc.vault.lockfile import VaultLock
from defenderdoc.vault.pending import guarded_output
from defenderdoc.vault.stream import PREFIX_LEN, StreamCorruptError, StreamEncryptor, decrypt_stream
from defenderdoc.vault.vault import Vault
from defenderdoc.vault.verify import VerifyReport, verify_vault

MAGIC = b"DDOCBAK1"
_MEMBER, _END = 1, 2
_MEMBER_NAME = re.compile(r"^(vault\.hdr|vault\.db|blobs/[0-9a-f]{2}/[0-9a-f]{32}\.blob)$")
_CHUNK = 1024 * 1024


def _key_check(key: bytes | bytearray) -> str:
    """A short value that tells a wrong backup passphrase apart from a damaged file."""
    return hashlib.sha256(bytes(key) + b"defenderdoc/v1/backup-key-check").hexdigest()[:32]


def _outer_header(params: crypto.KdfParams, salt: bytes, prefix: bytes, check: str) -> bytes:
    body = json.dumps(
        {
            "format": 1,
            "kdf": params.as_dict(),
            "salt": salt.hex(),
            "prefix": prefix.hex(),
            "check": check,
        },
        sort_keys=True,
    ).encode()
    head = MAGIC + struct.pack(">I", len(body)) + body
    return head + hashlib.sha256(head).digest()


def _members(vault: Vault, snapshot: Path) -> list[tuple[str, Path]]:
    members = [(HEADER_NAME, vault.path / HEADER_NAME), (DB_NAME, snapshot)]
    for blob in sorted((vault.path / BLOBS_DIR).glob("??/*.blob")):
        members.append((f"{BLOBS_DIR}/{blob.parent.name}/{blob.name}", blob))
    return members


def create_backup(
    vault: Vault,
    target: Path,
    backup_passphrase: str,
    *,
    progress: ProgressCallback = no_progress,
    cancel: CancelToken | None = None,
) -> str:
    """Write ``target`` atomically and verify it; returns the backup file's SHA-256."""
    crypto.check_new_passphrase(backup_passphrase)
    header_bytes = (vault.path / HEADER_NAME).read_bytes()  # before the snapshot: see README
    snapshot = vault.path / f".backup-{secrets.token_hex(6)}{TEMP_SUFFIX}"
    try:
        raw = vault.engine.raw_connection()
        try:
            raw.cursor().execute("VACUUM INTO ?", (str(snapshot),))
        finally:
            raw.close()
        params, salt, prefix = (
            crypto.calibrate_kdf(),
            secrets.token_bytes(16),
            secrets.token_bytes(PREFIX_LEN),
        )
        key = crypto.derive_kek(backup_passphrase, salt, params)
        outer = _outer_header(params, salt, prefix, _key_check(key))
        members = _members(vault, snapshot)
        manifest = []
        with guarded_output(vault, target) as sink:
            sink.write(outer)
            enc = StreamEncryptor(key, prefix, outer, sink)
            for index, (name, path) in enumerate(members):
                if cancel:
                    cancel.raise_if_cancelled()
                progress(index, len(members), "backup")
                data = header_bytes if name == HEADER_NAME else None
                manifest.append(_write_member(enc, name, path, data))
            body = json.dumps(
                {"vault_id": vault.header.vault_id.hex(), "members": manifest}
            ).encode()
            enc.write(struct.pack(">BI", _END, len(body)) + body)
            enc.finish()
        crypto.wipe(key)
    finally:
        snapshot.unlink(missing_ok=True)
    progress(len(members), len(members), "verify")
    try:
        for _ in read_backup(target, backup_passphrase):
            pass
    except BackupDamagedError:
        target.unlink(missing_ok=True)
        raise
    digest = hashlib.sha256()
    with target.open("rb") as handle:
        for chunk in iter(lambda: handle.read(_CHUNK), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _write_member(
    enc: StreamEncryptor, name: str, path: Path, data: bytes | None
) -> dict[str, object]:
    digest = hashlib.sha256()
    encoded = name.encode()
    if data is not None:
        enc.write(struct.pack(">BHQ", _MEMBER, len(encoded), len(data)) + encoded + data)
        digest.update(data)
        return {"name": name, "size": len(data), "sha256": digest.hexdigest()}
    size = path.stat().st_size
    enc.write(struct.pack(">BHQ", _MEMBER, len(encoded), size) + encoded)
    written = 0
    with path.open("rb") as source:
        while written < size:
            chunk = source.read(min(_CHUNK, size - written))
            if not chunk:
                raise BackupDamagedError("A vault file changed size while it was being backed up.")
            enc.write(chunk)
            digest.update(chunk)
            written += len(chunk)
    return {"name": name, "size": size, "sha256": digest.hexdigest()}


class _Reader:
    """Pull exact byte counts out of the decrypted segment stream."""

    def __init__(self, segments: Iterator[bytes]) -> None:
        self._segments, self._buffer = segments, bytearray()

    def take(self, count: int) -> bytes:
        while len(self._buffer) < count:
            try:
                self._buffer += next(self._segments)
            except StopIteration:
                raise BackupDamagedError from None
            except StreamCorruptError as exc:
                raise BackupDamagedError from exc
        out = bytes(self._buffer[:count])
        del self._buffer[:count]
        return out

    def at_end(self) -> bool:
        try:
            return not self._buffer and next(self._segments, None) is None
        except StreamCorruptError as exc:
            raise BackupDamagedError from exc


def _open_outer(source: BinaryIO, passphrase: str) -> tuple[bytearray, bytes, bytes]:
    head = source.read(len(MAGIC) + 4)
    if len(head) != len(MAGIC) + 4 or not head.startswith(MAGIC):
        raise BackupDamagedError("This is not a DefenderDoc backup file.")
    (length,) = struct.unpack(">I", head[len(MAGIC) :])
    if length > 4096:
        raise BackupDamagedError
    body = source.read(length)
    checksum = source.read(32)
    if hashlib.sha256(head + body).digest() != checksum:
        raise BackupDamagedError
    try:
        meta = json.loads(body)
        params = crypto.KdfParams.from_dict(meta["kdf"])
        salt, prefix, check = (
            bytes.fromhex(meta["salt"]),
            bytes.fromhex(meta["prefix"]),
            meta["check"],
        )
    except Exception as exc:  # any malformed header is damage, never a crash
        raise BackupDamagedError from exc
    key = crypto.derive_kek(passphrase, salt, params)
    if _key_check(key) != check:
        crypto.wipe(key)
        raise WrongBackupPassphraseError
    return key, prefix, head + body + checksum


def read_backup(path: Path, passphrase: str) -> Iterator[tuple[str, _Member]]:
    """Yield (member name, chunk iterator) after checking every hash against the manifest.

    Member content is handed out only as it is authenticated; the manifest at the
    end must list exactly the members seen, with matching hashes.
    """
    with path.open("rb") as source:
        key, prefix, outer = _open_outer(source, passphrase)
        reader = _Reader(decrypt_stream(key, prefix, outer, source))
        seen: list[dict[str, object]] = []
        try:
            yield from _members_of(reader, seen)
        finally:
            crypto.wipe(key)


class _Member:
    """One member's content, hashed as it is read; drained if the consumer stops early."""

    def __init__(self, reader: _Reader, size: int) -> None:
        self._reader, self.size, self.remaining = reader, size, size
        self.digest = hashlib.sha256()

    def __iter__(self) -> Iterator[bytes]:
        while self.remaining:
            chunk = self._reader.take(min(_CHUNK, self.remaining))
            self.digest.update(chunk)
            self.remaining -= len(chunk)
            yield chunk

    def drain(self) -> None:
        for _ in self:
            pass


def _members_of(reader: _Reader, seen: list[dict[str, object]]) -> Iterator[tuple[str, _Member]]:
    while True:
        kind = reader.take(1)[0]
        if kind == _END:
            (length,) = struct.unpack(">I", reader.take(4))
            try:
                manifest = json.loads(reader.take(length))
            except ValueError as exc:
                raise BackupDamagedError from exc
            if manifest.get("members") != seen or not reader.at_end():
                raise BackupDamagedError("The backup's contents do not match its manifest.")
            return
        if kind != _MEMBER:
            raise BackupDamagedError
        name_len, size = struct.unpack(">HQ", reader.take(10))
        name = reader.take(name_len).decode("utf-8", "replace")
        if not _MEMBER_NAME.match(name):
            raise BackupDamagedError("The backup contains an unexpected file name.")
        member = _Member(reader, size)
        yield name, member
        member.drain()
        seen.append({"name": name, "size": size, "sha256": member.digest.hexdigest()})


def restore_backup(
    backup: Path,
    into: Path,
    backup_passphrase: str,
    vault_passphrase: str,
    *,
    progress: ProgressCallback = no_progress,
    cancel: CancelToken | None = None,
) -> VerifyReport:
    """Restore into a NEW folder, verified before it appears under its name.

    The device slot is dropped: a keychain entry belongs to the machine the backup
    came from. Damaged evidence files are reported per item; a damaged database or
    header aborts the restore and leaves nothing behind.
    """
    into = Path(into)
    if into.exists() or into.is_symlink():
        raise VaultExistsError
    staging = into.with_name(f".{into.name}.restoring-{secrets.token_hex(4)}")
    make_private_dir(staging)
    try:
        (staging / BLOBS_DIR).mkdir(mode=0o700)
        (staging / BLOBS_DIR / TMP_DIR).mkdir(mode=0o700)
        VaultLock.create(staging)
        for index, (name, member) in enumerate(read_backup(backup, backup_passphrase)):
            if cancel:
                cancel.raise_if_cancelled()
            progress(index, index + 1, "restore")
            _write_restored(staging / name, member)
        vault = Vault(staging)
        try:
            vault.unlock(vault_passphrase)
        except DatabaseDamagedError as exc:
            raise BackupDamagedError("The database inside the backup is damaged.") from exc
        try:
            vault.forget_device()
            report = verify_vault(vault, progress, cancel)
        finally:
            vault.lock()
        if not report.database_ok:
            raise BackupDamagedError("The database inside the backup is damaged.")
        os.rename(staging, into)
        fsync_dir(into.parent)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return report


def _write_restored(path: Path, member: _Member) -> None:
    path.parent.mkdir(mode=0o700, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as sink:
        for chunk in member:
            sink.write(chunk)
        sink.flush()
        os.fsync(sink.fileno())
