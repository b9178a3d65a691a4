# SPDX-License-Identifier: GPL-3.0-or-later
"""Large media verified while streaming: honest ``verified``, bounded memory, tampering refused."""

from __future__ import annotations

import hashlib
import io
import os
import struct
from collections.abc import Callable
from pathlib import Path

import pytest

from defenderdoc.evidence.errors import RefusedFileError
from defenderdoc.evidence.formats import detect_stream, format_for_kind
from defenderdoc.evidence.limits import open_fd
from defenderdoc.evidence.pipeline import STREAM_KINDS, clean_and_verify, stream_clean_and_verify
from defenderdoc.evidence.sandbox import CleanerSession
from defenderdoc.evidence.sanitize import sanitize
from defenderdoc.evidence.streamverify import StreamVerifier
from defenderdoc.evidence.worker import STREAM_VERIFY_MIN
from defenderdoc.services import Services
from defenderdoc.vault.models import Evidence

from .conftest import CORPUS, corpus_files

pytestmark = pytest.mark.timeout(120)
BIG_MB = 300


def _streamable() -> list[str]:
    out = []
    for rel in corpus_files():
        with (CORPUS / rel).open("rb") as fh:
            if detect_stream(fh).kind in STREAM_KINDS:
                out.append(rel)
    return out


def _box(btype: bytes, payload: bytes) -> bytes:
    return struct.pack(">I4s", 8 + len(payload), btype) + payload


def make_mp4(path: Path, megabytes: int) -> None:
    """ftyp, a large mdat, then a moov with dated mvhd and a GPS location in udta."""
    mvhd = struct.pack(">B3xIIII", 0, 3_700_000_000, 3_700_000_000, 1000, 0).ljust(100, b"\0")
    udta = _box(b"udta", _box(b"\xa9xyz", b"\x00\x11\x15\xc7+48.8577+002.2950/"))
    block = os.urandom(1 << 20)
    with path.open("wb") as out:
        out.write(_box(b"ftyp", b"isom\x00\x00\x02\x00isom"))
        out.write(struct.pack(">I4sQ", 1, b"mdat", 16 + megabytes * (1 << 20)))
        for _ in range(megabytes):
            out.write(block)
        out.write(_box(b"moov", _box(b"mvhd", mvhd) + udta))


class HashSink:
    def __init__(self) -> None:
        self.digest, self.size = hashlib.sha256(), 0

    def write(self, data: bytes) -> None:
        self.digest.update(data)
        self.size += len(data)


