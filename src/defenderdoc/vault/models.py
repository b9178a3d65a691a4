# SPDX-License-Identifier: GPL-3.0-or-later
"""The record model, as SQLAlchemy 2 typed tables inside the encrypted database.

Controlled-vocabulary fields hold stable term codes (see ``resources/vocabularies``);
labels and translations live outside the records. Sensitive columns are listed in
``SENSITIVE_COLUMNS`` so the GUI can mark them and exports can drop them.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Meta(Base):
    """Vault-wide facts (vault id, schema creation time); no personal data."""

    __tablename__ = "meta"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Person(Base):
    __tablename__ = "person"
    id: Mapped[int] = mapped_column(primary_key=True)
    pseudonym: Mapped[str] = mapped_column(String(200), index=True)
    kind: Mapped[str] = mapped_column(String(40), default="defender")
    legal_name: Mapped[str | None] = mapped_column(Text)
    contact: Mapped[str | None] = mapped_column(Text)
    age_group: Mapped[str | None] = mapped_column(String(40))
    gender_identity: Mapped[str | None] = mapped_column(String(40))
    sex_characteristics: Mapped[str | None] = mapped_column(String(40))
    sexual_orientation: Mapped[str | None] = mapped_column(String(40))
    disability: Mapped[str | None] = mapped_column(String(40))
    migration_status: Mapped[str | None] = mapped_column(String(40))
    nationality: Mapped[str | None] = mapped_column(String(8))
    ethnicity: Mapped[str | None] = mapped_column(Text)
    indigenous_identity: Mapped[str | None] = mapped_column(String(40))
    religion: Mapped[str | None] = mapped_column(String(40))
    pregnancy_status: Mapped[str | None] = mapped_column(String(40))
    occupation_sector: Mapped[str | None] = mapped_column(String(40))
    languages: Mapped[str | None] = mapped_column(Text)
    activities: Mapped[str | None] = mapped_column(Text)  # space-separated defender_activity codes
    organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisation.id", ondelete="SET NULL")
    )
    notes: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)

    consents: Mapped[list[Consent]] = relationship(
        back_populates="person", cascade="all, delete-orphan", order_by="Consent.id"
    )


class Organisation(Base):
    __tablename__ = "organisation"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300), index=True)
    org_type: Mapped[str | None] = mapped_column(String(40))
    country: Mapped[str | None] = mapped_column(String(8))
    contact: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)


class Consent(Base):
    """One consent decision for one use; history is kept by adding rows, never editing."""

    __tablename__ = "consent"
    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    use: Mapped[str] = mapped_column(String(20))
    status: Mapped[str] = mapped_column(String(20))
    decided_on: Mapped[dt.date] = mapped_column(Date)
    method: Mapped[str | None] = mapped_column(String(40))
    obtained_by: Mapped[str | None] = mapped_column(String(200))
    notes: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)

    person: Mapped[Person] = relationship(back_populates="consents")


class Incident(Base):
    __tablename__ = "incident"
    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(Text)
    start_date: Mapped[dt.date | None] = mapped_column(Date, index=True)
    end_date: Mapped[dt.date | None] = mapped_column(Date)
    date_precision: Mapped[str] = mapped_column(String(20), default="day")
    country: Mapped[str | None] = mapped_column(String(8), index=True)
    region: Mapped[str | None] = mapped_column(Text)
    place: Mapped[str | None] = mapped_column(Text)
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    location_precision: Mapped[str] = mapped_column(String(20), default="place")
    migration_stage: Mapped[str | None] = mapped_column(String(40), index=True)
    setting: Mapped[str | None] = mapped_column(String(40))
    narrative: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(40), default="documenting", index=True)
    reprisal_export_id: Mapped[int | None] = mapped_column(
        ForeignKey("export_log.id", ondelete="SET NULL")
    )
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)

    types: Mapped[list[IncidentType]] = relationship(cascade="all, delete-orphan")
    perpetrators: Mapped[list[Perpetrator]] = relationship(cascade="all, delete-orphan")
    victims: Mapped[list[Victim]] = relationship(cascade="all, delete-orphan")
    authority_actions: Mapped[list[AuthorityAction]] = relationship(cascade="all, delete-orphan")
    followups: Mapped[list[FollowUp]] = relationship(cascade="all, delete-orphan")


class IncidentType(Base):
    __tablename__ = "incident_type"
    incident_id: Mapped[int] = mapped_column(
        ForeignKey("incident.id", ondelete="CASCADE"), primary_key=True
    )
    code: Mapped[str] = mapped_column(String(80), primary_key=True, index=True)


class Perpetrator(Base):
    __tablename__ = "perpetrator"
    id: Mapped[int] = mapped_column(primary_key=True)
    incident_id: Mapped[int] = mapped_column(
        ForeignKey("incident.id", ondelete="CASCADE"), index=True
    )
    perpetrator_type: Mapped[str] = mapped_column(String(80), index=True)
    state_link: Mapped[str] = mapped_column(String(40), default="unknown")
    description: Mapped[str | None] = mapped_column(Text)
    attribution_basis: Mapped[str | None] = mapped_column(Text)


class Victim(Base):
    __tablename__ = "victim"
    id: Mapped[int] = mapped_column(primary_key=True)
    incident_id: Mapped[int] = mapped_column(
        ForeignKey("incident.id", ondelete="CASCADE"), index=True
    )
    person_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="CASCADE"), index=True
    )
    organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisation.id", ondelete="CASCADE"), index=True
    )
    role: Mapped[str] = mapped_column(String(40), default="targeted_defender")


class AuthorityAction(Base):
    """What was done with national authorities, and how they responded."""

    __tablename__ = "authority_action"
    id: Mapped[int] = mapped_column(primary_key=True)
    incident_id: Mapped[int] = mapped_column(
        ForeignKey("incident.id", ondelete="CASCADE"), index=True
    )
    acted_on: Mapped[dt.date | None] = mapped_column(Date)
    authority: Mapped[str] = mapped_column(Text)
    action: Mapped[str | None] = mapped_column(Text)
    response: Mapped[str] = mapped_column(String(40), default="unknown")
    details: Mapped[str | None] = mapped_column(Text)


class FollowUp(Base):
    """Follow-up actions, protection measures and referrals for an incident."""

    __tablename__ = "followup"
    id: Mapped[int] = mapped_column(primary_key=True)
    incident_id: Mapped[int] = mapped_column(
        ForeignKey("incident.id", ondelete="CASCADE"), index=True
    )
    followup_type: Mapped[str] = mapped_column(String(80))
    due_on: Mapped[dt.date | None] = mapped_column(Date)
    done: Mapped[bool] = mapped_column(Boolean, default=False)
    description: Mapped[str | None] = mapped_column(Text)


class RiskAssessment(Base):
    """Protection International style assessment; rows are history, newest counts."""

    __tablename__ = "risk_assessment"
    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="CASCADE"), index=True
    )
    organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisation.id", ondelete="CASCADE"), index=True
    )
    assessed_on: Mapped[dt.date] = mapped_column(Date)
    threats: Mapped[str | None] = mapped_column(Text)
    vulnerabilities: Mapped[str | None] = mapped_column(Text)
    capacities: Mapped[str | None] = mapped_column(Text)
    level: Mapped[str] = mapped_column(String(20))
    assessor: Mapped[str | None] = mapped_column(String(200))


class Source(Base):
    """Where information came from; confidential, never exported."""

    __tablename__ = "source"
    id: Mapped[int] = mapped_column(primary_key=True)
    incident_id: Mapped[int] = mapped_column(
        ForeignKey("incident.id", ondelete="CASCADE"), index=True
    )
    description: Mapped[str] = mapped_column(Text)
    contact: Mapped[str | None] = mapped_column(Text)
    reliability: Mapped[str | None] = mapped_column(String(40))
    received_on: Mapped[dt.date | None] = mapped_column(Date)


class Evidence(Base):
    """An evidence file: the sealed original and its cleaned derivative.

    The derivative is a blob of its own, or (``derivative_recipe``) ranges of the
    original plus rewritten headers, when the original is kept.
    """

    __tablename__ = "evidence"
    id: Mapped[int] = mapped_column(primary_key=True)
    incident_id: Mapped[int | None] = mapped_column(
        ForeignKey("incident.id", ondelete="SET NULL"), index=True
    )
    original_name: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(40))
    mime: Mapped[str] = mapped_column(String(120))
    size: Mapped[int] = mapped_column(Integer)
    sha256_original: Mapped[str] = mapped_column(String(64))
    sha256_derivative: Mapped[str | None] = mapped_column(String(64))
    blob_original: Mapped[str | None] = mapped_column(String(32))
    blob_derivative: Mapped[str | None] = mapped_column(String(32))
    derivative_recipe: Mapped[bytes | None] = mapped_column(LargeBinary)
    status: Mapped[str] = mapped_column(String(20))
    report: Mapped[str | None] = mapped_column(Text)
    redactions: Mapped[str | None] = mapped_column(Text)
    imported_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    importer: Mapped[str] = mapped_column(String(200))


class CustomTerm(Base):
    """An organisation's own vocabulary terms, extending the shipped ones."""

    __tablename__ = "custom_term"
    vocabulary: Mapped[str] = mapped_column(String(40), primary_key=True)
    code: Mapped[str] = mapped_column(String(80), primary_key=True)
    parent: Mapped[str | None] = mapped_column(String(80))
    label: Mapped[str] = mapped_column(Text)


