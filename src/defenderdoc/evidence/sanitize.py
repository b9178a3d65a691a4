# SPDX-License-Identifier: GPL-3.0-or-later
"""Entry point: pick the cleaner for a detected format and describe what it removed.

Unsupported and unsafe formats are refused with a reason instead of being passed
through (allowlist, not blocklist). On any error ``dst`` holds a partial write
and must be discarded by the caller; the original is never modified.
"""

from __future__ import annotations

import struct
import zlib
from collections.abc import Callable
from typing import BinaryIO

from defenderdoc.evidence import (
    flac,
    gif,
    heif,
    isobmff,
    jpeg,
    mp3,
    odf,
    ogg,
    ooxml,
    pdf,
    png,
    riff,
    text,
    tiff,
    webp,
)
from defenderdoc.evidence.errors import RefusedFileError, malformed
from defenderdoc.evidence.formats import FileFormat, detect_stream
from defenderdoc.evidence.limits import stream_size
from defenderdoc.evidence.report import MetadataReport
from defenderdoc.evidence.result import Outcome, SanitizeResult
from defenderdoc.progress import CancelToken

__all__ = ["SanitizeResult", "sanitize", "sanitize_nested", "supported_kinds"]

Handler = Callable[[BinaryIO, BinaryIO, "CancelToken | None", str, int], Outcome]

#: Detected kinds that are refused, with the reason code.
REFUSED_KINDS = {
    "ole": "legacy_office",
    "asf": "asf",
    "postscript": "postscript",
    "executable": "executable",
    "active_markup": "active_markup",
    "zip": "unsupported_format",
    "unknown": "unsupported_format",
    "empty": "empty",
}
_FAMILIES = [{"mp4", "mov", "3gp", "m4a"}, {"text", "csv"}, {"ogg", "opus"}]
_PARSE_ERRORS = (
    struct.error,
    IndexError,
    ValueError,
    KeyError,
    OverflowError,
    EOFError,
    OSError,
    zlib.error,
    UnicodeError,
    RecursionError,
)


def _simple(func: Callable[[BinaryIO, BinaryIO, CancelToken | None], Outcome]) -> Handler:
    return lambda s, d, c, _k, _depth: func(s, d, c)


def _kinded(func: Callable[[BinaryIO, BinaryIO, CancelToken | None, str], Outcome]) -> Handler:
    return lambda s, d, c, k, _depth: func(s, d, c, k)


_HANDLERS: dict[str, Handler] = {
    "jpeg": _simple(jpeg.strip),
    "png": _simple(png.strip),
    "gif": _simple(gif.strip),
    "webp": _simple(webp.strip),
    "tiff": _simple(tiff.strip),
    "pdf": _simple(pdf.strip),
    "heif": _kinded(heif.strip),
    "avif": _kinded(heif.strip),
    "mp3": _simple(mp3.strip),
    "flac": _simple(flac.strip),
    "ogg": _kinded(ogg.strip),
    "opus": _kinded(ogg.strip),
    "wav": _kinded(riff.strip_audio),
    "aiff": _kinded(riff.strip_audio),
    "avi": _simple(riff.strip_avi),
    "text": _kinded(text.strip),
    "csv": _kinded(text.strip),
    **{k: _kinded(isobmff.strip) for k in ("mp4", "mov", "3gp", "m4a")},
    **{k: ooxml.strip for k in ("docx", "xlsx", "pptx")},
    **{k: odf.strip for k in ("odt", "ods", "odp", "odg", "epub")},
}


def supported_kinds() -> set[str]:
    """Kinds for which a clean derivative can be produced."""
    return set(_HANDLERS)


def _same_family(a: str, b: str) -> bool:
    return a == b or any(a in fam and b in fam for fam in _FAMILIES)


def _run(
    src: BinaryIO, dst: BinaryIO, fmt: FileFormat, depth: int, cancel: CancelToken | None
) -> Outcome:
    if fmt.kind in REFUSED_KINDS:
        raise RefusedFileError(REFUSED_KINDS[fmt.kind])
    if stream_size(src) == 0:
        raise RefusedFileError("empty")
    actual = detect_stream(src)
    if not _same_family(actual.kind, fmt.kind):
        if actual.kind in REFUSED_KINDS:
            raise RefusedFileError(REFUSED_KINDS[actual.kind])
        raise malformed("content does not match the detected format")
    handler = _HANDLERS.get(fmt.kind)
    if handler is None:
        raise RefusedFileError("unsupported_format")
    src.seek(0)
    try:
        return handler(src, dst, cancel, fmt.kind, depth)
    except MemoryError as exc:
        raise RefusedFileError("memory") from exc
    except _PARSE_ERRORS as exc:
        raise malformed(type(exc).__name__) from exc


def sanitize_nested(
    src: BinaryIO, dst: BinaryIO, fmt: FileFormat, depth: int, cancel: CancelToken | None
) -> Outcome:
    """Clean a file embedded in another (no separate metadata inspection)."""
    return _run(src, dst, fmt, depth, cancel)


def sanitize(
    src: BinaryIO, dst: BinaryIO, fmt: FileFormat, *, cancel: CancelToken | None = None
) -> SanitizeResult:
    """Write a metadata-free derivative of ``src`` to ``dst``.

    ``src`` must be seekable. Raises ``RefusedFileError`` for unsupported or unsafe
    input and ``CancelledError`` if cancelled; the caller then discards ``dst``.
    """
    from defenderdoc.evidence.inspect import read_metadata  # noqa: PLC0415 - cycle

    outcome = _run(src, dst, fmt, 0, cancel)
    removed = MetadataReport()
    try:
        src.seek(0)
        removed.extend(read_metadata(src, fmt))
    except (TypeError, AttributeError, NameError):
        raise  # programming errors must surface in tests
    except Exception:
        removed.add("other", "metadata unreadable (possibly crafted)")
    removed.extend(outcome.removed)
    return SanitizeResult(
        removed=removed,
        lossless=outcome.lossless,
        notice=outcome.notice,
        output_kind=outcome.output_kind,
    )
