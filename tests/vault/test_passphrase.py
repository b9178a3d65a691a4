# SPDX-License-Identifier: GPL-3.0-or-later
"""Passphrase edge cases, O(1) passphrase change and the recovery code."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from defenderdoc.domain.records import IncidentDraft
from defenderdoc.errors import WeakPassphraseError, WrongPassphraseError
from defenderdoc.services import Services
from defenderdoc.vault.blobs import BlobStore
from defenderdoc.vault.vault import Vault
from tests.conftest import PASSPHRASE, fingerprint


@pytest.mark.parametrize(
    "secret",
    [
        "caf\u00e9 au lait du matin",  # NFC; NFD tested below
        "🦋 mariposa 🦋 فراشة",
        ("long passphrase with words " * 40)[:1024],
        "quote ' and \" and ; -- inside",
        "trailing spaces   ",
        "שלום עולם and Кириллица",
    ],
)
def test_passphrase_edge_cases_unlock(tmp_path: Path, secret: str) -> None:
    vault, _ = Vault.create(tmp_path / "v.ddoc", secret)
    vault.lock()
    again = Vault(tmp_path / "v.ddoc")
    again.unlock(secret)
    again.lock()


def test_nfc_and_nfd_unlock_the_same_vault(tmp_path: Path) -> None:
    nfc = unicodedata.normalize("NFC", "résumé défenseur")
    nfd = unicodedata.normalize("NFD", nfc)
    assert nfc != nfd
    Vault.create(tmp_path / "v.ddoc", nfc)[0].lock()
    vault = Vault(tmp_path / "v.ddoc")
    vault.unlock(nfd)
    vault.lock()


def test_trailing_spaces_are_significant(tmp_path: Path) -> None:
    Vault.create(tmp_path / "v.ddoc", "several words here  ")[0].lock()
    with pytest.raises(WrongPassphraseError):
        Vault(tmp_path / "v.ddoc").unlock("several words here")


@pytest.mark.parametrize("weak", ["", "       ", "short", "aaaaaaaaaaaa"])
def test_weak_passphrase_rejected_at_creation(tmp_path: Path, weak: str) -> None:
    with pytest.raises(WeakPassphraseError):
        Vault.create(tmp_path / "v.ddoc", weak)
    assert not (tmp_path / "v.ddoc").exists()
    assert list(tmp_path.iterdir()) == []  # no staging folder left behind


def test_change_passphrase_keeps_data_byte_identical(
    open_vault: Services, vault_path: Path
) -> None:
    open_vault.add_incident(IncidentDraft(title="Detention at the border"))
    blob = BlobStore(vault_path, open_vault.vault.keys.blob).write_stream(iter([b"evidence"]))
    open_vault.lock()
    before = fingerprint(vault_path)
    open_vault.unlock(vault_path, PASSPHRASE)
    open_vault.change_passphrase(PASSPHRASE, "a completely new passphrase")
    open_vault.lock()
    after = fingerprint(vault_path)
    assert after["vault.db"] == before["vault.db"]
    blob_name = f"blobs/{blob.blob_id[:2]}/{blob.blob_id}.blob"
    assert after[blob_name] == before[blob_name]
    assert after["vault.hdr"] != before["vault.hdr"]
    with pytest.raises(WrongPassphraseError):
        open_vault.unlock(vault_path, PASSPHRASE)
    open_vault.unlock(vault_path, "a completely new passphrase")
    assert open_vault.count_incidents() == 1


def test_change_passphrase_requires_current(open_vault: Services) -> None:
    with pytest.raises(WrongPassphraseError):
        open_vault.change_passphrase("not the current one", "a completely new passphrase")


def test_recovery_code_unlocks_and_survives_passphrase_change(
    services: Services, vault_path: Path
) -> None:
    code = services.create_vault(vault_path, PASSPHRASE, with_recovery_code=True)
    assert code is not None
    assert len(code.replace("-", "")) == 32
    services.change_passphrase(PASSPHRASE, "another long passphrase")
    services.lock()
    services.unlock(vault_path, recovery_code=code.lower().replace("-", " "))
    assert services.is_unlocked
    services.lock()
    with pytest.raises(WrongPassphraseError):
        services.unlock(vault_path, recovery_code="AAAA-" * 7 + "AAAA")


def test_no_recovery_slot_unless_asked(services: Services, vault_path: Path) -> None:
    assert services.create_vault(vault_path, PASSPHRASE) is None
    assert [s.type for s in services.vault.header.slots] == ["passphrase"]
