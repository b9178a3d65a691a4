# SPDX-License-Identifier: GPL-3.0-or-later
"""Resource limits for untrusted evidence, and small I/O helpers that enforce them.

Every cleaner reads through these helpers so a hostile file cannot make the
process allocate without bound, and so cancellation is checked while copying.
"""

from __future__ import annotations

from typing import BinaryIO

from defenderdoc.evidence.errors import RefusedFileError, malformed
from defenderdoc.progress import CancelToken

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
