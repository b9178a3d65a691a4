# SPDX-License-Identifier: GPL-3.0-or-later
"""Shared fixtures: cheap key derivation for speed, and vault factories."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from defenderdoc.services import Services
from defenderdoc.vault import crypto

#: Argon2id costs for tests only (production calibrates to ~1 s, never below 64 MiB).
CHEAP_KDF = crypto.KdfParams(time_cost=1, memory_kib=64, parallelism=1)
PASSPHRASE = "correct horse battery staple"


@pytest.fixture(autouse=True)
def _cheap_kdf() -> Iterator[None]:
    crypto.use_cheap_kdf_for_tests(CHEAP_KDF)
    yield
    crypto.use_cheap_kdf_for_tests(None)


@pytest.fixture(autouse=True)
def _private_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Point every per-user folder into the test's own space."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local/share"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))


@pytest.fixture
def services() -> Iterator[Services]:
    svc = Services(actor="tester")
    yield svc
    svc.lock()


@pytest.fixture
def vault_path(tmp_path: Path) -> Path:
    return tmp_path / "Field office.ddoc"


@pytest.fixture
def open_vault(services: Services, vault_path: Path) -> Services:
    services.create_vault(vault_path, PASSPHRASE)
    return services


def fingerprint(folder: Path) -> dict[str, str]:
    """SHA-256 of every file below ``folder``: the "vault fingerprint" of SECURITY.md."""
    found = {}
    for root, _dirs, files in os.walk(folder):
        for name in files:
            path = Path(root, name)
            found[str(path.relative_to(folder))] = hashlib.sha256(path.read_bytes()).hexdigest()
    return found


@pytest.fixture
def vault_fingerprint() -> Callable[[Path], dict[str, str]]:
    return fingerprint
