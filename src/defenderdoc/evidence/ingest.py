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

import contextlib
import os
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import BinaryIO

from defenderdoc.domain.records import ImportResult
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


def _refusal_or(path: Path, stage: Callable[[], _InFlight]) -> _InFlight | ImportResult:
    """Run a stage; a refusal of this one file becomes its result, anything else propagates."""
    try:
        return stage()
    except _Refused as exc:
        code, message = exc.code, exc.message
    except RefusedFileError as exc:
        code, message = exc.reason_code, str(exc)
    return ImportResult(display_name(os.fsdecode(path.name)), "refused", code, message)


def _same_file(before: os.stat_result, after: os.stat_result) -> bool:
    return (before.st_size, before.st_mtime_ns, before.st_ino, before.st_dev) == (
        after.st_size,
        after.st_mtime_ns,
        after.st_ino,
        after.st_dev,
    )


@dataclass
class _InFlight:
    """One file between its stages; owns the open source until ``close``."""

    name: str
    source: BinaryIO
    before: os.stat_result
    fmt: FileFormat
    job: CleanJob
    original: BlobWritten | None = None
    sink: DerivativeSink | None = None
    result: SanitizeResult | None = None

    def store(self) -> StoredDerivative | None:
        """Write or hash the cleaned copy (safe to run in another thread)."""
        sink, self.sink = self.sink, None
        return sink.finish(self.job.sha256) if sink is not None else None

    @property
    def fd(self) -> int:
        return self.source.fileno()

    def close(self) -> None:
        self.job.abandon()  # no-op once collected
        self.source.close()


class Importer:
    """Imports files into one unlocked vault under a given policy.

    A batch runs as a pipeline over one sandboxed child: while the child cleans
    file N+1, the app seals N+1's original in this thread and stores and commits
    file N in another.
    """

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
        results: list[ImportResult] = []
        waiting: _InFlight | None = None  # cleaned and sealed, not yet committed
        # One child cleans; one thread stores and commits the previous file (hashlib,
        # pread and SQLCipher release the GIL) while this thread seals the next original.
        with CleanerSession() as session, ThreadPoolExecutor(1, "evidence-store") as pool:
            try:
                for index, path in enumerate(files):
                    if cancel is not None and cancel.cancelled:
                        break
                    progress(index, len(files), "evidence")
                    previous, waiting = waiting, None
                    waiting = self._step(
                        path, session, pool, previous, cancel=cancel, results=results
                    )
                if waiting is not None:
                    last, waiting = waiting, None
                    results.append(self._finish(last))
            finally:
                if waiting is not None:
                    self._drop(waiting)
        if cancel is not None:
            cancel.raise_if_cancelled()
        progress(len(files), len(files), "evidence")
        return results

    def _step(
        self,
        path: Path,
        session: CleanerSession,
        pool: ThreadPoolExecutor,
        previous: _InFlight | None,
        *,
        cancel: CancelToken | None,
        results: list[ImportResult],
    ) -> _InFlight | None:
        """Start ``path`` and commit ``previous`` meanwhile; return ``path`` if it awaits commit.

        Owns ``previous`` and ``path``: on an exception both are undone (or committed).
        """
        started: _InFlight | ImportResult | None = _refusal_or(
            path, partial(self._begin, path, session)
        )
        # _finish undoes its file itself on failure; the pool runs one at a time, in order.
        finishing = pool.submit(self._finish, previous) if previous is not None else None
        try:
            if isinstance(started, _InFlight):
                sealed, started = started, None  # _seal and _take undo themselves on failure
                started = _refusal_or(path, partial(self._seal, sealed))
            if isinstance(started, _InFlight):
                taking, started = started, None
                started = _refusal_or(path, partial(self._take, taking, cancel))
        except BaseException:
            if finishing is not None:
                with contextlib.suppress(BaseException):  # let it end; it is committed or undone
                    finishing.result()
            raise
        if finishing is not None:
            try:
                results.append(finishing.result())
            except BaseException:
                if isinstance(started, _InFlight):
                    self._drop(started)
                raise
        if isinstance(started, ImportResult):
            results.append(started)
            return None
        return started

    def _begin(self, path: Path, session: CleanerSession) -> _InFlight:
        """Open the file and hand it to the child, which starts cleaning at once."""
        fd, before = open_regular(path)
        source = os.fdopen(fd, "rb")
        try:
            fmt = detect_stream(source)  # reads the ZIP directory too (office formats)
            job = session.submit(fd, fmt, refs=_CAN_READ_RANGES)
        except BaseException:
            source.close()
            raise
        return _InFlight(os.fsdecode(path.name), source, before, fmt, job)

    def _seal(self, item: _InFlight) -> _InFlight:
        """Encrypt the original into the vault while the child cleans it."""
        try:
            item.original = self.vault.blobs.write_file(item.source)
            if not _same_file(item.before, os.fstat(item.fd)):
                raise _Refused("changed", CHANGED)
        except BaseException:
            self._drop(item)
            raise
        return item

    def _take(self, item: _InFlight, cancel: CancelToken | None) -> _InFlight:
        """Receive the child's verified copy (or its refusal)."""
        try:
            item.sink = DerivativeSink(self.vault.blobs, item.fd, as_recipe=self.keep_original)
            try:
                item.result = item.job.result(item.sink, cancel)
                if not item.result.verified:
                    raise _Refused("unverified", UNVERIFIED)
            except (_Refused, RefusedFileError):
                if not self.allow_uncleaned:
                    raise
                item.sink.abort()
                item.sink = item.result = None
        except BaseException:
            self._drop(item)
            raise
        return item

    def _finish(self, item: _InFlight) -> ImportResult:
        """Store the cleaned copy, check the file did not change, commit row and custody event.

        Safe to run in another thread than the stages before it.
        """
        original, derivative = item.original, None
        assert original is not None  # noqa: S101 - set by _seal
        try:
            derivative = item.store()
            if not _same_file(item.before, os.fstat(item.fd)):
                raise _Refused("changed", CHANGED)
            evidence_id = self._commit(item.name, item.fmt, original, derivative, item.result)
        except _Refused as exc:
            self._discard(derivative)
            self._drop(item)
            return ImportResult(display_name(item.name), "refused", exc.code, exc.message)
        except BaseException:
            self._discard(derivative)
            self._drop(item)
            raise
        item.close()
        if not self.keep_original:
            self.vault.blobs.delete(original.blob_id)
        result = item.result
        return ImportResult(
            name=display_name(item.name),
            status="imported",
            evidence_id=evidence_id,
            kind=item.fmt.kind,
            sha256_original=original.sha256,
            sha256_derivative=derivative.sha256 if derivative else None,
            notice=result.notice if result else REASONS.get("unsupported_format"),
            removed=tuple(sorted({f"{f.category}: {f.field}" for f in result.removed.findings}))
            if result
            else (),
            warnings=(MISMATCH,) if item.fmt.extension_mismatch(item.name) else (),
        )

    def _drop(self, item: _InFlight) -> None:
        """Undo whatever an unfinished file left: its job, its cleaned copy, its original."""
        if item.sink is not None:
            item.sink.abort()
            item.sink = None
        if item.original is not None:
            self.vault.blobs.delete(item.original.blob_id)
            item.original = None
        item.close()

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
