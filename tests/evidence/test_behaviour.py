# SPDX-License-Identifier: GPL-3.0-or-later
"""Format-specific guarantees, including the cases where mat2 and ExifTool fall short."""

from __future__ import annotations

import io
import json
import zipfile

import pikepdf
import pytest
from PIL import Image

from defenderdoc.evidence.formats import detect_format, detect_stream, format_for_kind
from defenderdoc.evidence.inspect import read_metadata
from defenderdoc.evidence.pipeline import clean_and_verify
from defenderdoc.evidence.report import Finding, MetadataReport
from defenderdoc.evidence.result import SanitizeResult

from .conftest import CORPUS


def _clean(rel: str) -> tuple[bytes, SanitizeResult]:
    data = (CORPUS / rel).read_bytes()
    return clean_and_verify(io.BytesIO(data), detect_stream(io.BytesIO(data)))


def test_detection_uses_content_not_name() -> None:
    png = (CORPUS / "png" / "exiftool__PNG.png").read_bytes()
    fmt = detect_format(png, "report.pdf")
    assert (fmt.kind, fmt.mime, fmt.extension) == ("png", "image/png", ".png")
    assert fmt.extension_mismatch("report.pdf")
    assert not fmt.extension_mismatch("scan.PNG")
    assert detect_format(b"\x7fELF\x02\x01").kind == "executable"
    assert detect_format(b"name,city\nA,B\nC,D\n").kind == "csv"
    assert detect_format("Zeugenaussage über den Vorfall\n".encode()).kind == "text"


def test_report_round_trip_and_redaction() -> None:
    report = MetadataReport()
    report.add("location", "EXIF GPSLatitude", "48.85")
    report.add("location", "EXIF GPSLatitude", "48.85")
    assert len(report) == 1
    again = MetadataReport.from_json(report.to_json())
    assert again == report
    assert again.without_values().findings == [Finding("location", "EXIF GPSLatitude", None)]
    result = SanitizeResult(report, lossless=True, notice=None, output_kind="jpeg")
    assert SanitizeResult.from_json(result.to_json()) == result
    assert json.loads(result.to_json())["removed"][0]["value"] == "48.85"


@pytest.mark.parametrize("rel", ["jpeg/exif__portrait_6.jpg", "jpeg/exif__landscape_3.jpg"])
def test_jpeg_orientation_kept_alone(rel: str) -> None:
    original = Image.open(CORPUS / rel)
    derivative, result = _clean(rel)
    im = Image.open(io.BytesIO(derivative))
    assert dict(im.getexif()) == {0x0112: original.getexif()[0x0112]}
    assert result.lossless
    assert result.removed.findings


def test_jpeg_gps_and_thumbnail_reported_then_gone() -> None:
    derivative, result = _clean("jpeg/exif__DSCN0010.jpg")
    categories = result.removed.categories()
    assert {"location", "device", "timestamp"} <= categories
    assert not read_metadata(derivative, format_for_kind("jpeg"))
    assert b"NIKON" not in derivative


def test_webp_animation_is_kept() -> None:
    derivative, _ = _clean("webp/metadata__Animation_Lossy.webp")
    before = Image.open(CORPUS / "webp" / "metadata__Animation_Lossy.webp")
    after = Image.open(io.BytesIO(derivative))
    assert getattr(after, "n_frames", 1) == getattr(before, "n_frames", 1) > 1


def test_tiff_ifd0_and_geotiff_removed() -> None:
    derivative, result = _clean("tiff/exiftool__GeoTiff.tif")
    assert "location" in result.removed.categories()
    tags = Image.open(io.BytesIO(derivative)).tag_v2
    assert not {33550, 33922, 34735, 271, 272, 315} & set(tags)


def test_heic_becomes_png_with_notice() -> None:
    derivative, result = _clean("heic/mat2__dirty.heic")
    assert result.output_kind == "png"
    assert not result.lossless
    assert result.notice
    assert derivative.startswith(b"\x89PNG")


def test_docx_tracked_move_authors_removed_text_kept() -> None:
    derivative, result = _clean("office/mat2__revision_move.docx")
    with zipfile.ZipFile(io.BytesIO(derivative)) as zf:
        document = zf.read("word/document.xml")
        assert all(i.date_time == (1980, 1, 1, 0, 0, 0) for i in zf.infolist())
    assert b"Alice Reviewer" not in document
    assert b"w:moveFrom" not in document
    assert b"w:moveTo" not in document
    assert not result.lossless
    assert result.notice


@pytest.mark.parametrize("rel", ["office/python__prs-notes.pptx", "office/python__test.docx"])
def test_office_thumbnails_and_properties_removed(rel: str) -> None:
    derivative, _ = _clean(rel)
    with zipfile.ZipFile(io.BytesIO(derivative)) as zf:
        names = zf.namelist()
        assert not [n for n in names if "thumbnail" in n or n.startswith("customXml/")]
        assert b"Steve Canny" not in zf.read("docProps/core.xml")
        content_types = zf.read("[Content_Types].xml")
    assert b"thumbnail" not in content_types.lower()


def test_odt_zip_comments_removed_and_mimetype_first() -> None:
    derivative, _ = _clean("office/mat2__weird_producer.odt")
    with zipfile.ZipFile(io.BytesIO(derivative)) as zf:
        assert zf.infolist()[0].filename == "mimetype"
        assert zf.infolist()[0].compress_type == zipfile.ZIP_STORED
        assert not zf.comment
        assert not any(i.comment for i in zf.infolist())


def test_mp3_lyrics3v2_removed_audio_identical() -> None:
    derivative, result = _clean("audio/mutagen__apev2-lyricsv2.mp3")
    assert b"LYRICS200" not in derivative
    assert b"APETAGEX" not in derivative
    assert result.lossless
    assert "Lyrics3v2 tag" in {f.field for f in result.removed.findings}


def test_mov_gps_and_header_dates_removed() -> None:
    derivative, result = _clean("video/metadata__with-gps.mov")
    assert "location" in result.removed.categories()
    assert b"\xa9xyz" not in derivative
    assert b"com.apple.quicktime.location" not in derivative
    assert len(derivative) == (CORPUS / "video" / "metadata__with-gps.mov").stat().st_size


def test_pdf_embedded_jpeg_exif_removed() -> None:
    derivative, result = _clean("pdf/sample__pdflatex-image.pdf")
    assert any("JPEG" in f.field for f in result.removed.findings)
    with pikepdf.open(io.BytesIO(derivative)) as pdf:
        for obj in pdf.objects:
            if isinstance(obj, pikepdf.Stream) and obj.get("/Filter") == pikepdf.Name.DCTDecode:
                assert b"Exif" not in obj.read_raw_bytes()[:4096]


def test_text_is_copied_verbatim_with_bom() -> None:
    data = "\ufeffDatum;Ort\n2024-05-01;Tegucigalpa\n".encode()
    derivative, result = clean_and_verify(io.BytesIO(data), detect_format(data))
    assert derivative == data
    assert result.lossless
    assert not result.removed
