# SPDX-License-Identifier: GPL-3.0-or-later
"""The export log, and links from later incidents to an export (possible reprisals)."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from defenderdoc.domain.records import ExportRecord
from defenderdoc.errors import NotFoundError
from defenderdoc.vault.models import ExportLog, Incident


def log_export(
    session: Session,
    *,
    recipient: str,
    template: str,
    profile: dict[str, Any],
    incident_ids: list[int],
    person_ids: list[int],
    sha256: str,
    language: str,
) -> int:
    row = ExportLog(
        recipient=recipient,
        template=template,
        profile=json.dumps(profile, sort_keys=True),
        incident_ids=json.dumps(incident_ids),
        person_ids=json.dumps(person_ids),
        sha256=sha256,
        language=language,
    )
    session.add(row)
    session.flush()
    return row.id


def list_exports(session: Session) -> list[ExportRecord]:
    rows = session.scalars(
        select(ExportLog).order_by(ExportLog.exported_at.desc(), ExportLog.id.desc())
    )
    return [
        ExportRecord(
            r.id,
            r.exported_at,
            r.recipient,
            r.template,
            r.language,
            tuple(json.loads(r.incident_ids)),
            tuple(json.loads(r.person_ids)),
            r.sha256,
        )
        for r in rows
    ]


def mark_possible_reprisal(session: Session, incident_id: int, export_id: int | None) -> None:
    incident = session.get(Incident, incident_id)
    if incident is None or (export_id is not None and session.get(ExportLog, export_id) is None):
        raise NotFoundError
    incident.reprisal_export_id = export_id
    session.flush()
