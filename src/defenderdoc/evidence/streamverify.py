# SPDX-License-Identifier: GPL-3.0-or-later
"""Verify a large derivative while it is being produced, in bounded memory.

A 1 GB video cannot be held twice in memory, and the derivative leaves the
child as it is produced (the app encrypts it on arrival), so it is checked on
the way out: ``StreamVerifier`` sits between the cleaner and the output,
forwards every byte, and walks the emitted structure with the independent
layouts of ``streamformats``. Header structures are kept (they are small) and
payload is compared byte for byte with the original's range at the same time.
At the end the usual independent metadata reader runs over a sparse view of
the derivative: its own header bytes, payload served from the original ranges
it was just proven equal to. Any doubt raises ``verification_failed``.
"""

from __future__ import annotations

import bisect
import io
from typing import TYPE_CHECKING, BinaryIO, cast

from defenderdoc.evidence.errors import REASONS, RefusedFileError
from defenderdoc.evidence.formats import detect_stream
from defenderdoc.evidence.limits import stream_size
from defenderdoc.evidence.protocol import ChunkSink
from defenderdoc.evidence.streamformats import (
    LAYOUTS,
    MAX_HEADER,
    Layout,
    LayoutError,
    Need,
    Same,
    Step,
    Zeros,
)

if TYPE_CHECKING:
    from _typeshed import WriteableBuffer

#: Kinds whose derivatives can be verified while streaming.
KINDS = frozenset(LAYOUTS)
_FAMILY = {"mp4", "mov", "3gp", "m4a"}
_PAGE = 4096
#: (derivative offset, length, header bytes | original offset | None for zeros)
Region = tuple[int, int, bytes | int | None]


def _refuse(detail: str) -> RefusedFileError:
    return RefusedFileError("verification_failed", f"{REASONS['verification_failed']} ({detail})")


def _zeroed_only(orig: bytes, deriv: bytes) -> int:
    """Bytes the derivative zeroed; raise if any other byte differs."""
    zeroed = 0
    for start in range(0, len(deriv), _PAGE):
        a, b = orig[start : start + _PAGE], deriv[start : start + _PAGE]
        if a != b:
            if any(y and x != y for x, y in zip(a, b, strict=True)):
                raise LayoutError("payload differs from the original")
            zeroed += sum(1 for x, y in zip(a, b, strict=True) if x != y)
    return zeroed


