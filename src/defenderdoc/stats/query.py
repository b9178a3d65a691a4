# SPDX-License-Identifier: GPL-3.0-or-later
"""Counting incidents or affected persons by one or two dimensions.

Units are counted distinctly: an incident with two types counts once under each
type and once in the total. *Affected persons* are the persons linked as victims
to at least one counted incident (see :mod:`.affected` for how their cells pair).

Two strategies, both exact, chosen per table:

* When every unit has exactly one category on each axis (country × stage of
  incidents, gender × migration status of persons) and the filter only reads
  incident columns, SQLite groups and counts directly; totals are sums.
* Otherwise every dimension becomes a bitset per category (:mod:`.relations`):
  a cell is ``popcount(row ∧ column)``, a margin ``popcount(row)``, the total the
  size of the universe. The naive alternative — join every type to every victim
  and ask for ``COUNT(DISTINCT …)`` for cells, both margins and the total — took
  seconds at 100,000 incidents inside SQLCipher, which decrypts a page for each
  random lookup.

Dimensions read from the same rows are paired row by row (:func:`same_rows`):
"perpetrator type × State link" pairs each perpetrator with its own link, and
"gender identity × migration status" always describes one person.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.selectable import FromClause

from defenderdoc.errors import InvalidInputError
from defenderdoc.stats.affected import Affected
from defenderdoc.stats.axes import axis
from defenderdoc.stats.categories import mapper, needs_precision, raw_columns
from defenderdoc.stats.dimensions import (
    UNITS,
    DimensionRef,
    Source,
    Tables,
    Unit,
    parse,
)
from defenderdoc.stats.filters import (
    StatsFilter,
    has_linked_criteria,
    incident_conditions,
    person_conditions,
)
from defenderdoc.stats.relations import Relations
from defenderdoc.stats.table import Cell, CrossTab
from defenderdoc.vocab import FALLBACK_LANGUAGE

Counts = dict[tuple[str, ...], int]


def resolve(ref: DimensionRef | str) -> DimensionRef:
    return parse(ref) if isinstance(ref, str) else ref


def _victims_of_counted(
    session: Session, tables: Tables, flt: StatsFilter
) -> tuple[FromClause, list[ColumnElement[bool]]]:
    """Victim links (persons only) of counted incidents meeting the person criteria."""
    i, v, pe = tables.incident, tables.victim, tables.person
    frm: FromClause = v
    where: list[ColumnElement[bool]] = [v.c.person_id.is_not(None)]
    conds = incident_conditions(session, tables, flt)
    if conds:
        frm = frm.join(i, i.c.id == v.c.incident_id)
        where += conds
    if flt.persons:
        frm = frm.join(pe, pe.c.id == v.c.person_id)
        where += person_conditions(session, pe, flt)
    return frm, where


def same_rows(refs: Sequence[DimensionRef], unit: Unit) -> bool:
    """Whether two dimensions are paired row by row rather than per unit: a
    perpetrator's type with its own State link, a victim's gender with her own
    migration status; and, counting persons, two facts of one victim link."""
    if len(refs) != 2 or _single_valued(refs, unit):
        return False
    a, b = (ref.dimension.source for ref in refs)
    if unit == "persons":  # paired per victim link unless one is her own characteristic
        return Source.PERSON not in (a, b)
    return a is b or {a, b} <= {Source.PERSON, Source.VICTIM}


def _masks(
    session: Session, refs: Sequence[DimensionRef], unit: Unit, flt: StatsFilter
) -> tuple[int, list[dict[str, int]], Counts]:
    """(universe, one bitset per category of each axis, cell counts) for 1 or 2 refs."""
    found = Affected(session, flt) if unit == "persons" else Relations(session, flt)
    cells: Counts = {}
    if same_rows(refs, unit):
        axes: list[dict[str, int]] = [{}, {}]
        for (rk, ck), mask in found.masks(list(refs)).items():
            axes[0][rk] = axes[0].get(rk, 0) | mask
            axes[1][ck] = axes[1].get(ck, 0) | mask
            cells[(rk, ck)] = mask.bit_count()
        return found.everyone, axes, cells
    axes = [{key[0]: mask for key, mask in found.masks([ref]).items()} for ref in refs]
    if len(refs) == 2:
        for rk, rm in axes[0].items():
            for ck, cm in axes[1].items():
                if n := (rm & cm).bit_count():
                    cells[(rk, ck)] = n
    return found.everyone, axes, cells


def _single_valued(refs: Sequence[DimensionRef], unit: Unit) -> bool:
    return all(ref.dimension.single_valued(unit) for ref in refs)


def _direct(refs: Sequence[DimensionRef], unit: Unit, flt: StatsFilter) -> bool:
    """Whether plain ``GROUP BY … count(*)`` is exact and cheaper than bitsets.

    Months and quarters go through bitsets, which take the year-only dates out
    with one extra query instead of reading every incident row for its precision;
    so do criteria on linked rows (types, victims…), which bitsets AND for free.
    """
    if has_linked_criteria(flt) or any(needs_precision(ref) for ref in refs):
        return False
    return _single_valued(refs, unit)


def _grouped(
    session: Session, unit: Unit, flt: StatsFilter, refs: Sequence[DimensionRef]
) -> Counts:
    """Plain ``GROUP BY … count(*)``: exact when every unit has one category per axis."""
    tables = Tables.create()
    values = raw_columns(list(refs), tables)
    maps = [mapper(session, ref) for ref in refs]
    if unit == "incidents":
        where = incident_conditions(session, tables, flt)
        query = select(*values, func.count()).select_from(tables.incident).where(*where)
    else:
        inner = Tables.create("s")
        frm, where = _victims_of_counted(session, inner, flt)
        affected = select(inner.victim.c.person_id).select_from(frm).where(*where)
        person = tables.person
        query = select(*values, func.count()).select_from(person)
        query = query.where(person.c.id.in_(affected))
    if values:
        query = query.group_by(*values)
    counts: Counts = {}
    for *raw, n in session.execute(query):
        key = tuple(to_key(value) for to_key, value in zip(maps, raw, strict=True))
        counts[key] = counts.get(key, 0) + int(n)
    return counts or ({(): 0} if not refs else {})


def count_by(
    session: Session, unit: Unit, flt: StatsFilter, refs: Sequence[DimensionRef]
) -> Counts:
    """Distinct units per combination of categories; ``refs=[]`` gives ``{(): total}``."""
    if unit not in UNITS:
        raise InvalidInputError(f"Count either {' or '.join(UNITS)}.")
    if len(refs) > 2:
        raise InvalidInputError("At most two dimensions at once.")
    if _direct(refs, unit, flt):
        return _grouped(session, unit, flt, refs)
    everyone, axes, pairs = _masks(session, refs, unit, flt)
    if not refs:
        return {(): everyone.bit_count()}
    if len(refs) == 1:
        return {(key,): mask.bit_count() for key, mask in axes[0].items()}
    return pairs


def crosstab(
    session: Session,
    rows: DimensionRef | str,
    cols: DimensionRef | str | None = None,
    *,
    unit: Unit = "incidents",
    flt: StatsFilter | None = None,
    lang: str = FALLBACK_LANGUAGE,
) -> CrossTab:
    """Counts by ``rows`` (and ``cols``) with distinct-count totals; nothing suppressed yet."""
    if unit not in UNITS:
        raise InvalidInputError(f"Count either {' or '.join(UNITS)}.")
    flt = flt or StatsFilter()
    refs = [resolve(rows)] + ([resolve(cols)] if cols is not None else [])
    if len(refs) == 2 and refs[0].id == refs[1].id:
        raise InvalidInputError("Choose two different dimensions for rows and columns.")
    additive = _single_valued(refs, unit)
    if _direct(refs, unit, flt):
        counts = _grouped(session, unit, flt, refs)
        margins = [_sums(counts, k) for k in range(len(refs))]
        total = sum(counts.values())
    else:
        everyone, masks, counts = _masks(session, refs, unit, flt)
        margins = [{key: mask.bit_count() for key, mask in m.items()} for m in masks]
        total = everyone.bit_count()
    axes = [axis(session, ref, set(margins[k]), lang) for k, ref in enumerate(refs)]
    if len(refs) == 1:
        column = tuple((Cell(margins[0][key]),) for key in axes[0].keys)
        return CrossTab(
            unit, axes[0], None, column, (), (), Cell(total), additive, criteria=repr(flt)
        )
    return CrossTab(
        unit,
        axes[0],
        axes[1],
        tuple(tuple(Cell(counts.get((rk, ck), 0)) for ck in axes[1].keys) for rk in axes[0].keys),
        tuple(Cell(margins[0][key]) for key in axes[0].keys),
        tuple(Cell(margins[1][key]) for key in axes[1].keys),
        Cell(total),
        additive,
        criteria=repr(flt),
    )


def _sums(counts: Counts, position: int) -> dict[str, int]:
    found: dict[str, int] = {}
    for key, n in counts.items():
        found[key[position]] = found.get(key[position], 0) + n
    return found
