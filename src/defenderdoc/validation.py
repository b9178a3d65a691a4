# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks that every coded field holds a term of its controlled vocabulary.

A typo in a code would silently drop a record out of statistics and filters, so
codes are checked on every save against the shipped vocabularies plus the
organisation's own terms.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from defenderdoc.domain.records import CHARACTERISTICS, IncidentDraft, PersonDraft
from defenderdoc.errors import InvalidInputError
from defenderdoc.vocab import Vocabulary

Lookup = Callable[[str], Vocabulary]


def _check(lookup: Lookup, vocab_id: str, codes: Iterable[str | None]) -> None:
    vocab = lookup(vocab_id)
    for code in codes:
        if code is not None and code not in vocab:
            raise InvalidInputError(f"Unknown {vocab_id.replace('_', ' ')} code: {code}")


def check_incident(draft: IncidentDraft, lookup: Lookup) -> None:
    _check(lookup, "incident_type", draft.types)
    _check(lookup, "perpetrator_type", (p.perpetrator_type for p in draft.perpetrators))
    _check(lookup, "state_link", (p.state_link for p in draft.perpetrators))
    _check(lookup, "victim_role", (v.role for v in draft.victims))
    _check(lookup, "authority_response", (a.response for a in draft.authority_actions))
    _check(lookup, "followup_type", (f.followup_type for f in draft.followups))
    _check(lookup, "migration_stage", [draft.migration_stage])
    _check(lookup, "setting", [draft.setting])
    _check(lookup, "incident_status", [draft.status])
    _check(lookup, "country", [draft.country.upper() if draft.country else None])


def check_person(draft: PersonDraft, lookup: Lookup) -> None:
    for name in CHARACTERISTICS:
        _check(lookup, name, [draft.characteristics.get(name)])
    _check(lookup, "country", [draft.nationality])
    _check(lookup, "defender_activity", draft.activities)
