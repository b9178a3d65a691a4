# SPDX-License-Identifier: GPL-3.0-or-later
"""Structural proof of pixel equality: used on the corpus, backed by real decoding, tamper-proof."""

from __future__ import annotations

import io
import struct
import zlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image

from defenderdoc.evidence import structural, verify
from defenderdoc.evidence.formats import detect_stream, format_for_kind
from defenderdoc.evidence.imaging import PIL_FORMATS, open_image
from defenderdoc.evidence.pipeline import clean_and_verify
from defenderdoc.evidence.result import SanitizeResult
from defenderdoc.evidence.verify import verify_derivative

from .conftest import CORPUS, CorpusRun


def _clean(rel: str) -> tuple[bytes, bytes, SanitizeResult]:
    data = (CORPUS / rel).read_bytes()
    derivative, result = clean_and_verify(io.BytesIO(data), detect_stream(io.BytesIO(data)))
    return data, derivative, result


def _verified(original: bytes, derivative: bytes, kind: str, result: SanitizeResult) -> bool:
    fmt = format_for_kind(kind)
    return verify_derivative(io.BytesIO(original), io.BytesIO(derivative), fmt, result).clean


def _pixels(data: bytes, kind: str) -> list[tuple[str, tuple[int, int], bytes]]:
    """Decoded frames; for JPEG the primary image (extra MPF images are removed on purpose)."""
    im = open_image(data, kind)
    count = 1 if kind == "jpeg" else getattr(im, "n_frames", 1)
    out = []
    for index in range(count):
        im.seek(index)
        im.load()
        out.append((im.mode, im.size, im.tobytes()))
    return out


def _lossless_images(run: CorpusRun) -> list[tuple[str, str, bytes, bytes]]:
    out = []
    for rel, result in sorted(run.results.items()):
        original = (CORPUS / rel).read_bytes()
        kind = detect_stream(io.BytesIO(original)).kind
        if result.lossless and kind in PIL_FORMATS and result.output_kind == kind:
            out.append((rel, kind, original, run.derivatives[rel].read_bytes()))
    return out


def test_lossless_corpus_images_have_identical_pixels(corpus_run: CorpusRun) -> None:
    """The ground truth behind the fast path: decode both and compare every pixel."""
    images = _lossless_images(corpus_run)
    assert len(images) >= 60
    differing = [rel for rel, kind, a, b in images if _pixels(a, kind) != _pixels(b, kind)]
    assert not differing


def test_fast_path_covers_every_lossless_corpus_image(corpus_run: CorpusRun) -> None:
    missed = [
        rel
        for rel, kind, a, b in _lossless_images(corpus_run)
        if kind in structural.KINDS and not structural.equal(a, b, kind)
    ]
    assert not missed


def test_verification_of_a_jpeg_does_not_decode(monkeypatch: pytest.MonkeyPatch) -> None:
    original, derivative, result = _clean("jpeg/exif__DSCN0010.jpg")

    def no_decoding(data: bytes, kind: str) -> object:
        raise AssertionError("decoded")

    monkeypatch.setattr(verify, "decoded_frames", no_decoding)
    assert _verified(original, derivative, "jpeg", result)


def _scan_offset(jpeg: bytes) -> int:
    sos = jpeg.index(b"\xff\xda")
    start = sos + 2 + int.from_bytes(jpeg[sos + 2 : sos + 4], "big")
    pos = start + (len(jpeg) - start) // 2
    while jpeg[pos] in (0xFE, 0xFF) or jpeg[pos - 1] == 0xFF:
        pos += 1
    return pos


def test_tampered_scan_byte_is_detected() -> None:
    original, derivative, result = _clean("jpeg/exif__DSCN0010.jpg")
    tampered = bytearray(derivative)
    tampered[_scan_offset(derivative)] ^= 0x01
    assert structural.equal(original, derivative, "jpeg")
    assert not structural.equal(original, bytes(tampered), "jpeg")
    assert not _verified(original, bytes(tampered), "jpeg", result)


