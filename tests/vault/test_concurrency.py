# SPDX-License-Identifier: GPL-3.0-or-later
"""Every pooled connection is keyed; lock leaves no connection behind."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from defenderdoc.domain.records import IncidentDraft
from defenderdoc.errors import VaultLockedError
from defenderdoc.services import Services
from tests.conftest import PASSPHRASE


def test_threads_across_lock_cycles(open_vault: Services, vault_path: Path) -> None:
    errors: list[BaseException] = []
    for cycle in range(10):
        if cycle:
            open_vault.unlock(vault_path, PASSPHRASE)

        def work(n: int, cycle: int = cycle) -> None:
            try:
                if n % 4 == 0:
                    open_vault.add_incident(IncidentDraft(title=f"c{cycle} t{n}"))
                open_vault.count_incidents()
                open_vault.search_incidents("c0")
            except BaseException as exc:  # collected and asserted below
                errors.append(exc)

        threads = [threading.Thread(target=work, args=(n,)) for n in range(20)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        engine = open_vault.vault.engine
        open_vault.lock()
        assert engine.pool.checkedout() == 0  # type: ignore[attr-defined]
    assert errors == []
    open_vault.unlock(vault_path, PASSPHRASE)
    assert open_vault.count_incidents() == 50
    assert open_vault.verify().ok


def test_queries_while_locked_raise(open_vault: Services) -> None:
    open_vault.lock()
    with pytest.raises(VaultLockedError):
        open_vault.count_incidents()
    with pytest.raises(VaultLockedError):
        open_vault.add_incident(IncidentDraft(title="x"))


def test_lock_closes_database_handles(open_vault: Services, vault_path: Path) -> None:
    import os

    open_vault.count_incidents()
    open_vault.lock()
    fd_dir = Path(f"/proc/{os.getpid()}/fd")
    if not fd_dir.exists():
        pytest.skip("needs /proc to list open files")
    targets = []
    for fd in fd_dir.iterdir():
        try:
            targets.append(os.readlink(fd))
        except OSError:
            continue
    assert not [t for t in targets if t.startswith(str(vault_path))]


def test_keys_are_zeroed_on_lock(open_vault: Services) -> None:
    keys = open_vault.vault.keys
    buffers = [keys.master, keys.db, keys.blob, keys.audit, keys.hdr]
    open_vault.lock()
    assert all(not any(b) for b in buffers)
