# SPDX-License-Identifier: GPL-3.0-or-later
"""Import evidence: seal the original, clean a copy in a sandbox, verify, commit.

Order matters for crash safety. The blobs are written (ciphertext only) and
renamed into place before the database row is committed in one transaction
with its custody event: after a crash at any point an item is either fully
present or absent, and a blob without a row is listed as an orphan by
``verify``, never silently deleted. A cleaned copy stored as a recipe over the
original lives in the row itself, so it is committed with it.
"""

from __future__ import annotations

import os
from pathlib import Path

from defenderdoc.domain.records import ImportResult
from defenderdoc.errors import CancelledError, DiskFullError
from defenderdoc.evidence.derivative import DerivativeSink, StoredDerivative
from defenderdoc.evidence.errors import REASONS, RefusedFileError
from defenderdoc.evidence.formats import FileFormat, detect_stream
from defenderdoc.evidence.result import SanitizeResult
from defenderdoc.evidence.session import CleanerSession, CleanJob
from defenderdoc.evidence.source import SourceFileError, display_name, expand, open_regular
from defenderdoc.i18n import QT_TRANSLATE_NOOP
from defenderdoc.progress import CancelToken, ProgressCallback, no_progress
from defenderdoc.vault.blobs import BlobWritten
from defenderdoc.vault.models import Evidence
from defenderdoc.vault.recording import record_event
from defenderdoc.vault.repository.evidence import CLEAN, UNCLEANED, add_evidence
from defenderdoc.vault.vault import Vault

CHANGED = QT_TRANSLATE_NOOP(
    "Evidence",
    "The file changed while it was being imported. Import it again once nothing writes to it.",
)
MISMATCH = QT_TRANSLATE_NOOP("Evidence", "The file name's extension does not match its content.")
UNVERIFIED = QT_TRANSLATE_NOOP(
    "Evidence", "The cleaned copy could not be independently verified, so it was not kept."
)


#: Whether the parent can read ranges of the source itself (the child then sends ranges).
_CAN_READ_RANGES = hasattr(os, "pread")


class _Refused(Exception):
    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code, self.message = code, message


def _same_file(before: os.stat_result, after: os.stat_result) -> bool:
    return (before.st_size, before.st_mtime_ns, before.st_ino, before.st_dev) == (
        after.st_size,
        after.st_mtime_ns,
        after.st_ino,
        after.st_dev,
    )


