# SPDX-License-Identifier: GPL-3.0-or-later
"""Single-instance lock on a vault, released by the OS if the process dies.

The lock file exists from creation and is never written to: taking the lock
changes no byte in the vault (a failed unlock leaves its fingerprint intact),
and a lock left by a killed process is "stale" only in name, since the kernel
drops advisory locks with the process.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from defenderdoc.errors import VaultBusyError

LOCK_NAME = "vault.lock"

if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


class VaultLock:
    """Holds the lock for as long as the vault is unlocked in this process."""

    def __init__(self, vault_dir: Path) -> None:
        self.path = vault_dir / LOCK_NAME
        self._fd: int | None = None

    @staticmethod
    def create(vault_dir: Path) -> None:
        fd = os.open(vault_dir / LOCK_NAME, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        os.close(fd)

    def acquire(self) -> None:
        if self._fd is not None:
            return
        flags = os.O_RDWR | getattr(os, "O_NOFOLLOW", 0)
        # Recreate a lock file someone deleted; it carries no data.
        fd = os.open(self.path, flags | os.O_CREAT, 0o600)
        if not _try_lock(fd):
            os.close(fd)
            raise VaultBusyError
        self._fd = fd

    def release(self) -> None:
        if self._fd is None:
            return
        try:
            _unlock(self._fd)
        finally:
            os.close(self._fd)
            self._fd = None

    @property
    def held(self) -> bool:
        return self._fd is not None
