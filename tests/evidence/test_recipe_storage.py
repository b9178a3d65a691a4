# SPDX-License-Identifier: GPL-3.0-or-later
"""A lossless cleaned copy is stored as a recipe over its original, and reads back exactly."""

from __future__ import annotations

import hashlib
import io
import os
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import select

from defenderdoc.errors import InvalidInputError
from defenderdoc.evidence.derivative import DerivativeSink
from defenderdoc.evidence.formats import detect_format
from defenderdoc.evidence.pipeline import clean_and_verify
from defenderdoc.evidence.protocol import ProtocolError
from defenderdoc.services import Services
from defenderdoc.vault import recipe
from defenderdoc.vault.blobs import BlobError
from defenderdoc.vault.models import Evidence
from tests.conftest import PASSPHRASE


@pytest.fixture(scope="module")
def photo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A 1.5-megapixel noisy JPEG (about 1 MB) with GPS, camera and owner in its EXIF."""
    exif = Image.Exif()
    exif[0x010F], exif[0x0110], exif[0xA430] = "TestCam", "Model X", "Owner Name"
    exif[0x8825] = {1: "N", 2: (48.0, 51.0, 24.0), 3: "E", 4: (2.0, 21.0, 3.0)}
    path = tmp_path_factory.mktemp("photo") / "protest.jpg"
    Image.effect_noise((1400, 1050), 50).convert("RGB").save(path, "JPEG", quality=90, exif=exif)
    return path


def oracle(path: Path) -> bytes:
    """The cleaned copy as the cleaner makes it in memory, without any storage in between."""
    data = path.read_bytes()
    cleaned, result = clean_and_verify(io.BytesIO(data), detect_format(data[:65536], path.name))
    assert result.verified
    return cleaned


def import_photo(services: Services, photo: Path, *, keep_original: bool = True) -> int:
    (result,) = services.import_evidence([photo], keep_original=keep_original)
    assert result.evidence_id is not None
    return result.evidence_id


def row_of(services: Services, evidence_id: int) -> Evidence:
    with services.vault.session() as session:
        row = session.scalars(select(Evidence).where(Evidence.id == evidence_id)).one()
        session.expunge(row)
        return row


def test_kept_original_means_one_file_and_a_recipe(open_vault: Services, photo: Path) -> None:
    (result,) = open_vault.import_evidence([photo])
    assert result.evidence_id is not None
    row = row_of(open_vault, result.evidence_id)
    assert row.blob_original
    assert row.blob_derivative is None
    assert row.derivative_recipe
    assert len(row.derivative_recipe) < 4096  # the header, not the megabyte of scan data
    assert open_vault.vault.blobs.all_ids() == {row.blob_original}
    cleaned = b"".join(open_vault.read_derivative(result.evidence_id))
    assert cleaned == oracle(photo)
    assert hashlib.sha256(cleaned).hexdigest() == result.sha256_derivative
    assert b"TestCam" not in cleaned
    assert b"Owner Name" not in cleaned
    assert b"TestCam" in b"".join(open_vault.vault.blobs.read(row.blob_original))
    assert open_vault.verify().ok


def test_export_of_a_recipe_copy_is_the_cleaned_file(
    open_vault: Services, photo: Path, tmp_path: Path
) -> None:
    (result,) = open_vault.import_evidence([photo])
    assert result.evidence_id is not None
    target = tmp_path / "out.jpg"
    digest = open_vault.export_derivative(result.evidence_id, target)
    assert target.read_bytes() == oracle(photo)
    assert digest == result.sha256_derivative


def test_discarded_original_means_the_copy_is_a_file_of_its_own(
    open_vault: Services, photo: Path
) -> None:
    evidence_id = import_photo(open_vault, photo, keep_original=False)
    row = row_of(open_vault, evidence_id)
    assert row.blob_original is None
    assert row.derivative_recipe is None
    assert row.blob_derivative
    assert open_vault.vault.blobs.all_ids() == {row.blob_derivative}
    assert b"".join(open_vault.read_derivative(evidence_id)) == oracle(photo)
    with pytest.raises(InvalidInputError):
        open_vault.export_original(evidence_id, photo.parent / "never.jpg")
    assert open_vault.verify().ok


def test_damaged_original_is_reported_for_both_copies(open_vault: Services, photo: Path) -> None:
    evidence_id = import_photo(open_vault, photo)
    row = row_of(open_vault, evidence_id)
    assert row.blob_original is not None
    path = open_vault.vault.blobs.path_for(row.blob_original)
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 1
    path.write_bytes(bytes(data))
    report = open_vault.verify()
    assert sorted(p.split(": ")[0] for p in report.blob_problems) == [
        f"evidence {evidence_id} (cleaned copy)",
        f"evidence {evidence_id} (original)",
    ]
    with pytest.raises(BlobError):
        b"".join(open_vault.read_derivative(evidence_id))


def test_backup_and_restore_keep_recipe_copies(
    open_vault: Services, photo: Path, tmp_path: Path
) -> None:
    evidence_id = import_photo(open_vault, photo)
    backup = tmp_path / "vault.ddocbak"
    open_vault.backup(backup, "a long backup passphrase for the test")
    open_vault.lock()
    restored = tmp_path / "restored.ddoc"
    report = Services.restore(backup, restored, "a long backup passphrase for the test", PASSPHRASE)
    assert report.ok
    assert report.blobs_checked == 2
    again = Services()
    again.unlock(restored, PASSPHRASE)
    try:
        assert b"".join(again.read_derivative(evidence_id)) == oracle(photo)
    finally:
        again.lock()


def test_sink_writes_a_file_once_the_new_bytes_outgrow_a_recipe(
    open_vault: Services, tmp_path: Path
) -> None:
    source = tmp_path / "source.bin"
    source.write_bytes(os.urandom(300_000))
    literal = os.urandom(recipe.MAX_RECIPE + 10)
    with source.open("rb") as fh:
        sink = DerivativeSink(open_vault.vault.blobs, fh.fileno(), as_recipe=True)
        sink.copy(1000, 200_000)
        sink.write(literal)
        sink.copy(250_000, 50_000)
        stored = sink.finish()
    expected = source.read_bytes()[1000:201_000] + literal + source.read_bytes()[250_000:]
    assert stored.recipe is None
    assert stored.blob_id is not None
    assert stored.size == len(expected)
    assert stored.sha256 == hashlib.sha256(expected).hexdigest()
    assert b"".join(open_vault.vault.blobs.read(stored.blob_id)) == expected


@pytest.mark.parametrize(("first", "second"), [((0, 10), (5, 10)), ((0, 10), (299_995, 10))])
def test_sink_refuses_ranges_out_of_order_or_past_the_source(
    open_vault: Services, tmp_path: Path, first: tuple[int, int], second: tuple[int, int]
) -> None:
    source = tmp_path / "source.bin"
    source.write_bytes(os.urandom(300_000))
    with source.open("rb") as fh:
        sink = DerivativeSink(open_vault.vault.blobs, fh.fileno(), as_recipe=True)
        sink.copy(*first)
        with pytest.raises(ProtocolError):
            sink.copy(*second)
        sink.abort()
    assert not open_vault.vault.blobs.all_ids()


def test_a_copy_sharing_nothing_is_a_file_of_its_own(open_vault: Services, tmp_path: Path) -> None:
    source = tmp_path / "source.bin"
    source.write_bytes(b"x" * 1000)
    with source.open("rb") as fh:
        sink = DerivativeSink(open_vault.vault.blobs, fh.fileno(), as_recipe=True)
        sink.write(b"rebuilt document")
        stored = sink.finish()
    assert stored.recipe is None
    assert stored.blob_id is not None
    assert b"".join(open_vault.vault.blobs.read(stored.blob_id)) == b"rebuilt document"


def test_ranges_become_a_recipe_only_with_the_childs_hash(
    open_vault: Services, tmp_path: Path
) -> None:
    source = tmp_path / "source.bin"
    source.write_bytes(os.urandom(300_000))
    expected = b"header" + source.read_bytes()[1000:]
    stored = {}
    for name, child_hash in (("with", hashlib.sha256(expected).hexdigest()), ("without", None)):
        with source.open("rb") as fh:
            sink = DerivativeSink(open_vault.vault.blobs, fh.fileno(), as_recipe=True)
            sink.write(b"header")
            sink.copy(1000, 299_000)
            stored[name] = sink.finish(child_hash)
    assert stored["with"].recipe is not None
    assert stored["with"].blob_id is None
    assert stored["without"].recipe is None  # no hash to record: written out and hashed here
    assert stored["without"].blob_id is not None
    assert stored["without"].sha256 == hashlib.sha256(expected).hexdigest()
    assert b"".join(open_vault.vault.blobs.read(stored["without"].blob_id)) == expected
