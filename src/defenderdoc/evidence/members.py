# SPDX-License-Identifier: GPL-3.0-or-later
"""Cleaning of binary members inside documents (pictures, media, embedded files).

Images pasted into a document keep their camera EXIF; embedded spreadsheets keep
their author. Each member goes through the same cleaners as a top-level file,
and members that cannot be cleaned without changing type are dropped.
"""

from __future__ import annotations

import io

from defenderdoc.evidence.errors import RefusedFileError
from defenderdoc.evidence.formats import detect_bytes
from defenderdoc.evidence.limits import MAX_NESTING
from defenderdoc.evidence.result import Outcome
from defenderdoc.progress import CancelToken

_FONT_SUFFIXES = (".odttf", ".ttf", ".otf", ".fntdata", ".woff", ".woff2", ".eot")
#: Kinds whose clean copy keeps the same kind (so references stay valid).
_SAME_KIND = {
    "jpeg",
    "png",
    "gif",
    "webp",
    "tiff",
    "pdf",
    "docx",
    "xlsx",
    "pptx",
    "odt",
    "ods",
    "odp",
    "odg",
    "mp3",
    "flac",
    "ogg",
    "opus",
    "m4a",
    "wav",
    "aiff",
    "mp4",
    "mov",
    "3gp",
    "avi",
    "text",
    "csv",
}


def is_vector_or_font(name: str, data: bytes) -> bool:
    """Fonts and LibreOffice SVM previews: structural, kept as they are.

    EMF/WMF are not kept: they can wrap a whole PDF with its own DocInfo, and no
    independent reader can check them.
    """
    if name.lower().endswith(_FONT_SUFFIXES):
        return True
    return data.startswith(b"VCLMTF")


def clean_member(
    name: str, data: bytes, outcome: Outcome, depth: int, cancel: CancelToken | None
) -> bytes | None:
    """Cleaned bytes of a binary member, or ``None`` if it must be dropped."""
    from defenderdoc.evidence.sanitize import sanitize_nested  # noqa: PLC0415 - cycle

    if not data:
        return data
    if is_vector_or_font(name, data):
        return data
    fmt = detect_bytes(data)
    if fmt.kind not in _SAME_KIND or depth >= MAX_NESTING:
        outcome.drop("embedded-content", f"embedded file removed: {name}")
        return None
    out = io.BytesIO()
    try:
        inner = sanitize_nested(io.BytesIO(data), out, fmt, depth + 1, cancel)
    except RefusedFileError:
        outcome.drop("embedded-content", f"embedded file removed: {name}")
        return None
    if inner.output_kind != fmt.kind:
        outcome.drop("embedded-content", f"embedded file removed: {name}")
        return None
    for item in inner.removed:
        outcome.drop(item.category, f"{name}: {item.field}", item.value)
    if not inner.lossless:
        outcome.lossless = False
    return out.getvalue()
