# SPDX-License-Identifier: GPL-3.0-or-later
"""Which incidents and persons a pattern table counts.

Incident criteria are an :class:`IncidentFilter`, the same record the incident
list uses, so "show me these incidents" and "count these incidents" read the
same fields. One difference is deliberate and switchable: with
``include_subtypes`` (the default) a type or perpetrator code also matches the
codes below it, so ``threat`` counts death threats too, matching the top-level
grouping of the tables. Person criteria (e.g. gender identity) restrict which
victims are counted, and an incident is counted only if one of its victims meets
them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import ColumnElement, Select, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.selectable import FromClause

from defenderdoc.domain.records import IncidentFilter
from defenderdoc.errors import InvalidInputError
from defenderdoc.stats.dimensions import DIMENSIONS, Source, Tables
from defenderdoc.stats.hierarchy import matches, vocabulary
from defenderdoc.vault.models import IncidentType, Perpetrator, Person, Victim
from defenderdoc.vault.repository.search import fts_match_ids


@dataclass(frozen=True)
class StatsFilter:
    incidents: IncidentFilter = field(default_factory=IncidentFilter)
    include_subtypes: bool = True
    settings: tuple[str, ...] = ()
    state_links: tuple[str, ...] = ()
    #: person dimension id (``gender_identity``, ``nationality``, …) -> accepted codes
    persons: Mapping[str, tuple[str, ...]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for name, codes in self.persons.items():
            dim = DIMENSIONS.get(name)
            if dim is None or dim.source is not Source.PERSON or dim.vocabulary is None:
                raise InvalidInputError(f"Cannot filter persons by {name}.")
            if not codes:
                raise InvalidInputError(f"No value given for {name}.")


def column_conditions(
    session: Session, incident: FromClause, flt: StatsFilter
) -> list[ColumnElement[bool]]:
    """Criteria on the incident's own columns."""
    inc = flt.incidents
    i = incident.c
    found: list[ColumnElement[bool]] = []
    if inc.date_from:
        found.append(i.start_date >= inc.date_from)
    if inc.date_to:
        found.append(i.start_date <= inc.date_to)
    if inc.countries:
        found.append(i.country.in_([c.upper() for c in inc.countries]))
    if inc.migration_stages:
        found.append(i.migration_stage.in_(inc.migration_stages))
    if inc.statuses:
        found.append(i.status.in_(inc.statuses))
    if flt.settings:
        found.append(
            matches(i.setting, vocabulary(session, "setting"), flt.settings, subtypes=True)
        )
    return found


def has_linked_criteria(flt: StatsFilter) -> bool:
    inc = flt.incidents
    return bool(
        inc.types
        or inc.perpetrator_types
        or flt.state_links
        or inc.person_id is not None
        or inc.text.strip()
        or flt.persons
    )


def linked_criteria(session: Session, flt: StatsFilter) -> list[Select[Any]]:
    """Criteria on rows linked to the incident, each as a query of incident ids."""
    inc = flt.incidents
    found: list[Select[Any]] = []
    if inc.types:
        types = IncidentType.__table__.c
        vocab = vocabulary(session, "incident_type")
        codes = matches(types.code, vocab, inc.types, subtypes=flt.include_subtypes)
        found.append(select(types.incident_id).where(codes))
    if inc.perpetrator_types or flt.state_links:
        perp = Perpetrator.__table__.c
        perps = select(perp.incident_id)
        if inc.perpetrator_types:
            vocab = vocabulary(session, "perpetrator_type")
            perps = perps.where(
                matches(
                    perp.perpetrator_type,
                    vocab,
                    inc.perpetrator_types,
                    subtypes=flt.include_subtypes,
                )
            )
        if flt.state_links:
            perps = perps.where(perp.state_link.in_(flt.state_links))
        found.append(perps)
    if inc.person_id is not None:
        found.append(select(Victim.incident_id).where(Victim.person_id == inc.person_id))
    if inc.text.strip():
        found.append(fts_match_ids(inc.text))
    if flt.persons:
        victims = select(Victim.incident_id).join(Person, Person.id == Victim.person_id)
        found.append(victims.where(*person_conditions(session, Person.__table__, flt)))
    return found


def incident_conditions(
    session: Session, tables: Tables, flt: StatsFilter
) -> list[ColumnElement[bool]]:
    """Every criterion as a condition on ``tables.incident`` (subqueries use their own names)."""
    i = tables.incident
    found = column_conditions(session, i, flt)
    found += [i.c.id.in_(query) for query in linked_criteria(session, flt)]
    return found


def person_conditions(
    session: Session, person: FromClause, flt: StatsFilter
) -> list[ColumnElement[bool]]:
    """Conditions on a person table (or alias) for the person criteria."""
    found: list[ColumnElement[bool]] = []
    for name, codes in sorted(flt.persons.items()):
        dim = DIMENSIONS[name]
        assert dim.vocabulary is not None  # checked in StatsFilter  # noqa: S101
        vocab = vocabulary(session, dim.vocabulary)
        found.append(matches(person.c[dim.column], vocab, codes, subtypes=flt.include_subtypes))
    return found
