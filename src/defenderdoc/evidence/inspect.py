# SPDX-License-Identifier: GPL-3.0-or-later
"""The independent metadata reader used to report and to verify.

It deliberately shares no parsing code with the cleaners: exifread and Pillow
for images, pikepdf for PDF, zipfile and regular expressions for packages,
mutagen for audio. A bug in a cleaner is then unlikely to hide itself.
"""

from __future__ import annotations

import io
import struct
from typing import BinaryIO

from PIL import Image

from defenderdoc.evidence.exifguard import read_exif
from defenderdoc.evidence.formats import FileFormat
from defenderdoc.evidence.imaging import DECODE_ERRORS, PIL_FORMATS, open_image
from defenderdoc.evidence.limits import MAX_IN_MEMORY, stream_size
from defenderdoc.evidence.png import STRUCTURAL_CHUNKS  # one allowlist; the walk is separate
from defenderdoc.evidence.report import MetadataReport

_IGNORED_INFO = {
    "jfif",
    "jfif_version",
    "jfif_unit",
    "jfif_density",
    "dpi",
    "progressive",
    "progression",
    "interlace",
    "transparency",
    "gamma",
    "duration",
    "loop",
    "background",
    "version",
    "compression",
    "resolution",
    "adobe",
    "adobe_transform",
    "aspect",
    "disposal",
    "srgb",
    "chromaticity",
    "exif",
    "bbox",
    "blend",
    "timestamp",
    "default_image",
    "mp",
    "mpoffset",
    "frame",
    "primary",
    "bit_depth",
    "thumbnails",
    "depth_images",
    "aux",
    "tiling",
    "chroma",
    "icc_profile_type",
    "original_orientation",
    "n_frames",
    "palette",
}
_INFO_NAMES = {
    "icc_profile": "ICC profile",
    "xmp": "XMP packet",
    "photoshop": "Photoshop block",
    "comment": "comment",
    "extension": "application extension",
    "metadata": "items",
}
_WEBP_STRUCTURAL = {b"VP8 ", b"VP8L", b"VP8X", b"ALPH", b"ANIM", b"ANMF"}
_MAX_SCAN_PIXELS = 100_000_000
_GIF_APPS = (b"NETSCAPE2.0", b"ANIMEXTS1.0")
_JPEG_ALLOWED_APP = {(0xE0, b"JFIF\x00"), (0xEE, b"Adobe")}


def _png_chunks(data: bytes, report: MetadataReport) -> None:
    pos = 8
    while pos + 8 <= len(data):
        length, ctype = struct.unpack(">I4s", data[pos : pos + 8])
        if ctype not in STRUCTURAL_CHUNKS:
            report.add("other", f"PNG chunk {ctype.decode('latin-1')}")
        pos += 12 + length
        if ctype == b"IEND":
            break
    if pos < len(data):
        report.add("embedded-content", "data after PNG end")


def _webp_chunks(data: bytes, report: MetadataReport) -> None:
    pos = 12
    while pos + 8 <= len(data):
        fourcc, size = struct.unpack("<4sI", data[pos : pos + 8])
        if fourcc not in _WEBP_STRUCTURAL:
            report.add("other", f"WebP chunk {fourcc.decode('latin-1')}")
        pos += 8 + size + (size & 1)
    if len(data) > 20 and data[12:16] == b"VP8X" and data[20] & 0x2C:
        report.add("other", "WebP header announces ICC/EXIF/XMP")


def _jpeg_extra(im: Image.Image, data: bytes, report: MetadataReport) -> None:
    for marker, payload in getattr(im, "applist", []):
        ident = payload[:5]
        if marker == "APP1" and payload.startswith(b"Exif"):
            continue
        code = {"APP0": 0xE0, "APP14": 0xEE}.get(marker, -1)
        if (code, ident) not in _JPEG_ALLOWED_APP:
            name = payload[:24].split(b"\x00", 1)[0].decode("latin-1", "replace")
            report.add("other", f"JPEG {marker} {name}".rstrip())
    if getattr(im, "n_frames", 1) > 1:
        report.add("embedded-content", "JPEG extra images (MPF)")
    if not data.rstrip(b"\x00").endswith(b"\xff\xd9"):
        report.add("embedded-content", "data after JPEG end")


def _image(data: bytes, kind: str, report: MetadataReport) -> None:  # noqa: PLR0912
    im = open_image(data, kind)
    frames = getattr(im, "n_frames", 1)
    if im.width * im.height * frames > _MAX_SCAN_PIXELS:
        frames = 1  # seeking decodes frames; the cleaners drop per-frame blocks anyway
    for index in range(min(frames, 64)):
        if index:
            try:
                im.seek(index)
            except DECODE_ERRORS:
                report.add("other", f"{kind.upper()} frame {index} unreadable")
                break
        for key, value in im.info.items():
            if key in _IGNORED_INFO or not value:
                continue
            if key == "extension" and isinstance(value, tuple) and value[0] in _GIF_APPS:
                continue
            name = _INFO_NAMES.get(str(key), str(key))
            shown = value if key in ("comment",) or isinstance(value, str) else None
            report.add("other", f"{kind.upper()} {name}", shown)
        if kind == "png":
            for key, value in getattr(im, "text", {}).items():
                report.add("other", f"PNG text {key}", value)
    exif_blob = im.info.get("exif")
    if isinstance(exif_blob, bytes) and exif_blob:
        read_exif(exif_blob, report, kind.upper())
    if kind == "tiff":
        read_exif(data, report, "TIFF")
    elif kind == "jpeg":
        _jpeg_extra(im, data, report)
    elif kind == "png":
        _png_chunks(data, report)
    elif kind == "webp":
        _webp_chunks(data, report)


def read_metadata(data_or_stream: bytes | BinaryIO, fmt: FileFormat) -> MetadataReport:
    """Identifying metadata found in a file (empty report = nothing found)."""
    from defenderdoc.evidence import inspect_av, inspect_docs  # noqa: PLC0415 - split module

    stream: BinaryIO = (
        io.BytesIO(data_or_stream) if isinstance(data_or_stream, bytes) else data_or_stream
    )
    report = MetadataReport()
    kind = fmt.kind
    if kind in inspect_av.KINDS:
        inspect_av.read(stream, kind, report)
        return report
    if kind in ("text", "csv"):
        return report
    if stream_size(stream) > MAX_IN_MEMORY:
        report.add("other", "file too large to inspect")
        return report
    data = stream.read()
    stream.seek(0)
    if kind in PIL_FORMATS:
        _image(data, kind, report)
    elif kind == "pdf":
        inspect_docs.read_pdf(data, report)
    elif kind in inspect_docs.ZIP_KINDS:
        inspect_docs.read_zip(data, report, 0)
    else:
        report.add("other", f"format not inspectable: {kind}")
    return report
