# SPDX-License-Identifier: GPL-3.0-or-later
"""Lossless JPEG cleaning by walking markers and copying only what decoding needs.

Re-encoding would lose quality and is 60x slower; copying DQT/DHT/SOF/SOS and the
entropy-coded data keeps the pixels bit-identical. Orientation is the one EXIF
field a viewer needs, so it is re-created in a fresh, minimal EXIF block.
"""

from __future__ import annotations

import re
import struct
from typing import BinaryIO

from PIL import Image

from defenderdoc.evidence.errors import malformed
from defenderdoc.evidence.limits import check_cancel, check_pixels, read_all
from defenderdoc.evidence.result import Outcome
from defenderdoc.progress import CancelToken

_SOI, _EOI, _SOS, _APP0, _APP1, _APP14, _COM = 0xD8, 0xD9, 0xDA, 0xE0, 0xE1, 0xEE, 0xFE
#: Markers needed to decode: DHT, DAC, SOFn, DQT, DNL, DRI, DHP, EXP.
_KEEP = {0xC4, 0xCC, 0xDB, 0xDC, 0xDD, 0xDE, 0xDF} | (set(range(0xC0, 0xD0)) - {0xC8})
_SOF = set(range(0xC0, 0xD0)) - {0xC4, 0xC8, 0xCC}
_ORIENTATION = 0x0112


def _label(marker: int, payload: bytes) -> tuple[str, str]:
    """Category and a human-readable name for a dropped segment."""
    if marker == _COM:
        return "other", "JPEG comment"
    ident = payload[:32].split(b"\x00", 1)[0][:28].decode("latin-1", "replace")
    if marker == _APP1 and payload.startswith(b"Exif"):
        return "other", "JPEG APP1 EXIF block"
    if marker == _APP0:
        return "thumbnail", f"JPEG APP0 {ident}"
    if marker == 0xE2 and payload.startswith(b"MPF"):
        return "embedded-content", "JPEG APP2 MPF (extra images)"
    return "other", f"JPEG APP{marker - _APP0} {ident}".rstrip()


def exif_orientation(payload: bytes) -> int:
    """Orientation from an APP1 EXIF payload; 1 when absent or unreadable."""
    tiff = payload[6:]
    if len(tiff) < 8 or tiff[:2] not in (b"II", b"MM"):
        return 1
    end = "<" if tiff[:2] == b"II" else ">"
    (ifd,) = struct.unpack(end + "I", tiff[4:8])
    if ifd + 2 > len(tiff):
        return 1
    (count,) = struct.unpack(end + "H", tiff[ifd : ifd + 2])
    for i in range(min(count, 512)):
        entry = tiff[ifd + 2 + 12 * i : ifd + 14 + 12 * i]
        if len(entry) < 12:
            break
        tag, typ = struct.unpack(end + "HH", entry[:4])
        if tag == _ORIENTATION and typ == 3:
            (value,) = struct.unpack(end + "H", entry[8:10])
            return value if 1 <= value <= 8 else 1
    return 1


def minimal_orientation_exif(orientation: int) -> bytes:
    """APP1 payload holding Orientation and nothing else (checked after building)."""
    exif = Image.Exif()
    exif[_ORIENTATION] = orientation
    payload = exif.tobytes()
    check = Image.Exif()
    check.load(payload)
    if dict(check) != {_ORIENTATION: orientation} or check.get_ifd(0x8769):
        raise malformed("orientation block")
    return payload


#: 0xFF followed by anything but a stuffed zero, a restart marker or another fill byte.
_MARKER_IN_SCAN = re.compile(rb"\xff[^\x00\xd0-\xd7\xff]")


def _scan_end(data: bytes, pos: int) -> int:
    """Offset of the first real marker after entropy-coded data starting at ``pos``.

    A regular expression runs the search in C: a noisy 12-megapixel scan holds
    tens of thousands of 0xFF bytes, too many for a Python loop.
    """
    found = _MARKER_IN_SCAN.search(data, pos)
    if found is None:
        raise malformed("truncated JPEG scan")
    return found.start()


def strip_jpeg_bytes(  # noqa: PLR0912, PLR0915 - the marker walk is one loop by design
    data: bytes,
    outcome: Outcome,
    *,
    keep_orientation: bool = True,
    cancel: CancelToken | None = None,
) -> bytes:
    """Return a JPEG holding only decoding segments (plus Orientation if asked)."""
    if not data.startswith(b"\xff\xd8"):
        raise malformed("not a JPEG")
    out: list[bytes | memoryview] = [b"\xff\xd8"]
    orientation, insert_at, pos, n, frames = 1, 1, 2, len(data), 0
    while True:
        check_cancel(cancel)
        if pos >= n or data[pos] != 0xFF:
            raise malformed("JPEG segment structure")
        while pos < n and data[pos] == 0xFF:
            pos += 1
        if pos >= n:
            raise malformed("truncated JPEG")
        marker = data[pos]
        pos += 1
        if marker == _EOI:
            out.append(b"\xff\xd9")
            break
        if marker == 0x01 or 0xD0 <= marker <= 0xD7:
            continue
        if pos + 2 > n:
            raise malformed("truncated JPEG")
        (length,) = struct.unpack(">H", data[pos : pos + 2])
        if length < 2 or pos + length > n:
            raise malformed("JPEG segment length")
        payload = data[pos + 2 : pos + length]
        segment = bytes((0xFF, marker)) + data[pos : pos + length]
        pos += length
        if marker == _SOS:
            end = _scan_end(data, pos)
            out.append(segment)
            out.append(memoryview(data)[pos:end])  # megabytes: joined once, never copied twice
            pos = end
            continue
        if marker in _SOF and len(payload) >= 5:
            frames += 1
            height, width = struct.unpack(">HH", payload[1:5])
            check_pixels(width, height or 1)
        if marker in _KEEP:
            out.append(segment)
        elif marker == _APP0 and payload.startswith(b"JFIF\x00") and len(payload) >= 14:
            if len(payload) > 14:
                outcome.drop("thumbnail", "JPEG JFIF thumbnail")
            out.append(b"\xff\xe0\x00\x10" + payload[:12] + b"\x00\x00")
            insert_at = len(out)
        elif marker == _APP14 and payload.startswith(b"Adobe") and len(payload) >= 12:
            out.append(b"\xff\xee\x00\x0e" + payload[:12])
        else:
            if marker == _APP1 and payload.startswith(b"Exif\x00") and orientation == 1:
                orientation = exif_orientation(payload)
            outcome.drop(*_label(marker, payload))
    if frames == 0:
        raise malformed("JPEG without image")
    if pos < n:
        outcome.drop(
            "embedded-content", "data after JPEG end (trailer or extra image)", f"{n - pos} bytes"
        )
    if keep_orientation and orientation != 1:
        exif = minimal_orientation_exif(orientation)
        out.insert(insert_at, b"\xff\xe1" + struct.pack(">H", len(exif) + 2) + exif)
    return b"".join(out)


def strip(src: BinaryIO, dst: BinaryIO, cancel: CancelToken | None) -> Outcome:
    """Clean a JPEG losslessly."""
    outcome = Outcome("jpeg")
    dst.write(strip_jpeg_bytes(read_all(src), outcome, cancel=cancel))
    return outcome