class StreamVerifier:
    """A write-only sink that forwards to ``forward`` and checks what passes through.

    ``original`` must be a reader of its own (its position is moved freely).
    Call ``finish`` after the cleaner returned; it raises if anything was wrong.
    """

    def __init__(self, original: BinaryIO, kind: str, forward: ChunkSink) -> None:
        self._orig, self.kind, self._forward = original, kind, forward
        self._regions: list[Region] = []
        self._buf = bytearray()
        self._pos = self._left = self._cmp = self._retained = 0
        self.zeroed = 0
        self._error: str | None = None
        self._step: Step | None = None
        self._gen: Layout | None = None
        try:
            self._gen = LAYOUTS[kind](original, stream_size(original))
            self._advance(None)
        except (LayoutError, OSError, ValueError) as exc:
            self._error = f"original: {exc}"  # reported only if the cleaner did not refuse first

    def write(self, data: bytes | bytearray | memoryview, /) -> int:
        """Forward ``data`` and check it; raise at the first problem."""
        if self._error is not None:
            raise _refuse(self._error)
        self._forward.write(bytes(data) if not isinstance(data, bytes) else data)
        view = memoryview(data).cast("B")
        try:
            while len(view):
                view = view[self._consume(view) :]
        except LayoutError as exc:
            self._error = str(exc)
            raise _refuse(str(exc)) from None
        return len(data)

    def _consume(self, view: memoryview) -> int:
        step = self._step
        if step is None:
            raise LayoutError("data after the end of the file")
        if isinstance(step, Need):
            take = min(step.size - len(self._buf), len(view))
            self._buf += view[:take]
            if len(self._buf) == step.size:
                data = bytes(self._buf)
                self._buf.clear()
                self._retained += len(data)
                if self._retained > MAX_HEADER:
                    raise LayoutError("too much header data")
                self._regions.append((self._pos, len(data), data))
                self._pos += len(data)
                self._advance(data)
            return take
        take = min(self._left, len(view))
        chunk = bytes(view[:take])
        if isinstance(step, Same):
            self._orig.seek(self._cmp)
            expected = self._orig.read(take)
            if expected != chunk:
                if not step.zero_ok or len(expected) != take:
                    raise LayoutError("payload differs from the original")
                self.zeroed += _zeroed_only(expected, chunk)
            self._cmp += take
        elif chunk.count(0) != take:
            raise LayoutError("blanked structure is not empty")
        self._left -= take
        self._pos += take
        if self._left == 0:
            self._advance(b"")
        return take

    def _advance(self, value: bytes | None) -> None:
        """Ask the layout for its next step (skipping empty payload steps)."""
        if self._gen is None:
            raise LayoutError("no layout")
        try:
            step = self._gen.send(value) if value is not None else next(self._gen)
            while step.size == 0 and not (isinstance(step, Need) and step.eof_ok):
                step = self._gen.send(b"")
        except StopIteration:
            self._step = None
            return
        self._step = step
        if isinstance(step, Same | Zeros):
            self._left = step.size
            self._cmp = step.orig if isinstance(step, Same) else 0
            self._regions.append(
                (self._pos, step.size, step.orig if isinstance(step, Same) else None)
            )

    def finish(self) -> None:
        """Check the end of the stream, then run the metadata reader; raise on any problem."""
        if self._error is not None:
            raise _refuse(self._error)
        step = self._step
        try:
            if isinstance(step, Need) and step.eof_ok and not self._buf:
                self._advance(b"")
                if self._step is not None:
                    raise LayoutError("derivative is truncated")
            elif step is not None:
                raise LayoutError("derivative is truncated")
        except LayoutError as exc:
            raise _refuse(str(exc)) from None
        self._check_readers()

    def _check_readers(self) -> None:
        from defenderdoc.evidence.inspect import read_metadata  # noqa: PLC0415 - cycle

        view = cast(BinaryIO, io.BufferedReader(_SparseView(self._regions, self._orig, self._pos)))
        try:
            found = detect_stream(view)
            if found.kind != self.kind and not {found.kind, self.kind} <= _FAMILY:
                raise _refuse(f"derivative is {found.kind}, expected {self.kind}")
            left = read_metadata(view, found)
        except RefusedFileError:
            raise
        except Exception as exc:  # fail closed: any reader error is a problem
            raise _refuse(f"verification error: {type(exc).__name__}") from exc
        if left.findings:
            shown = "; ".join(f"{f.category} {f.field}" for f in left.findings[:3])
            raise _refuse(f"metadata remains: {shown}")


class _SparseView(io.RawIOBase):
    """The derivative as the reader sees it: kept header bytes, payload from the original."""

    def __init__(self, regions: list[Region], original: BinaryIO, size: int) -> None:
        super().__init__()
        self._regions, self._orig, self._size, self._pos = regions, original, size, 0
        self._starts = [r[0] for r in regions]

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        base = {io.SEEK_SET: 0, io.SEEK_CUR: self._pos, io.SEEK_END: self._size}[whence]
        self._pos = max(0, base + offset)
        return self._pos

    def tell(self) -> int:
        return self._pos

    def readinto(self, buffer: WriteableBuffer) -> int:
        out = memoryview(buffer).cast("B")
        if self._pos >= self._size or not len(out):
            return 0
        index = bisect.bisect_right(self._starts, self._pos) - 1
        start, length, source = self._regions[index]
        offset = self._pos - start
        count = min(len(out), length - offset)
        if isinstance(source, bytes):
            out[:count] = source[offset : offset + count]
        elif source is None:
            out[:count] = bytes(count)
        else:
            self._orig.seek(source + offset)
            data = self._orig.read(count)
            count = len(data)
            out[:count] = data
        self._pos += count
        return count
