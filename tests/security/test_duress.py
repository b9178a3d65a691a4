# SPDX-License-Identifier: GPL-3.0-or-later
"""Destroy keys on demand, and the opt-in wipe after N wrong passphrases."""

from __future__ import annotations

from pathlib import Path

import pytest

from defenderdoc.domain.records import IncidentDraft
from defenderdoc.errors import InvalidInputError, VaultNotFoundError, WrongPassphraseError
from defenderdoc.services import Services
from defenderdoc.vault.duress import VaultDestroyedError
from tests.conftest import PASSPHRASE, fingerprint
from tests.vault.test_keystore import MemoryKeystore


def test_destroy_needs_the_folder_name_then_shreds(open_vault: Services, vault_path: Path) -> None:
    open_vault.add_incident(IncidentDraft(title="Raid"))
    store = MemoryKeystore()
    open_vault.remember_on_device(store)
    copy_of_db = (vault_path / "vault.db").read_bytes()
    with pytest.raises(InvalidInputError):
        open_vault.destroy_vault("wrong name")
    assert open_vault.is_unlocked
    open_vault.destroy_vault(vault_path.name, store)
    assert not vault_path.exists()
    assert store.items == {}  # the keychain entry is gone too
    assert not open_vault.is_unlocked
    with pytest.raises(VaultNotFoundError):
        open_vault.unlock(vault_path, PASSPHRASE)
    assert b"Raid" not in copy_of_db  # what a copy made earlier holds is ciphertext only


def test_wrong_passphrases_change_nothing_without_the_option(
    open_vault: Services, vault_path: Path
) -> None:
    open_vault.lock()
    before = fingerprint(vault_path)
    for _ in range(12):
        with pytest.raises(WrongPassphraseError):
            open_vault.unlock(vault_path, "not it at all")
    assert fingerprint(vault_path) == before


def test_wipe_after_n_failures(open_vault: Services, vault_path: Path) -> None:
    with pytest.raises(InvalidInputError):
        open_vault.set_wipe_after(1)
    open_vault.set_wipe_after(3)
    open_vault.lock()
    for _ in range(2):
        with pytest.raises(WrongPassphraseError):
            open_vault.unlock(vault_path, "guess")
    open_vault.unlock(vault_path, PASSPHRASE)  # a success resets the counter
    open_vault.lock()
    assert not (vault_path / "vault.failures").exists()
    for _ in range(2):
        with pytest.raises(WrongPassphraseError):
            open_vault.unlock(vault_path, "guess")
    with pytest.raises(VaultDestroyedError):
        open_vault.unlock(vault_path, "guess")
    assert not vault_path.exists()
