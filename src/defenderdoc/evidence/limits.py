# SPDX-License-Identifier: GPL-3.0-or-later
"""Resource limits for untrusted evidence, and small I/O helpers that enforce them.

Every cleaner reads through these helpers so a hostile file cannot make the
process allocate without bound, and so cancellation is checked while copying.
"""

from __future__ import annotations

import io
import os
from typing import TYPE_CHECKING, BinaryIO, cast

from defenderdoc.evidence.errors import RefusedFileError, malformed
from defenderdoc.progress import CancelToken

if TYPE_CHECKING:
    from _typeshed import WriteableBuffer

#: Largest decoded image we accept (pixels per frame); 50000x50000 is refused.
MAX_PIXELS = 178_956_970
#: GIF frames are composited on the whole logical screen, so its canvas is capped lower.
MAX_GIF_PIXELS = 50_000_000
#: Sum of pixels over all frames of an animation.
MAX_TOTAL_PIXELS = 1_000_000_000
#: Largest file a format that must be held in memory may have.
MAX_IN_MEMORY = 512 * 1024 * 1024
#: ZIP packages: members, total unpacked size, per-member expansion ratio.
MAX_ZIP_MEMBERS = 10_000
MAX_ZIP_TOTAL = 1024 * 1024 * 1024
MAX_ZIP_MEMBER = 256 * 1024 * 1024
MAX_ZIP_RATIO = 200
#: Nesting depth for documents inside documents.
MAX_NESTING = 3
#: Copy granularity for streamed formats.
CHUNK = 1024 * 1024


def check_cancel(cancel: CancelToken | None) -> None:
    """Raise ``CancelledError`` if the user pressed Cancel."""
    if cancel is not None:
        cancel.raise_if_cancelled()


def stream_size(src: BinaryIO) -> int:
    """Size of a seekable stream, leaving the position at 0."""
    src.seek(0, 2)
    size = src.tell()
    src.seek(0)
    return size


def read_all(src: BinaryIO, limit: int = MAX_IN_MEMORY) -> bytes:
    """Read a whole stream that must fit in memory, or refuse."""
    if stream_size(src) > limit:
        raise RefusedFileError("file_too_large")
    return src.read()


def copy_range(
    src: BinaryIO, dst: BinaryIO, start: int, length: int, cancel: CancelToken | None
) -> None:
    """Copy ``length`` bytes from ``start`` in constant memory."""
    src.seek(start)
    remaining = length
    while remaining > 0:
        check_cancel(cancel)
        block = src.read(min(CHUNK, remaining))
        if not block:
            raise malformed("truncated")
        dst.write(block)
        remaining -= len(block)


def check_pixels(width: int, height: int, frames: int = 1, limit: int = MAX_PIXELS) -> None:
    """Refuse images whose decoded size would be a decompression bomb."""
    if width <= 0 or height <= 0:
        raise malformed("zero image size")
    if width * height > limit or width * height * max(frames, 1) > MAX_TOTAL_PIXELS:
        raise RefusedFileError("image_too_large")


class PositionalReader(io.RawIOBase):
    """Read a file descriptor with ``pread``: its own position, the fd's offset untouched.

    A descriptor received from the app shares its file offset with the app's
    copy; reading it through ``pread`` lets several readers (cleaner, verifier)
    walk the same file independently without disturbing anyone else.
    """

    def __init__(self, fd: int) -> None:
        super().__init__()
        self._fd, self._pos = fd, 0

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def readinto(self, buffer: WriteableBuffer) -> int:
        view = memoryview(buffer).cast("B")
        if hasattr(os, "preadv"):  # straight into the caller's buffer, no extra copy
            count = os.preadv(self._fd, [view], self._pos)
        else:  # pragma: no cover - platforms without preadv
            data = os.pread(self._fd, len(view), self._pos)
            count = len(data)
            view[:count] = data
        self._pos += count
        return count

    def readall(self) -> bytes:
        """The rest of the file in one read (the default reads 8 KiB at a time)."""
        chunks = []
        while data := os.pread(
            self._fd, max(os.fstat(self._fd).st_size - self._pos, CHUNK), self._pos
        ):
            chunks.append(data)
            self._pos += len(data)
        return chunks[0] if len(chunks) == 1 else b"".join(chunks)

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        if whence == io.SEEK_SET:
            self._pos = offset
        elif whence == io.SEEK_CUR:
            self._pos += offset
        else:
            self._pos = os.fstat(self._fd).st_size + offset
        if self._pos < 0:
            raise ValueError("negative seek position")
        return self._pos

    def tell(self) -> int:
        return self._pos


def open_fd(fd: int) -> BinaryIO:
    """A buffered, seekable reader over ``fd`` that never moves the fd's own offset."""
    return cast(BinaryIO, io.BufferedReader(PositionalReader(fd), buffer_size=CHUNK))
