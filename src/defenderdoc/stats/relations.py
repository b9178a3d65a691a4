# SPDX-License-Identifier: GPL-3.0-or-later
"""For each category of a dimension, the set of incidents in it, as a bitset.

One ``GROUP BY`` per dimension lists each category's incident ids
(``group_concat``), reading a table in an order that suits its indexes: types
from the type table's own index, countries from the country index, never by
looking incidents up one by one, which inside SQLCipher means decrypting pages
at random. Python turns each list into an ``int`` used as a bitset. The filter is
evaluated once, as the bitset of counted incidents, and every category is ANDed
with it; incidents without a row in a dimension (no recorded type) are the
counted ones that no category claims, so "not recorded" is never lost.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.selectable import FromClause

from defenderdoc.stats.carry import bits, ids
from defenderdoc.stats.categories import (
    IdLists,
    Key,
    imprecise_ids,
    mapper,
    needs_precision,
    raw_columns,
    split_imprecise,
)
from defenderdoc.stats.dimensions import (
    NO_PERSON,
    NOT_RECORDED,
    DimensionRef,
    Source,
    Tables,
    Unit,
)
from defenderdoc.stats.filters import (
    StatsFilter,
    column_conditions,
    has_linked_criteria,
    incident_conditions,
    linked_criteria,
    person_conditions,
)

Masks = dict[Key, int]


@dataclass(frozen=True)
class Rows:
    """The rows that carry a dimension's value, and the unit id each row counts for."""

    frm: FromClause
    counted: ColumnElement[int]
    where: list[ColumnElement[bool]]


def dimension_rows(
    session: Session,
    tables: Tables,
    ref: DimensionRef,
    unit: Unit,
    flt: StatsFilter,
    *,
    filtered: bool = True,
    with_incident: bool = False,
) -> Rows:
    """FROM and WHERE for one dimension, without LEFT JOINs. ``unit="persons"`` is
    only for person columns. Without ``filtered`` the incident criteria are left to
    the caller (ANDing with the universe is cheaper than evaluating them again);
    ``with_incident`` joins the incident anyway (for its date)."""
    src = ref.dimension.source
    i, v, pe = tables.incident, tables.victim, tables.person
    if unit == "persons":
        return Rows(pe, pe.c.id, [])
    conds = incident_conditions(session, tables, flt) if filtered else []
    if src is Source.INCIDENT:
        return Rows(i, i.c.id, conds)
    where: list[ColumnElement[bool]] = []
    frm: FromClause
    if src in (Source.PERSON, Source.VICTIM):
        frm, counted = pe.join(v, v.c.person_id == pe.c.id), v.c.incident_id
        where += person_conditions(session, pe, flt)
    else:
        holder = tables.holder(src)
        frm, counted = holder, holder.c.incident_id
    if conds or with_incident:
        frm = frm.join(i, i.c.id == counted)
    return Rows(frm, counted, [*conds, *where])


def category_ids(
    session: Session, refs: list[DimensionRef], unit: Unit, flt: StatsFilter
) -> IdLists:
    """Category (one value per ref, all from one row) -> ids of the units in it, for
    every incident: the caller keeps those it counts.

    Grouped by the raw columns (so SQLite can walk an index instead of sorting) and
    mapped to categories in Python; see :mod:`.categories`.
    """
    tables = Tables.create()
    raws = raw_columns(refs, tables)
    maps = [mapper(session, ref) for ref in refs]
    rows = dimension_rows(session, tables, refs[0], unit, flt, filtered=False)
    query = select(*raws, func.group_concat(rows.counted)).select_from(rows.frm)
    texts: dict[tuple[str, ...], list[str]] = {}
    for *raw, text in session.execute(query.where(*rows.where).group_by(*raws)):
        if text:
            key = tuple(to_key(value) for to_key, value in zip(maps, raw, strict=True))
            texts.setdefault(key, []).append(text)
    # Days fall into months and years: one parse per category, not one per day.
    found: IdLists = {key: ids(",".join(parts)) for key, parts in texts.items()}
    for position, ref in enumerate(refs):
        if needs_precision(ref):
            found = split_imprecise(found, position, imprecise_ids(session))
    return found


def filters_incidents(session: Session, flt: StatsFilter) -> bool:
    i = Tables.create().incident
    return has_linked_criteria(flt) or bool(column_conditions(session, i, flt))


def counted_incidents(session: Session, flt: StatsFilter) -> int:
    """Bitset of the incidents the filter keeps, one cheap query per criterion.

    Asking SQLite for ``id IN (…) AND id IN (…)`` makes it fetch incidents one by
    one for every id in each list; ANDing bitsets costs nothing.
    """
    i = Tables.create().incident
    query = select(func.group_concat(i.c.id)).where(*column_conditions(session, i, flt))
    found = bits(ids(session.scalar(query)))
    for criterion in linked_criteria(session, flt):
        inner = criterion.subquery()
        found &= bits(ids(session.scalar(select(func.group_concat(inner.c[0])))))
    return found


def with_missing(masks: Masks, everyone: int, width: int, absent: str) -> Masks:
    seen = 0
    for mask in masks.values():
        seen |= mask
    if missing := everyone & ~seen:
        masks[(absent,) * width] = masks.get((absent,) * width, 0) | missing
    return masks


class Relations:
    """Bitsets of incidents per category under one filter (see :class:`.affected.Affected`
    for persons). The universe is computed once and shared by both axes."""

    def __init__(self, session: Session, flt: StatsFilter) -> None:
        self.session, self.flt = session, flt
        self.incidents = counted_incidents(session, flt)
        self.everyone = self.incidents

    def incident_masks(self, refs: list[DimensionRef]) -> Masks:
        """Category -> bitset of counted incidents, "not recorded" (or "no person") included."""
        lists = category_ids(self.session, refs, "incidents", self.flt)
        found = {key: m for key, values in lists.items() if (m := bits(values) & self.incidents)}
        person = refs[0].dimension.source in (Source.PERSON, Source.VICTIM)
        return with_missing(found, self.incidents, len(refs), NO_PERSON if person else NOT_RECORDED)

    def masks(self, refs: list[DimensionRef]) -> Masks:
        """Category -> bitset of its units; two refs are read from the same rows."""
        return self.incident_masks(refs)
