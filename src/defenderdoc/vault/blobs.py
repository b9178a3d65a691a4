# SPDX-License-Identifier: GPL-3.0-or-later
"""Encrypted evidence files under random names, written crash-safely.

Names are random ids, never content hashes (a hash in a file name would let an
adversary confirm that a known photo is in the vault). Each blob has its own data
key, wrapped with ``K_blob`` and bound to its id, so a blob can be decrypted on
its own if its database row is lost, and cannot be swapped for another one.
"""

from __future__ import annotations

import hashlib
import os
import secrets
import struct
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from defenderdoc.errors import DiskFullError
from defenderdoc.fsutil import fsync_dir, is_disk_full
from defenderdoc.vault import recipe
from defenderdoc.vault.stream import (
    PREFIX_LEN,
    SEGMENT_SIZE,
    StreamCorruptError,
    StreamEncryptor,
    decrypt_stream,
)

MAGIC = b"DDOCBLB1"
VERSION = 1
ALG_AES256GCM_STREAM = 1
_HEADER = struct.Struct(">8sB16sBI12s48s7s")  # magic ver id alg seg nonce wrapped_dek prefix
BLOBS_DIR = "blobs"
TMP_DIR = ".tmp"
PART_SUFFIX = ".part"


class BlobError(Exception):
    """A blob is missing, damaged, or does not belong to this vault."""


@dataclass(frozen=True)
class BlobWritten:
    blob_id: str
    sha256: str
    size: int


def new_blob_id() -> str:
    return secrets.token_hex(16)


class BlobStore:
    def __init__(self, vault_dir: Path, k_blob: bytearray) -> None:
        self.root = vault_dir / BLOBS_DIR
        self.tmp = self.root / TMP_DIR
        self._k_blob = k_blob

    @staticmethod
    def create_layout(vault_dir: Path) -> None:
        root = vault_dir / BLOBS_DIR
        root.mkdir(mode=0o700)
        (root / TMP_DIR).mkdir(mode=0o700)

    def path_for(self, blob_id: str) -> Path:
        if len(blob_id) != 32 or any(c not in "0123456789abcdef" for c in blob_id):
            raise BlobError("invalid blob id")
        return self.root / blob_id[:2] / f"{blob_id}.blob"

    def _header(self, blob_id: str) -> tuple[bytes, bytes, bytes]:
        dek = secrets.token_bytes(32)
        nonce = secrets.token_bytes(12)
        wrapped = AESGCM(bytes(self._k_blob)).encrypt(nonce, dek, bytes.fromhex(blob_id))
        prefix = secrets.token_bytes(PREFIX_LEN)
        header = _HEADER.pack(
            MAGIC,
            VERSION,
            bytes.fromhex(blob_id),
            ALG_AES256GCM_STREAM,
            SEGMENT_SIZE,
            nonce,
            wrapped,
            prefix,
        )
        return header, dek, prefix

    def open_writer(self) -> BlobWriter:
        """A file-like sink: ``write`` plaintext, then ``commit`` (or ``abort``).

        Plaintext exists only in memory; ``blobs/.tmp`` holds ciphertext only, and
        the blob appears under its final name only when complete.
        """
        blob_id = new_blob_id()
        header, dek, prefix = self._header(blob_id)
        final = self.path_for(blob_id)
        return BlobWriter(
            blob_id,
            part=self.tmp / f"{blob_id}{PART_SUFFIX}",
            final=final,
            header=header,
            dek=dek,
            prefix=prefix,
        )

    def write_stream(self, chunks: Iterator[bytes]) -> BlobWritten:
        with self.open_writer() as writer:
            for chunk in chunks:
                writer.write(chunk)
        return writer.written

    def write_file(self, source: BinaryIO) -> BlobWritten:
        return self.write_stream(iter(lambda: source.read(SEGMENT_SIZE), b""))

    def read(self, blob_id: str) -> Iterator[bytes]:
        """Yield authenticated plaintext; raises ``BlobError`` on any damage."""
        path = self.path_for(blob_id)
        try:
            source = path.open("rb")
        except FileNotFoundError as exc:
            raise BlobError("the evidence file is missing") from exc
        with source:
            header = source.read(_HEADER.size)
            if len(header) != _HEADER.size:
                raise BlobError("the evidence file is truncated")
            magic, version, raw_id, alg, seg, nonce, wrapped, prefix = _HEADER.unpack(header)
            if (magic, version, alg, seg) != (MAGIC, VERSION, ALG_AES256GCM_STREAM, SEGMENT_SIZE):
                raise BlobError("the evidence file has an unknown format")
            if raw_id.hex() != blob_id:
                raise BlobError("the evidence file belongs to another record")
            try:
                dek = AESGCM(bytes(self._k_blob)).decrypt(nonce, wrapped, raw_id)
            except InvalidTag as exc:
                raise BlobError("the evidence file belongs to another vault or is damaged") from exc
            try:
                yield from decrypt_stream(dek, prefix, header, source)
            except StreamCorruptError as exc:
                raise BlobError(str(exc)) from exc

    def read_recipe(self, data: bytes, base_id: str, base_size: int) -> Iterator[bytes]:
        """Yield a cleaned copy stored as a recipe over blob ``base_id`` (see ``recipe``)."""
        try:
            ops = recipe.decode(data, base_size)
            yield from recipe.apply(ops, self.read(base_id))
        except recipe.RecipeError as exc:
            raise BlobError(f"the cleaned copy cannot be rebuilt: {exc}") from exc

    def read_derivative(
        self,
        blob_id: str | None,
        recipe_data: bytes | None,
        original_id: str | None,
        original_size: int,
    ) -> Iterator[bytes] | None:
        """A cleaned copy stored as its own blob or as a recipe; None if there is none."""
        if blob_id is not None:
            return self.read(blob_id)
        if recipe_data is not None and original_id is not None:
            return self.read_recipe(recipe_data, original_id, original_size)
        return None

    def sha256(self, blob_id: str) -> str:
        digest = hashlib.sha256()
        for chunk in self.read(blob_id):
            digest.update(chunk)
        return digest.hexdigest()

    def delete(self, blob_id: str) -> None:
        self.path_for(blob_id).unlink(missing_ok=True)

    def all_ids(self) -> set[str]:
        return {p.stem for p in self.root.glob("??/*.blob")}

    def sweep_parts(self) -> int:
        """Delete ciphertext left by an interrupted import; returns how many."""
        removed = 0
        for part in self.tmp.glob(f"*{PART_SUFFIX}"):
            part.unlink(missing_ok=True)
            removed += 1
        return removed


