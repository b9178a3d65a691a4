# SPDX-License-Identifier: GPL-3.0-or-later
"""JSON and text output for scripts: stable keys, ISO dates, one document per call."""

from __future__ import annotations

import datetime as dt
import json
import sys
from typing import Any

from defenderdoc.domain.records import IncidentSummary


def _default(value: object) -> Any:
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    raise TypeError(type(value).__name__)


def emit_json(data: object) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=_default)
    sys.stdout.write("\n")


def incident_json(summary: IncidentSummary) -> dict[str, Any]:
    return {
        "id": summary.id,
        "title": summary.title,
        "date": summary.start_date,
        "date_precision": summary.date_precision,
        "country": summary.country,
        "status": summary.status,
        "types": list(summary.types),
    }
