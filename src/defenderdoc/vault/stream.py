# SPDX-License-Identifier: GPL-3.0-or-later
"""Segmented AES-256-GCM ("STREAM"), shared by evidence blobs and backups.

Each 64 KiB segment is sealed with nonce = prefix(7) || counter(4) || last(1)
and the header hash as associated data, so segments cannot be reordered, dropped,
truncated at a boundary, or moved between files, and memory stays constant
whatever the file size.
"""

from __future__ import annotations

import hashlib
import struct
from collections.abc import Iterator
from typing import BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

SEGMENT_SIZE = 64 * 1024
TAG_LEN = 16
PREFIX_LEN = 7
MAX_SEGMENTS = 2**32 - 1


class StreamCorruptError(Exception):
    """The ciphertext was altered, truncated, extended or belongs elsewhere."""


def _nonce(prefix: bytes, counter: int, last: bool) -> bytes:
    if counter >= MAX_SEGMENTS:
        raise StreamCorruptError("segment counter overflow")
    return prefix + struct.pack(">I", counter) + (b"\x01" if last else b"\x00")


class StreamEncryptor:
    """Buffers plaintext and writes sealed segments to ``sink``; ``finish`` seals the last."""

    def __init__(self, key: bytes | bytearray, prefix: bytes, header: bytes, sink: BinaryIO):
        self._aead = AESGCM(bytes(key))
        self._prefix = prefix
        self._aad = hashlib.sha256(header).digest()
        self._sink = sink
        self._buffer = bytearray()
        self._counter = 0
        self.plain_bytes = 0

    def write(self, data: bytes | bytearray | memoryview) -> None:
        self._buffer += data
        self.plain_bytes += len(data)
        # Keep at least one byte back: only ``finish`` may seal the last segment.
        while len(self._buffer) > SEGMENT_SIZE:
            chunk = bytes(self._buffer[:SEGMENT_SIZE])
            del self._buffer[:SEGMENT_SIZE]
            self._seal(chunk, last=False)

    def finish(self) -> None:
        self._seal(bytes(self._buffer), last=True)
        self._buffer.clear()

    def _seal(self, chunk: bytes, last: bool) -> None:
        nonce = _nonce(self._prefix, self._counter, last)
        self._sink.write(self._aead.encrypt(nonce, chunk, self._aad))
        self._counter += 1


def decrypt_stream(
    key: bytes | bytearray, prefix: bytes, header: bytes, source: BinaryIO
) -> Iterator[bytes]:
    """Yield authenticated plaintext segments; raise at the first sign of tampering.

    A segment is only yielded once authenticated, and the stream must end with a
    segment flagged "last" and nothing after it.
    """
    aead = AESGCM(bytes(key))
    aad = hashlib.sha256(header).digest()
    counter = 0
    record = SEGMENT_SIZE + TAG_LEN
    current = source.read(record)
    while True:
        following = source.read(record) if len(current) == record else b""
        last = not following
        if len(current) < TAG_LEN:
            raise StreamCorruptError("the encrypted stream is truncated")
        try:
            yield aead.decrypt(_nonce(prefix, counter, last), current, aad)
        except InvalidTag as exc:
            raise StreamCorruptError("an encrypted segment failed authentication") from exc
        if last:
            return
        counter += 1
        current = following
