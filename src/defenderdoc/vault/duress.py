# SPDX-License-Identifier: GPL-3.0-or-later
"""Panic and duress: crypto-shredding a vault, and the optional wipe after N failures.

Everything in a vault is encrypted under keys that exist only wrapped in
``vault.hdr``; overwriting that one small file makes the rest unreadable noise,
even on a disk where deleted blocks survive. It is irreversible by design.
"""

from __future__ import annotations

import os
import secrets
import shutil
from pathlib import Path

from defenderdoc.errors import DefenderDocError
from defenderdoc.fsutil import atomic_write_bytes, fsync_dir
from defenderdoc.vault.header import HEADER_NAME, Header

FAILURES_NAME = "vault.failures"


class VaultDestroyedError(DefenderDocError):
    code = "vault_destroyed"
    exit_code = 16
    message = (
        "Too many wrong passphrases: as configured, the vault's keys were destroyed "
        "and its contents can no longer be read."
    )


def shred_keys(vault_dir: Path) -> None:
    """Overwrite the key header in place with random bytes, several times, then delete it."""
    header = vault_dir / HEADER_NAME
    if header.is_file() and not header.is_symlink():
        size = max(header.stat().st_size, 4096)
        with header.open("r+b") as handle:
            for _ in range(3):
                handle.seek(0)
                handle.write(secrets.token_bytes(size))
                handle.flush()
                os.fsync(handle.fileno())
        header.unlink()
        fsync_dir(vault_dir)


def destroy_vault(vault_dir: Path) -> None:
    """Shred the keys, then remove every file of the vault folder."""
    shred_keys(vault_dir)
    shutil.rmtree(vault_dir, ignore_errors=True)


def record_failure(vault_dir: Path, header: Header) -> None:
    """Count a wrong passphrase when the user opted in to wipe-after-N; maybe destroy.

    Without the option nothing is written, so a wrong passphrase leaves the vault
    byte-identical. With it, the counter lives beside the header: someone holding a
    copy can reset it, so this stops guessing at the keyboard, not a forensic lab.
    """
    if header.wipe_after <= 0:
        return
    counter = vault_dir / FAILURES_NAME
    try:
        failures = int(counter.read_text(encoding="ascii").strip() or 0)
    except (OSError, ValueError):
        failures = 0
    failures += 1
    if failures >= header.wipe_after:
        destroy_vault(vault_dir)
        raise VaultDestroyedError
    atomic_write_bytes(counter, str(failures).encode("ascii"))


def reset_failures(vault_dir: Path) -> None:
    (vault_dir / FAILURES_NAME).unlink(missing_ok=True)
