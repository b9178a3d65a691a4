# SPDX-License-Identifier: GPL-3.0-or-later
"""Lossless PNG/APNG cleaning by copying only allowlisted chunks with their CRCs.

Text chunks, eXIf, tIME, iCCP and every unknown ancillary chunk can carry names,
dates or device data; none is needed to show the pixels.
"""

from __future__ import annotations

import struct
import zlib
from typing import BinaryIO

from defenderdoc.evidence.errors import RefusedFileError, malformed
from defenderdoc.evidence.limits import check_cancel, check_pixels, read_all
from defenderdoc.evidence.result import Outcome
from defenderdoc.progress import CancelToken

SIGNATURE = b"\x89PNG\r\n\x1a\n"
#: Chunks needed to decode the image; everything else is metadata or unknown.
STRUCTURAL_CHUNKS = frozenset(
    {
        b"IHDR",
        b"PLTE",
        b"IDAT",
        b"IEND",
        b"tRNS",
        b"gAMA",
        b"cHRM",
        b"sRGB",
        b"sBIT",
        b"pHYs",
        b"bKGD",
        b"hIST",
        b"acTL",
        b"fcTL",
        b"fdAT",
        b"cICP",
    }
)
_TEXT = {b"tEXt", b"zTXt", b"iTXt"}
_KEYWORD_CATEGORY = {
    "author": "author",
    "copyright": "author",
    "creation time": "timestamp",
    "software": "software",
    "source": "device",
    "comment": "other",
    "description": "other",
    "title": "other",
    "disclaimer": "other",
}


def _text_finding(ctype: bytes, payload: bytes, outcome: Outcome) -> None:
    keyword, _, rest = payload.partition(b"\x00")
    key = keyword.decode("latin-1", "replace")
    value: str | None = None
    if ctype == b"tEXt":
        value = rest.decode("latin-1", "replace")
    category = _KEYWORD_CATEGORY.get(key.lower(), "other")
    outcome.drop(category, f"PNG {ctype.decode()} {key}", value)


def iter_chunks(data: bytes) -> list[tuple[bytes, int, int]]:
    """(type, payload start, payload end) for each chunk up to IEND; CRCs checked."""
    if not data.startswith(SIGNATURE):
        raise malformed("not a PNG")
    pos, chunks = 8, []
    while True:
        if pos + 12 > len(data):
            raise malformed("truncated PNG")
        length, ctype = struct.unpack(">I4s", data[pos : pos + 8])
        end = pos + 8 + length
        if length > 0x7FFFFFFF or end + 4 > len(data):
            raise malformed("PNG chunk length")
        (crc,) = struct.unpack(">I", data[end : end + 4])
        if zlib.crc32(data[pos + 4 : end]) != crc:
            raise malformed("PNG chunk checksum")
        chunks.append((ctype, pos + 8, end))
        pos = end + 4
        if ctype == b"IEND":
            return chunks


def strip_png_bytes(data: bytes, outcome: Outcome, cancel: CancelToken | None = None) -> bytes:
    """Return the PNG with only structural chunks."""
    chunks = iter_chunks(data)
    if chunks[0][0] != b"IHDR" or chunks[0][2] - chunks[0][1] != 13:
        raise malformed("PNG without header")
    width, height = struct.unpack(">II", data[chunks[0][1] : chunks[0][1] + 8])
    frames = 1
    out = [SIGNATURE]
    for ctype, start, end in chunks:
        check_cancel(cancel)
        if ctype == b"acTL" and end - start >= 4:
            frames = struct.unpack(">I", data[start : start + 4])[0]
        if ctype in STRUCTURAL_CHUNKS:
            out.append(data[start - 8 : end + 4])
        elif ctype[0:1].isupper():
            raise RefusedFileError("unsupported_format")
        elif ctype in _TEXT:
            _text_finding(ctype, data[start:end], outcome)
        elif ctype == b"tIME":
            outcome.drop("timestamp", "PNG tIME")
        elif ctype == b"eXIf":
            outcome.drop("other", "PNG eXIf block")
        else:
            outcome.drop("other", f"PNG {ctype.decode('latin-1')} chunk")
    check_pixels(width, height, frames)
    if chunks[-1][2] + 4 < len(data):
        outcome.drop("embedded-content", "data after PNG end")
    return b"".join(out)


def strip(src: BinaryIO, dst: BinaryIO, cancel: CancelToken | None) -> Outcome:
    """Clean a PNG losslessly."""
    outcome = Outcome("png")
    dst.write(strip_png_bytes(read_all(src), outcome, cancel))
    return outcome