def _translated(exc: OSError) -> Exception:
    return DiskFullError() if is_disk_full(exc) else exc


class BlobWriter:
    """Encrypts what is written into a ``.part`` file; a context manager commits or aborts."""

    def __init__(
        self, blob_id: str, *, part: Path, final: Path, header: bytes, dek: bytes, prefix: bytes
    ) -> None:
        self.blob_id, self._part, self._final = blob_id, part, final
        self._digest = hashlib.sha256()
        try:
            fd = os.open(part, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except OSError as exc:
            raise _translated(exc) from exc
        self._sink = os.fdopen(fd, "wb")
        self._done = False
        try:
            self._sink.write(header)
            self._enc = StreamEncryptor(dek, prefix, header, self._sink)
        except BaseException:
            self.abort()
            raise
        self.written = BlobWritten(blob_id, "", 0)

    def write(self, data: bytes | bytearray | memoryview) -> int:
        self._digest.update(data)
        try:
            self._enc.write(data)
        except OSError as exc:
            self.abort()
            raise _translated(exc) from exc
        return len(data)

    def commit(self) -> BlobWritten:
        try:
            self._enc.finish()
            self._sink.flush()
            os.fsync(self._sink.fileno())
            self._sink.close()
            self._final.parent.mkdir(mode=0o700, exist_ok=True)
            os.replace(self._part, self._final)
            fsync_dir(self._final.parent)
        except OSError as exc:
            self.abort()
            raise _translated(exc) from exc
        self._done = True
        self.written = BlobWritten(self.blob_id, self._digest.hexdigest(), self._enc.plain_bytes)
        return self.written

    def abort(self) -> None:
        if not self._done:
            self._done = True
            self._sink.close()
            self._part.unlink(missing_ok=True)

    def __enter__(self) -> BlobWriter:
        return self

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        if exc_type is None:
            self.commit()
        else:
            self.abort()
