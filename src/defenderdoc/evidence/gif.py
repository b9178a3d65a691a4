# SPDX-License-Identifier: GPL-3.0-or-later
"""Lossless GIF cleaning by walking blocks and dropping comments and foreign extensions.

Animation (graphic control and NETSCAPE looping blocks) is kept; comment blocks
and application extensions such as XMP or ICC are dropped.
"""

from __future__ import annotations

import struct
from typing import BinaryIO

from defenderdoc.evidence.errors import malformed
from defenderdoc.evidence.limits import MAX_GIF_PIXELS, check_cancel, check_pixels, read_all
from defenderdoc.evidence.result import Outcome
from defenderdoc.progress import CancelToken

_KEEP_APPS = (b"NETSCAPE2.0", b"ANIMEXTS1.0")


def _sub_blocks(data: bytes, pos: int) -> int:
    """Offset just past a chain of data sub-blocks starting at ``pos``."""
    while True:
        if pos >= len(data):
            raise malformed("truncated GIF block")
        size = data[pos]
        pos += 1 + size
        if size == 0:
            if pos > len(data):
                raise malformed("truncated GIF block")
            return pos


def strip_gif_bytes(  # noqa: PLR0912 - one block walk
    data: bytes, outcome: Outcome, cancel: CancelToken | None = None
) -> bytes:
    """Return the GIF without comment and unknown extension blocks."""
    if len(data) < 13 or not data.startswith((b"GIF87a", b"GIF89a")):
        raise malformed("not a GIF")
    width, height, packed = struct.unpack("<HHB", data[6:11])
    check_pixels(width, height, limit=MAX_GIF_PIXELS)
    pos = 13 + ((3 << ((packed & 7) + 1)) if packed & 0x80 else 0)
    out, frames = [data[:pos]], 0
    while True:
        check_cancel(cancel)
        if pos >= len(data):
            if frames == 0:
                raise malformed("truncated GIF")
            outcome.drop("other", "missing GIF trailer (added)")
            break
        kind = data[pos]
        if kind == 0x3B:
            if pos + 1 < len(data):
                outcome.drop("embedded-content", "data after GIF end")
            break
        if kind == 0x2C:
            if pos + 10 > len(data):
                raise malformed("truncated GIF image")
            fw, fh, fpacked = struct.unpack("<HHB", data[pos + 5 : pos + 10])
            frames += 1
            check_pixels(fw or 1, fh or 1, frames)
            check_pixels(width, height, frames, limit=MAX_GIF_PIXELS)
            start = pos
            pos += 10 + ((3 << ((fpacked & 7) + 1)) if fpacked & 0x80 else 0) + 1
            pos = _sub_blocks(data, pos)
            out.append(data[start:pos])
        elif kind == 0x21 and pos + 1 < len(data):
            label, start = data[pos + 1], pos
            pos = _sub_blocks(data, pos + 2)
            app_id = data[start + 3 : start + 14] if label == 0xFF else b""
            if label in (0xF9, 0x01) or (label == 0xFF and app_id in _KEEP_APPS):
                out.append(data[start:pos])
            elif label == 0xFE:
                text = data[start + 3 : pos - 1].decode("latin-1", "replace")
                outcome.drop("other", "GIF comment", text)
            else:
                name = app_id.decode("latin-1", "replace") if app_id else f"0x{label:02X}"
                outcome.drop("other", f"GIF extension {name}")
        else:
            raise malformed("GIF block type")
    out.append(b";")
    return b"".join(out)


def strip(src: BinaryIO, dst: BinaryIO, cancel: CancelToken | None) -> Outcome:
    """Clean a GIF losslessly."""
    outcome = Outcome("gif")
    dst.write(strip_gif_bytes(read_all(src), outcome, cancel))
    return outcome
