# SPDX-License-Identifier: GPL-3.0-or-later
"""Structure check for EXIF/TIFF directories before exifread may parse them.

Crafted EXIF (cyclic IFD chains, huge counts, offsets past the end) has made
exifread hang or allocate without bound; a bounded, cycle-safe walk decides
whether the block is sane, and otherwise it is reported as unreadable.
"""

from __future__ import annotations

import io
import logging
import struct

import exifread

from defenderdoc.evidence.report import MetadataReport

_SUB_IFDS = {0x8769, 0x8825, 0xA005, 0x014A}
_SIZES = {1: 1, 2: 1, 3: 2, 4: 4, 5: 8, 6: 1, 7: 1, 8: 2, 9: 4, 10: 8, 11: 4, 12: 8, 13: 4}
_MAX_IFDS = 64
_MAX_ENTRIES = 4096
_STRUCTURAL = {
    "Orientation",
    "ImageWidth",
    "ImageLength",
    "BitsPerSample",
    "Compression",
    "PhotometricInterpretation",
    "StripOffsets",
    "SamplesPerPixel",
    "RowsPerStrip",
    "StripByteCounts",
    "PlanarConfiguration",
    "XResolution",
    "YResolution",
    "ResolutionUnit",
    "ExtraSamples",
    "SampleFormat",
    "ColorMap",
    "TileWidth",
    "TileLength",
    "TileOffsets",
    "TileByteCounts",
    "Predictor",
    "FillOrder",
    "NewSubfileType",
    "SubfileType",
    "YCbCrSubSampling",
    "YCbCrPositioning",
    "Tag 0x0000",
    "JPEGTables",
}
_GEOTIFF = {"Tag 0x830E", "Tag 0x8482", "Tag 0x85D8", "Tag 0x87AF", "Tag 0x87B0", "Tag 0x87B1"}
_DEVICE = ("Make", "Model", "Serial", "Lens", "MakerNote", "HostComputer", "CameraOwner")
_AUTHOR = ("Artist", "Copyright", "XPAuthor", "OwnerName")

logging.getLogger("exifread").setLevel(logging.CRITICAL)


def tiff_ok(tiff: bytes) -> bool:
    """True if every IFD reachable from the header is in bounds and acyclic."""
    if len(tiff) < 8 or tiff[:2] not in (b"II", b"MM"):
        return False
    end = "<" if tiff[:2] == b"II" else ">"
    if struct.unpack(end + "H", tiff[2:4])[0] != 42:
        return False
    todo = [struct.unpack(end + "I", tiff[4:8])[0]]
    seen: set[int] = set()
    entries = 0
    while todo:
        off = todo.pop()
        if off == 0:
            continue
        if off in seen or len(seen) >= _MAX_IFDS or off + 2 > len(tiff):
            return False
        seen.add(off)
        (count,) = struct.unpack(end + "H", tiff[off : off + 2])
        entries += count
        if entries > _MAX_ENTRIES or off + 2 + 12 * count + 4 > len(tiff):
            return False
        for i in range(count):
            e = off + 2 + 12 * i
            tag, typ, n, value = struct.unpack(end + "HHII", tiff[e : e + 12])
            size = _SIZES.get(typ, 1) * n
            if size > 4 and value + size > len(tiff):
                return False
            if tag in _SUB_IFDS and typ in (4, 13):
                todo.append(value)
        todo.append(struct.unpack(end + "I", tiff[off + 2 + 12 * count : off + 6 + 12 * count])[0])
    return True


def category(key: str) -> str | None:  # noqa: PLR0911 - category table
    """Category of an exifread key such as ``"GPS GPSLatitude"``; None if structural."""
    ifd, _, name = key.partition(" ")
    if name in _STRUCTURAL and ifd in ("Image", "Thumbnail", "Interoperability"):
        return None
    if ifd == "GPS" or name in _GEOTIFF:
        return "location"
    if ifd == "Thumbnail" or key == "JPEGThumbnail":
        return "thumbnail"
    if ifd == "MakerNote" or any(d in name for d in _DEVICE):
        return "device"
    if any(a in name for a in _AUTHOR):
        return "author"
    if "DateTime" in name or "SubSec" in name or "OffsetTime" in name:
        return "timestamp"
    if "Software" in name:
        return "software"
    return "other"


def read_exif(blob: bytes, report: MetadataReport, where: str) -> None:
    """Add findings for an EXIF/TIFF blob (``Exif\\0\\0`` prefix allowed)."""
    tiff = blob[6:] if blob.startswith(b"Exif") else blob
    if not tiff_ok(tiff):
        report.add("other", f"{where} EXIF block (unreadable, possibly crafted)")
        return
    try:
        tags = exifread.process_file(io.BytesIO(tiff), details=False, strict=False)
    except Exception:
        report.add("other", f"{where} EXIF block (unreadable)")
        return
    for key, value in tags.items():
        cat = category(key)
        if cat is not None:
            report.add(cat, f"{where} {key}", None if cat == "thumbnail" else value)
