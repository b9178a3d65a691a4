# SPDX-License-Identifier: GPL-3.0-or-later
"""Counts per calendar month, with the empty months in place.

A chart that skips empty months makes two attacks a year apart look
consecutive, so the series is contiguous from its first to its last month.
Incidents without a date, or dated only to the year, cannot be placed in a
month; they are reported beside the series rather than dropped or piled into
January.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from sqlalchemy.orm import Session

from defenderdoc.i18n import translate
from defenderdoc.stats.dimensions import (
    DIMENSIONS,
    IMPRECISE_DATE,
    NOT_RECORDED,
    SENTINEL_LABELS,
    DimensionRef,
    Unit,
)
from defenderdoc.stats.filters import StatsFilter
from defenderdoc.stats.query import count_by
from defenderdoc.stats.table import Axis, Cell, CrossTab

_MONTH = DimensionRef(DIMENSIONS["month"])


def month_key(day: dt.date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def months_between(first: str, last: str) -> list[str]:
    """Every ``YYYY-MM`` from ``first`` to ``last`` inclusive."""
    year, month = int(first[:4]), int(first[5:7])
    found = []
    while (key := f"{year:04d}-{month:02d}") <= last:
        found.append(key)
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return found


@dataclass(frozen=True)
class MonthlySeries:
    unit: Unit
    months: tuple[str, ...]
    counts: tuple[int, ...]
    undated: int
    imprecise: int
    total: int  # distinct units: a person affected in two months counts once

    def as_table(self) -> CrossTab:
        """The series as a 1-D table, so it is suppressed and exported like any other."""
        keys = list(self.months)
        values = list(self.counts)
        for key, value in ((IMPRECISE_DATE, self.imprecise), (NOT_RECORDED, self.undated)):
            if value:
                keys.append(key)
                values.append(value)
        labels = [translate("Patterns", SENTINEL_LABELS.get(k, k)) for k in keys]
        title = translate("Patterns", DIMENSIONS["month"].label)
        axis = Axis("month", title, tuple(keys), tuple(labels))
        return CrossTab(
            self.unit,
            axis,
            None,
            tuple((Cell(v),) for v in values),
            (),
            (),
            Cell(self.total),
            self.unit == "incidents",
        )


def monthly_series(
    session: Session,
    flt: StatsFilter | None = None,
    *,
    unit: Unit = "incidents",
    start: dt.date | None = None,
    end: dt.date | None = None,
) -> MonthlySeries:
    """Counts per month from ``start`` (default: the filter's start, else the first
    dated incident) to ``end`` (default: the filter's end, else the last one).

    ``start`` and ``end`` also narrow the filter, so the total matches the months shown.
    """
    flt = flt or StatsFilter()
    if start or end:
        dates = replace(
            flt.incidents,
            date_from=start or flt.incidents.date_from,
            date_to=end or flt.incidents.date_to,
        )
        flt = replace(flt, incidents=dates)
    counts = {key[0]: n for key, n in count_by(session, unit, flt, [_MONTH]).items()}
    undated = counts.pop(NOT_RECORDED, 0)
    imprecise = counts.pop(IMPRECISE_DATE, 0)
    start = start or flt.incidents.date_from
    end = end or flt.incidents.date_to
    first = month_key(start) if start else min(counts, default=None)
    last = month_key(end) if end else max(counts, default=None)
    months = months_between(first, last) if first and last else []
    total = count_by(session, unit, flt, [])[()]
    return MonthlySeries(
        unit, tuple(months), tuple(counts.get(m, 0) for m in months), undated, imprecise, total
    )
