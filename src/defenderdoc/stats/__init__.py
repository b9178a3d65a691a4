# SPDX-License-Identifier: GPL-3.0-or-later
"""Patterns: counts, time series, escalation and reprisal signals over the vault.

Qt-free and session-based, so the GUI, the CLI and the benchmarks share one
implementation. Everything here counts; nothing here decides what may leave the
vault except :func:`suppress`, which every export path must apply.
"""

from defenderdoc.stats.dimensions import (
    DIMENSIONS,
    IMPRECISE_DATE,
    NO_PERSON,
    NOT_RECORDED,
    Dimension,
    DimensionRef,
    exportable_ids,
    parse,
)
from defenderdoc.stats.escalation import EscalationSignal, escalations
from defenderdoc.stats.filters import StatsFilter
from defenderdoc.stats.query import count_by, crosstab
from defenderdoc.stats.render import DEFAULT_MARKER, to_csv, to_text
from defenderdoc.stats.reprisals import ReprisalCandidate, after_exports
from defenderdoc.stats.suppression import DEFAULT_THRESHOLD, suppress
from defenderdoc.stats.table import Axis, Cell, CrossTab
from defenderdoc.stats.timeseries import MonthlySeries, monthly_series

__all__ = [
    "DEFAULT_MARKER",
    "DEFAULT_THRESHOLD",
    "DIMENSIONS",
    "IMPRECISE_DATE",
    "NOT_RECORDED",
    "NO_PERSON",
    "Axis",
    "Cell",
    "CrossTab",
    "Dimension",
    "DimensionRef",
    "EscalationSignal",
    "MonthlySeries",
    "ReprisalCandidate",
    "StatsFilter",
    "after_exports",
    "count_by",
    "crosstab",
    "escalations",
    "exportable_ids",
    "monthly_series",
    "parse",
    "suppress",
    "to_csv",
    "to_text",
]
