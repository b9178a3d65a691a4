# SPDX-License-Identifier: GPL-3.0-or-later
"""Incidents with their types, perpetrators, victims, authorities' responses and follow-up."""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, Select, delete, func, select
from sqlalchemy.orm import InstrumentedAttribute, Session, selectinload

from defenderdoc.domain.records import (
    DATE_PRECISIONS,
    LOCATION_PRECISIONS,
    AuthorityActionDraft,
    FollowUpDraft,
    IncidentDraft,
    IncidentFilter,
    IncidentRecord,
    IncidentSummary,
    PerpetratorDraft,
    VictimLink,
)
from defenderdoc.errors import InvalidInputError, NotFoundError
from defenderdoc.vault.models import (
    AuthorityAction,
    FollowUp,
    Incident,
    IncidentType,
    Perpetrator,
    Victim,
)
from defenderdoc.vault.repository.search import fts_match_ids

_SCALARS = (
    "title",
    "narrative",
    "start_date",
    "end_date",
    "date_precision",
    "country",
    "region",
    "place",
    "latitude",
    "longitude",
    "location_precision",
    "migration_stage",
    "setting",
    "status",
    "reprisal_export_id",
)


def validate(draft: IncidentDraft) -> None:
    if not draft.title.strip():
        raise InvalidInputError("An incident needs a title.")
    if draft.date_precision not in DATE_PRECISIONS:
        raise InvalidInputError("Unknown date precision.")
    if draft.location_precision not in LOCATION_PRECISIONS:
        raise InvalidInputError("Unknown location precision.")
    if draft.start_date and draft.end_date and draft.end_date < draft.start_date:
        raise InvalidInputError("The end date is before the start date.")
    for value, bound in ((draft.latitude, 90.0), (draft.longitude, 180.0)):
        if value is not None and not -bound <= value <= bound:
            raise InvalidInputError("Coordinates are out of range.")
    if draft.country is not None and not (len(draft.country) == 2 and draft.country.isalpha()):
        raise InvalidInputError("Use a two-letter country code, for example MX.")


def _apply(incident: Incident, draft: IncidentDraft) -> None:
    validate(draft)
    for name in _SCALARS:
        setattr(incident, name, getattr(draft, name))
    incident.title = draft.title.strip()
    incident.country = draft.country.upper() if draft.country else None
    _sync(incident, "types", [IncidentType(code=c) for c in dict.fromkeys(draft.types)])
    _sync(incident, "perpetrators", [Perpetrator(**vars(p)) for p in draft.perpetrators])
    _sync(incident, "victims", [Victim(**vars(v)) for v in draft.victims])
    _sync(
        incident, "authority_actions", [AuthorityAction(**vars(a)) for a in draft.authority_actions]
    )
    _sync(incident, "followups", [FollowUp(**vars(f)) for f in draft.followups])


def _content(row: object) -> tuple[object, ...]:
    columns = row.__table__.columns  # type: ignore[attr-defined]
    return tuple(getattr(row, c.key) for c in columns if c.key not in ("id", "incident_id"))


def _sync(incident: Incident, name: str, rows: list[Any]) -> None:
    """Replace a child list only if it really changed, so the audit log shows real edits."""
    current = getattr(incident, name)
    if [_content(r) for r in current] != [_content(r) for r in rows]:
        setattr(incident, name, rows)


def add_incident(session: Session, draft: IncidentDraft) -> int:
    incident = Incident()
    _apply(incident, draft)
    session.add(incident)
    session.flush()
    return incident.id


def update_incident(session: Session, incident_id: int, draft: IncidentDraft) -> None:
    incident = _load(session, incident_id)
    _apply(incident, draft)
    session.flush()


def delete_incident(session: Session, incident_id: int) -> None:
    session.delete(_load(session, incident_id))
    session.flush()


def _load(session: Session, incident_id: int) -> Incident:
    incident = session.get(
        Incident,
        incident_id,
        options=[
            selectinload(Incident.types),
            selectinload(Incident.perpetrators),
            selectinload(Incident.victims),
            selectinload(Incident.authority_actions),
            selectinload(Incident.followups),
        ],
    )
    if incident is None:
        raise NotFoundError
    return incident