class ExportLog(Base):
    """What left the vault, to whom and when, so later reprisals can be linked to it."""

    __tablename__ = "export_log"
    id: Mapped[int] = mapped_column(primary_key=True)
    exported_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, index=True)
    recipient: Mapped[str] = mapped_column(Text)
    template: Mapped[str] = mapped_column(String(40))
    profile: Mapped[str] = mapped_column(Text)
    incident_ids: Mapped[str] = mapped_column(Text)
    person_ids: Mapped[str] = mapped_column(Text)
    sha256: Mapped[str] = mapped_column(String(64))
    language: Mapped[str] = mapped_column(String(8), default="en")


class AuditEntry(Base):
    """One link of the HMAC chain over every change and export."""

    __tablename__ = "audit_log"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    at: Mapped[dt.datetime] = mapped_column(DateTime)
    actor: Mapped[str] = mapped_column(String(200))
    action: Mapped[str] = mapped_column(String(40))
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str | None] = mapped_column(String(40))
    details: Mapped[str] = mapped_column(Text)
    mac: Mapped[bytes] = mapped_column(LargeBinary(32))


Index("ix_victim_person_incident", Victim.person_id, Victim.incident_id)
# Covers the incident-level dimensions of Patterns so cross-tabs walk one index.
Index(
    "ix_incident_patterns",
    Incident.date_precision,
    Incident.start_date,
    Incident.country,
    Incident.migration_stage,
    Incident.setting,
    Incident.status,
)

#: (table, column) pairs that never leave the vault unless a profile explicitly allows it.
SENSITIVE_COLUMNS = frozenset(
    {
        ("person", "legal_name"),
        ("person", "contact"),
        ("person", "notes"),
        ("organisation", "contact"),
        ("incident", "latitude"),
        ("incident", "longitude"),
        ("source", "description"),
        ("source", "contact"),
    }
)
