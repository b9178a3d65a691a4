# SPDX-License-Identifier: GPL-3.0-or-later
"""Risk assessments (kept as history) and confidential sources."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from defenderdoc.domain.records import RiskAssessmentDraft, SourceDraft
from defenderdoc.errors import InvalidInputError, NotFoundError
from defenderdoc.vault.models import Incident, Organisation, Person, RiskAssessment, Source


def add_risk_assessment(session: Session, draft: RiskAssessmentDraft) -> int:
    """Add an assessment; earlier ones are kept, so the history of risk stays visible."""
    if (draft.person_id is None) == (draft.organisation_id is None):
        raise InvalidInputError("A risk assessment concerns one person or one organisation.")
    owner = (
        session.get(Person, draft.person_id)
        if draft.person_id is not None
        else session.get(Organisation, draft.organisation_id)
    )
    if owner is None:
        raise NotFoundError
    row = RiskAssessment(**vars(draft))
    session.add(row)
    session.flush()
    return row.id


def risk_history(
    session: Session, *, person_id: int | None = None, organisation_id: int | None = None
) -> list[RiskAssessmentDraft]:
    """Newest first."""
    query = select(RiskAssessment).order_by(
        RiskAssessment.assessed_on.desc(), RiskAssessment.id.desc()
    )
    if person_id is not None:
        query = query.where(RiskAssessment.person_id == person_id)
    if organisation_id is not None:
        query = query.where(RiskAssessment.organisation_id == organisation_id)
    return [
        RiskAssessmentDraft(
            r.assessed_on,
            r.level,
            r.person_id,
            r.organisation_id,
            r.threats,
            r.vulnerabilities,
            r.capacities,
            r.assessor,
        )
        for r in session.scalars(query)
    ]


def add_source(session: Session, draft: SourceDraft) -> int:
    if not draft.description.strip():
        raise InvalidInputError("Describe the source.")
    if session.get(Incident, draft.incident_id) is None:
        raise NotFoundError
    row = Source(**vars(draft))
    session.add(row)
    session.flush()
    return row.id


def sources_of(session: Session, incident_id: int) -> list[SourceDraft]:
    rows = session.scalars(
        select(Source).where(Source.incident_id == incident_id).order_by(Source.id)
    )
    return [
        SourceDraft(r.incident_id, r.description, r.contact, r.reliability, r.received_on)
        for r in rows
    ]
