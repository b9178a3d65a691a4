# SPDX-License-Identifier: GPL-3.0-or-later
"""From a stored value to the category it is counted in, on the Python side.

SQLite groups by the raw column, which lets it walk an index in order instead of
sorting 100,000 computed strings; the few distinct raw values are then mapped
here: ``threat.death`` to ``threat`` at top level, a date to its month, NULL to
"not recorded". Several raw values can land in one category, and their unit
lists are merged (a bitset later removes the duplicates).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from itertools import compress

from sqlalchemy import ColumnElement, String, cast, func, select
from sqlalchemy.orm import Session

from defenderdoc.stats.carry import flags, ids
from defenderdoc.stats.dimensions import (
    IMPRECISE_DATE,
    NOT_RECORDED,
    DimensionRef,
    Kind,
    Tables,
)
from defenderdoc.stats.hierarchy import top_of, vocabulary

Key = tuple[str, ...]
IdLists = dict[Key, list[int]]
_DATED = (Kind.MONTH, Kind.QUARTER, Kind.YEAR)
_INVERT = bytes.maketrans(b"\x00\x01", b"\x01\x00")


def raw_columns(refs: list[DimensionRef], tables: Tables) -> list[ColumnElement[object]]:
    """The stored columns to group by.

    One column is grouped as is, so SQLite can walk its index in order. With two,
    an index on only the first would make SQLite fetch every row at random for the
    second (seconds inside SQLCipher), so both are wrapped in a no-op
    ``coalesce(x, NULL)``: one sequential scan and a sort instead.
    """
    columns: list[ColumnElement[object]] = [
        tables.holder(ref.dimension.source).c[ref.dimension.column] for ref in refs
    ]
    if len(columns) < 2:
        return columns
    return [
        func.substr(cast(column, String), 1, 4 if ref.dimension.kind is Kind.YEAR else 7)
        if ref.dimension.kind in _DATED  # a period, not a day: far fewer groups
        else func.coalesce(column, None)
        for ref, column in zip(refs, columns, strict=True)
    ]


def _date_key(kind: Kind) -> Callable[[int, int], str]:
    if kind is Kind.YEAR:
        return lambda year, _month: f"{year:04d}"
    if kind is Kind.MONTH:
        return lambda year, month: f"{year:04d}-{month:02d}"
    return lambda year, month: f"{year:04d}-Q{(month + 2) // 3}"


def mapper(session: Session, ref: DimensionRef) -> Callable[[object], str]:
    """Raw stored value -> category key."""
    dim = ref.dimension
    if dim.kind in _DATED:
        as_key = _date_key(dim.kind)

        def dated(value: object) -> str:
            if isinstance(value, dt.date):
                return as_key(value.year, value.month)
            if isinstance(value, str) and value:  # "YYYY-MM-DD", "YYYY-MM" or "YYYY"
                return as_key(int(value[:4]), int(value[5:7] or 1))
            return NOT_RECORDED

        return dated
    if ref.level == "top" and dim.vocabulary:
        vocab = vocabulary(session, dim.vocabulary)
        tops: dict[str, str] = {}

        def top(value: object) -> str:
            if value is None:
                return NOT_RECORDED
            code = str(value)
            if code not in tops:
                tops[code] = top_of(vocab, code)
            return tops[code]

        return top
    return lambda value: NOT_RECORDED if value is None else str(value)


def imprecise_ids(session: Session) -> list[int]:
    """Incidents dated only to the year: they have no month or quarter."""
    i = Tables.create().incident
    query = select(func.group_concat(i.c.id)).where(
        i.c.date_precision == "year", i.c.start_date.is_not(None)
    )
    return ids(session.scalar(query))


def split_imprecise(found: IdLists, position: int, imprecise: list[int]) -> IdLists:
    """Move the incidents dated only to the year out of their month (or quarter)."""
    if not imprecise:
        return found
    size = 1 + max(imprecise)
    for values in found.values():
        size = max(size, 1 + max(values, default=0))
    vague_flag = flags(imprecise, size)
    moved: IdLists = {}
    for key, values in found.items():
        if key[position] == NOT_RECORDED:
            moved.setdefault(key, []).extend(values)
            continue
        marks = bytes(map(vague_flag.__getitem__, values))
        if exact := list(compress(values, marks.translate(_INVERT))):
            moved.setdefault(key, []).extend(exact)
        if vague := list(compress(values, marks)):
            elsewhere = key[:position] + (IMPRECISE_DATE,) + key[position + 1 :]
            moved.setdefault(elsewhere, []).extend(vague)
    return moved


def needs_precision(ref: DimensionRef) -> bool:
    return ref.dimension.kind in (Kind.MONTH, Kind.QUARTER)
