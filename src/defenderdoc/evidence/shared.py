# SPDX-License-Identifier: GPL-3.0-or-later
"""Find the bytes a cleaned copy shares with its original.

Lossless cleaners drop or rewrite headers and keep the payload byte for byte:
a JPEG keeps its scan data (a run at the end), a video with its index last
keeps its media data (a run at the start). Reporting those runs as ranges of
the original lets the child skip sending them and the vault skip storing them
twice (see ``defenderdoc.vault.recipe``). Every run is compared byte for byte
before it is reported, so the ranges rebuild exactly the verified derivative.
"""

from __future__ import annotations

import hashlib
import os
from typing import Protocol

#: Below this many shared bytes, sending the bytes is cheaper than the bookkeeping.
MIN_SHARED = 256 * 1024
#: Most new bytes (rewritten headers) a shared layout may carry.
MAX_LITERAL = 512 * 1024
_BLOCK = 64 * 1024

Op = tuple[int, int] | bytes


def _prefix(original: bytes, derivative: memoryview, limit: int) -> int:
    """Length of the common start, at most ``limit`` (memcmp per block, no copies)."""
    pos = 0
    while pos < limit:
        step = min(_BLOCK, limit - pos)
        if original.startswith(derivative[pos : pos + step], pos):
            pos += step
        elif step == 1:
            break
        else:
            low, high = 0, step  # the first difference lies in this block
            while high - low > 1:
                mid = (low + high) // 2
                if original.startswith(derivative[pos : pos + mid], pos):
                    low = mid
                else:
                    high = mid
            return pos + low
    return pos


def _suffix(original: bytes, derivative: memoryview, limit: int) -> int:
    """Length of the common end, at most ``limit``."""
    n, m, length = len(original), len(derivative), 0
    while length < limit:
        step = min(_BLOCK, limit - length)
        if original.startswith(derivative[m - length - step : m - length], n - length - step):
            length += step
            continue
        low, high = 0, step  # how many more bytes, counted from the end, still agree
        while high - low > 1:
            mid = (low + high) // 2
            if original.startswith(derivative[m - length - mid : m - length], n - length - mid):
                low = mid
            else:
                high = mid
        return length + low
    return length


def shared_layout(original: bytes, derivative: bytes) -> list[Op] | None:
    """``derivative`` as (offset, length) ranges of ``original`` and new bytes, or None.

    None when too little is shared or too much is new for it to pay off.
    """
    view = memoryview(derivative)
    limit = min(len(original), len(derivative))
    head = _prefix(original, view, limit)
    tail = _suffix(original, view, limit - head)
    middle = derivative[head : len(derivative) - tail]
    if head + tail < MIN_SHARED or len(middle) > MAX_LITERAL:
        return None
    ops: list[Op] = []
    if head:
        ops.append((0, head))
    if middle:
        ops.append(middle)
    if tail:
        ops.append((len(original) - tail, tail))
    return ops


class SameOffsetRanges:
    """Stream a cleaned copy, sending blocks found at the same offset in the original as ranges.

    Media cleaners keep a file's layout (dropped boxes become ``free`` boxes of the
    same size, so sample offsets stay valid): a video's megabytes of media data sit
    at the same offsets in both files. Each block is compared with the original
    before it is reported; everything is hashed as it passes, so the app receives the
    SHA-256 of exactly what was verified.
    """

    def __init__(self, out: RangeChannel, fd: int) -> None:
        self._out, self._fd = out, fd
        self._pos = 0
        self._run: tuple[int, int] | None = None  # (offset, length) not yet sent
        self.digest = hashlib.sha256()

    def write(self, data: bytes, /) -> int:
        self.digest.update(data)
        size = len(data)
        if size >= _BLOCK and os.pread(self._fd, size, self._pos) == bytes(data):
            if self._run is not None and sum(self._run) == self._pos:
                self._run = (self._run[0], self._run[1] + size)
            else:
                self.flush()
                self._run = (self._pos, size)
        else:
            self.flush()
            self._out.write(data)
        self._pos += size
        return size

    def flush(self) -> None:
        """Send the pending range (call once the copy is complete)."""
        if self._run is not None:
            self._out.copy(*self._run)
            self._run = None


class RangeChannel(Protocol):
    """Where the child sends a copy: new bytes, and ranges of the source."""

    def write(self, data: bytes, /) -> object: ...

    def copy(self, offset: int, length: int, /) -> object: ...
