# SPDX-License-Identifier: GPL-3.0-or-later
"""SECURITY.md section D: malicious inputs finish quickly with a clear outcome."""

from __future__ import annotations

import io
import shutil
import struct
import subprocess
import time
from pathlib import Path

import pikepdf
import pytest

from defenderdoc.errors import CancelledError
from defenderdoc.evidence.errors import RefusedFileError, SandboxKilledError
from defenderdoc.evidence.formats import detect_format, detect_stream, format_for_kind
from defenderdoc.evidence.pipeline import clean_and_verify
from defenderdoc.evidence.sandbox import sanitize_in_subprocess
from defenderdoc.evidence.sanitize import sanitize
from defenderdoc.progress import CancelToken

from . import hostile
from .conftest import CORPUS

pytestmark = pytest.mark.timeout(120)


def _refused(data: bytes, reason: str) -> None:
    start = time.monotonic()
    with pytest.raises(RefusedFileError) as info:
        sanitize(io.BytesIO(data), io.BytesIO(), detect_stream(io.BytesIO(data)))
    assert info.value.reason_code == reason, str(info.value)
    assert time.monotonic() - start < 5


def test_png_decompression_bomb() -> None:
    _refused(hostile.png_bomb(), "image_too_large")


def test_gif_huge_logical_screen() -> None:
    _refused(hostile.gif_huge_screen(), "image_too_large")


def test_eps_renamed_jpg() -> None:
    eps = b"%!PS-Adobe-3.0 EPSF-3.0\n%%BoundingBox: 0 0 10 10\nshowpage\n"
    fmt = detect_format(eps, "holiday.jpg")
    assert fmt.kind == "postscript"
    assert fmt.extension_mismatch("holiday.jpg")
    _refused(eps, "postscript")


def test_truncated_app1_segment_is_refused() -> None:
    _refused(hostile.jpeg_with_app1(b"Exif\x00\x00II*\x00", declared=60000), "malformed")


@pytest.mark.parametrize("exif", [hostile.cyclic_exif(), hostile.truncated_exif()])
def test_crafted_exif_is_removed_and_reported_unreadable(exif: bytes) -> None:
    data = hostile.jpeg_with_app1(exif)
    start = time.monotonic()
    derivative, result = clean_and_verify(io.BytesIO(data), format_for_kind("jpeg"))
    assert time.monotonic() - start < 5
    assert exif not in derivative
    assert any("unreadable" in f.field for f in result.removed.findings)


def test_zip_bomb_disguised_as_docx() -> None:
    data = hostile.zip_bomb_docx()
    assert len(data) < 200_000
    assert detect_stream(io.BytesIO(data)).kind == "docx"
    _refused(data, "archive_too_large")


def test_zip_with_too_many_members() -> None:
    _refused(hostile.many_members_docx(), "archive_too_large")


def test_zero_byte_file() -> None:
    assert detect_format(b"").kind == "empty"
    with pytest.raises(RefusedFileError) as info:
        sanitize(io.BytesIO(b""), io.BytesIO(), format_for_kind("jpeg"))
    assert info.value.reason_code == "empty"


