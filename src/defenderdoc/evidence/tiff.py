# SPDX-License-Identifier: GPL-3.0-or-later
"""TIFF cleaning by rebuilding the file from decoded pixels.

ExifTool cannot delete IFD0 (Make, Model, Artist, GeoTIFF), and a TIFF's tags
and its metadata share one directory, so the file is re-encoded from pixels
with a lossless compression; pixel values of every page are kept.
"""

from __future__ import annotations

from typing import BinaryIO

from PIL import Image

from defenderdoc.evidence.errors import malformed
from defenderdoc.evidence.i18n_notices import NOTICE_TIFF
from defenderdoc.evidence.imaging import DECODE_ERRORS, frames, open_image
from defenderdoc.evidence.limits import check_cancel, read_all
from defenderdoc.evidence.result import Outcome
from defenderdoc.progress import CancelToken

_LOSSLESS = {"raw", "tiff_lzw", "tiff_adobe_deflate", "packbits", "group4", "group3"}
_GEO = {33550, 33922, 34264, 34735, 34736, 34737}
_TAG_CATEGORY = {
    271: ("device", "TIFF Make"),
    272: ("device", "TIFF Model"),
    315: ("author", "TIFF Artist"),
    33432: ("author", "TIFF Copyright"),
    306: ("timestamp", "TIFF DateTime"),
    305: ("software", "TIFF Software"),
    270: ("other", "TIFF ImageDescription"),
    316: ("device", "TIFF HostComputer"),
    269: ("other", "TIFF DocumentName"),
    34853: ("location", "TIFF GPS block"),
    34665: ("other", "TIFF EXIF block"),
    700: ("other", "TIFF XMP block"),
    33723: ("other", "TIFF IPTC block"),
    34377: ("other", "TIFF Photoshop block"),
    34675: ("other", "TIFF ICC profile"),
}


def _record(im: Image.Image, outcome: Outcome) -> None:
    tags = getattr(im, "tag_v2", {})
    for tag in list(tags.keys()):
        if tag in _TAG_CATEGORY:
            category, name = _TAG_CATEGORY[tag]
            outcome.drop(category, name)
        elif tag in _GEO:
            outcome.drop("location", "GeoTIFF georeferencing")


def strip(src: BinaryIO, dst: BinaryIO, cancel: CancelToken | None) -> Outcome:
    """Re-encode every page losslessly without any descriptive tag."""
    outcome = Outcome("tiff", notice=NOTICE_TIFF)
    im = open_image(read_all(src), "tiff")
    compression = str(im.info.get("compression", "raw"))
    pages: list[Image.Image] = []
    for frame in frames(im):
        check_cancel(cancel)
        _record(frame, outcome)
        page = frame.copy()
        page.info = {}
        pages.append(page)
    if compression not in _LOSSLESS or (compression.startswith("group") and pages[0].mode != "1"):
        compression = "tiff_lzw"
    try:
        pages[0].save(
            dst, format="TIFF", save_all=True, append_images=pages[1:], compression=compression
        )
    except DECODE_ERRORS as exc:
        raise malformed("TIFF could not be rebuilt") from exc
    return outcome
