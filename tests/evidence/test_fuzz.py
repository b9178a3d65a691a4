# SPDX-License-Identifier: GPL-3.0-or-later
"""Mutation fuzzing of every cleaner: only documented exceptions, never a hang."""

from __future__ import annotations

import io
import warnings

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from defenderdoc.errors import CancelledError
from defenderdoc.evidence.errors import RefusedFileError
from defenderdoc.evidence.formats import format_for_kind
from defenderdoc.evidence.inspect import read_metadata
from defenderdoc.evidence.sanitize import sanitize

from .conftest import CORPUS

#: kind -> small seed file from the corpus.
SEEDS = {
    "jpeg": "jpeg/exiftool__GPS.jpg",
    "png": "png/exiftool__PNG.png",
    "gif": "gif/mat2__dirty.gif",
    "webp": "webp/exiftool__RIFF.webp",
    "tiff": "tiff/exiftool__GeoTiff.tif",
    "pdf": "pdf/exiftool__PDF2.pdf",
    "docx": "office/mat2__revision_move.docx",
    "xlsx": "office/mat2__dangling_rels.xlsx",
    "odt": "office/mat2__dirty.odt",
    "mp3": "audio/metadata__chirp-5-id3.mp3",
    "flac": "audio/mutagen__silence-44-s.flac",
    "ogg": "audio/mat2__dirty.ogg",
    "opus": "audio/exiftool__Opus.opus",
    "wav": "audio/exiftool__RIFF.wav",
    "aiff": "audio/mutagen__with-id3.aif",
    "m4a": "audio/mutagen__has-tags.m4a",
    "mov": "video/exiftool__QuickTime.mov",
    "avi": "video/mat2__dirty.avi",
    "avif": "heic/mat2__dirty.avif",
}
EXAMPLES = {"avif": 15, "tiff": 60, "pdf": 80, "docx": 80, "xlsx": 80, "odt": 80}


@st.composite
def mutated(draw: st.DrawFn, seed: bytes) -> bytes:
    """Flip, overwrite, truncate or duplicate parts of a seed file."""
    data = bytearray(seed)
    for _ in range(draw(st.integers(1, 8))):
        if not data:
            break
        op = draw(st.sampled_from(["flip", "byte", "cut", "dup", "zero"]))
        pos = draw(st.integers(0, len(data) - 1))
        if op == "flip":
            data[pos] ^= 1 << draw(st.integers(0, 7))
        elif op == "byte":
            data[pos] = draw(st.sampled_from([0x00, 0xFF, 0x7F, 0x80]))
        elif op == "cut":
            del data[pos:]
        elif op == "dup":
            end = min(len(data), pos + draw(st.integers(1, 64)))
            data[pos:pos] = data[pos:end]
        else:
            data[pos : pos + 4] = b"\xff\xff\xff\xff"
    return bytes(data)


@pytest.mark.timeout(600)
@pytest.mark.parametrize("kind", sorted(SEEDS))
def test_cleaner_survives_mutations(kind: str) -> None:
    seed = (CORPUS / SEEDS[kind]).read_bytes()
    fmt = format_for_kind(kind)

    @settings(
        max_examples=EXAMPLES.get(kind, 200),
        deadline=5000,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    @given(mutated(seed))
    def run(data: bytes) -> None:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            try:
                sanitize(io.BytesIO(data), io.BytesIO(), fmt)
            except (RefusedFileError, CancelledError):
                return

    run()


@pytest.mark.timeout(600)
@pytest.mark.parametrize("kind", ["jpeg", "tiff", "png", "pdf", "docx", "mp3", "m4a"])
def test_reader_survives_mutations(kind: str) -> None:
    seed = (CORPUS / SEEDS[kind]).read_bytes()
    fmt = format_for_kind(kind)

    @settings(
        max_examples=60,
        deadline=5000,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    @given(mutated(seed))
    def run(data: bytes) -> None:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            try:
                report = read_metadata(data, fmt)
            except (TypeError, AttributeError, NameError):
                raise  # programming errors, never acceptable
            except Exception:  # sanitize() reports these as "metadata unreadable"
                return
        assert isinstance(report.findings, list)

    run()
