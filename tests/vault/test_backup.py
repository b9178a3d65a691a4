# SPDX-License-Identifier: GPL-3.0-or-later
"""Encrypted single-file backup: round trip, wrong passphrase, damage, no overwrite."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from defenderdoc.domain.records import IncidentDraft, PersonDraft
from defenderdoc.errors import BackupDamagedError, VaultExistsError, WrongBackupPassphraseError
from defenderdoc.services import Services
from tests.conftest import PASSPHRASE, fingerprint
from tests.vault.test_keystore import MemoryKeystore

BACKUP_SECRET = "a separate backup passphrase"


@pytest.fixture
def populated(open_vault: Services) -> Services:
    pid = open_vault.add_person(PersonDraft(pseudonym="WHRD-Beta", legal_name="Ana Ejemplo"))
    for i in range(20):
        open_vault.add_incident(IncidentDraft(title=f"Incident {i}", country="GT"))
    open_vault.add_incident(IncidentDraft(title="Raid on the office", narrative="حدث في المكتب"))
    blobs = open_vault.vault.blobs
    blobs.write_stream(iter([b"A" * 300_000]))
    assert pid
    return open_vault


def test_round_trip(populated: Services, tmp_path: Path) -> None:
    target = tmp_path / "usb" / "office.ddocbak"
    target.parent.mkdir()
    digest = populated.backup(target, BACKUP_SECRET)
    assert hashlib.sha256(target.read_bytes()).hexdigest() == digest
    assert b"Raid on the office" not in target.read_bytes()
    populated.lock()
    restored = tmp_path / "restored.ddoc"
    report = Services.restore(target, restored, BACKUP_SECRET, PASSPHRASE)
    assert report.ok
    assert len(report.orphan_blobs) == 1  # the test blob has no evidence row
    services = Services()
    services.unlock(restored, PASSPHRASE)
    try:
        assert services.count_incidents() == 21
        assert services.search_incidents("المكتب")[0].title == "Raid on the office"
        assert services.verify().ok
    finally:
        services.lock()


def test_backup_is_recorded_in_audit_log(populated: Services, tmp_path: Path) -> None:
    populated.backup(tmp_path / "b.ddocbak", BACKUP_SECRET)
    assert populated.list_audit(limit=1)[0].action == "backup"


def test_wrong_backup_passphrase(populated: Services, tmp_path: Path) -> None:
    target = tmp_path / "b.ddocbak"
    populated.backup(target, BACKUP_SECRET)
    with pytest.raises(WrongBackupPassphraseError):
        Services.restore(target, tmp_path / "r.ddoc", "not the backup passphrase", PASSPHRASE)
    assert not (tmp_path / "r.ddoc").exists()


@pytest.mark.parametrize("damage", ["flip-middle", "truncate", "append", "flip-header"])
def test_damaged_backup_is_detected(populated: Services, tmp_path: Path, damage: str) -> None:
    target = tmp_path / "b.ddocbak"
    populated.backup(target, BACKUP_SECRET)
    data = bytearray(target.read_bytes())
    if damage == "flip-middle":
        data[len(data) // 2] ^= 1
    elif damage == "truncate":
        del data[-1000:]
    elif damage == "append":
        data += b"\x00" * 100
    else:
        data[20] ^= 1
    target.write_bytes(bytes(data))
    with pytest.raises(BackupDamagedError):
        Services.restore(target, tmp_path / "r.ddoc", BACKUP_SECRET, PASSPHRASE)
    assert not (tmp_path / "r.ddoc").exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".r.ddoc")] == []


def test_restore_never_overwrites(populated: Services, tmp_path: Path, vault_path: Path) -> None:
    target = tmp_path / "b.ddocbak"
    populated.backup(target, BACKUP_SECRET)
    populated.lock()
    before = fingerprint(vault_path)
    with pytest.raises(VaultExistsError):
        Services.restore(target, vault_path, BACKUP_SECRET, PASSPHRASE)
    assert fingerprint(vault_path) == before


def test_restore_drops_device_slot(populated: Services, tmp_path: Path) -> None:
    populated.remember_on_device(MemoryKeystore())
    target = tmp_path / "b.ddocbak"
    populated.backup(target, BACKUP_SECRET)
    populated.lock()
    Services.restore(target, tmp_path / "r.ddoc", BACKUP_SECRET, PASSPHRASE)
    services = Services()
    services.unlock(tmp_path / "r.ddoc", PASSPHRASE)
    try:
        assert [s.type for s in services.vault.header.slots] == ["passphrase"]
    finally:
        services.lock()


def test_weak_backup_passphrase_refused(populated: Services, tmp_path: Path) -> None:
    from defenderdoc.errors import WeakPassphraseError

    with pytest.raises(WeakPassphraseError):
        populated.backup(tmp_path / "b.ddocbak", "short")
    assert not (tmp_path / "b.ddocbak").exists()
