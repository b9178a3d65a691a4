# SPDX-License-Identifier: GPL-3.0-or-later
"""Process settings that keep decrypted content out of core dumps."""

from __future__ import annotations

import ctypes
import ctypes.util
import logging
import sys

log = logging.getLogger(__name__)
PR_SET_DUMPABLE = 4


def harden_process() -> None:
    """No core files, and (on Linux) not dumpable or ptrace-attachable by the same user."""
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
