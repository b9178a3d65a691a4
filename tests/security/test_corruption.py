# SPDX-License-Identifier: GPL-3.0-or-later
"""Damaged evidence files are reported one by one and never "repaired" away."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from defenderdoc.services import Services
from tests.evidence.conftest import CORPUS

FILES = ["jpeg/exif__DSCN0010.jpg", "png/exiftool__PNG.png", "pdf/exiftool__PDF.pdf"]


@pytest.fixture
def imported(open_vault: Services, tmp_path: Path) -> list[int]:
    sources = []
    for rel in FILES:
        if not (CORPUS / rel).is_file():
            pytest.skip("corpus missing")
        sources.append(tmp_path / Path(rel).name)
        shutil.copy(CORPUS / rel, sources[-1])
    ids = [r.evidence_id for r in open_vault.import_evidence(sources)]
    assert all(i is not None for i in ids)
    return [i for i in ids if i is not None]


@pytest.mark.parametrize("damage", ["flip", "truncate", "delete"])
def test_one_damaged_blob_is_reported_alone(
    open_vault: Services, imported: list[int], vault_path: Path, damage: str
) -> None:
    blobs = sorted((vault_path / "blobs").glob("??/*.blob"))
    victim = blobs[2]
    if damage == "flip":
        data = bytearray(victim.read_bytes())
        data[len(data) // 2] ^= 0x01
        victim.write_bytes(bytes(data))
    elif damage == "truncate":
        victim.write_bytes(victim.read_bytes()[:-40])
    else:
        victim.unlink()
    report = open_vault.verify()
    assert not report.ok
    assert report.database_ok
    # One file is damaged: only its item is affected (a cleaned copy stored as a
    # recipe over that original is reported with it), every other item is intact.
    damaged_items = {p.split(" (")[0] for p in report.blob_problems}
    assert len(damaged_items) == 1
    assert 1 <= len(report.blob_problems) <= 2
    assert report.blobs_checked == 2 * len(imported)
    assert victim.exists() == (damage != "delete")  # damaged files are left as they are
    for evidence_id in imported:  # the other items are still fully readable
        info = open_vault.get_evidence(evidence_id)
        if info.has_derivative and f"evidence {evidence_id}" not in damaged_items:
            assert b"".join(open_vault.read_derivative(evidence_id))


def test_orphan_blobs_are_listed_never_deleted(
    open_vault: Services, imported: list[int], vault_path: Path
) -> None:
    orphan = open_vault.vault.blobs.write_stream(iter([b"left by a crash"]))
    report = open_vault.verify()
    assert report.ok
    assert report.orphan_blobs == [orphan.blob_id]
    assert open_vault.vault.blobs.path_for(orphan.blob_id).exists()
