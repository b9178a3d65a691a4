# SPDX-License-Identifier: GPL-3.0-or-later
"""Crash-safe file writing shared by the vault, backups and exports.

A reader must only ever see the old file or the complete new one: write a
sibling temp file, fsync it, ``os.replace`` it over the target, fsync the folder.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from defenderdoc.errors import DiskFullError, InvalidInputError

PRIVATE_FILE = 0o600
PRIVATE_DIR = 0o700
TEMP_SUFFIX = ".ddoc-part"


def fsync_dir(path: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def make_private_dir(path: Path) -> None:
    path.mkdir(mode=PRIVATE_DIR)
    if os.name == "posix":
        path.chmod(PRIVATE_DIR)


def is_disk_full(exc: OSError) -> bool:
    return exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG)


@contextlib.contextmanager
def atomic_writer(
    target: Path, mode: int = PRIVATE_FILE, temp: Path | None = None
) -> Iterator[BinaryIO]:
    """Yield a file whose content replaces ``target`` only if the block succeeds.

    A symlink at the target is refused rather than followed, and a failure (disk
    full included) removes the temp file so no partial output is ever left.
    """
    if target.is_symlink():
        raise InvalidInputError("The chosen file is a symbolic link; choose another file name.")
    if target.is_dir():
        raise InvalidInputError("A folder has that name; choose a file name.")
    temp = temp or target.with_name(f".{secrets.token_hex(8)}{TEMP_SUFFIX}")
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
    flags |= getattr(os, "O_BINARY", 0)
    fd = os.open(temp, flags, mode)
    try:
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, target)
        fsync_dir(target.parent)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        if is_disk_full(exc):
            raise DiskFullError from exc
        raise
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


def atomic_write_bytes(target: Path, data: bytes, mode: int = PRIVATE_FILE) -> None:
    with atomic_writer(target, mode) as handle:
        handle.write(data)


def sweep_temp_files(folder: Path) -> int:
    """Remove temp files a crash left behind; returns how many were removed."""
    removed = 0
    if folder.is_dir():
        for leftover in folder.glob(f".*{TEMP_SUFFIX}"):
            leftover.unlink(missing_ok=True)
            removed += 1
    return removed
