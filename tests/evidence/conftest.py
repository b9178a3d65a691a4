# SPDX-License-Identifier: GPL-3.0-or-later
"""Shared fixtures: the real-media corpus, the external checker, and helpers."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from defenderdoc.evidence.errors import RefusedFileError
from defenderdoc.evidence.formats import detect_stream, format_for_kind
from defenderdoc.evidence.pipeline import clean_and_verify
from defenderdoc.evidence.result import SanitizeResult

# The shared test corpus sits beside the checkout (as in CI: shared/ next to the clone).
SHARED = Path(__file__).resolve().parents[3] / "shared"
CORPUS = SHARED / "testdata" / "realmedia"
CHECKER = SHARED / "tools" / "residual_metadata.py"


def corpus_files() -> list[str]:
    """Relative paths of every corpus file (MANIFEST excluded)."""
    if not CORPUS.is_dir():
        return []
    return sorted(
        str(p.relative_to(CORPUS))
        for p in CORPUS.rglob("*")
        if p.is_file() and p.name != "MANIFEST.tsv"
    )


def manifest() -> dict[str, str]:
    """relpath -> identifying-metadata column of MANIFEST.tsv."""
    rows = {}
    for line in (CORPUS / "MANIFEST.tsv").read_text(encoding="utf-8").splitlines()[1:]:
        cols = line.split("\t")
        rows[cols[0]] = cols[-1] if len(cols) > 5 else ""
    return rows


def run_checker(target: Path) -> tuple[int, dict[str, list[dict[str, str]]], str]:
    """Run residual_metadata.py --json --fail-on medium; (exit code, report, summary)."""
    if shutil.which("exiftool") is None:
        pytest.skip("exiftool is not installed (apt-get install libimage-exiftool-perl)")
    proc = subprocess.run(
        [sys.executable, str(CHECKER), "--json", "--fail-on", "medium", str(target)],
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )
    lines = proc.stdout.rstrip("\n").splitlines()
    summary = lines[-1] if lines else ""
    report = json.loads("\n".join(lines[:-1])) if len(lines) > 1 else {}
    return proc.returncode, report, summary


class CorpusRun:
    """Every corpus file cleaned once per session: derivatives on disk, results kept."""

    def __init__(self, out_dir: Path) -> None:
        self.out_dir = out_dir
        self.results: dict[str, SanitizeResult] = {}
        self.refused: dict[str, RefusedFileError] = {}
        self.derivatives: dict[str, Path] = {}
        for rel in corpus_files():
            data = (CORPUS / rel).read_bytes()
            fmt = detect_stream(io.BytesIO(data))
            try:
                derivative, result = clean_and_verify(io.BytesIO(data), fmt)
            except RefusedFileError as exc:
                self.refused[rel] = exc
                continue
            name = Path(rel).name
            if result.output_kind != fmt.kind:  # e.g. HEIC -> PNG: keep names unique
                name += format_for_kind(result.output_kind).extension
            target = out_dir / Path(rel).parent / name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(derivative)
            self.results[rel] = result
            self.derivatives[rel] = target


@pytest.fixture(scope="session")
def corpus_run(tmp_path_factory: pytest.TempPathFactory) -> CorpusRun:
    if not CORPUS.is_dir():
        pytest.skip("shared test corpus not present")
    return CorpusRun(tmp_path_factory.mktemp("derivatives"))


@pytest.fixture(scope="session")
def checker_report(corpus_run: CorpusRun) -> tuple[int, dict[str, list[dict[str, str]]], str]:
    return run_checker(corpus_run.out_dir)
