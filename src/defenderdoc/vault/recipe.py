# SPDX-License-Identifier: GPL-3.0-or-later
"""A cleaned copy stored as a recipe over its sealed original.

Lossless cleaning keeps almost every byte: a photo loses a few kilobytes of
EXIF and keeps megabytes of scan data; a video keeps its whole ``mdat``.
Storing such a derivative as a second encrypted file doubled the vault's size
and the disk writes of every import. A recipe instead lists, in order, which
ranges of the original to copy and which new bytes (the rewritten headers) to
insert. It lives in the evidence row, inside the encrypted database, so it is
committed atomically with the row; the derivative's SHA-256 recorded beside it
is checked by ``verify`` like any blob's.

Copies must be in ascending, non-overlapping order so the derivative can be
produced in one pass over the original, in constant memory.
"""

from __future__ import annotations

import struct
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

MAGIC = b"DDRCP1"
_COPY = struct.Struct(">cQQ")
_LITERAL = struct.Struct(">cI")
#: Largest recipe kept in the database; bigger derivatives are stored as blobs.
MAX_RECIPE = 1024 * 1024


class RecipeError(Exception):
    """A recipe is malformed or does not fit its original."""


@dataclass(frozen=True)
class Copy:
    offset: int
    length: int


Op = Copy | bytes


def encode(ops: Iterable[Op]) -> bytes:
    parts = [MAGIC]
    for op in ops:
        if isinstance(op, Copy):
            parts.append(_COPY.pack(b"C", op.offset, op.length))
        else:
            parts.append(_LITERAL.pack(b"L", len(op)) + op)
    return b"".join(parts)


def decode(data: bytes, base_size: int) -> list[Op]:
    """Parse and check a recipe against the size of the original it refers to."""
    if not data.startswith(MAGIC):
        raise RecipeError("not a recipe")
    ops: list[Op] = []
    pos, end = len(MAGIC), 0
    while pos < len(data):
        tag = data[pos : pos + 1]
        if tag == b"C" and pos + _COPY.size <= len(data):
            _tag, offset, length = _COPY.unpack_from(data, pos)
            pos += _COPY.size
            if length == 0 or offset < end or offset + length > base_size:
                raise RecipeError("copy out of order or outside the original")
            end = offset + length
            ops.append(Copy(offset, length))
        elif tag == b"L" and pos + _LITERAL.size <= len(data):
            _tag, length = _LITERAL.unpack_from(data, pos)
            pos += _LITERAL.size
            if pos + length > len(data):
                raise RecipeError("truncated literal")
            ops.append(data[pos : pos + length])
            pos += length
        else:
            raise RecipeError("unknown or truncated operation")
    return ops


def apply(ops: list[Op], base: Iterable[bytes]) -> Iterator[bytes]:
    """Yield the derivative's bytes, reading the original's chunks once, in order."""
    chunks = iter(base)
    buffer, buffer_start = b"", 0  # buffer holds original[buffer_start : buffer_start+len]
    for op in ops:
        if not isinstance(op, Copy):
            if op:
                yield op
            continue
        want, stop = op.offset, op.offset + op.length
        while want < stop:
            if want >= buffer_start + len(buffer):
                buffer_start += len(buffer)
                buffer = next(chunks, b"")
                if not buffer:
                    raise RecipeError("the original is shorter than the recipe says")
                continue
            take = min(stop, buffer_start + len(buffer))
            if want >= buffer_start:
                yield buffer[want - buffer_start : take - buffer_start]
                want = take
            else:  # pragma: no cover - offsets ascend, so the buffer never passes ``want``
                raise RecipeError("copy out of order")
    for _rest in chunks:  # authenticate the rest: a damaged tail must not pass unnoticed
        pass
