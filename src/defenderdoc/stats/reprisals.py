# SPDX-License-Identifier: GPL-3.0-or-later
"""Incidents that followed an export to a mechanism: possible reprisals.

Reprisals for engaging with the UN are expected, and mechanisms ask for them to
be reported, so every export is logged with the incidents and persons it named
(``export_log``). An incident is listed after an export when it starts on the
export day or within ``within_days`` after it, is not itself one of the exported
incidents, and targets someone the export concerned: a person it named or a
victim of an incident it contained, or an organisation that was such a victim or
that such a person belongs to (directly, or through a targeted member).
Incidents already linked to the export by hand (``reprisal_export_id``) are
listed whatever their date. The export day counts, because the hour of an
incident is rarely known.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from defenderdoc.errors import InvalidInputError
from defenderdoc.vault.models import ExportLog, Incident, Person, Victim

VIA_PERSON = "person"
VIA_ORGANISATION = "organisation"
VIA_LINK = "linked"


@dataclass(frozen=True)
class ReprisalCandidate:
    export_id: int
    recipient: str
    exported_on: dt.date
    incident_id: int
    start_date: dt.date | None
    date_precision: str
    days_after: int | None
    via: tuple[str, ...]  # why it is listed: VIA_PERSON, VIA_ORGANISATION, VIA_LINK
    person_ids: tuple[int, ...]  # concerned persons who are victims of this incident


def logged_ids(text: str | None) -> set[int]:
    """Ids from an ``export_log`` JSON list; anything that is not a whole number is ignored."""
    try:
        data = json.loads(text or "[]")
    except ValueError:
        return set()
    if not isinstance(data, list):
        return set()
    found = set()
    for item in data:
        if isinstance(item, int) and not isinstance(item, bool):
            found.add(item)
        elif isinstance(item, str) and item.isdigit():
            found.add(int(item))
    return found


def _concerned(session: Session, export: ExportLog) -> tuple[set[int], set[int], set[int]]:
    """(exported incidents, concerned persons, concerned organisations)."""
    incidents = logged_ids(export.incident_ids)
    persons = logged_ids(export.person_ids)
    orgs: set[int] = set()
    if incidents:
        for person_id, org_id in session.execute(
            select(Victim.person_id, Victim.organisation_id).where(
                Victim.incident_id.in_(incidents)
            )
        ):
            if person_id is not None:
                persons.add(person_id)
            if org_id is not None:
                orgs.add(org_id)
    if persons:
        members = session.scalars(select(Person.organisation_id).where(Person.id.in_(persons)))
        orgs.update(org for org in members if org is not None)
    return incidents, persons, orgs


def _candidates(session: Session, export: ExportLog, within_days: int) -> list[ReprisalCandidate]:
    exported, persons, orgs = _concerned(session, export)
    day = export.exported_at.date()
    found: dict[int, tuple[Incident, set[str], set[int]]] = {}
    if persons or orgs:
        query = (
            select(Incident, Victim.person_id, Victim.organisation_id, Person.organisation_id)
            .join(Victim, Victim.incident_id == Incident.id)
            .outerjoin(Person, Person.id == Victim.person_id)
            .where(
                Incident.start_date >= day,
                Incident.start_date <= day + dt.timedelta(days=within_days),
                Incident.id.not_in(exported),
                or_(
                    Victim.person_id.in_(persons),
                    Victim.organisation_id.in_(orgs),
                    Person.organisation_id.in_(orgs),
                ),
            )
        )
        for incident, person_id, org_id, member_of in session.execute(query):
            _, via, who = found.setdefault(incident.id, (incident, set(), set()))
            if person_id in persons:
                via.add(VIA_PERSON)
                who.add(person_id)
            if org_id in orgs or member_of in orgs:
                via.add(VIA_ORGANISATION)
    for incident in session.scalars(
        select(Incident).where(Incident.reprisal_export_id == export.id)
    ):
        found.setdefault(incident.id, (incident, set(), set()))[1].add(VIA_LINK)
    return [
        ReprisalCandidate(
            export.id,
            export.recipient,
            day,
            incident.id,
            incident.start_date,
            incident.date_precision,
            (incident.start_date - day).days if incident.start_date else None,
            tuple(sorted(via)),
            tuple(sorted(who)),
        )
        for incident, via, who in found.values()
    ]


def after_exports(
    session: Session, *, within_days: int = 90, export_ids: Iterable[int] | None = None
) -> list[ReprisalCandidate]:
    """Possible reprisals for each export (all, or those in ``export_ids``), oldest export first."""
    if within_days < 0:
        raise InvalidInputError("The number of days cannot be negative.")
    query = select(ExportLog).order_by(ExportLog.exported_at, ExportLog.id)
    if export_ids is not None:
        query = query.where(ExportLog.id.in_(list(export_ids)))
    result: list[ReprisalCandidate] = []
    for export in session.scalars(query):
        found = _candidates(session, export, within_days)
        found.sort(key=lambda c: (c.start_date or dt.date.max, c.incident_id))
        result += found
    return result
