# SPDX-License-Identifier: GPL-3.0-or-later
"""Records the services take and return; the GUI and the CLI never see ORM rows.

Vocabulary fields hold term codes from ``resources/vocabularies``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

CONSENT_USES = ("un", "state", "public", "partner")
CONSENT_STATUSES = ("given", "refused", "withdrawn")
DATE_PRECISIONS = ("day", "month", "year", "approximate", "range")
LOCATION_PRECISIONS = ("exact", "place", "region", "country")

#: Person characteristics to disaggregate by; each optional, each sensitive.
CHARACTERISTICS = (
    "age_group",
    "gender_identity",
    "sex_characteristics",
    "sexual_orientation",
    "disability",
    "migration_status",
    "indigenous_identity",
    "religion",
    "pregnancy_status",
    "occupation_sector",
)


@dataclass(frozen=True)
class ConsentDecision:
    use: str
    status: str
    decided_on: dt.date
    method: str | None = None
    obtained_by: str | None = None
    notes: str | None = None


@dataclass
class PersonDraft:
    pseudonym: str
    kind: str = "defender"
    legal_name: str | None = None
    contact: str | None = None
    characteristics: dict[str, str] = field(default_factory=dict)
    nationality: str | None = None
    ethnicity: str | None = None
    languages: str | None = None
    activities: tuple[str, ...] = ()
    organisation_id: int | None = None
    notes: str | None = None


@dataclass(frozen=True)
class PersonRecord:
    id: int
    draft: PersonDraft
    consents: dict[str, ConsentDecision]
    consent_history: tuple[ConsentDecision, ...]
    created_at: dt.datetime
    updated_at: dt.datetime


@dataclass(frozen=True)
class PersonSummary:
    id: int
    pseudonym: str
    kind: str
    nationality: str | None
    incident_count: int


@dataclass
class OrganisationDraft:
    name: str
    org_type: str | None = None
    country: str | None = None
    contact: str | None = None
    notes: str | None = None


@dataclass
class PerpetratorDraft:
    perpetrator_type: str
    state_link: str = "unknown"
    description: str | None = None
    attribution_basis: str | None = None


@dataclass
class VictimLink:
    person_id: int | None = None
    organisation_id: int | None = None
    role: str = "targeted_defender"


@dataclass
class AuthorityActionDraft:
    authority: str
    acted_on: dt.date | None = None
    action: str | None = None
    response: str = "unknown"
    details: str | None = None


@dataclass
class FollowUpDraft:
    followup_type: str
    due_on: dt.date | None = None
    done: bool = False
    description: str | None = None


@dataclass
class IncidentDraft:
    title: str
    narrative: str | None = None
    start_date: dt.date | None = None
    end_date: dt.date | None = None
    date_precision: str = "day"
    country: str | None = None
    region: str | None = None
    place: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    location_precision: str = "place"
    migration_stage: str | None = None
    setting: str | None = None
    status: str = "documenting"
    types: list[str] = field(default_factory=list)
    perpetrators: list[PerpetratorDraft] = field(default_factory=list)
    victims: list[VictimLink] = field(default_factory=list)
    authority_actions: list[AuthorityActionDraft] = field(default_factory=list)
    followups: list[FollowUpDraft] = field(default_factory=list)
    reprisal_export_id: int | None = None


@dataclass(frozen=True)
class IncidentRecord:
    id: int
    draft: IncidentDraft
    created_at: dt.datetime
    updated_at: dt.datetime


@dataclass(frozen=True)
class IncidentSummary:
    id: int
    title: str
    start_date: dt.date | None
    date_precision: str
    country: str | None
    status: str
    types: tuple[str, ...] = ()


@dataclass
class IncidentFilter:
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    types: list[str] = field(default_factory=list)
    perpetrator_types: list[str] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)
    migration_stages: list[str] = field(default_factory=list)
    statuses: list[str] = field(default_factory=list)
    person_id: int | None = None
    text: str = ""


@dataclass(frozen=True)
class AuditRecord:
    seq: int
    at: dt.datetime
    actor: str
    action: str
    entity: str
    entity_id: str | None
    details: str


@dataclass(frozen=True)
class RiskAssessmentDraft:
    """A Protection International style assessment: threats, vulnerabilities, capacities."""

    assessed_on: dt.date
    level: str
    person_id: int | None = None
    organisation_id: int | None = None
    threats: str | None = None
    vulnerabilities: str | None = None
    capacities: str | None = None
    assessor: str | None = None


@dataclass(frozen=True)
class SourceDraft:
    """Where information came from; confidential and never exported."""

    incident_id: int
    description: str
    contact: str | None = None
    reliability: str | None = None
    received_on: dt.date | None = None


@dataclass(frozen=True)
class OrganisationSummary:
    id: int
    name: str
    org_type: str | None
    country: str | None


@dataclass(frozen=True)
class EvidenceInfo:
    """An evidence item as the GUI and CLI see it (no blob ids, no key material)."""

    id: int
    incident_id: int | None
    original_name: str
    kind: str
    mime: str
    size: int
    sha256_original: str
    sha256_derivative: str | None
    has_original: bool
    has_derivative: bool
    status: str
    report: str | None
    redactions: str | None
    imported_at: dt.datetime
    importer: str


@dataclass(frozen=True)
class ImportResult:
    """The outcome for one file of an import batch: imported, or refused with a reason."""

    name: str
    status: str
    reason_code: str | None = None
    reason: str | None = None
    evidence_id: int | None = None
    kind: str | None = None
    sha256_original: str | None = None
    sha256_derivative: str | None = None
    notice: str | None = None
    removed: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class ExportRecord:
    """One entry of the export log: what left the vault, for whom, when."""

    id: int
    exported_at: dt.datetime
    recipient: str
    template: str
    language: str
    incident_ids: tuple[int, ...]
    person_ids: tuple[int, ...]
    sha256: str
