# SPDX-License-Identifier: GPL-3.0-or-later
"""The dimensions a pattern table can be broken down by, and how each is computed.

A dimension is data (where its value lives, which vocabulary labels it) plus one
function, :func:`value_expression`, that turns it into a SQL expression over the
aliases of :class:`Tables`. Missing values become explicit categories in SQL
(``coalesce``), never NULL rows that a ``GROUP BY`` consumer could drop: "not
recorded" is a finding in itself (the UN asks why data are missing), and the
vocabulary terms ``prefer_not`` and ``unknown`` stay categories of their own.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import Literal, get_args

from sqlalchemy import (
    ColumnElement,
    Integer,
    String,
    Subquery,
    case,
    cast,
    func,
    literal,
    select,
    union,
)
from sqlalchemy.sql.selectable import NamedFromClause

from defenderdoc.errors import InvalidInputError
from defenderdoc.i18n import QT_TRANSLATE_NOOP
from defenderdoc.stats.hierarchy import top_expression
from defenderdoc.vault.models import (
    AuthorityAction,
    Incident,
    IncidentType,
    Perpetrator,
    Person,
    Victim,
)
from defenderdoc.vocab import Vocabulary

Level = Literal["full", "top"]
Unit = Literal["incidents", "persons"]
LEVELS: tuple[str, ...] = get_args(Level)
UNITS: tuple[str, ...] = get_args(Unit)

#: Category keys that are not vocabulary codes. They start with "_", which no
#: vocabulary code can (see ``vocab._CODE``), so they never collide.
NOT_RECORDED = "_not_recorded"
NO_PERSON = "_no_person"
IMPRECISE_DATE = "_imprecise_date"
SENTINEL_LABELS = {
    NOT_RECORDED: QT_TRANSLATE_NOOP("Patterns", "Not recorded"),
    NO_PERSON: QT_TRANSLATE_NOOP("Patterns", "No person linked"),
    IMPRECISE_DATE: QT_TRANSLATE_NOOP("Patterns", "Date known only to the year"),
}


class Source(enum.Enum):
    """Which rows a dimension reads; dimensions on the same source share one join."""

    INCIDENT = "incident"
    TYPE = "type"
    PERPETRATOR = "perpetrator"
    AUTHORITY = "authority"
    PERSON = "person"  # a column of the person who is a victim
    VICTIM = "victim"  # a column of the victim link itself (same join as PERSON)
    ORGANISATION = "organisation"


class Kind(enum.Enum):
    CODE = "code"
    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"
    IDENTITY = "identity"  # a row id: for escalation inside the vault, never exported


@dataclass(frozen=True)
class Dimension:
    id: str
    label: str
    source: Source
    column: str
    vocabulary: str | None = None
    kind: Kind = Kind.CODE
    exportable: bool = True

    def single_valued(self, unit: Unit) -> bool:
        """Whether every counted unit falls in exactly one category (totals are then sums)."""
        home = Source.INCIDENT if unit == "incidents" else Source.PERSON
        return self.source is home


@dataclass(frozen=True)
class DimensionRef:
    """A dimension at a level: ``incident_type`` (full codes) or ``incident_type:top``."""

    dimension: Dimension
    level: Level = "full"

    @property
    def id(self) -> str:
        return self.dimension.id

    @property
    def spec(self) -> str:
        return self.id if self.level == "full" else f"{self.id}:{self.level}"


def _person(name: str, label: str, vocab: str | None = None) -> Dimension:
    return Dimension(name, label, Source.PERSON, name, vocab or name)


_ALL = (
    Dimension(
        "incident_type",
        QT_TRANSLATE_NOOP("Patterns", "Incident type"),
        Source.TYPE,
        "code",
        "incident_type",
    ),
    Dimension(
        "perpetrator_type",
        QT_TRANSLATE_NOOP("Patterns", "Perpetrator type"),
        Source.PERPETRATOR,
        "perpetrator_type",
        "perpetrator_type",
    ),
    Dimension(
        "state_link",
        QT_TRANSLATE_NOOP("Patterns", "State or non-State actor"),
        Source.PERPETRATOR,
        "state_link",
        "state_link",
    ),
    Dimension(
        "country", QT_TRANSLATE_NOOP("Patterns", "Country"), Source.INCIDENT, "country", "country"
    ),
    Dimension(
        "migration_stage",
        QT_TRANSLATE_NOOP("Patterns", "Stage of migration"),
        Source.INCIDENT,
        "migration_stage",
        "migration_stage",
    ),
    Dimension(
        "setting", QT_TRANSLATE_NOOP("Patterns", "Setting"), Source.INCIDENT, "setting", "setting"
    ),
    Dimension(
        "status",
        QT_TRANSLATE_NOOP("Patterns", "Documentation status"),
        Source.INCIDENT,
        "status",
        "incident_status",
    ),
    Dimension(
        "authority_response",
        QT_TRANSLATE_NOOP("Patterns", "Response of the authorities"),
        Source.AUTHORITY,
        "response",
        "authority_response",
    ),
    Dimension(
        "month", QT_TRANSLATE_NOOP("Patterns", "Month"), Source.INCIDENT, "start_date", None,
        Kind.MONTH,
    ),
    Dimension(
        "quarter", QT_TRANSLATE_NOOP("Patterns", "Quarter"), Source.INCIDENT, "start_date", None,
        Kind.QUARTER,
    ),
    Dimension(
        "year", QT_TRANSLATE_NOOP("Patterns", "Year"), Source.INCIDENT, "start_date", None,
        Kind.YEAR,
    ),
    _person("age_group", QT_TRANSLATE_NOOP("Patterns", "Age group")),
    _person("gender_identity", QT_TRANSLATE_NOOP("Patterns", "Gender identity")),
    _person("sex_characteristics", QT_TRANSLATE_NOOP("Patterns", "Sex characteristics")),
    _person("sexual_orientation", QT_TRANSLATE_NOOP("Patterns", "Sexual orientation")),
    _person("disability", QT_TRANSLATE_NOOP("Patterns", "Disability")),
    _person("migration_status", QT_TRANSLATE_NOOP("Patterns", "Migration status")),
    _person("nationality", QT_TRANSLATE_NOOP("Patterns", "Nationality"), "country"),
    _person("indigenous_identity", QT_TRANSLATE_NOOP("Patterns", "Indigenous identity")),
    _person("religion", QT_TRANSLATE_NOOP("Patterns", "Religion or belief")),
    _person("pregnancy_status", QT_TRANSLATE_NOOP("Patterns", "Pregnancy status")),
    _person("occupation_sector", QT_TRANSLATE_NOOP("Patterns", "Occupation or sector")),
    Dimension(
        "victim_role",
        QT_TRANSLATE_NOOP("Patterns", "Role in the incident"),
        Source.VICTIM,
        "role",
        "victim_role",
    ),
    Dimension(
        "person", QT_TRANSLATE_NOOP("Patterns", "Person"), Source.PERSON, "id", None,
        Kind.IDENTITY, exportable=False,
    ),
    Dimension(
        "organisation", QT_TRANSLATE_NOOP("Patterns", "Organisation"), Source.ORGANISATION,
        "organisation_id", None, Kind.IDENTITY, exportable=False,
    ),
)  # fmt: skip

DIMENSIONS: dict[str, Dimension] = {d.id: d for d in _ALL}


def exportable_ids() -> list[str]:
    """Dimensions a table may be built on; identity dimensions are for in-vault signals."""
    return [d.id for d in _ALL if d.exportable]


def parse(spec: str, *, allow_internal: bool = False) -> DimensionRef:
    """``"gender_identity"`` or ``"incident_type:top"``; raises ``InvalidInputError``."""
    name, _, level = spec.strip().partition(":")
    dim = DIMENSIONS.get(name)
    if dim is None or not (dim.exportable or allow_internal):
        raise InvalidInputError(f"Unknown dimension: {name}. Known: {', '.join(exportable_ids())}")
    level = level or "full"
    if level not in LEVELS or (level == "top" and dim.vocabulary is None):
        raise InvalidInputError(f"Dimension {name} has no level {level!r}.")
    return DimensionRef(dim, "top" if level == "top" else "full")


@dataclass(frozen=True)
class Tables:
    """One alias per source table, shared by every expression of a query."""

    incident: NamedFromClause
    type: NamedFromClause
    perpetrator: NamedFromClause
    authority: NamedFromClause
    victim: NamedFromClause
    person: NamedFromClause
    organisation: Subquery

    @classmethod
    def create(cls, prefix: str = "") -> Tables:
        """Fresh aliases; a subquery uses a ``prefix`` so its names never shadow the outer ones."""
        org_victim = Victim.__table__.alias(prefix + "ov")
        member_victim = Victim.__table__.alias(prefix + "mv")
        member = Person.__table__.alias(prefix + "mp")
        orgs = union(
            select(org_victim.c.incident_id, org_victim.c.organisation_id).where(
                org_victim.c.organisation_id.is_not(None)
            ),
            select(member_victim.c.incident_id, member.c.organisation_id)
            .join(member, member.c.id == member_victim.c.person_id)
            .where(member.c.organisation_id.is_not(None)),
        ).subquery(prefix + "o")
        return cls(
            incident=Incident.__table__.alias(prefix + "i"),
            type=IncidentType.__table__.alias(prefix + "t"),
            perpetrator=Perpetrator.__table__.alias(prefix + "pp"),
            authority=AuthorityAction.__table__.alias(prefix + "aa"),
            victim=Victim.__table__.alias(prefix + "v"),
            person=Person.__table__.alias(prefix + "pe"),
            organisation=orgs,
        )

    def holder(self, source: Source) -> NamedFromClause:
        return {
            Source.INCIDENT: self.incident,
            Source.TYPE: self.type,
            Source.PERPETRATOR: self.perpetrator,
            Source.AUTHORITY: self.authority,
            Source.PERSON: self.person,
            Source.VICTIM: self.victim,
            Source.ORGANISATION: self.organisation,
        }[source]


def _date_expression(dim: Dimension, tables: Tables) -> ColumnElement[str]:
    """Month and quarter only for dates known at least to the month: a date recorded as
    "some time in 2024" is stored as 1 January and would otherwise inflate every January."""
    day = cast(tables.incident.c.start_date, String)
    year = func.substr(day, 1, 4)
    if dim.kind is Kind.YEAR:
        placed: ColumnElement[str] = year
    elif dim.kind is Kind.MONTH:
        placed = func.substr(day, 1, 7)
    else:
        quarter = (cast(func.substr(day, 6, 2), Integer) + 2) // 3
        placed = year + "-Q" + cast(quarter, String)
    whens: list[tuple[ColumnElement[bool], ColumnElement[str]]] = [
        (tables.incident.c.start_date.is_(None), literal(NOT_RECORDED))
    ]
    if dim.kind is not Kind.YEAR:
        whens.append((tables.incident.c.date_precision == "year", literal(IMPRECISE_DATE)))
    return case(*whens, else_=placed)


def value_expression(
    ref: DimensionRef,
    tables: Tables,
    unit: Unit,
    vocab: Vocabulary | None,
    *,
    link_missing: bool = True,
) -> ColumnElement[str]:
    """The category of each joined row as text, never NULL.

    With ``link_missing`` a person dimension read through a LEFT JOIN from incidents
    says "no person linked" where the join found no victim; without it the caller
    works out those incidents itself.
    """
    dim = ref.dimension
    if dim.kind in (Kind.MONTH, Kind.QUARTER, Kind.YEAR):
        return _date_expression(dim, tables)
    column = tables.holder(dim.source).c[dim.column]
    value: ColumnElement[str] = cast(column, String) if dim.kind is Kind.IDENTITY else column
    if ref.level == "top" and vocab is not None:
        value = top_expression(value, vocab)
    value = func.coalesce(value, NOT_RECORDED)
    if link_missing and dim.source in (Source.PERSON, Source.VICTIM) and unit == "incidents":
        return case((tables.victim.c.id.is_(None), literal(NO_PERSON)), else_=value)
    return value
