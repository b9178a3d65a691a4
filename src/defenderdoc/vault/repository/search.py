# SPDX-License-Identifier: GPL-3.0-or-later
"""Full-text search over titles, narratives and places (FTS5 inside the encrypted DB)."""

from __future__ import annotations

import re

from sqlalchemy import Select, bindparam, column, select, table, text
from sqlalchemy.orm import Session

from defenderdoc.domain.records import IncidentSummary
from defenderdoc.vault.models import Incident

_fts = table("incident_fts", column("rowid"))
_TOKEN = re.compile(r"\w+", re.UNICODE)


def fts_query(user_text: str) -> str | None:
    """Turn what a person typed into a safe FTS5 query: every word must appear.

    Words are quoted (so FTS operators and punctuation in the input can never
    cause a syntax error) and the last one matches as a prefix, which makes
    search-as-you-type find "detenc" in "detención".
    """
    words = _TOKEN.findall(user_text)
    if not words:
        return None
    quoted = [f'"{w}"' for w in words]
    quoted[-1] += "*"
    return " ".join(quoted)


def fts_match_ids(user_text: str) -> Select:  # type: ignore[type-arg]
    query = fts_query(user_text) or '""'
    return select(_fts.c.rowid).where(text("incident_fts MATCH :q").bindparams(q=query))


def search_incidents(session: Session, user_text: str, limit: int = 50) -> list[IncidentSummary]:
    """Best matches first (BM25, with titles weighted above narratives)."""
    query = fts_query(user_text)
    if query is None:
        return []
    ranked = text(
        "SELECT rowid FROM incident_fts WHERE incident_fts MATCH :q "
        "ORDER BY bm25(incident_fts, 10.0, 1.0, 3.0) LIMIT :limit"
    ).bindparams(bindparam("q", query), bindparam("limit", limit))
    ids = [row[0] for row in session.execute(ranked)]
    if not ids:
        return []
    rows = {
        row.id: row
        for row in session.execute(
            select(
                Incident.id,
                Incident.title,
                Incident.start_date,
                Incident.date_precision,
                Incident.country,
                Incident.status,
            ).where(Incident.id.in_(ids))
        )
    }
    return [IncidentSummary(*rows[i]) for i in ids if i in rows]
