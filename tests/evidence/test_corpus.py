# SPDX-License-Identifier: GPL-3.0-or-later
"""Every real-world corpus file is either cleaned and verified, or refused for a known reason."""

from __future__ import annotations

import io

import pytest

from defenderdoc.evidence.formats import detect_stream
from defenderdoc.evidence.verify import verify_derivative

from .conftest import CORPUS, CorpusRun, corpus_files, manifest

#: Files we cannot clean, with the reason code the refusal must carry.
EXPECTED_REFUSALS = {
    # ExifTool's metadata samples that hold no real content to keep:
    "audio/exiftool__MP3.mp3": "malformed",  # ID3 tag only, no MPEG frame
    "audio/exiftool__RIFF.wav": "malformed",  # data chunk lies outside the RIFF size
    "audio/exiftool__Vorbis.ogg": "malformed",  # last Ogg page is truncated
    "heic/exiftool__QuickTime.heic": "malformed",  # HEIF item list without image data
    # Formats we refuse on purpose:
    "office/exiftool__FlashPix.ppt": "legacy_office",
    "video/mat2__dirty.wmv": "asf",
}
_SEVERE = {"HIGH", "MEDIUM"}


def test_corpus_is_present() -> None:
    assert len(corpus_files()) >= 150


@pytest.mark.parametrize("rel", corpus_files())
def test_cleaned_or_refused(rel: str, corpus_run: CorpusRun) -> None:
    if rel in EXPECTED_REFUSALS:
        assert rel in corpus_run.refused, f"{rel} was expected to be refused"
        assert corpus_run.refused[rel].reason_code == EXPECTED_REFUSALS[rel]
        return
    assert rel not in corpus_run.refused, str(corpus_run.refused.get(rel))
    result = corpus_run.results[rel]
    assert result.verified
    if manifest().get(rel, "").strip() not in ("", "(none found)"):
        assert result.removed.findings, "metadata listed in MANIFEST but nothing reported"
    original = (CORPUS / rel).read_bytes()
    derivative = corpus_run.derivatives[rel].read_bytes()
    fmt = detect_stream(io.BytesIO(original))
    check = verify_derivative(io.BytesIO(original), io.BytesIO(derivative), fmt, result)
    assert check.clean, check.problems
    if result.output_kind == fmt.kind and not fmt.kind.startswith(("docx", "xlsx", "pptx")):
        assert result.lossless or result.notice, "lossy result without an explanation"


@pytest.mark.parametrize("rel", corpus_files())
def test_checker_finds_nothing(
    rel: str,
    corpus_run: CorpusRun,
    checker_report: tuple[int, dict[str, list[dict[str, str]]], str],
) -> None:
    if rel in EXPECTED_REFUSALS:
        assert rel not in corpus_run.derivatives
        return
    _code, report, _summary = checker_report
    findings = report[str(corpus_run.derivatives[rel])]
    severe = [f for f in findings if f["severity"] in _SEVERE]
    assert not severe, severe


def test_checker_summary(
    checker_report: tuple[int, dict[str, list[dict[str, str]]], str], corpus_run: CorpusRun
) -> None:
    code, _report, summary = checker_report
    assert code == 0, summary
    assert summary.startswith(f"{len(corpus_run.derivatives)} files,")


def test_refusals_are_few(corpus_run: CorpusRun) -> None:
    assert set(corpus_run.refused) == set(EXPECTED_REFUSALS)


def test_video_headers_keep_no_maker_or_encoder_name(
    corpus_run: CorpusRun,
    checker_report: tuple[int, dict[str, list[dict[str, str]]], str],
) -> None:
    """Below the checker's threshold, but a camera brand all the same: QuickTime writes
    the maker into handler and sample descriptions ("Pentax", "appl")."""
    _code, report, _summary = checker_report
    videos = [rel for rel in corpus_run.derivatives if rel.endswith((".mov", ".mp4", ".3gp"))]
    assert len(videos) >= 5
    leftovers = {
        rel: [f"{f['where']} = {f['value']}" for f in report[str(corpus_run.derivatives[rel])]]
        for rel in videos
    }
    makers = ("VendorID", "EncoderVendor", "CompressorName")
    named = {
        rel: [f for f in found if any(m in f for m in makers)] for rel, found in leftovers.items()
    }
    assert not any(named.values()), named


def test_pdfs_do_not_say_the_authors_language(
    corpus_run: CorpusRun,
    checker_report: tuple[int, dict[str, list[dict[str, str]]], str],
) -> None:
    _code, report, _summary = checker_report
    pdfs = [rel for rel in corpus_run.derivatives if rel.endswith(".pdf")]
    assert pdfs
    said = {
        rel: [
            f["value"]
            for f in report[str(corpus_run.derivatives[rel])]
            if f["where"] == "PDF:Language"
        ]
        for rel in pdfs
    }
    assert not any(said.values()), said
