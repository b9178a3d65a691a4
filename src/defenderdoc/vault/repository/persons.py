# SPDX-License-Identifier: GPL-3.0-or-later
"""People and organisations, and the consent each person gave per use."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from defenderdoc.domain.records import (
    CHARACTERISTICS,
    CONSENT_STATUSES,
    CONSENT_USES,
    ConsentDecision,
    OrganisationDraft,
    OrganisationSummary,
    PersonDraft,
    PersonRecord,
    PersonSummary,
)
from defenderdoc.errors import InvalidInputError, NotFoundError
from defenderdoc.vault.models import Consent, Organisation, Person, Victim


def _apply(person: Person, draft: PersonDraft) -> None:
    if not draft.pseudonym.strip():
        raise InvalidInputError("A person needs a pseudonym or code.")
    unknown = set(draft.characteristics) - set(CHARACTERISTICS)
    if unknown:
        raise InvalidInputError(f"Unknown characteristic: {', '.join(sorted(unknown))}")
    person.pseudonym = draft.pseudonym.strip()
    person.kind = draft.kind
    person.legal_name = draft.legal_name
    person.contact = draft.contact
    for name in CHARACTERISTICS:
        setattr(person, name, draft.characteristics.get(name))
    person.nationality = draft.nationality
    person.ethnicity = draft.ethnicity
    person.languages = draft.languages
    person.activities = " ".join(draft.activities) or None
    person.organisation_id = draft.organisation_id
    person.notes = draft.notes


def add_person(session: Session, draft: PersonDraft) -> int:
    person = Person()
    _apply(person, draft)
    session.add(person)
    session.flush()
    return person.id


def update_person(session: Session, person_id: int, draft: PersonDraft) -> None:
    person = session.get(Person, person_id)
    if person is None:
        raise NotFoundError
    _apply(person, draft)
    session.flush()


def _decision(row: Consent) -> ConsentDecision:
    return ConsentDecision(
        row.use, row.status, row.decided_on, row.method, row.obtained_by, row.notes
    )


def record_consent(session: Session, person_id: int, decision: ConsentDecision) -> None:
    """Add a decision; earlier ones stay as history (consent can be withdrawn later)."""
    if decision.use not in CONSENT_USES or decision.status not in CONSENT_STATUSES:
        raise InvalidInputError("Unknown consent use or status.")
    if session.get(Person, person_id) is None:
        raise NotFoundError
    session.add(
        Consent(
            person_id=person_id,
            use=decision.use,
            status=decision.status,
            decided_on=decision.decided_on,
            method=decision.method,
            obtained_by=decision.obtained_by,
            notes=decision.notes,
        )
    )
    session.flush()


def current_consents(history: list[ConsentDecision]) -> dict[str, ConsentDecision]:
    """The latest decision per use (by date, then by order of recording)."""
    current: dict[str, ConsentDecision] = {}
    for decision in sorted(history, key=lambda d: d.decided_on):
        current[decision.use] = decision
    return current


def get_person(session: Session, person_id: int) -> PersonRecord:
    person = session.get(Person, person_id)
    if person is None:
        raise NotFoundError
    draft = PersonDraft(
        pseudonym=person.pseudonym,
        kind=person.kind,
        legal_name=person.legal_name,
        contact=person.contact,
        characteristics={n: v for n in CHARACTERISTICS if (v := getattr(person, n))},
        nationality=person.nationality,
        ethnicity=person.ethnicity,
        languages=person.languages,
        activities=tuple((person.activities or "").split()),
        organisation_id=person.organisation_id,
        notes=person.notes,
    )
    history = [_decision(c) for c in person.consents]
    return PersonRecord(
        person.id,
        draft,
        current_consents(history),
        tuple(history),
        person.created_at,
        person.updated_at,
    )


def list_persons(
    session: Session, text: str = "", offset: int = 0, limit: int = 200
) -> list[PersonSummary]:
    counts = (
        select(Victim.person_id, func.count(func.distinct(Victim.incident_id)).label("n"))
        .group_by(Victim.person_id)
        .subquery()
    )
    query = (
        select(
            Person.id,
            Person.pseudonym,
            Person.kind,
            Person.nationality,
            func.coalesce(counts.c.n, 0),
        )
        .outerjoin(counts, counts.c.person_id == Person.id)
        .order_by(Person.pseudonym, Person.id)
        .offset(offset)
        .limit(limit)
    )
    if text.strip():
        query = query.where(Person.pseudonym.ilike(f"%{text.strip()}%"))
    return [PersonSummary(*row) for row in session.execute(query)]


def person_incident_ids(session: Session, person_id: int) -> list[int]:
    rows = session.scalars(
        select(Victim.incident_id)
        .where(Victim.person_id == person_id)
        .distinct()
        .order_by(Victim.incident_id)
    )
    return list(rows)


def add_organisation(session: Session, draft: OrganisationDraft) -> int:
    if not draft.name.strip():
        raise InvalidInputError("An organisation needs a name or code.")
    org = Organisation(
        name=draft.name.strip(),
        org_type=draft.org_type,
        country=draft.country,
        contact=draft.contact,
        notes=draft.notes,
    )
    session.add(org)
    session.flush()
    return org.id


def list_organisations(session: Session) -> list[OrganisationSummary]:
    rows = session.execute(
        select(
            Organisation.id, Organisation.name, Organisation.org_type, Organisation.country
        ).order_by(Organisation.name)
    )
    return [OrganisationSummary(*row) for row in rows]
