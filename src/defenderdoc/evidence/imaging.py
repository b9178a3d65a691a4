# SPDX-License-Identifier: GPL-3.0-or-later
"""Guarded Pillow access: a decoder allowlist and bomb checks before any decoding.

``Image.open`` without ``formats=`` would try every plugin, including EPS (which
calls Ghostscript) and exotic decoders; every evidence path goes through here.
"""

from __future__ import annotations

import io
import struct
import warnings
from collections.abc import Iterator

from PIL import Image, ImageOps

from defenderdoc.evidence.errors import RefusedFileError, malformed
from defenderdoc.evidence.limits import MAX_GIF_PIXELS, MAX_PIXELS, check_pixels

#: Pillow format names allowed per evidence kind.
PIL_FORMATS: dict[str, tuple[str, ...]] = {
    "jpeg": ("JPEG", "MPO"),
    "png": ("PNG",),
    "gif": ("GIF",),
    "webp": ("WEBP",),
    "tiff": ("TIFF",),
    "heif": ("HEIF",),
    "avif": ("AVIF",),
}
MAX_FRAMES = 10_000
#: What Pillow and its plugins raise on damaged data.
DECODE_ERRORS: tuple[type[Exception], ...] = (
    OSError,
    ValueError,
    SyntaxError,
    EOFError,
    RuntimeError,
    IndexError,
    KeyError,
    struct.error,
    ZeroDivisionError,
    TypeError,
)

Image.MAX_IMAGE_PIXELS = MAX_PIXELS
_heif_registered = False


def _register_heif() -> None:
    global _heif_registered  # noqa: PLW0603 - register the optional plugin once
    if not _heif_registered:
        try:
            import pillow_heif  # noqa: PLC0415 - optional dependency, loaded on demand
        except ImportError as exc:
            raise RefusedFileError("unsupported_format") from exc
        pillow_heif.register_heif_opener(thumbnails=False, depth_images=False)
        _heif_registered = True


def open_image(data: bytes, kind: str) -> Image.Image:
    """Open with only the decoders for ``kind``; refuse bombs before decoding."""
    formats = PIL_FORMATS.get(kind)
    if formats is None:
        raise RefusedFileError("unsupported_format")
    if kind == "heif":
        _register_heif()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            im = Image.open(io.BytesIO(data), formats=list(formats))
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise RefusedFileError("image_too_large") from exc
    except DECODE_ERRORS as exc:
        raise malformed("image header") from exc
    limit = MAX_GIF_PIXELS if kind == "gif" else MAX_PIXELS
    try:
        count = getattr(im, "n_frames", 1)  # TIFF walks every directory here: may fail too
    except DECODE_ERRORS as exc:
        raise malformed("image frames") from exc
    check_pixels(im.width, im.height, count, limit=limit)
    if count > MAX_FRAMES:
        raise RefusedFileError("image_too_large")
    return im


def frames(im: Image.Image) -> Iterator[Image.Image]:
    """Decode every frame; decoder failures become a refusal, not a crash."""
    count = getattr(im, "n_frames", 1)
    for index in range(count):
        try:
            im.seek(index)
            im.load()
        except Image.DecompressionBombError as exc:
            raise RefusedFileError("image_too_large") from exc
        except MemoryError as exc:
            raise RefusedFileError("memory") from exc
        except DECODE_ERRORS as exc:
            raise malformed("image data") from exc
        yield im


def decoded_frames(data: bytes, kind: str) -> list[tuple[str, tuple[int, int], bytes]]:
    """(mode, size, pixel bytes) for every frame, for lossless comparisons."""
    im = open_image(data, kind)
    return [(fr.mode, fr.size, fr.tobytes()) for fr in frames(im)]


def upright_copy(im: Image.Image) -> Image.Image:
    """A metadata-free copy of the current frame, rotated as the viewer would show it."""
    try:
        turned = ImageOps.exif_transpose(im)
    except DECODE_ERRORS:
        turned = im
    clean = turned.copy()
    clean.info = {}
    return clean
