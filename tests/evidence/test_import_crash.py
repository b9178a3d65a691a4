# SPDX-License-Identifier: GPL-3.0-or-later
"""kill -9 at random points of an import: nothing half-present, nothing lost.

A child imports evidence in a loop and reports each commit; the test kills it at
a random moment (in the encrypt, clean or commit stage), reopens the vault and
checks every item is whole (decrypted hashes match), every reported commit is
there, ``.part`` files are swept, and blobs without a row are listed as orphans.
"""

from __future__ import annotations

import os
import random
import shutil
import tempfile
from pathlib import Path

import pytest
from sqlalchemy import select

from defenderdoc.services import Services
from defenderdoc.vault.models import Evidence
from tests.conftest import PASSPHRASE
from tests.evidence.conftest import CORPUS
from tests.killing import run_then_kill

ITERATIONS = int(os.environ.get("DDOC_CRASH_ITERATIONS", "50"))
FILES = [
    "jpeg/exif__DSCN0010.jpg",
    "pdf/exiftool__PDF.pdf",
    "png/exiftool__PNG.png",
    "audio/exiftool__FLAC.flac",
]


def _run_and_kill(vault: Path, files: list[Path], delay: float) -> list[tuple[int, str]]:
    lines = run_then_kill(
        "tests.evidence.crash_importer", [str(vault), *map(str, files)], PASSPHRASE, delay
    )
    return [(int(ident), digest) for _, ident, digest in (line.split() for line in lines)]


@pytest.mark.timeout(900)
def test_kill_during_import(tmp_path: Path) -> None:
    sources = []
    for rel in FILES:
        if (CORPUS / rel).is_file():
            sources.append(tmp_path / Path(rel).name)
            shutil.copy(CORPUS / rel, sources[-1])
    if not sources:
        pytest.skip("corpus missing")
    vault = tmp_path / "crash.ddoc"
    services = Services()
    services.create_vault(vault, PASSPHRASE)
    services.lock()
    temp_before = set(os.listdir(tempfile.gettempdir()))
    rng = random.Random(1234)
    committed: dict[int, str] = {}
    orphans_seen = 0
    for _ in range(ITERATIONS):
        for ident, digest in _run_and_kill(vault, sources, rng.uniform(0.0, 1.2)):
            committed[ident] = digest
        services.unlock(vault, PASSPHRASE)
        try:
            assert not list((vault / "blobs" / ".tmp").iterdir())  # swept on open
            items = {e.id: e for e in services.list_evidence()}
            for ident, digest in committed.items():
                assert items[ident].sha256_original == digest  # nothing committed is lost
            report = services.verify()
            assert report.ok, report.lines()  # every row's blobs decrypt to their hashes
            orphans_seen = max(orphans_seen, len(report.orphan_blobs))
            with services.vault.session() as session:
                rows = session.scalars(select(Evidence)).all()
                referenced = {b for r in rows for b in (r.blob_original, r.blob_derivative) if b}
            assert len(referenced) >= len(items)  # every item has its sealed original
            assert services.vault.blobs.all_ids() == referenced | set(report.orphan_blobs)
        finally:
            services.lock()
    assert committed, "the child never committed anything; the test proved nothing"
    new_temp = set(os.listdir(tempfile.gettempdir())) - temp_before
    assert not [n for n in new_temp if n.endswith(".ddoc-part") or n.startswith("etilqs")]
    print(f"{ITERATIONS} kills, {len(committed)} committed items, max orphans {orphans_seen}")
