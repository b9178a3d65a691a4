# SPDX-License-Identifier: GPL-3.0-or-later
"""Evidence rows: what was imported, its two hashes, its blobs and its status."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from defenderdoc.domain.records import EvidenceInfo
from defenderdoc.errors import NotFoundError
from defenderdoc.vault.models import Evidence, Incident

#: The cleaned copy passed independent verification: usable in views and dossiers.
CLEAN = "clean"
#: Stored at the user's insistence without a clean copy: never exported.
UNCLEANED = "uncleaned"


def add_evidence(session: Session, row: Evidence) -> int:
    if row.incident_id is not None and session.get(Incident, row.incident_id) is None:
        raise NotFoundError
    session.add(row)
    session.flush()
    return row.id


def _info(row: Evidence) -> EvidenceInfo:
    return EvidenceInfo(
        id=row.id,
        incident_id=row.incident_id,
        original_name=row.original_name,
        kind=row.kind,
        mime=row.mime,
        size=row.size,
        sha256_original=row.sha256_original,
        sha256_derivative=row.sha256_derivative,
        has_original=row.blob_original is not None,
        has_derivative=row.blob_derivative is not None or row.derivative_recipe is not None,
        status=row.status,
        report=row.report,
        redactions=row.redactions,
        imported_at=row.imported_at,
        importer=row.importer,
    )


def get_row(session: Session, evidence_id: int) -> Evidence:
    row = session.get(Evidence, evidence_id)
    if row is None:
        raise NotFoundError
    return row


def get_evidence(session: Session, evidence_id: int) -> EvidenceInfo:
    return _info(get_row(session, evidence_id))


def list_evidence(session: Session, incident_id: int | None = None) -> list[EvidenceInfo]:
    query = select(Evidence).order_by(Evidence.id)
    if incident_id is not None:
        query = query.where(Evidence.incident_id == incident_id)
    return [_info(row) for row in session.scalars(query)]
