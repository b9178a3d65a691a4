# SPDX-License-Identifier: GPL-3.0-or-later
"""Clean and verify in one step: in memory, or while streaming for large media.

The import pipeline must never store a derivative that failed verification;
this turns a failed check into a refusal with a precise reason.
"""

from __future__ import annotations

import io
from typing import BinaryIO, cast

from defenderdoc.evidence.errors import REASONS, RefusedFileError
from defenderdoc.evidence.formats import FileFormat
from defenderdoc.evidence.imaging import PIL_FORMATS, decoded_frames
from defenderdoc.evidence.protocol import ChunkSink
from defenderdoc.evidence.result import SanitizeResult
from defenderdoc.evidence.sanitize import sanitize
from defenderdoc.evidence.streamverify import KINDS as STREAM_KINDS
from defenderdoc.evidence.streamverify import StreamVerifier
from defenderdoc.evidence.verify import verify_derivative
from defenderdoc.progress import CancelToken

__all__ = ["STREAM_KINDS", "clean_and_verify", "stream_clean_and_verify"]


def _original_decodes(data: bytes, kind: str) -> bool:
    if kind not in PIL_FORMATS:
        return True
    try:
        decoded_frames(data, kind)
    except RefusedFileError:
        return False
    return True


def clean_and_verify(
    src: BinaryIO, fmt: FileFormat, *, cancel: CancelToken | None = None
) -> tuple[bytes, SanitizeResult]:
    """Return (derivative, result) or raise ``RefusedFileError``; never an unverified copy."""
    out = io.BytesIO()
    result = sanitize(src, out, fmt, cancel=cancel)
    src.seek(0)
    check = verify_derivative(src, io.BytesIO(out.getvalue()), fmt, result)
    if not check.clean:
        src.seek(0)
        if not _original_decodes(src.read(), fmt.kind):
            raise RefusedFileError("malformed", REASONS["malformed"] + " (no decodable image)")
        raise RefusedFileError(
            "verification_failed",
            REASONS["verification_failed"] + " (" + "; ".join(check.problems[:3]) + ")",
        )
    result.verified = True
    return out.getvalue(), result


def stream_clean_and_verify(
    src: BinaryIO,
    original: BinaryIO,
    fmt: FileFormat,
    dst: ChunkSink,
    *,
    cancel: CancelToken | None = None,
) -> SanitizeResult:
    """Clean ``src`` into ``dst`` in constant memory, verifying on the way; raise if not clean.

    ``original`` is a second, independent reader of the same file (the verifier
    compares payload against it). Only for ``STREAM_KINDS``. On an exception
    ``dst`` holds a partial derivative and must be discarded.
    """
    verifier = StreamVerifier(original, fmt.kind, dst)
    result = sanitize(src, cast(BinaryIO, verifier), fmt, cancel=cancel)
    verifier.finish()
    result.verified = True
    return result
