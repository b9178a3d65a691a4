# SPDX-License-Identifier: GPL-3.0-or-later
"""Fast insertion of many incidents at once (demo data, imports from other systems).

Uses batched Core inserts inside one write transaction instead of the ORM's unit of
work; the audit log gets one entry naming the operation and the id range, rather
than one per row, so a 100,000-row import stays fast and the chain stays intact.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from defenderdoc.domain.records import IncidentDraft
from defenderdoc.progress import CancelToken, ProgressCallback, no_progress
from defenderdoc.vault.models import (
    AuthorityAction,
    FollowUp,
    Incident,
    IncidentType,
    Perpetrator,
    Victim,
    utcnow,
)
from defenderdoc.vault.repository.incidents import validate

BATCH = 2000


def bulk_add_incidents(
    session: Session,
    drafts: Iterable[IncidentDraft],
    *,
    total: int = 0,
    progress: ProgressCallback = no_progress,
    cancel: CancelToken | None = None,
) -> list[int]:
    """Insert all drafts in the caller's (write) transaction; returns their new ids."""
    next_id = int(session.scalar(select(func.coalesce(func.max(Incident.id), 0))) or 0) + 1
    ids: list[int] = []
    batch: list[IncidentDraft] = []
    for draft in drafts:
        validate(draft)
        batch.append(draft)
        if len(batch) == BATCH:
            ids += _flush(session, batch, next_id + len(ids))
            batch = []
            if cancel:
                cancel.raise_if_cancelled()
            progress(len(ids), total, "incidents")
    if batch:
        ids += _flush(session, batch, next_id + len(ids))
    progress(len(ids), total or len(ids), "incidents")
    return ids


def _flush(session: Session, drafts: list[IncidentDraft], first_id: int) -> list[int]:
    now = utcnow()
    incidents: list[dict[str, Any]] = []
    children: dict[type[Any], list[dict[str, Any]]] = {
        IncidentType: [],
        Perpetrator: [],
        Victim: [],
        AuthorityAction: [],
        FollowUp: [],
    }
    for offset, draft in enumerate(drafts):
        incident_id = first_id + offset
        incidents.append(
            {
                "id": incident_id,
                "title": draft.title.strip(),
                "narrative": draft.narrative,
                "start_date": draft.start_date,
                "end_date": draft.end_date,
                "date_precision": draft.date_precision,
                "country": draft.country.upper() if draft.country else None,
                "region": draft.region,
                "place": draft.place,
                "latitude": draft.latitude,
                "longitude": draft.longitude,
                "location_precision": draft.location_precision,
                "migration_stage": draft.migration_stage,
                "setting": draft.setting,
                "status": draft.status,
                "reprisal_export_id": draft.reprisal_export_id,
                "created_at": now,
                "updated_at": now,
            }
        )
        children[IncidentType] += [
            {"incident_id": incident_id, "code": c} for c in dict.fromkeys(draft.types)
        ]
        for model, items in (
            (Perpetrator, draft.perpetrators),
            (Victim, draft.victims),
            (AuthorityAction, draft.authority_actions),
            (FollowUp, draft.followups),
        ):
            children[model] += [{"incident_id": incident_id, **vars(item)} for item in items]
    session.execute(insert(Incident), incidents)
    for table, rows in children.items():
        if rows:
            session.execute(insert(table), rows)
    return [row["id"] for row in incidents]
