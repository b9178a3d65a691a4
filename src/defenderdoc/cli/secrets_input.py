# SPDX-License-Identifier: GPL-3.0-or-later
"""Reading passphrases for the CLI: from a prompt or a file descriptor only.

Never from argv or the environment, where other local users, shell history and
crash reporters can see them.
"""

from __future__ import annotations

import argparse
import getpass
import os
from pathlib import Path
from typing import TYPE_CHECKING

from defenderdoc.errors import UsageError

if TYPE_CHECKING:
    from defenderdoc.services import Services

MAX_SECRET_BYTES = 64 * 1024


def read_fd(fd: int) -> str:
    """Read one secret from ``fd``: up to the first newline, which is not part of it."""
    chunks = bytearray()
    try:
        while len(chunks) <= MAX_SECRET_BYTES:
            chunk = os.read(fd, 4096)
            if not chunk:
                break
            chunks += chunk
            if b"\n" in chunk:
                break
    except OSError as exc:
        raise UsageError(f"Cannot read a passphrase from file descriptor {fd}.") from exc
    line = bytes(chunks).split(b"\n", 1)[0]
    if line.endswith(b"\r"):
        line = line[:-1]
    try:
        return line.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise UsageError("The passphrase is not valid UTF-8.") from exc


def obtain(fd: int | None, prompt: str, *, confirm: bool = False) -> str:
    if fd is not None:
        return read_fd(fd)
    try:
        first = getpass.getpass(prompt)
        if confirm and getpass.getpass("Repeat to confirm: ") != first:
            raise UsageError("The two entries differ.")
    except (EOFError, KeyboardInterrupt) as exc:
        raise UsageError("No passphrase was given.") from exc
    return first


def unlock(args: argparse.Namespace, services: Services) -> None:
    """Unlock ``args.vault`` with the recovery code if one was offered, else the passphrase."""
    vault = Path(args.vault)
    if args.recovery_code_fd is not None:
        services.unlock(vault, recovery_code=read_fd(args.recovery_code_fd))
    else:
        services.unlock(vault, obtain(args.passphrase_fd, "Vault passphrase: "))
