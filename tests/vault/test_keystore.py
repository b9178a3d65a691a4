# SPDX-License-Identifier: GPL-3.0-or-later
"""'Remember on this device': only real keychains, and a lost entry loses nothing."""

from __future__ import annotations

from pathlib import Path

import keyring
import keyring.backends.fail
import keyring.backends.null
import pytest

from defenderdoc.errors import DeviceKeyUnavailableError, KeychainNotTrustedError
from defenderdoc.services import Services
from defenderdoc.vault.keystore import NullKeystore, SystemKeystore, trusted_backends_of
from tests.conftest import PASSPHRASE, fingerprint


class MemoryKeystore:
    """Stands in for a trusted OS keychain in tests."""

    def __init__(self) -> None:
        self.items: dict[str, bytes] = {}

    def available(self) -> tuple[bool, str]:
        return True, ""

    def store(self, ref: str, key: bytes) -> None:
        self.items[ref] = key

    def load(self, ref: str) -> bytes | None:
        return self.items.get(ref)

    def delete(self, ref: str) -> None:
        self.items.pop(ref, None)


@pytest.mark.parametrize(
    "backend", [keyring.backends.fail.Keyring(), keyring.backends.null.Keyring()]
)
def test_untrusted_backends_are_refused(
    backend: object, monkeypatch: pytest.MonkeyPatch, open_vault: Services, vault_path: Path
) -> None:
    monkeypatch.setattr(keyring, "get_keyring", lambda: backend)
    store = SystemKeystore()
    ok, reason = store.available()
    assert not ok
    assert "passphrase" in reason
    before = fingerprint(vault_path)
    with pytest.raises(KeychainNotTrustedError):
        open_vault.remember_on_device(store)
    assert fingerprint(vault_path) == before  # nothing written as a fallback


def test_chainer_is_trusted_only_through_trusted_members() -> None:
    class Chainer:
        backends = [keyring.backends.fail.Keyring(), keyring.backends.null.Keyring()]

    assert trusted_backends_of(Chainer()) == []


def test_headless_default_backend_is_not_trusted() -> None:
    assert not SystemKeystore().available()[0]


def test_device_slot_unlocks_without_passphrase(open_vault: Services, vault_path: Path) -> None:
    store = MemoryKeystore()
    open_vault.remember_on_device(store)
    open_vault.lock()
    open_vault.unlock(vault_path, keystore=store)
    assert open_vault.is_unlocked


def test_lost_keychain_entry_falls_back_to_passphrase(
    open_vault: Services, vault_path: Path
) -> None:
    store = MemoryKeystore()
    open_vault.remember_on_device(store)
    open_vault.lock()
    before = fingerprint(vault_path)
    store.items.clear()  # the Signal scenario: entry deleted or backend changed
    with pytest.raises(DeviceKeyUnavailableError, match="passphrase"):
        open_vault.unlock(vault_path, keystore=store)
    assert fingerprint(vault_path) == before
    open_vault.unlock(vault_path, PASSPHRASE)
    open_vault.remember_on_device(store)  # re-enrol
    open_vault.lock()
    open_vault.unlock(vault_path, keystore=store)


def test_changed_keychain_value_falls_back(open_vault: Services, vault_path: Path) -> None:
    store = MemoryKeystore()
    open_vault.remember_on_device(store)
    open_vault.lock()
    for ref in store.items:
        store.items[ref] = b"\x00" * 32
    with pytest.raises(DeviceKeyUnavailableError):
        open_vault.unlock(vault_path, keystore=store)


def test_copied_vault_without_keychain_does_not_open(
    open_vault: Services, vault_path: Path
) -> None:
    open_vault.remember_on_device(MemoryKeystore())
    open_vault.lock()
    with pytest.raises(DeviceKeyUnavailableError):
        open_vault.unlock(vault_path, keystore=MemoryKeystore())  # another machine's keychain
    with pytest.raises(DeviceKeyUnavailableError):
        open_vault.unlock(vault_path, keystore=NullKeystore())


def test_forget_device_removes_slot_and_secret(open_vault: Services) -> None:
    store = MemoryKeystore()
    open_vault.remember_on_device(store)
    assert store.items
    open_vault.forget_device(store)
    assert not store.items
    assert [s.type for s in open_vault.vault.header.slots] == ["passphrase"]