def test_changed_colour_transform_is_detected() -> None:
    buf = io.BytesIO()
    Image.new("CMYK", (32, 16), (10, 200, 30, 5)).save(buf, format="JPEG", comment=b"Alice")
    original = buf.getvalue()
    derivative, result = clean_and_verify(io.BytesIO(original), format_for_kind("jpeg"))
    assert b"Alice" not in derivative
    at = derivative.index(b"Adobe") + 11
    tampered = derivative[:at] + bytes((derivative[at] ^ 1,)) + derivative[at + 1 :]
    assert structural.equal(original, derivative, "jpeg")
    assert not structural.equal(original, tampered, "jpeg")


def _png_chunk_payload(data: bytes, ctype: bytes) -> tuple[int, int]:
    pos = data.index(ctype) - 4
    length = int.from_bytes(data[pos : pos + 4], "big")
    return pos, length


def test_tampered_idat_is_detected_even_with_a_fixed_checksum() -> None:
    original, derivative, result = _clean("png/exiftool__PNG.png")
    pos, length = _png_chunk_payload(derivative, b"IDAT")
    tampered = bytearray(derivative)
    tampered[pos + 8 + length // 2] ^= 0x10
    stale_crc = bytes(tampered)
    body = bytes(tampered[pos + 4 : pos + 8 + length])
    tampered[pos + 8 + length : pos + 12 + length] = struct.pack(">I", zlib.crc32(body))
    assert structural.equal(original, derivative, "png")
    assert not structural.equal(original, bytes(tampered), "png")
    assert not structural.equal(original, stale_crc, "png")
    assert not _verified(original, bytes(tampered), "png", result)


@pytest.mark.parametrize(
    ("rel", "marker"),
    [("gif/mat2__dirty.gif", b"\x2c"), ("webp/metadata__Nikon_Coolpix_P7000.webp", b"VP8")],
)
def test_tampered_gif_and_webp_image_data_is_detected(rel: str, marker: bytes) -> None:
    original, derivative, result = _clean(rel)
    kind = detect_stream(io.BytesIO(original)).kind
    at = derivative.rindex(marker) + (len(derivative) - derivative.rindex(marker)) // 2
    tampered = derivative[:at] + bytes((derivative[at] ^ 0x04,)) + derivative[at + 1 :]
    assert structural.equal(original, derivative, kind)
    assert not structural.equal(original, tampered, kind)
    assert not _verified(original, tampered, kind, result)


@pytest.mark.parametrize("kind", sorted(structural.KINDS))
def test_unparseable_input_is_never_equal(kind: str) -> None:
    assert not structural.equal(b"", b"", kind)
    assert not structural.equal(b"garbage" * 10, b"garbage" * 10, kind)


_SEGMENT = st.sampled_from(
    [b"\xff\x00", b"\xff\xd3", b"\xff\xff", b"\xff\xd9", b"\xff\xc4\x00\x02", b"\x12\x34"]
)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.one_of(_SEGMENT, st.binary(max_size=6)), max_size=30),
    st.lists(st.lists(st.one_of(_SEGMENT, st.binary(max_size=6)), max_size=12), max_size=3),
)
def test_scan_hints_never_change_where_a_scan_ends(
    body: list[bytes], hints: list[list[bytes]]
) -> None:
    """A hint from the other file is only used when proven; the result equals a full search."""
    sos = b"\xff\xda\x00\x08" + b"\x01\x01\x00\x00\x3f\x00"
    data = b"\xff\xd8\xff\xc0\x00\x0b\x08\x00\x01\x00\x01\x01\x01\x11\x00" + sos
    data += b"".join(body) + b"\xff\xd9"
    known = [memoryview(b"".join(h)) for h in hints]
    known.append(memoryview(b"".join(body)))  # the right answer if the body holds no marker
    try:
        plain = structural._jpeg_key(data)
    except (structural.StructureError, IndexError, ValueError):
        plain = None
    for hint in known:
        if structural._SCAN_END.search(hint.tobytes()):
            continue  # hints are scans found by a search, so they never hold a marker
        try:
            hinted = structural._jpeg_key(data, [hint])
        except (structural.StructureError, IndexError, ValueError):
            hinted = None
        assert hinted == plain
