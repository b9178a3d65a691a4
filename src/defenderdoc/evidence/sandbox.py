# SPDX-License-Identifier: GPL-3.0-or-later
"""Run the cleaners in a resource-limited child process.

Parsers of hostile files (EXIF, PDF, ZIP, HEIF) are where exploits and bombs
land; a child with address-space, CPU and core-dump limits, a wall-clock
timeout and no ability to write files contains them. Data moves only through
pipes: no plaintext temporary file is ever created.

``sanitize_in_subprocess_to`` is the one-call form. Without a ``session`` it
starts a child for this one file; a batch should pass a shared
``CleanerSession`` so the child (and its 0.2-0.3 s start-up) is reused.
"""

from __future__ import annotations

import io

from defenderdoc.evidence.formats import FileFormat
from defenderdoc.evidence.protocol import ChunkSink
from defenderdoc.evidence.result import SanitizeResult
from defenderdoc.evidence.session import CleanerSession, Source
from defenderdoc.progress import CancelToken

__all__ = [
    "ChunkSink",
    "CleanerSession",
    "Source",
    "sanitize_in_subprocess",
    "sanitize_in_subprocess_to",
]


def sanitize_in_subprocess_to(
    source: Source,
    fmt: FileFormat,
    dst: ChunkSink,
    *,
    timeout_s: float = 60,
    memory_limit_mb: int = 1024,
    cancel: CancelToken | None = None,
    session: CleanerSession | None = None,
) -> SanitizeResult:
    """Stream the verified derivative of ``source`` into ``dst``; raise on refusal or kill.

    ``source`` is a path or an open, readable descriptor of a regular file (read
    from offset 0 without moving the descriptor's offset; never closed here).
    With ``session`` the job runs in that session's child and ``memory_limit_mb``
    is the session's; otherwise a child is started for this file alone. On any
    exception ``dst`` holds a partial derivative and must be discarded.
    """
    if session is not None:
        return session.clean(source, fmt, dst, cancel, timeout_s=timeout_s)
    with CleanerSession(memory_limit_mb=memory_limit_mb, timeout_s=timeout_s) as single:
        return single.clean(source, fmt, dst, cancel)


def sanitize_in_subprocess(
    source: Source,
    fmt: FileFormat,
    *,
    timeout_s: float = 60,
    memory_limit_mb: int = 1024,
    cancel: CancelToken | None = None,
    session: CleanerSession | None = None,
) -> tuple[bytes, SanitizeResult]:
    """Like ``sanitize_in_subprocess_to`` but return the derivative as bytes."""
    buf = io.BytesIO()
    result = sanitize_in_subprocess_to(
        source,
        fmt,
        buf,
        timeout_s=timeout_s,
        memory_limit_mb=memory_limit_mb,
        cancel=cancel,
        session=session,
    )
    return buf.getvalue(), result
