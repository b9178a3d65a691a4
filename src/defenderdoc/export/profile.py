# SPDX-License-Identifier: GPL-3.0-or-later
"""Redaction profiles: what may leave the vault for one recipient.

Each template has a default profile; a dossier may override it. Confidential
fields (contacts, sources, coordinates, notes) have no switch at all: they never
leave, whatever the profile says.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

NAME_POLICIES = ("legal", "legal_with_consent", "pseudonym", "code")
LOCATION_LEVELS = ("place", "region", "country")
DATE_LEVELS = ("day", "month", "year")
#: Person characteristics a profile may show (UN communications ask for several).
SHOWABLE = (
    "age_group",
    "gender_identity",
    "migration_status",
    "occupation_sector",
    "nationality",
    "disability",
    "indigenous_identity",
)


@dataclass(frozen=True)
class RedactionProfile:
    """Switches a person can read and understand; see README "Dossiers"."""

    #: "legal": legal names (refused at export where consent is missing);
    #: "legal_with_consent": legal names only where the person consented to the
    #: relevant disclosure, pseudonyms otherwise; "pseudonym"; "code": "Person A"…
    names: str = "pseudonym"
    #: Which consent use gates inclusion ("un", "partner", "public"); None = internal use.
    consent_use: str | None = "un"
    #: For UN templates: legal names also require consent to disclosure to the State.
    name_needs_state_consent: bool = True
    location: str = "region"
    dates: str = "day"
    narratives: bool = True
    evidence: bool = True
    characteristics: tuple[str, ...] = (
        "age_group",
        "gender_identity",
        "migration_status",
        "occupation_sector",
    )
    #: Names of other persons found in narratives are replaced automatically.
    auto_redact_names: bool = True
    #: Text spans the user marked for redaction in narratives.
    redact_spans: tuple[str, ...] = ()
    #: Only the internal brief shows contacts and sources; no other template can.
    confidential_fields: bool = False

    def __post_init__(self) -> None:
        if self.names not in NAME_POLICIES:
            raise ValueError(f"unknown name policy {self.names!r}")
        if self.location not in LOCATION_LEVELS:
            raise ValueError(f"unknown location level {self.location!r}")
        if self.dates not in DATE_LEVELS:
            raise ValueError(f"unknown date level {self.dates!r}")
        unknown = set(self.characteristics) - set(SHOWABLE)
        if unknown:
            raise ValueError(f"characteristics that cannot be shown: {sorted(unknown)}")

    def with_changes(self, **changes: Any) -> RedactionProfile:
        return replace(self, **changes)

    def as_dict(self) -> dict[str, Any]:
        """For the export log: exactly which switches were used."""
        return {
            "names": self.names,
            "consent_use": self.consent_use,
            "name_needs_state_consent": self.name_needs_state_consent,
            "location": self.location,
            "dates": self.dates,
            "narratives": self.narratives,
            "evidence": self.evidence,
            "characteristics": list(self.characteristics),
            "auto_redact_names": self.auto_redact_names,
            "redact_spans": len(self.redact_spans),  # how many, never the text itself
            "confidential_fields": self.confidential_fields,
        }
