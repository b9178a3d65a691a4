# SPDX-License-Identifier: GPL-3.0-or-later
"""Process settings that keep decrypted content out of core dumps."""

from __future__ import annotations

import ctypes
import ctypes.util
import logging
import sys

log = logging.getLogger(__name__)
PR_SET_DUMPABLE = 4


#: Libraries whose DEBUG output can carry record content or evidence metadata
#: (SQLAlchemy result rows, Pillow EXIF values, PDF and tag parsers).
#: Filters only apply to records created on the named logger itself, so every
#: emitting logger is listed, not just the package's root.
CONTENT_LOGGERS = (
    "sqlalchemy",
    "sqlalchemy.engine",
    "sqlalchemy.engine.Engine",
    "sqlalchemy.orm",
    "sqlalchemy.pool",
    "sqlalchemy.pool.impl.QueuePool",
    "PIL",
    "PIL.Image",
    "PIL.TiffImagePlugin",
    "PIL.PngImagePlugin",
    "PIL.JpegImagePlugin",
    "PIL.GifImagePlugin",
    "PIL.WebPImagePlugin",
    "PIL.TiffTags",
    "pikepdf",
    "exifread",
    "exifread.core",
    "mutagen",
    "reportlab",
)


class _AboveDebug(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        return record.levelno > logging.DEBUG


def silence_content_loggers() -> None:
    """Drop DEBUG records of libraries that would log content, whatever the log level."""
    for name in CONTENT_LOGGERS:
        logger = logging.getLogger(name)
        if not any(isinstance(f, _AboveDebug) for f in logger.filters):
            logger.addFilter(_AboveDebug())


def harden_process() -> None:
    """No core files, not dumpable or ptrace-attachable (Linux), no content in logs."""
    silence_content_loggers()
    try:
        import resource  # noqa: PLC0415 - POSIX only

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (ImportError, ValueError, OSError):
        log.debug("could not disable core dumps")
    if sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
            libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0)
        except OSError:
            log.debug("could not mark the process non-dumpable")
