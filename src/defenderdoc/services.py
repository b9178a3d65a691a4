# SPDX-License-Identifier: GPL-3.0-or-later
"""The one API that the GUI and the CLI call; neither holds logic of its own.

Each method is one unit of work in its own session, takes and returns domain
records, and raises only :mod:`defenderdoc.errors` exceptions. Long operations
take a progress callback and a cancel token so the GUI can run them in a worker.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import select

from defenderdoc.domain.records import (
    AuditRecord,
    ConsentDecision,
    EvidenceInfo,
    ImportResult,
    IncidentDraft,
    IncidentFilter,
    IncidentRecord,
    IncidentSummary,
    OrganisationDraft,
    OrganisationSummary,
    PersonDraft,
    PersonRecord,
    PersonSummary,
    RiskAssessmentDraft,
    SourceDraft,
)
from defenderdoc.errors import InvalidInputError, VaultLockedError
from defenderdoc.evidence.ingest import Importer
from defenderdoc.fsutil import atomic_writer
from defenderdoc.progress import CancelToken, ProgressCallback, no_progress
from defenderdoc.validation import check_incident, check_person
from defenderdoc.vault import backup as backups
from defenderdoc.vault.keystore import Keystore
from defenderdoc.vault.models import AuditEntry, CustomTerm
from defenderdoc.vault.recording import record_event
from defenderdoc.vault.repository import bulk, evidence, incidents, persons, protection, search
from defenderdoc.vault.vault import Vault
from defenderdoc.vault.verify import VerifyReport, verify_vault
from defenderdoc.vocab import Term, Vocabulary, load_vocabulary


class Services:
    """Holds at most one open vault for this window or command."""

    def __init__(self, actor: str | None = None) -> None:
        self.actor = actor
        self._vault: Vault | None = None
        self._vocabularies: dict[str, Vocabulary] = {}

    # ------------------------------------------------------------ vault life
    @property
    def vault(self) -> Vault:
        if self._vault is None or not self._vault.is_unlocked:
            raise VaultLockedError
        return self._vault

    @property
    def is_unlocked(self) -> bool:
        return self._vault is not None and self._vault.is_unlocked

    @property
    def vault_path(self) -> Path | None:
        return self._vault.path if self._vault else None

    def create_vault(
        self, path: Path, passphrase: str, *, with_recovery_code: bool = False
    ) -> str | None:
        """Create and open a vault; returns the recovery code to show once, if asked for."""
        self.lock()
        self._vault, code = Vault.create(
            path, passphrase, with_recovery_code=with_recovery_code, actor=self.actor
        )
        return code

    def unlock(
        self,
        path: Path,
        passphrase: str | None = None,
        *,
        recovery_code: str | None = None,
        keystore: Keystore | None = None,
    ) -> None:
        self.lock()
        vault = Vault(path, self.actor)
        vault.unlock(passphrase, recovery_code=recovery_code, keystore=keystore)
        self._vault = vault

    def lock(self) -> None:
        if self._vault is not None:
            self._vault.lock()
        self._vault = None
        self._vocabularies.clear()

    def change_passphrase(self, current: str, new: str) -> None:
        """Re-authenticate, then re-wrap the master key (O(1): no data is re-encrypted)."""
        self.vault.verify_passphrase(current)
        self.vault.change_passphrase(new)

    def set_recovery_code(self) -> str:
        return self.vault.set_recovery_code()

    def remember_on_device(self, keystore: Keystore) -> None:
        self.vault.remember_on_device(keystore)

    def forget_device(self, keystore: Keystore) -> None:
        self.vault.forget_device(keystore)

    def verify(
        self, *, progress: ProgressCallback = no_progress, cancel: CancelToken | None = None
    ) -> VerifyReport:
        report = verify_vault(self.vault, progress, cancel)
        if report.database_ok:
            with self.vault.session(write=True) as session:
                record_event(
                    session,
                    self.vault,
                    "verify",
                    "vault",
                    details={"ok": report.ok, "blobs": report.blobs_checked},
                )
        return report

    def backup(
        self,
        target: Path,
        backup_passphrase: str,
        *,
        progress: ProgressCallback = no_progress,
        cancel: CancelToken | None = None,
    ) -> str:
        digest = backups.create_backup(
            self.vault, target, backup_passphrase, progress=progress, cancel=cancel
        )
        with self.vault.session(write=True) as session:
            record_event(session, self.vault, "backup", "vault", details={"sha256": digest})
        return digest

    @staticmethod
    def restore(
        backup_file: Path,
        into: Path,
        backup_passphrase: str,
        vault_passphrase: str,
        *,
        progress: ProgressCallback = no_progress,
        cancel: CancelToken | None = None,
    ) -> VerifyReport:
        return backups.restore_backup(
            backup_file, into, backup_passphrase, vault_passphrase, progress=progress, cancel=cancel
        )

    # ---------------------------------------------------------------- people
    def add_person(self, draft: PersonDraft) -> int:
        check_person(draft, self.vocabulary)
        with self.vault.session(write=True) as session:
            return persons.add_person(session, draft)

    def update_person(self, person_id: int, draft: PersonDraft) -> None:
        check_person(draft, self.vocabulary)
        with self.vault.session(write=True) as session:
            persons.update_person(session, person_id, draft)

    def get_person(self, person_id: int) -> PersonRecord:
        with self.vault.session() as session:
            return persons.get_person(session, person_id)

    def list_persons(
        self, text: str = "", offset: int = 0, limit: int = 200
    ) -> list[PersonSummary]:
        with self.vault.session() as session:
            return persons.list_persons(session, text, offset, limit)

    def record_consent(self, person_id: int, decision: ConsentDecision) -> None:
        with self.vault.session(write=True) as session:
            persons.record_consent(session, person_id, decision)

    def person_incident_ids(self, person_id: int) -> list[int]:
        with self.vault.session() as session:
            return persons.person_incident_ids(session, person_id)

    def add_organisation(self, draft: OrganisationDraft) -> int:
        with self.vault.session(write=True) as session:
            return persons.add_organisation(session, draft)

    def list_organisations(self) -> list[OrganisationSummary]:
        with self.vault.session() as session:
            return persons.list_organisations(session)

    def add_risk_assessment(self, draft: RiskAssessmentDraft) -> int:
        if draft.level not in self.vocabulary("risk_level"):
            raise InvalidInputError(f"Unknown risk level code: {draft.level}")
        with self.vault.session(write=True) as session:
            return protection.add_risk_assessment(session, draft)

    def risk_history(
        self, *, person_id: int | None = None, organisation_id: int | None = None
    ) -> list[RiskAssessmentDraft]:
        with self.vault.session() as session:
            return protection.risk_history(
                session, person_id=person_id, organisation_id=organisation_id
            )

    def add_source(self, draft: SourceDraft) -> int:
        with self.vault.session(write=True) as session:
            return protection.add_source(session, draft)

    def sources_of(self, incident_id: int) -> list[SourceDraft]:
        with self.vault.session() as session:
            return protection.sources_of(session, incident_id)

    # ------------------------------------------------------------- incidents
    def add_incident(self, draft: IncidentDraft) -> int:
        check_incident(draft, self.vocabulary)
        with self.vault.session(write=True) as session:
            return incidents.add_incident(session, draft)

    def import_incidents(
        self,
        drafts: list[IncidentDraft],
        *,
        progress: ProgressCallback = no_progress,
        cancel: CancelToken | None = None,
    ) -> list[int]:
        """Add many incidents in one transaction (all or nothing), audited as one event."""
        for draft in drafts:
            check_incident(draft, self.vocabulary)
        with self.vault.session(write=True) as session:
            ids = bulk.bulk_add_incidents(
                session, drafts, total=len(drafts), progress=progress, cancel=cancel
            )
            if ids:
                record_event(
                    session,
                    self.vault,
                    "bulk_create",
                    "incident",
                    details={"count": len(ids), "first": ids[0], "last": ids[-1]},
                )
            return ids

    def update_incident(self, incident_id: int, draft: IncidentDraft) -> None:
        check_incident(draft, self.vocabulary)
        with self.vault.session(write=True) as session:
            incidents.update_incident(session, incident_id, draft)

    def delete_incident(self, incident_id: int) -> None:
        with self.vault.session(write=True) as session:
            incidents.delete_incident(session, incident_id)

    def get_incident(self, incident_id: int) -> IncidentRecord:
        with self.vault.session() as session:
            return incidents.get_incident(session, incident_id)

    def list_incidents(
        self,
        flt: IncidentFilter | None = None,
        *,
        sort: str = "date",
        descending: bool = True,
        offset: int = 0,
        limit: int = 100,
    ) -> list[IncidentSummary]:
        with self.vault.session() as session:
            return incidents.list_incidents(
                session, flt, sort=sort, descending=descending, offset=offset, limit=limit
            )

    def count_incidents(self, flt: IncidentFilter | None = None) -> int:
        with self.vault.session() as session:
            return incidents.count_incidents(session, flt)

    def search_incidents(self, text: str, limit: int = 50) -> list[IncidentSummary]:
        with self.vault.session() as session:
            return search.search_incidents(session, text, limit)

    # -------------------------------------------------------------- evidence
    def import_evidence(
        self,
        paths: list[Path],
        *,
        incident_id: int | None = None,
        keep_original: bool = True,
        allow_uncleaned: bool = False,
        progress: ProgressCallback = no_progress,
        cancel: CancelToken | None = None,
    ) -> list[ImportResult]:
        """Import files and folders; each file is imported or refused with a reason."""
        importer = Importer(
            self.vault,
            incident_id=incident_id,
            keep_original=keep_original,
            allow_uncleaned=allow_uncleaned,
        )
        return importer.import_paths(paths, progress, cancel)

    def list_evidence(self, incident_id: int | None = None) -> list[EvidenceInfo]:
        with self.vault.session() as session:
            return evidence.list_evidence(session, incident_id)

    def get_evidence(self, evidence_id: int) -> EvidenceInfo:
        with self.vault.session() as session:
            return evidence.get_evidence(session, evidence_id)

    def read_derivative(self, evidence_id: int) -> Iterator[bytes]:
        """The cleaned copy's bytes, decrypted in memory (for previews); never the original."""
        with self.vault.session() as session:
            blob = evidence.get_row(session, evidence_id).blob_derivative
        if blob is None:
            raise InvalidInputError("This item has no cleaned copy.")
        return self.vault.blobs.read(blob)

    def export_derivative(self, evidence_id: int, target: Path) -> str:
        """Write the cleaned copy to a file the user chose (atomically); audited."""
        return self._export_blob(evidence_id, target, "derivative")

    def export_original(self, evidence_id: int, target: Path) -> str:
        """Write the sealed original WITH its metadata; the GUI and CLI warn first."""
        return self._export_blob(evidence_id, target, "original")

    def _export_blob(self, evidence_id: int, target: Path, which: str) -> str:
        with self.vault.session() as session:
            row = evidence.get_row(session, evidence_id)
            blob = row.blob_derivative if which == "derivative" else row.blob_original
        if blob is None:
            raise InvalidInputError(
                "This item has no cleaned copy."
                if which == "derivative"
                else "The original of this item was not kept; only its hash was."
            )
        digest = hashlib.sha256()
        with atomic_writer(Path(target)) as sink:
            for chunk in self.vault.blobs.read(blob):
                digest.update(chunk)
                sink.write(chunk)
        with self.vault.session(write=True) as session:
            record_event(
                session,
                self.vault,
                "export",
                "evidence",
                evidence_id,
                details={"copy": which, "sha256": digest.hexdigest()},
            )
        return digest.hexdigest()

    # ----------------------------------------------------------------- audit
    def list_audit(self, offset: int = 0, limit: int = 200) -> list[AuditRecord]:
        with self.vault.session() as session:
            rows = session.scalars(
                select(AuditEntry).order_by(AuditEntry.seq.desc()).offset(offset).limit(limit)
            )
            return [
                AuditRecord(r.seq, r.at, r.actor, r.action, r.entity, r.entity_id, r.details)
                for r in rows
            ]

    # ---------------------------------------------------------- vocabularies
    def vocabulary(self, vocab_id: str) -> Vocabulary:
        """A shipped vocabulary extended with this organisation's own terms (kept in the vault)."""
        cached = self._vocabularies.get(vocab_id)
        if cached is None:
            with self.vault.session() as session:
                rows = session.scalars(
                    select(CustomTerm)
                    .where(CustomTerm.vocabulary == vocab_id)
                    .order_by(CustomTerm.code)
                ).all()
                extra = [Term(r.code, {"en": r.label}, r.parent) for r in rows]
            cached = load_vocabulary(vocab_id).with_custom_terms(extra)
            self._vocabularies[vocab_id] = cached
        return cached

    def add_custom_term(
        self, vocab_id: str, code: str, label: str, parent: str | None = None
    ) -> None:
        """Extend a vocabulary; codes live in the ``x.`` namespace so releases never clash."""
        try:
            self.vocabulary(vocab_id).with_custom_terms([Term(code, {"en": label}, parent)])
        except ValueError as exc:
            raise InvalidInputError(str(exc)) from exc
        with self.vault.session(write=True) as session:
            session.add(CustomTerm(vocabulary=vocab_id, code=code, parent=parent, label=label))
        self._vocabularies.pop(vocab_id, None)
