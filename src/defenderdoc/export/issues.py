# SPDX-License-Identifier: GPL-3.0-or-later
"""Problems found before export: warnings the user should see, conflicts that block."""

from __future__ import annotations

from dataclasses import dataclass

MISSING = "missing"
CONFLICT = "conflict"


@dataclass(frozen=True)
class Issue:
    """Something missing for the template (warning) or a consent the profile would break."""

    kind: str
    message: str
    incident_id: int | None = None
