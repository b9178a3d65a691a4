# SPDX-License-Identifier: GPL-3.0-or-later
"""People, organisations, consent, risk, sources and incidents."""

from __future__ import annotations

from defenderdoc.domain.records import (
    ConsentDecision,
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
from defenderdoc.errors import InvalidInputError
from defenderdoc.progress import CancelToken, ProgressCallback, no_progress
from defenderdoc.services.base import ServiceBase
from defenderdoc.validation import check_incident, check_person
from defenderdoc.vault.recording import record_event
from defenderdoc.vault.repository import bulk, incidents, persons, protection, search


class RecordServices(ServiceBase):
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
