# SPDX-License-Identifier: GPL-3.0-or-later
"""A full disk during import or export: a clear error, nothing partial, vault intact.

Uses a real size-limited tmpfs where the test may mount one (root on Linux) and
a simulated ENOSPC everywhere else, so both the kernel's behaviour and our
handling are exercised.
"""

from __future__ import annotations

import errno
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from defenderdoc.domain.records import IncidentDraft
from defenderdoc.errors import DiskFullError
from defenderdoc.export.builder import DossierRequest
from defenderdoc.services import Services
from tests.conftest import PASSPHRASE

MOUNT, UMOUNT = shutil.which("mount"), shutil.which("umount")


def _mount(path: Path, size: str) -> bool:
    path.mkdir()
    if os.geteuid() != 0 or not MOUNT or not UMOUNT:
        return False
    return (
        subprocess.run(
            [MOUNT, "-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs", str(path)],
            capture_output=True,
            check=False,
        ).returncode
        == 0
    )


@pytest.fixture
def small_fs(tmp_path: Path) -> Iterator[Path]:
    mount = tmp_path / "small"
    if not _mount(mount, "24m"):
        pytest.skip("cannot mount a size-limited tmpfs here; the simulated test still runs")
    yield mount
    subprocess.run([str(UMOUNT), str(mount)], check=False)


@pytest.fixture
def tiny_fs(tmp_path: Path) -> Iterator[Path]:
    mount = tmp_path / "tiny"
    if not _mount(mount, "64k"):
        pytest.skip("cannot mount a size-limited tmpfs here; the simulated test still runs")
    yield mount
    subprocess.run([str(UMOUNT), str(mount)], check=False)


def _big_text(path: Path, megabytes: int) -> Path:
    line = ("Testimony line, repeated to make a large plain-text file.\n" * 64).encode()
    with path.open("wb") as out:
        for _ in range(megabytes * (1 << 20) // len(line)):
            out.write(line)
    return path


def _assert_intact(vault: Path) -> None:
    services = Services()
    services.unlock(vault, PASSPHRASE)
    try:
        assert services.verify().ok
        assert services.list_evidence() == []
        assert not list((vault / "blobs" / ".tmp").iterdir())
    finally:
        services.lock()


def test_import_onto_a_full_disk(small_fs: Path, tmp_path: Path) -> None:
    source = _big_text(tmp_path / "testimony.txt", 40)
    vault = small_fs / "v.ddoc"
    services = Services()
    services.create_vault(vault, PASSPHRASE)
    with pytest.raises(DiskFullError, match="Not enough disk space"):
        services.import_evidence([source])
    services.lock()
    _assert_intact(vault)


def test_export_onto_a_full_disk(open_vault: Services, tiny_fs: Path) -> None:
    ids = open_vault.import_incidents(
        [IncidentDraft(title=f"Case {i}", narrative="word " * 400) for i in range(150)]
    )
    target = tiny_fs / "dossier.pdf"
    with pytest.raises(DiskFullError):
        open_vault.export_dossier(DossierRequest("internal-brief", ids), target)
    assert os.listdir(tiny_fs) == []  # no partial file, no temp file
    assert open_vault.list_audit(limit=1)[0].action == "export_failed"
    assert open_vault.verify().ok


def _enospc(*_args: object, **_kwargs: object) -> None:
    raise OSError(errno.ENOSPC, "No space left on device")


def _enospc_under(folder: Path):  # type: ignore[no-untyped-def]
    """An fsync that fails only for files in ``folder`` (the full disk), like the kernel."""
    real = os.fsync

    def fsync(fd: int) -> None:
        try:
            where = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:
            where = ""
        if where.startswith(str(folder)):
            _enospc()
        real(fd)

    return fsync


def test_simulated_full_disk_during_import(
    open_vault: Services, vault_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = _big_text(tmp_path / "testimony.txt", 1)
    monkeypatch.setattr("defenderdoc.vault.blobs.os.fsync", _enospc)
    with pytest.raises(DiskFullError):
        open_vault.import_evidence([source])
    monkeypatch.undo()
    assert not list((vault_path / "blobs" / ".tmp").iterdir())
    assert open_vault.vault.blobs.all_ids() == set()
    assert open_vault.verify().ok


def test_simulated_full_disk_during_export(
    open_vault: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    incident = open_vault.add_incident(IncidentDraft(title="Raid"))
    out = tmp_path / "out"
    out.mkdir()
    monkeypatch.setattr("defenderdoc.fsutil.os.fsync", _enospc_under(out))
    with pytest.raises(DiskFullError):
        open_vault.export_dossier(
            DossierRequest("internal-brief", [incident]), out / "dossier.json", fmt="json"
        )
    monkeypatch.undo()
    assert os.listdir(out) == []
    assert open_vault.list_exports() == []
