# SPDX-License-Identifier: GPL-3.0-or-later
"""Annex images as they enter the PDF: the pixels given, and nothing else.

JPEGs are embedded byte for byte (DCTDecode): never decoded, never re-encoded, so
the evidence keeps its exact quality and a 50-photo dossier renders in seconds. The
one change is defensive: every metadata segment is dropped on the way in - EXIF
(camera serial, GPS), XMP, IPTC, ICC profiles, comments, JFIF/EXIF thumbnails (which
can show the picture *before* redaction) and anything appended after the end of the
image (phone "motion photo" videos, vendor trailers). The importer already strips
these; doing it again here means a missed segment still never reaches a recipient.

Other formats are decoded with Pillow and stored losslessly (Flate). Transparency is
flattened onto white first: pixels hidden behind alpha would otherwise travel in the
file, visible to anyone who extracts the image.
"""

from __future__ import annotations

import hashlib
import io
import struct
from dataclasses import dataclass
from typing import Any

from PIL import Image
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfdoc import PDFError
from reportlab.pdfbase.pdfutils import readJPEGInfo

from defenderdoc.export.content import AnnexImage

_SOI, _EOI, _SOS, _COM, _APP14 = 0xD8, 0xD9, 0xDA, 0xFE, 0xEE


@dataclass(frozen=True)
class Prepared:
    """What ``canvas.drawImage`` is given, and the image's size in pixels."""

    source: Any
    width: int
    height: int


class _Jpeg:
    """A JPEG that reportlab copies into the PDF as is (its ``jpeg_fh`` protocol)."""

    def __init__(self, data: bytes, name: str) -> None:
        self.data, self.name = data, name

    def jpeg_fh(self) -> io.BytesIO:
        return io.BytesIO(self.data)

    def __str__(self) -> str:  # reportlab names (and de-duplicates) images by this
        return self.name


def _segment_kept(marker: int, payload: bytes) -> bool:
    """Tables, frames and scans stay; APPn and comments go, except Adobe's colour flag."""
    if marker == _APP14:
        return payload.startswith(b"Adobe")
    return not (0xE0 <= marker <= 0xEF or marker == _COM)


def clean_jpeg(data: bytes) -> bytes:
    """``data`` with metadata segments and trailing bytes removed; ValueError if malformed."""
    if data[:2] != b"\xff\xd8":
        raise ValueError("not a JPEG")
    out = [data[:2]]
    i, n = 2, len(data)
    while i + 1 < n:
        if data[i] != 0xFF:
            raise ValueError("JPEG marker expected")
        marker = data[i + 1]
        if marker == 0xFF:  # fill byte
            i += 1
            continue
        if marker == _EOI:
            out.append(data[i : i + 2])
            return b"".join(out)
        if marker == 0x01 or 0xD0 <= marker <= 0xD7 or marker == _SOI:
            i += 2
            continue
        end = i + 2 + int.from_bytes(data[i + 2 : i + 4], "big")
        if end > n or end < i + 4:
            raise ValueError("truncated JPEG segment")
        if _segment_kept(marker, data[i + 4 : end]):
            out.append(data[i:end])
        i = end
        if marker == _SOS:  # entropy-coded data runs to the next real marker
            j = i
            while True:
                j = data.find(b"\xff", j)
                if j < 0 or j + 1 >= n:
                    raise ValueError("JPEG without end marker")
                follower = data[j + 1]
                if follower == 0 or 0xD0 <= follower <= 0xD7 or follower == 0xFF:
                    j += 1 if follower == 0xFF else 2
                    continue
                out.append(data[i:j])
                i = j
                break
    raise ValueError("JPEG without end marker")


def _pixels(data: bytes) -> Image.Image:
    """Decoded first frame, transparency flattened onto white."""
    with Image.open(io.BytesIO(data)) as image:
        image.load()
        if image.mode in ("RGBA", "LA", "PA", "RGBa", "La") or "transparency" in image.info:
            rgba = image.convert("RGBA")
            flat = Image.new("RGB", image.size, "white")
            flat.paste(rgba, mask=rgba.getchannel("A"))
            return flat
        if image.mode in ("RGB", "L", "CMYK"):
            return image.copy()
        return image.convert("RGB")


def prepare(image: AnnexImage) -> Prepared:
    """Check ``image`` against its SHA-256 and make it ready to draw."""
    if hashlib.sha256(image.data).hexdigest() != image.sha256.lower():
        raise ValueError(f"{image.file_name}: data does not match its SHA-256")
    if image.data[:3] == b"\xff\xd8\xff":
        try:
            data = clean_jpeg(image.data)
            width, height, components, _dpi = readJPEGInfo(io.BytesIO(data))
        except (ValueError, PDFError, struct.error):
            pass  # a JPEG variant PDF readers may not show: decode it instead
        else:
            if components in (1, 3, 4) and width and height:
                return Prepared(_Jpeg(data, "annex-" + image.sha256.lower()), width, height)
    pixels = _pixels(image.data)
    return Prepared(ImageReader(pixels), pixels.width, pixels.height)
