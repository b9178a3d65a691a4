# SPDX-License-Identifier: GPL-3.0-or-later
"""Lossless WebP cleaning: a RIFF chunk walk that keeps animation frames.

EXIF, XMP, ICCP and unknown chunks are dropped, the VP8X feature flags are
corrected to match, and the RIFF size is recomputed.
"""

from __future__ import annotations

import struct
from typing import BinaryIO

from defenderdoc.evidence.errors import malformed
from defenderdoc.evidence.limits import check_cancel, check_pixels, read_all
from defenderdoc.evidence.result import Outcome
from defenderdoc.progress import CancelToken

_KEEP = {b"VP8 ", b"VP8L", b"VP8X", b"ALPH", b"ANIM", b"ANMF"}
_ICC, _EXIF, _XMP = 0x20, 0x08, 0x04
_NAMES = {b"EXIF": "WebP EXIF block", b"XMP ": "WebP XMP block", b"ICCP": "WebP ICC profile"}


def strip_webp_bytes(data: bytes, outcome: Outcome, cancel: CancelToken | None = None) -> bytes:
    """Return the WebP with only image and animation chunks."""
    if len(data) < 20 or data[:4] != b"RIFF" or data[8:12] != b"WEBP":
        raise malformed("not a WebP")
    (riff_size,) = struct.unpack("<I", data[4:8])
    end_riff = min(len(data), 8 + riff_size)
    pos, kept, frames = 12, [], 0
    while pos + 8 <= end_riff:
        check_cancel(cancel)
        fourcc, size = struct.unpack("<4sI", data[pos : pos + 8])
        end = pos + 8 + size
        if end > end_riff:
            raise malformed("WebP chunk length")
        chunk = data[pos : end + (size & 1)]
        if fourcc == b"VP8X" and size >= 10:
            width = int.from_bytes(data[pos + 12 : pos + 15], "little") + 1
            height = int.from_bytes(data[pos + 15 : pos + 18], "little") + 1
            check_pixels(width, height)
            flags = data[pos + 8] & ~(_ICC | _EXIF | _XMP)
            chunk = chunk[:8] + bytes((flags,)) + chunk[9:]
        if fourcc == b"ANMF":
            frames += 1
            if size >= 12:
                fw = int.from_bytes(data[pos + 14 : pos + 17], "little") + 1
                fh = int.from_bytes(data[pos + 17 : pos + 20], "little") + 1
                check_pixels(fw, fh, frames)
        if fourcc in _KEEP:
            kept.append(chunk if len(chunk) % 2 == 0 else chunk + b"\x00")
        else:
            outcome.drop("other", _NAMES.get(fourcc, f"WebP {fourcc.decode('latin-1')} chunk"))
        pos = end + (size & 1)
    if not kept or kept[0][:4] not in (b"VP8 ", b"VP8L", b"VP8X"):
        raise malformed("WebP without image")
    if end_riff < len(data):
        outcome.drop("embedded-content", "data after WebP end")
    body = b"".join(kept)
    return b"RIFF" + struct.pack("<I", 4 + len(body)) + b"WEBP" + body


def strip(src: BinaryIO, dst: BinaryIO, cancel: CancelToken | None) -> Outcome:
    """Clean a WebP losslessly."""
    outcome = Outcome("webp")
    dst.write(strip_webp_bytes(read_all(src), outcome, cancel))
    return outcome