@pytest.fixture(scope="module")
def big_mp4(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("media") / "interview.mp4"
    make_mp4(path, BIG_MB)
    return path


@pytest.mark.parametrize("rel", _streamable())
def test_corpus_streamed_equals_in_memory(rel: str) -> None:
    data = (CORPUS / rel).read_bytes()
    fmt = detect_stream(io.BytesIO(data))
    try:
        expected, _ = clean_and_verify(io.BytesIO(data), fmt)
    except RefusedFileError:
        with pytest.raises(RefusedFileError):
            stream_clean_and_verify(io.BytesIO(data), io.BytesIO(data), fmt, io.BytesIO())
        return
    out = io.BytesIO()
    result = stream_clean_and_verify(io.BytesIO(data), io.BytesIO(data), fmt, out)
    assert result.verified
    assert out.getvalue() == expected


def test_large_mp4_is_verified_in_bounded_memory(big_mp4: Path) -> None:
    assert big_mp4.stat().st_size > STREAM_VERIFY_MIN
    sink = HashSink()
    with CleanerSession() as session:
        fmt = format_for_kind("mp4")
        result = session.clean(big_mp4, fmt, sink)
        peak_kb = session.last_usage.get("VmHWM", 0)
    assert result.verified
    assert sink.size == big_mp4.stat().st_size  # layout kept: offsets stay valid
    assert {"location", "timestamp"} <= result.removed.categories()
    assert 0 < peak_kb < 150 * 1024


class Tamper:
    """Between cleaner and verifier: changes the stream the way a faulty cleaner might."""

    def __init__(self, inner: StreamVerifier, change: Callable[[int, bytes], bytes]) -> None:
        self.inner, self.change, self.pos = inner, change, 0

    def write(self, data: bytes) -> None:
        self.inner.write(self.change(self.pos, bytes(data)))
        self.pos += len(data)


def _flip_at(offset: int) -> Callable[[int, bytes], bytes]:
    def change(pos: int, data: bytes) -> bytes:
        if pos <= offset < pos + len(data):
            i = offset - pos
            return data[:i] + bytes((data[i] ^ 0x20,)) + data[i + 1 :]
        return data

    return change


def _run(path: Path, kind: str, change: Callable[[int, bytes], bytes]) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        verifier = StreamVerifier(open_fd(fd), kind, HashSink())
        sanitize(open_fd(fd), Tamper(verifier, change), format_for_kind(kind))  # type: ignore[arg-type]
        verifier.finish()
    finally:
        os.close(fd)


def test_flipped_media_byte_in_a_large_mp4_is_refused(big_mp4: Path) -> None:
    with pytest.raises(RefusedFileError) as info:
        _run(big_mp4, "mp4", _flip_at(200 * (1 << 20)))
    assert info.value.reason_code == "verification_failed"
    assert "payload" in str(info.value)


@pytest.mark.parametrize(
    ("rel", "kind"),
    [
        ("video/metadata__with-gps.mov", "mov"),
        ("audio/mat2__dirty.wav", "wav"),
        ("audio/mat2__dirty.flac", "flac"),
        ("audio/mutagen__with-id3.aif", "aiff"),
    ],
)
def test_original_passed_through_is_refused(rel: str, kind: str, tmp_path: Path) -> None:
    """A cleaner that forgot to clean: metadata remains, so it must not be 'verified'."""
    path = CORPUS / rel
    original = path.read_bytes()
    with pytest.raises(RefusedFileError) as info:
        _run(path, kind, lambda pos, data: original[pos : pos + len(data)])
    assert info.value.reason_code == "verification_failed"


def test_zeroed_media_without_metadata_tracks_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "small.mp4"
    make_mp4(path, 2)
    with pytest.raises(RefusedFileError, match="payload"):
        _run(path, "mp4", lambda pos, data: bytes(len(data)) if pos > 4096 else data)


def test_truncated_or_extended_stream_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "small.mp4"
    make_mp4(path, 2)
    size = path.stat().st_size
    with pytest.raises(RefusedFileError, match="truncated"):
        _run(path, "mp4", lambda pos, data: data[: max(0, size - 100 - pos)])
    with pytest.raises(RefusedFileError, match="after"):
        _run(path, "mp4", lambda pos, data: data + b"\0" * 16 if pos + len(data) == size else data)


def test_large_mp4_is_stored_as_a_recipe_over_its_original(
    big_mp4: Path, open_vault: Services
) -> None:
    """The media data is not sent over the pipe nor stored twice; the copy reads back whole."""
    (result,) = open_vault.import_evidence([big_mp4])
    assert result.status == "imported"
    assert result.evidence_id is not None
    with open_vault.vault.session() as session:
        row = session.get(Evidence, result.evidence_id)
        assert row is not None
        recipe, derivative_blob = row.derivative_recipe, row.blob_derivative
    assert derivative_blob is None
    assert recipe is not None
    assert len(recipe) < 4096  # the rewritten index, not 300 MB of media
    assert len(open_vault.vault.blobs.all_ids()) == 1
    digest, size, tail = hashlib.sha256(), 0, b""
    for chunk in open_vault.read_derivative(result.evidence_id):
        digest.update(chunk)
        size += len(chunk)
        tail = (tail + chunk)[-400:]
    assert size == big_mp4.stat().st_size
    assert digest.hexdigest() == result.sha256_derivative
    assert b"+48.8577" not in tail
    with big_mp4.open("rb") as fh:
        fh.seek(-400, os.SEEK_END)
        assert b"+48.8577" in fh.read()
    assert open_vault.verify().ok
