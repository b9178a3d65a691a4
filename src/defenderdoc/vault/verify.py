# SPDX-License-Identifier: GPL-3.0-or-later
"""Whole-vault verification: database pages, every blob, and the audit chain.

Reports per item and never repairs anything: a damaged vault is for the user to
restore from backup, not for us to "fix" by discarding data.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import partial

from sqlalchemy import select

from defenderdoc.progress import CancelToken, ProgressCallback, no_progress
from defenderdoc.vault.audit import verify_chain
from defenderdoc.vault.blobs import BlobError
from defenderdoc.vault.models import Evidence
from defenderdoc.vault.vault import Vault


@dataclass
class VerifyReport:
    database_ok: bool = True
    database_problems: list[str] = field(default_factory=list)
    blobs_checked: int = 0
    blob_problems: list[str] = field(default_factory=list)
    orphan_blobs: list[str] = field(default_factory=list)
    audit_entries: int = 0
    audit_problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.database_ok and not self.blob_problems and not self.audit_problems

    def lines(self) -> list[str]:
        out = [f"database: {'ok' if self.database_ok else 'DAMAGED'}"]
        out += [f"  {p}" for p in self.database_problems]
        out.append(
            f"evidence files: {self.blobs_checked} checked, "
            f"{len(self.blob_problems)} damaged or missing"
        )
        out += [f"  {p}" for p in self.blob_problems]
        if self.orphan_blobs:
            out.append(f"orphaned evidence files (kept, not deleted): {len(self.orphan_blobs)}")
        out.append(
            f"audit log: {self.audit_entries} entries, "
            f"{'intact' if not self.audit_problems else 'BROKEN'}"
        )
        out += [f"  {p}" for p in self.audit_problems]
        return out


def _check_database(vault: Vault, report: VerifyReport) -> None:
    raw = vault.engine.raw_connection()
    try:
        cursor = raw.cursor()
        pages = [row[0] for row in cursor.execute("PRAGMA cipher_integrity_check").fetchall()]
        integrity = [row[0] for row in cursor.execute("PRAGMA integrity_check").fetchall()]
    except Exception as exc:  # a damaged page can make either pragma raise
        report.database_ok = False
        report.database_problems.append(f"integrity check failed: {type(exc).__name__}")
        return
    finally:
        raw.close()
    if pages:
        report.database_ok = False
        report.database_problems += [str(p) for p in pages[:20]]
    if integrity != ["ok"]:
        report.database_ok = False
        report.database_problems += [str(p) for p in integrity[:20]]


def verify_vault(
    vault: Vault, progress: ProgressCallback = no_progress, cancel: CancelToken | None = None
) -> VerifyReport:
    report = VerifyReport()
    _check_database(vault, report)
    if not report.database_ok:
        return report  # evidence rows and the audit chain cannot be trusted or read
    with vault.session() as session:
        rows = session.execute(
            select(
                Evidence.id,
                Evidence.blob_original,
                Evidence.sha256_original,
                Evidence.blob_derivative,
                Evidence.sha256_derivative,
                Evidence.derivative_recipe,
                Evidence.size,
            )
        ).all()
    expected: list[tuple[str, Callable[[], Iterator[bytes] | None], str | None]] = []
    known: set[str] = set()
    for evidence_id, blob_o, sha_o, blob_d, sha_d, recipe, size in rows:
        if blob_o:
            expected.append(
                (f"evidence {evidence_id} (original)", partial(vault.blobs.read, blob_o), sha_o)
            )
        if blob_d or recipe is not None:
            rebuild = partial(vault.blobs.read_derivative, blob_d, recipe, blob_o, size)
            expected.append((f"evidence {evidence_id} (cleaned copy)", rebuild, sha_d))
        known.update(b for b in (blob_o, blob_d) if b)
    total = len(expected) + 1
    for index, (label, read, sha) in enumerate(expected):
        if cancel:
            cancel.raise_if_cancelled()
        progress(index, total, "evidence")
        try:
            digest = hashlib.sha256()
            for chunk in read() or ():
                digest.update(chunk)
            if sha and digest.hexdigest() != sha:
                report.blob_problems.append(f"{label}: content does not match its recorded hash")
        except BlobError as exc:
            report.blob_problems.append(f"{label}: {exc}")
        report.blobs_checked += 1
    report.orphan_blobs = sorted(vault.blobs.all_ids() - known)
    progress(total - 1, total, "audit")
    header = vault.header
    with vault.engine.connect() as conn:
        chain = verify_chain(conn, vault.keys.audit, header.audit_seq, header.audit_hash)
    report.audit_entries, report.audit_problems = chain.entries, chain.problems
    progress(total, total, "done")
    return report