def test_hostile_pdf_is_disarmed(tmp_path: Path) -> None:
    data = hostile.hostile_pdf()
    assert b"SECRET-DELETED-TEXT" in data
    derivative, result = clean_and_verify(io.BytesIO(data), format_for_kind("pdf"))
    fields = {f.field for f in result.removed.findings}
    assert "earlier PDF revisions (incremental updates)" in fields
    assert derivative.count(b"startxref") == 1
    with pikepdf.open(io.BytesIO(derivative)) as pdf:
        assert "/Info" not in pdf.trailer
        for key in ("/OpenAction", "/AA", "/Metadata"):
            assert key not in pdf.Root
        assert "/EmbeddedFiles" not in pdf.Root.get("/Names", {})
        for obj in pdf.objects:
            if isinstance(obj, pikepdf.Dictionary):
                assert str(obj.get("/S", "")) not in ("/JavaScript", "/Launch")
                assert "/T" not in obj or str(obj.get("/Subtype")) == "/Widget"
        assert len(pdf.pages) == 1
    qpdf = shutil.which("qpdf")
    if qpdf:
        (tmp_path / "d.pdf").write_bytes(derivative)
        subprocess.run(
            [
                qpdf,
                "--qdf",
                "--object-streams=disable",
                str(tmp_path / "d.pdf"),
                str(tmp_path / "flat.pdf"),
            ],
            check=True,
            capture_output=True,
        )
        flat = (tmp_path / "flat.pdf").read_bytes()
        assert flat.startswith(b"%PDF")
        for needle in (
            b"SECRET-DELETED",
            b"/JavaScript",
            b"/Launch",
            b"/EmbeddedFile",
            b"Alice",
            b"Old Author",
            b"calc.exe",
            b"MZ-not-really",
        ):
            assert needle not in flat, needle


def test_sandbox_cleans_and_verifies() -> None:
    path = CORPUS / "jpeg" / "exif__DSCN0010.jpg"
    data = path.read_bytes()
    derivative, result = sanitize_in_subprocess(path, detect_format(data))
    local, _ = clean_and_verify(io.BytesIO(data), detect_format(data))
    assert derivative == local
    assert result.verified
    assert any(f.category == "location" for f in result.removed.findings)


def test_sandbox_kills_child_over_time_limit() -> None:
    path = CORPUS / "heic" / "metadata__Issue_649.avif"
    start = time.monotonic()
    with pytest.raises(SandboxKilledError) as info:
        sanitize_in_subprocess(path, format_for_kind("avif"), timeout_s=0.3)
    assert info.value.reason_code == "timeout"
    assert time.monotonic() - start < 10


def test_sandbox_memory_limit_is_a_clear_error() -> None:
    path = CORPUS / "heic" / "metadata__Issue_649.avif"
    with pytest.raises(SandboxKilledError) as info:
        sanitize_in_subprocess(path, format_for_kind("avif"), memory_limit_mb=64)
    assert info.value.reason_code in ("memory", "crashed")


def test_sandbox_propagates_refusal(tmp_path: Path) -> None:
    target = tmp_path / "bomb.png"
    target.write_bytes(hostile.png_bomb())
    with pytest.raises(RefusedFileError) as info:
        sanitize_in_subprocess(target, format_for_kind("png"))
    assert info.value.reason_code == "image_too_large"


def test_sandbox_cancel() -> None:
    token = CancelToken()
    token.cancel()
    with pytest.raises(CancelledError):
        sanitize_in_subprocess(
            CORPUS / "png" / "mat2__dirty.png", format_for_kind("png"), cancel=token
        )


def test_tiff_page_without_dimensions_is_refused_not_crashed() -> None:
    """Pillow raises TypeError while counting pages; that must be a refusal."""

    def ifd(entries: list[tuple[int, int, int]], next_ifd: int) -> bytes:
        body = b"".join(
            struct.pack("<HHII", tag, 3 if typ == 3 else 4, 1, value) for tag, typ, value in entries
        )
        return struct.pack("<H", len(entries)) + body + struct.pack("<I", next_ifd)

    first = [
        (256, 3, 1),
        (257, 3, 1),
        (258, 3, 8),
        (259, 3, 1),
        (262, 3, 1),
        (273, 4, 8),
        (277, 3, 1),
        (278, 3, 1),
        (279, 4, 1),
    ]
    ifd0_at = 16
    ifd1_at = ifd0_at + 2 + 12 * len(first) + 4
    data = b"II*\x00" + struct.pack("<I", ifd0_at) + b"\x80" * 8
    data += ifd(first, ifd1_at) + ifd([(259, 3, 1)], 0)
    _refused(data, "malformed")
