# SPDX-License-Identifier: GPL-3.0-or-later
"""Pure redaction rules: who is included and how named, coarse dates and places, text.

No database and no rendering here, so every rule is unit-tested on its own; the
builder applies them and the renderers only ever see the result.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from defenderdoc.domain.records import IncidentDraft, PersonRecord
from defenderdoc.export.profile import RedactionProfile
from defenderdoc.export.texts import MONTHS, text

GIVEN = "given"
_LEVEL = {"day": 0, "approximate": 0, "range": 0, "month": 1, "year": 2}
_DATE_LEVEL = {"day": 0, "month": 1, "year": 2}


def consent_state(person: PersonRecord, use: str) -> str:
    """ "given", "refused", "withdrawn" or "missing" for one use."""
    decision = person.consents.get(use)
    return decision.status if decision else "missing"


@dataclass(frozen=True)
class PersonView:
    """How one person appears in this dossier, or why they do not."""

    person_id: int
    included: bool
    label: str  # what the dossier calls them ("" when withheld)
    withheld_reason: str | None = None  # "refused" | "missing"
    name_disclosed: bool = False
    conflict: str | None = None  # consent that the profile would break


def _code(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def decide_persons(
    persons: list[PersonRecord], profile: RedactionProfile, lang: str
) -> dict[int, PersonView]:
    """Apply consent and the name policy to every person the dossier touches."""
    views: dict[int, PersonView] = {}
    shown = 0
    for person in persons:
        use = profile.consent_use
        state = consent_state(person, use) if use else GIVEN
        if state != GIVEN:
            views[person.id] = PersonView(
                person.id, False, "", "missing" if state == "missing" else "refused"
            )
            continue
        may_name = (
            use is None
            or not profile.name_needs_state_consent
            or (consent_state(person, "state") == GIVEN)
        )
        legal = person.draft.legal_name
        conflict = None
        if profile.names == "legal" and legal and not may_name:
            conflict = "state"
        if (
            profile.names in ("legal", "legal_with_consent")
            and legal
            and (may_name or profile.names == "legal")
        ):
            label, disclosed = legal, True
        elif profile.names == "code":
            label, disclosed = text("person_code", lang, code=_code(shown)), False
        else:
            label, disclosed = person.draft.pseudonym, False
        views[person.id] = PersonView(person.id, True, label, None, disclosed, conflict)
        shown += 1
    return views


def coarse_date(date: dt.date | None, precision: str, level: str, lang: str) -> str:
    """The date at the coarser of the record's precision and the profile's level."""
    if date is None:
        return ""
    coarseness = max(_LEVEL.get(precision, 0), _DATE_LEVEL[level])
    months = MONTHS.get(lang, MONTHS["en"])
    if coarseness == 2:
        out = f"{date.year}"
    elif coarseness == 1:
        out = f"{months[date.month - 1]} {date.year}"
    else:
        out = date.isoformat()
    return f"~{out}" if precision == "approximate" else out


def place_text(draft: IncidentDraft, level: str, country_label: str) -> str:
    """Country, region and place down to the profile's level; never coordinates."""
    parts = [country_label] if country_label else []
    if level in ("region", "place") and draft.region:
        parts.append(draft.region)
    if level == "place" and draft.place and draft.location_precision in ("exact", "place"):
        parts.append(draft.place)
    return ", ".join(reversed(parts)) if parts else ""


def hidden_places(draft: IncidentDraft, level: str) -> list[str]:
    """Place words the profile hides, so they are also removed from narratives."""
    hidden = []
    if level in ("region", "country") and draft.place:
        hidden.append(draft.place)
    if level == "country" and draft.region:
        hidden.append(draft.region)
    return hidden


def redact(text_in: str, replacements: list[tuple[str, str]]) -> str:
    """Replace every occurrence of each needle (case-insensitive, longest first)."""
    out = text_in
    for needle, replacement in sorted(replacements, key=lambda r: -len(r[0])):
        if len(needle.strip()) < 2:
            continue
        pattern = re.compile(rf"(?<!\w){re.escape(needle.strip())}(?!\w)", re.IGNORECASE)
        out = pattern.sub(replacement, out)
    return out
