# SPDX-License-Identifier: GPL-3.0-or-later
"""Opening a file someone handed us as evidence, without being tricked by it.

Only regular files are read: a symlink could point at the user's own secrets, a
FIFO would block the import forever, and a device could be read without end.
Names are kept as text only; :func:`display_name` makes hidden characters visible.
"""

from __future__ import annotations

import errno
import os
import stat
import unicodedata
from collections.abc import Iterator
from pathlib import Path

from defenderdoc.evidence.errors import RefusedFileError
from defenderdoc.i18n import QT_TRANSLATE_NOOP

NOT_REGULAR = QT_TRANSLATE_NOOP(
    "Evidence", "Only regular files can be imported (not links, folders, pipes or devices)."
)
UNREADABLE = QT_TRANSLATE_NOOP("Evidence", "The file could not be read.")


class SourceFileError(RefusedFileError):
    """The path is not a regular, readable file."""

    def __init__(self, reason_code: str, message: str) -> None:
        super().__init__("malformed", message)
        self.reason_code = reason_code


def open_regular(path: Path) -> tuple[int, os.stat_result]:
    """An fd open for reading, after checking what it really is (not what the name says)."""
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    flags |= getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        if exc.errno in (errno.ELOOP, errno.EISDIR, errno.ENXIO):
            raise SourceFileError("not_regular", NOT_REGULAR) from exc
        raise SourceFileError("unreadable", UNREADABLE) from exc
    info = os.fstat(fd)
    if not stat.S_ISREG(info.st_mode):
        os.close(fd)
        raise SourceFileError("not_regular", NOT_REGULAR)
    if hasattr(os, "set_blocking"):
        os.set_blocking(fd, True)
    return fd, info


def expand(paths: list[Path]) -> Iterator[Path]:
    """Files given directly, and the regular files inside folders (links never followed)."""
    for path in paths:
        if path.is_dir() and not path.is_symlink():
            for root, dirs, files in os.walk(path, followlinks=False):
                dirs.sort()
                for name in sorted(files):
                    yield Path(root, name)
        else:
            yield path


_VISIBLE = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def display_name(name: str) -> str:
    """Show control, bidi-override and invisible characters as escapes.

    A name like ``report\\u202egpj.exe`` must never be displayed as "reportexe.jpg".
    """
    out = []
    for char in name:
        category = unicodedata.category(char)
        if char in _VISIBLE:
            out.append(_VISIBLE[char])
        elif category in ("Cc", "Cf", "Cs", "Co", "Zl", "Zp") or char == "\ufffd":
            out.append(f"\\u{ord(char):04x}")
        else:
            out.append(char)
    return "".join(out)
