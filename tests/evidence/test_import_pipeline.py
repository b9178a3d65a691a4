# SPDX-License-Identifier: GPL-3.0-or-later
"""Evidence through the whole vault path: seal, clean, verify, store, export."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from sqlalchemy import select

from defenderdoc.domain.records import IncidentDraft
from defenderdoc.errors import CancelledError, InvalidInputError
from defenderdoc.progress import CancelToken
from defenderdoc.services import Services
from defenderdoc.vault.models import Evidence
from tests.evidence.conftest import CHECKER, CORPUS

SAMPLES = ["jpeg/exif__DSCN0010.jpg", "png/exiftool__PNG.png", "pdf/exiftool__PDF.pdf"]


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def samples(tmp_path: Path) -> list[Path]:
    folder = tmp_path / "incoming"
    folder.mkdir()
    out = []
    for rel in SAMPLES:
        if not (CORPUS / rel).is_file():
            pytest.skip(f"corpus file {rel} is not available")
        target = folder / Path(rel).name
        shutil.copy(CORPUS / rel, target)
        out.append(target)
    return out


def test_import_seals_original_and_cleans_copy(
    open_vault: Services, samples: list[Path], tmp_path: Path
) -> None:
    incident = open_vault.add_incident(IncidentDraft(title="Photos of the raid"))
    results = open_vault.import_evidence(samples, incident_id=incident)
    assert [r.status for r in results] == ["imported"] * len(samples)
    out = tmp_path / "out"
    out.mkdir()
    for source, result in zip(samples, results, strict=True):
        assert result.evidence_id is not None
        info = open_vault.get_evidence(result.evidence_id)
        assert info.status == "clean"
        assert info.sha256_original == sha(source)
        assert info.incident_id == incident
        original = out / f"original-{source.name}"
        assert open_vault.export_original(result.evidence_id, original) == sha(source)
        assert original.read_bytes() == source.read_bytes()
        derivative = out / f"clean-{source.name}"
        assert open_vault.export_derivative(result.evidence_id, derivative) == (
            info.sha256_derivative
        )
        assert sha(derivative) != sha(source)
        original.unlink()
    assert any("location" in r for r in results[0].removed)  # the GPS of DSCN0010
    entries = [(e.action, e.entity) for e in open_vault.list_audit()]
    assert ("custody", "evidence") in entries
    assert ("export", "evidence") in entries
    assert open_vault.verify().ok
    if shutil.which("exiftool"):
        check = subprocess.run(
            [sys.executable, str(CHECKER), "--fail-on", "medium", str(out)],
            capture_output=True,
            text=True,
            check=False,
        )
        assert check.returncode == 0, check.stdout[-2000:]


def test_discard_original_keeps_only_hash(open_vault: Services, samples: list[Path]) -> None:
    result = open_vault.import_evidence(samples[:1], keep_original=False)[0]
    assert result.evidence_id is not None
    info = open_vault.get_evidence(result.evidence_id)
    assert info.sha256_original == sha(samples[0])
    assert not info.has_original
    assert info.report
    assert all(f.get("value") is None for f in json.loads(info.report))
    with pytest.raises(InvalidInputError, match="not kept"):
        open_vault.export_original(result.evidence_id, samples[0].with_suffix(".out"))
    assert len(open_vault.vault.blobs.all_ids()) == 1
    assert open_vault.verify().ok


def test_folders_are_expanded_and_links_refused(
    open_vault: Services, samples: list[Path], tmp_path: Path
) -> None:
    folder = samples[0].parent
    (folder / "link.jpg").symlink_to(samples[0])
    secret = tmp_path / "secret.txt"
    secret.write_text("not evidence")
    (folder / "escape.txt").symlink_to(secret)
    results = open_vault.import_evidence([folder])
    by_name = {r.name: r for r in results}
    assert {n for n, r in by_name.items() if r.status == "imported"} == {p.name for p in samples}
    assert by_name["link.jpg"].reason_code == "not_regular"
    assert by_name["escape.txt"].reason_code == "not_regular"


def test_fifo_never_blocks(open_vault: Services, tmp_path: Path) -> None:
    fifo = tmp_path / "evidence.jpg"
    os.mkfifo(fifo)
    done: list[object] = []
    worker = threading.Thread(target=lambda: done.append(open_vault.import_evidence([fifo])))
    worker.start()
    worker.join(10)
    assert done, "importing a FIFO blocked"
    result = done[0][0]  # type: ignore[index]
    assert (result.status, result.reason_code) == ("refused", "not_regular")


def test_empty_file_is_refused_with_reason(open_vault: Services, tmp_path: Path) -> None:
    empty = tmp_path / "empty.jpg"
    empty.write_bytes(b"")
    result = open_vault.import_evidence([empty])[0]
    assert result.status == "refused"
    assert result.reason_code == "empty"
    assert open_vault.vault.blobs.all_ids() == set()


def test_uncleanable_file_refused_unless_user_insists(open_vault: Services, tmp_path: Path) -> None:
    program = tmp_path / "photo.jpg"
    program.write_bytes(b"\x7fELF\x02\x01\x01" + b"\x00" * 200)
    refused = open_vault.import_evidence([program])[0]
    assert refused.status == "refused"
    assert "mismatch" not in (refused.reason or "")
    assert open_vault.vault.blobs.all_ids() == set()
    stored = open_vault.import_evidence([program], allow_uncleaned=True)[0]
    assert stored.status == "imported"
    assert stored.evidence_id is not None
    info = open_vault.get_evidence(stored.evidence_id)
    assert (info.status, info.has_derivative) == ("uncleaned", False)
    with pytest.raises(InvalidInputError):
        open_vault.export_derivative(stored.evidence_id, tmp_path / "x")


@pytest.mark.parametrize(
    "name",
    [
        "report\u202egpj.exe.png",
        "line\nbreak.png",
        "CON.png",
        "..\u200d..png",
        ("é" * 120) + ".png",
    ],
)
def test_hostile_names_are_text_only(open_vault: Services, tmp_path: Path, name: str) -> None:
    source = CORPUS / "png/exiftool__PNG.png"
    if not source.is_file():
        pytest.skip("corpus missing")
    folder = tmp_path / "in"
    folder.mkdir()
    target = folder / name
    shutil.copy(source, target)
    before = set(os.listdir(tmp_path))
    result = open_vault.import_evidence([target])[0]
    assert result.status == "imported"
    assert result.evidence_id is not None
    assert open_vault.get_evidence(result.evidence_id).original_name == name
    assert "\u202e" not in result.name
    assert "\n" not in result.name
    assert set(os.listdir(tmp_path)) == before  # nothing written beside the source


def test_extension_mismatch_is_reported(open_vault: Services, tmp_path: Path) -> None:
    source = CORPUS / "png/exiftool__PNG.png"
    if not source.is_file():
        pytest.skip("corpus missing")
    disguised = tmp_path / "holiday.jpg"
    shutil.copy(source, disguised)
    result = open_vault.import_evidence([disguised])[0]
    assert result.kind == "png"
    assert any("extension" in w for w in result.warnings)


def test_cancel_leaves_nothing_half_imported(open_vault: Services, samples: list[Path]) -> None:
    token = CancelToken()
    seen: list[int] = []

    def progress(done: int, total: int, label: str) -> None:
        seen.append(done)
        if done == 1:
            token.cancel()

    with pytest.raises(CancelledError):
        open_vault.import_evidence(samples, progress=progress, cancel=token)
    items = open_vault.list_evidence()
    assert len(items) == 1
    with open_vault.vault.session() as session:
        (row,) = session.scalars(select(Evidence)).all()
        stored = {b for b in (row.blob_original, row.blob_derivative) if b}
    assert row.blob_original
    assert row.blob_derivative or row.derivative_recipe
    assert open_vault.vault.blobs.all_ids() == stored  # nothing of the cancelled file is left
    assert not list(open_vault.vault.blobs.tmp.iterdir())
    assert open_vault.verify().ok


@pytest.mark.timeout(900)
def test_whole_corpus_through_the_vault(open_vault: Services, tmp_path: Path) -> None:
    """Every real-world file: imported with a clean, verified copy, or refused as expected."""
    from tests.evidence.conftest import corpus_files
    from tests.evidence.test_corpus import EXPECTED_REFUSALS

    files = [CORPUS / rel for rel in corpus_files()]
    if not files:
        pytest.skip("corpus missing")
    results = open_vault.import_evidence(files)
    by_source = dict(zip((str(f.relative_to(CORPUS)) for f in files), results, strict=True))
    refused = {rel: r.reason_code for rel, r in by_source.items() if r.status != "imported"}
    assert refused == EXPECTED_REFUSALS
    out = tmp_path / "derivatives"
    out.mkdir()
    for rel, result in by_source.items():
        if result.status != "imported":
            continue
        assert result.evidence_id is not None
        info = open_vault.get_evidence(result.evidence_id)
        assert info.status == "clean"
        assert info.sha256_original == sha(CORPUS / rel)  # the sealed original is exact
        suffix = Path(rel).suffix
        open_vault.export_derivative(result.evidence_id, out / f"{result.evidence_id}{suffix}")
    assert open_vault.verify().ok
    if shutil.which("exiftool"):
        check = subprocess.run(
            [sys.executable, str(CHECKER), "--fail-on", "medium", str(out)],
            capture_output=True,
            text=True,
            check=False,
        )
        assert check.returncode == 0, check.stdout[-3000:]


def test_vault_originals_policy(open_vault: Services, samples: list[Path]) -> None:
    """High-risk users can set the vault to keep only the hash of every original."""
    assert open_vault.keeps_originals()
    open_vault.set_originals_policy(keep=False)
    assert not open_vault.keeps_originals()
    result = open_vault.import_evidence(samples[:1])[0]
    assert result.evidence_id is not None
    info = open_vault.get_evidence(result.evidence_id)
    assert not info.has_original
    assert info.sha256_original == sha(samples[0])
    override = open_vault.import_evidence(samples[1:2], keep_original=True)[0]
    assert override.evidence_id is not None
    assert open_vault.get_evidence(override.evidence_id).has_original