def get_incident(session: Session, incident_id: int) -> IncidentRecord:
    row = _load(session, incident_id)
    draft = IncidentDraft(**{name: getattr(row, name) for name in _SCALARS})
    draft.types = sorted(t.code for t in row.types)
    draft.perpetrators = [
        PerpetratorDraft(p.perpetrator_type, p.state_link, p.description, p.attribution_basis)
        for p in row.perpetrators
    ]
    draft.victims = [VictimLink(v.person_id, v.organisation_id, v.role) for v in row.victims]
    draft.authority_actions = [
        AuthorityActionDraft(a.authority, a.acted_on, a.action, a.response, a.details)
        for a in row.authority_actions
    ]
    draft.followups = [
        FollowUpDraft(f.followup_type, f.due_on, f.done, f.description) for f in row.followups
    ]
    return IncidentRecord(row.id, draft, row.created_at, row.updated_at)


def _filtered(query: Select, flt: IncidentFilter) -> Select:  # type: ignore[type-arg]
    if flt.date_from:
        query = query.where(Incident.start_date >= flt.date_from)
    if flt.date_to:
        query = query.where(Incident.start_date <= flt.date_to)
    if flt.countries:
        query = query.where(Incident.country.in_([c.upper() for c in flt.countries]))
    if flt.migration_stages:
        query = query.where(Incident.migration_stage.in_(flt.migration_stages))
    if flt.statuses:
        query = query.where(Incident.status.in_(flt.statuses))
    if flt.types:
        codes = select(IncidentType.incident_id).where(IncidentType.code.in_(flt.types))
        query = query.where(Incident.id.in_(codes))
    if flt.perpetrator_types:
        perps = select(Perpetrator.incident_id).where(
            Perpetrator.perpetrator_type.in_(flt.perpetrator_types)
        )
        query = query.where(Incident.id.in_(perps))
    if flt.person_id is not None:
        victims = select(Victim.incident_id).where(Victim.person_id == flt.person_id)
        query = query.where(Incident.id.in_(victims))
    if flt.text.strip():
        query = query.where(Incident.id.in_(fts_match_ids(flt.text)))
    return query


SORT_COLUMNS: dict[str, InstrumentedAttribute[Any]] = {
    "date": Incident.start_date,
    "title": Incident.title,
    "country": Incident.country,
    "status": Incident.status,
    "id": Incident.id,
}


def list_incidents(
    session: Session,
    flt: IncidentFilter | None = None,
    *,
    sort: str = "date",
    descending: bool = True,
    offset: int = 0,
    limit: int = 100,
) -> list[IncidentSummary]:
    """One page of summaries; paged so a table over 100,000 incidents stays instant."""
    column = SORT_COLUMNS.get(sort, Incident.start_date)
    order: list[ColumnElement[Any]] = [
        column.desc() if descending else column.asc(),
        Incident.id.desc() if descending else Incident.id.asc(),
    ]
    query = (
        _filtered(
            select(
                Incident.id,
                Incident.title,
                Incident.start_date,
                Incident.date_precision,
                Incident.country,
                Incident.status,
            ),
            flt or IncidentFilter(),
        )
        .order_by(*order)
        .offset(offset)
        .limit(limit)
    )
    rows = session.execute(query).all()
    types = _types_for(session, [r.id for r in rows])
    return [
        IncidentSummary(
            r.id,
            r.title,
            r.start_date,
            r.date_precision,
            r.country,
            r.status,
            tuple(types.get(r.id, ())),
        )
        for r in rows
    ]


def _types_for(session: Session, ids: list[int]) -> dict[int, list[str]]:
    found: dict[int, list[str]] = {}
    if ids:
        query = (
            select(IncidentType.incident_id, IncidentType.code)
            .where(IncidentType.incident_id.in_(ids))
            .order_by(IncidentType.code)
        )
        for incident_id, code in session.execute(query):
            found.setdefault(incident_id, []).append(code)
    return found


def count_incidents(session: Session, flt: IncidentFilter | None = None) -> int:
    query = _filtered(select(func.count()).select_from(Incident), flt or IncidentFilter())
    return int(session.scalar(query) or 0)


def purge_children(session: Session, incident_id: int) -> None:
    for model in (IncidentType, Perpetrator, Victim, AuthorityAction, FollowUp):
        session.execute(delete(model).where(model.incident_id == incident_id))
