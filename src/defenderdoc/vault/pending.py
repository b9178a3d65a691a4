# SPDX-License-Identifier: GPL-3.0-or-later
"""Outputs the user chose (dossiers, exported files, backups), crash-safe to the end.

The temp file sits beside the target so the final rename is atomic; its path is
recorded inside the encrypted vault first, so if the app is killed mid-write the
half-written plaintext is found and removed at the next unlock.
"""

from __future__ import annotations

import contextlib
import secrets
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from sqlalchemy import Engine, delete, insert, select

from defenderdoc.fsutil import TEMP_SUFFIX, atomic_writer
from defenderdoc.vault.models import Meta
from defenderdoc.vault.vault import Vault

PREFIX = "pending_output:"


@contextlib.contextmanager
def guarded_output(vault: Vault, target: Path) -> Iterator[BinaryIO]:
    token = secrets.token_hex(8)
    temp = target.with_name(f".{target.name[:80]}.{token}{TEMP_SUFFIX}")
    key = PREFIX + token
    with vault.engine.begin() as conn:  # Core insert: bookkeeping, not an audited record
        conn.execute(insert(Meta).values(key=key, value=str(temp)))
    try:
        with atomic_writer(target, temp=temp) as sink:
            yield sink
    finally:
        with vault.engine.begin() as conn:
            conn.execute(delete(Meta).where(Meta.key == key))


def sweep_pending_outputs(engine: Engine) -> int:
    """Remove half-written outputs of a killed session; returns how many were found."""
    with engine.begin() as conn:
        rows = conn.execute(select(Meta.key, Meta.value).where(Meta.key.like(PREFIX + "%"))).all()
        for key, value in rows:
            path = Path(value)
            if path.name.endswith(TEMP_SUFFIX) and path.is_file() and not path.is_symlink():
                path.unlink(missing_ok=True)
            conn.execute(delete(Meta).where(Meta.key == key))
    return len(rows)
