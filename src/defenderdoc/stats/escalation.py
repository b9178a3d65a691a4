# SPDX-License-Identifier: GPL-3.0-or-later
"""A simple escalation signal: who or what is being hit more often than before.

For each category of a dimension (a perpetrator type, a setting, a country…) or
each person or organisation, the incidents of the last ``recent_days`` are set
against the rate of the ``baseline_days`` before them. A category is flagged
when its recent count reaches ``min_recent`` and exceeds ``factor`` times what
the earlier rate predicts; one with no earlier incident at all is flagged as new
(``ratio`` is ``None``). This is a prompt for a security officer to look, not a
risk assessment: it counts incidents, not their severity.

Only incidents dated at least to the month are used; one known only to the year
cannot be placed inside a 90-day window. Person and organisation signals name
the pseudonym and the organisation name and are for use inside the vault.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import and_, case, distinct, func, select
from sqlalchemy.orm import Session

from defenderdoc.errors import InvalidInputError
from defenderdoc.stats.axes import axis
from defenderdoc.stats.dimensions import (
    SENTINEL_LABELS,
    DimensionRef,
    Kind,
    Tables,
    parse,
    value_expression,
)
from defenderdoc.stats.filters import StatsFilter
from defenderdoc.stats.hierarchy import vocabulary
from defenderdoc.stats.relations import dimension_rows
from defenderdoc.vault.models import Organisation, Person
from defenderdoc.vocab import FALLBACK_LANGUAGE


@dataclass(frozen=True)
class EscalationSignal:
    subject: str  # the dimension spec, e.g. "perpetrator_type" or "person"
    key: str  # the category code, or the person's or organisation's id
    label: str
    recent: int  # incidents in the recent window
    earlier: int  # incidents in the baseline window before it
    expected: float  # the earlier rate scaled to the length of the recent window
    ratio: float | None  # recent / expected; None when there was nothing before

    @property
    def is_new(self) -> bool:
        return self.ratio is None


def _names(session: Session, kind: str, keys: list[str]) -> dict[str, str]:
    model = Person if kind == "person" else Organisation
    column = Person.pseudonym if kind == "person" else Organisation.name
    ids = [int(k) for k in keys if k.isdigit()]
    rows = session.execute(select(model.id, column).where(model.id.in_(ids)))
    return {str(ident): name for ident, name in rows}


def escalations(
    session: Session,
    by: DimensionRef | str,
    *,
    as_of: dt.date,
    recent_days: int = 90,
    baseline_days: int = 365,
    min_recent: int = 2,
    factor: float = 1.0,
    flt: StatsFilter | None = None,
    lang: str = FALLBACK_LANGUAGE,
) -> list[EscalationSignal]:
    """Flagged categories, new ones first, then by how far they exceed their earlier rate."""
    if recent_days < 1 or baseline_days < 1 or min_recent < 1:
        raise InvalidInputError("Windows and the minimum count must be at least 1.")
    ref = parse(by, allow_internal=True) if isinstance(by, str) else by
    dim = ref.dimension
    tables = Tables.create()
    vocab = vocabulary(session, dim.vocabulary) if dim.vocabulary else None
    value = value_expression(ref, tables, "incidents", vocab, link_missing=False).label("value")
    flt = flt or StatsFilter()
    rows = dimension_rows(session, tables, ref, "incidents", flt, with_incident=True)
    start = tables.incident.c.start_date
    split = as_of - dt.timedelta(days=recent_days)
    begin = split - dt.timedelta(days=baseline_days)
    recent = func.count(distinct(case((start > split, rows.counted))))
    earlier = func.count(distinct(case((start <= split, rows.counted))))
    where = [
        *rows.where,
        and_(start > begin, start <= as_of),
        tables.incident.c.date_precision != "year",
    ]
    query = select(value, recent, earlier).select_from(rows.frm).where(*where).group_by(value)
    signals = []
    for key, n_recent, n_earlier in session.execute(query):
        if dim.kind is Kind.IDENTITY and key in SENTINEL_LABELS:
            continue
        expected = n_earlier * recent_days / baseline_days
        if n_recent >= min_recent and n_recent > factor * expected:
            ratio = n_recent / expected if expected else None
            signals.append((str(key), int(n_recent), int(n_earlier), expected, ratio))
    if dim.kind is Kind.IDENTITY:
        names = _names(session, dim.id, [s[0] for s in signals])
        labels = {s[0]: names.get(s[0], s[0]) for s in signals}
    else:
        shown = axis(session, ref, {s[0] for s in signals}, lang)
        labels = dict(zip(shown.keys, shown.labels, strict=True))
    result = [EscalationSignal(ref.spec, k, labels[k], r, e, x, q) for k, r, e, x, q in signals]
    result.sort(key=lambda s: (s.ratio is not None, -(s.ratio or 0.0), -s.recent, s.key))
    return result