class Importer:
    """Imports files into one unlocked vault under a given policy."""

    def __init__(
        self,
        vault: Vault,
        *,
        incident_id: int | None = None,
        keep_original: bool = True,
        allow_uncleaned: bool = False,
    ) -> None:
        self.vault, self.incident_id = vault, incident_id
        self.keep_original, self.allow_uncleaned = keep_original, allow_uncleaned

    def import_paths(
        self,
        paths: list[Path],
        progress: ProgressCallback = no_progress,
        cancel: CancelToken | None = None,
    ) -> list[ImportResult]:
        """One result per file; a refused file never stops the rest of the batch."""
        files = list(expand(paths))
        results = []
        with CleanerSession() as session:  # one sandboxed child for the whole batch
            for index, path in enumerate(files):
                if cancel:
                    cancel.raise_if_cancelled()
                progress(index, len(files), "evidence")
                results.append(self.import_one(path, cancel, session=session))
        progress(len(files), len(files), "evidence")
        return results

    def import_one(
        self,
        path: Path,
        cancel: CancelToken | None = None,
        *,
        session: CleanerSession | None = None,
    ) -> ImportResult:
        name = os.fsdecode(path.name)
        try:
            if session is None:
                with CleanerSession() as own:
                    return self._import(path, name, cancel, own)
            return self._import(path, name, cancel, session)
        except _Refused as exc:
            return ImportResult(display_name(name), "refused", exc.code, exc.message)
        except RefusedFileError as exc:
            return ImportResult(display_name(name), "refused", exc.reason_code, str(exc))

    def _import(
        self, path: Path, name: str, cancel: CancelToken | None, session: CleanerSession
    ) -> ImportResult:
        fd, before = open_regular(path)
        with os.fdopen(fd, "rb") as source:
            fmt = detect_stream(source)  # reads the ZIP directory too (office formats)
            # The child cleans this very descriptor while we seal the original.
            with session.submit(fd, fmt, refs=_CAN_READ_RANGES) as job:
                original = self.vault.blobs.write_file(source)
                try:
                    if not _same_file(before, os.fstat(fd)):
                        raise _Refused("changed", CHANGED)
                    derivative, result = self._clean(job, fd, cancel)
                    if not _same_file(before, os.fstat(fd)):
                        self._discard(derivative)
                        raise _Refused("changed", CHANGED)
                except (_Refused, RefusedFileError, CancelledError, DiskFullError, OSError):
                    self.vault.blobs.delete(original.blob_id)
                    raise
        warnings = [MISMATCH] if fmt.extension_mismatch(name) else []
        try:
            evidence_id = self._commit(name, fmt, original, derivative, result)
        except BaseException:
            self.vault.blobs.delete(original.blob_id)
            self._discard(derivative)
            raise
        if not self.keep_original:
            self.vault.blobs.delete(original.blob_id)
        return ImportResult(
            name=display_name(name),
            status="imported",
            evidence_id=evidence_id,
            kind=fmt.kind,
            sha256_original=original.sha256,
            sha256_derivative=derivative.sha256 if derivative else None,
            notice=result.notice if result else REASONS.get("unsupported_format"),
            removed=tuple(sorted({f"{f.category}: {f.field}" for f in result.removed.findings}))
            if result
            else (),
            warnings=tuple(warnings),
        )

    def _clean(
        self, job: CleanJob, fd: int, cancel: CancelToken | None
    ) -> tuple[StoredDerivative | None, SanitizeResult | None]:
        sink = DerivativeSink(self.vault.blobs, fd, as_recipe=self.keep_original)
        try:
            result = job.result(sink, cancel)
            if not result.verified:
                raise _Refused("unverified", UNVERIFIED)
            stored = sink.finish()
        except (_Refused, RefusedFileError):
            sink.abort()
            if self.allow_uncleaned:
                return None, None
            raise
        except BaseException:
            sink.abort()
            raise
        return stored, result

    def _discard(self, derivative: StoredDerivative | None) -> None:
        if derivative is not None and derivative.blob_id is not None:
            self.vault.blobs.delete(derivative.blob_id)

    def _commit(
        self,
        name: str,
        fmt: FileFormat,
        original: BlobWritten,
        derivative: StoredDerivative | None,
        result: SanitizeResult | None,
    ) -> int:
        report = result.removed if result else None
        if report is not None and not self.keep_original:
            report = report.without_values()  # values only while the original is kept
        with self.vault.session(write=True) as session:
            row = Evidence(
                incident_id=self.incident_id,
                original_name=name,
                kind=fmt.kind,
                mime=fmt.mime,
                size=original.size,
                sha256_original=original.sha256,
                sha256_derivative=derivative.sha256 if derivative else None,
                blob_original=original.blob_id if self.keep_original else None,
                blob_derivative=derivative.blob_id if derivative else None,
                derivative_recipe=derivative.recipe if derivative else None,
                status=CLEAN if derivative else UNCLEANED,
                report=report.to_json() if report else None,
                importer=self.vault.actor,
            )
            evidence_id = add_evidence(session, row)
            record_event(
                session,
                self.vault,
                "custody",
                "evidence",
                evidence_id,
                details={
                    "event": "imported",
                    "kind": fmt.kind,
                    "sha256_original": original.sha256,
                    "sha256_derivative": derivative.sha256 if derivative else None,
                    "lossless": result.lossless if result else None,
                    "original_kept": self.keep_original,
                },
            )
        return evidence_id


__all__ = ["Importer", "SourceFileError"]
