# SPDX-License-Identifier: GPL-3.0-or-later
"""Opening a vault tells every failure apart and never changes or creates anything."""

from __future__ import annotations

import dataclasses
import json
import multiprocessing
import os
import shutil
import signal
from pathlib import Path

import pytest

from defenderdoc.errors import (
    DatabaseDamagedError,
    HeaderDamagedError,
    VaultBusyError,
    VaultExistsError,
    VaultMismatchError,
    VaultNotFoundError,
    WrongPassphraseError,
)
from defenderdoc.services import Services
from defenderdoc.vault.header import MAGIC, Header
from defenderdoc.vault.vault import Vault
from tests.conftest import PASSPHRASE, fingerprint


@pytest.fixture
def locked_vault(open_vault: Services, vault_path: Path) -> Path:
    open_vault.add_incident_title = None  # type: ignore[attr-defined]
    from defenderdoc.domain.records import IncidentDraft

    open_vault.add_incident(IncidentDraft(title="Threat at the shelter"))
    open_vault.lock()
    return vault_path


def test_wrong_passphrase_leaves_vault_untouched(locked_vault: Path) -> None:
    before = fingerprint(locked_vault)
    for _ in range(10):
        with pytest.raises(WrongPassphraseError) as info:
            Vault(locked_vault).unlock("not the passphrase")
        assert str(info.value) == "Wrong passphrase. The vault was not changed."
    assert fingerprint(locked_vault) == before


def test_missing_vault_is_not_created(tmp_path: Path) -> None:
    target = tmp_path / "nowhere.ddoc"
    with pytest.raises(VaultNotFoundError):
        Services().unlock(target, PASSPHRASE)
    assert not target.exists()


def test_create_refuses_existing_folder(locked_vault: Path) -> None:
    before = fingerprint(locked_vault)
    with pytest.raises(VaultExistsError):
        Vault.create(locked_vault, PASSPHRASE)
    assert fingerprint(locked_vault) == before


def _flip(path: Path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0x40
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("where", ["salt", "params", "checksum", "magic", "truncated"])
def test_damaged_header_is_not_a_wrong_passphrase(locked_vault: Path, where: str) -> None:
    path = locked_vault / "vault.hdr"
    data = path.read_bytes()
    if where == "truncated":
        path.write_bytes(data[: len(data) // 2])
    elif where == "checksum":
        _flip(path, len(data) - 5)
    elif where == "magic":
        _flip(path, 2)
    else:
        needle = b'"salt":"' if where == "salt" else b'"time_cost":'
        _flip(path, data.index(needle) + len(needle) + 1)
    db_before = (locked_vault / "vault.db").read_bytes()
    with pytest.raises(HeaderDamagedError):
        Vault(locked_vault).unlock(PASSPHRASE)
    assert (locked_vault / "vault.db").read_bytes() == db_before


def test_absurd_kdf_parameters_refused_before_allocation(locked_vault: Path) -> None:
    """A header asking for 1 TiB of memory is rejected, checksum or not."""
    path = locked_vault / "vault.hdr"
    header = Header.from_bytes(path.read_bytes())
    body = header.body()
    body["slots"][0]["kdf"]["memory_kib"] = 2**30
    body["mac"] = "AAAA"
    import hashlib

    payload = MAGIC + json.dumps(body, sort_keys=True, separators=(",", ":")).encode()
    path.write_bytes(payload + hashlib.sha256(payload).digest())
    with pytest.raises(HeaderDamagedError, match="impossible key-derivation costs"):
        Vault(locked_vault).unlock(PASSPHRASE)


def test_header_edited_with_valid_checksum_is_caught_by_mac(locked_vault: Path) -> None:
    path = locked_vault / "vault.hdr"
    body = Header.from_bytes(path.read_bytes()).body()
    body["mac"] = Header.from_bytes(path.read_bytes()).to_bytes()  # placeholder, replaced below
    original = Header.from_bytes(path.read_bytes())
    forged = dataclasses.replace(original, audit_seq=0, audit_hash="")
    path.write_bytes(forged.to_bytes())  # audit anchor rolled back, checksum recomputed
    with pytest.raises(HeaderDamagedError, match="altered"):
        Vault(locked_vault).unlock(PASSPHRASE)


@pytest.mark.parametrize("page", ["first", "middle", "last"])
def test_damaged_database(locked_vault: Path, page: str) -> None:
    db = locked_vault / "vault.db"
    size = db.stat().st_size
    offset = {"first": 100, "middle": size // 2 + 100, "last": size - 100}[page]
    _flip(db, offset)
    damaged = db.read_bytes()
    services = Services()
    # A damaged page 1 fails at unlock; an inner page may only show when it is read.
    outcome: str
    try:
        services.unlock(locked_vault, PASSPHRASE)
        report = services.verify()
        outcome = "verify:" + " ".join(report.database_problems)
        assert not report.database_ok
    except DatabaseDamagedError as exc:
        outcome = "unlock:" + str(exc)
    finally:
        services.lock()
    assert (
        ("restore" in outcome.lower())
        if outcome.startswith("unlock:")
        else ("page" in outcome or "integrity" in outcome)
    )
    assert db.read_bytes() == damaged  # never "repaired"


def test_files_from_different_vaults(tmp_path: Path) -> None:
    a, _ = Vault.create(tmp_path / "a.ddoc", PASSPHRASE)
    b, _ = Vault.create(tmp_path / "b.ddoc", PASSPHRASE)
    a.lock()
    b.lock()
    shutil.copy(tmp_path / "a.ddoc" / "vault.hdr", tmp_path / "b.ddoc" / "vault.hdr")
    with pytest.raises(VaultMismatchError, match="different vaults"):
        Vault(tmp_path / "b.ddoc").unlock(PASSPHRASE)


def test_missing_database(locked_vault: Path) -> None:
    (locked_vault / "vault.db").unlink()
    with pytest.raises(DatabaseDamagedError, match="missing"):
        Vault(locked_vault).unlock(PASSPHRASE)
    assert not (locked_vault / "vault.db").exists()


def test_second_opener_is_refused(locked_vault: Path) -> None:
    first = Vault(locked_vault)
    first.unlock(PASSPHRASE)
    try:
        with pytest.raises(VaultBusyError):
            Vault(locked_vault).unlock(PASSPHRASE)
    finally:
        first.lock()
    second = Vault(locked_vault)
    second.unlock(PASSPHRASE)
    second.lock()


def _hold_open(path: str, ready: multiprocessing.synchronize.Event) -> None:  # type: ignore[name-defined]
    from defenderdoc.vault import crypto
    from tests.conftest import CHEAP_KDF

    crypto.use_cheap_kdf_for_tests(CHEAP_KDF)
    Vault(Path(path)).unlock(PASSPHRASE)
    ready.set()
    signal.pause()


def test_stale_lock_after_kill_is_recovered(locked_vault: Path) -> None:
    ctx = multiprocessing.get_context("fork")
    ready = ctx.Event()
    child = ctx.Process(target=_hold_open, args=(str(locked_vault), ready))
    child.start()
    assert ready.wait(30)
    with pytest.raises(VaultBusyError):
        Vault(locked_vault).unlock(PASSPHRASE)
    os.kill(child.pid, signal.SIGKILL)  # type: ignore[arg-type]
    child.join()
    vault = Vault(locked_vault)
    vault.unlock(PASSPHRASE)
    vault.lock()
