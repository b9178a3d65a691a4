# SPDX-License-Identifier: GPL-3.0-or-later
"""Receive a cleaned copy from the sandbox and store it: as a recipe or as a blob.

The child sends new bytes and ranges of the source. While the copy is mostly
ranges and the original is kept, it is stored as a recipe over the sealed
original (``defenderdoc.vault.recipe``): one write of the photo instead of two.
Once the new bytes outgrow a recipe, when nothing is shared, when the child
sent no hash of the copy, or when the original will not be kept, the copy is
written out as an encrypted blob of its own (the blob writer hashes it).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass

from defenderdoc.evidence.protocol import ProtocolError
from defenderdoc.vault import recipe
from defenderdoc.vault.blobs import BlobStore, BlobWriter

_READ = 1024 * 1024


@dataclass(frozen=True)
class StoredDerivative:
    """Where a cleaned copy went: exactly one of ``blob_id`` and ``recipe`` is set."""

    blob_id: str | None
    recipe: bytes | None
    sha256: str
    size: int


class DerivativeSink:
    """A ``RangeSink`` over the source descriptor ``fd``; ``finish`` or ``abort`` it."""

    def __init__(self, blobs: BlobStore, fd: int, *, as_recipe: bool) -> None:
        self._blobs, self._fd = blobs, fd
        self._source_size = os.fstat(fd).st_size
        self._ops: list[recipe.Op] = []
        self._literal = self._end = self._size = 0
        self._writer: BlobWriter | None = None if as_recipe else blobs.open_writer()

    def write(self, data: bytes, /) -> int:
        self._size += len(data)
        if self._writer is not None:
            self._writer.write(data)  # the writer hashes what it encrypts
            return len(data)
        self._ops.append(bytes(data))
        self._literal += len(data)
        if self._literal > recipe.MAX_RECIPE:
            self._spill()
        return len(data)

    def copy(self, offset: int, length: int, /) -> None:
        if length <= 0 or offset < self._end or offset + length > self._source_size:
            raise ProtocolError("range out of order or outside the source")
        self._end = offset + length
        self._size += length
        if self._writer is not None:
            for chunk in self._read(offset, length):
                self._writer.write(chunk)
            return
        self._ops.append(recipe.Copy(offset, length))

    def finish(self, sha256: str | None = None) -> StoredDerivative:
        """Store the copy.

        ``sha256`` is the child's hash of the copy it verified. A recipe is stored
        with it: the copy's content already rests on the child (it cleaned and
        verified it), ``verify`` recomputes it from the vault, and hashing here
        would read every photo a third time.
        """
        shares = any(isinstance(op, recipe.Copy) for op in self._ops)
        if self._writer is None and (sha256 is None or not shares):
            self._spill()  # a file of its own, readable (and hashed) without the original
        if self._writer is not None:
            written = self._writer.commit()
            return StoredDerivative(written.blob_id, None, written.sha256, written.size)
        assert sha256 is not None  # noqa: S101 - spilled above otherwise
        return StoredDerivative(None, recipe.encode(self._ops), sha256, self._size)

    def abort(self) -> None:
        if self._writer is not None:
            self._writer.abort()

    def _spill(self) -> None:
        """Too much is new for a recipe: write everything so far into a blob."""
        writer = self._writer = self._blobs.open_writer()
        for op in self._ops:
            if isinstance(op, recipe.Copy):
                for chunk in self._read(op.offset, op.length):
                    writer.write(chunk)
            else:
                writer.write(op)
        self._ops = []

    def _read(self, offset: int, length: int) -> Iterator[bytes]:
        end = offset + length
        while offset < end:
            chunk = os.pread(self._fd, min(_READ, end - offset), offset)
            if not chunk:
                raise ProtocolError("the source is shorter than the range")
            offset += len(chunk)
            yield chunk
