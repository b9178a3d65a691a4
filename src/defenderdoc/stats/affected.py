# SPDX-License-Identifier: GPL-3.0-or-later
"""Affected persons: categories of persons, reached through their victim links.

A person is counted in a category of incidents (a country, a type) when one of
her links to a counted incident is in it, and in a cell when *one* link is in
both categories: "persons affected by threats in Mexico" are persons affected by
a threat that happened in Mexico, not persons with a threat somewhere and an
incident in Mexico. Her own characteristics (gender, nationality…) hold for all
her links. The victim links are read once per table and carried in C-level
loops (:mod:`.carry`); incident categories come from :class:`.Relations` with
"not recorded" included, so a person whose incident has no recorded type
appears under "not recorded" as well.
"""

from __future__ import annotations

from collections import deque
from itertools import chain, compress, repeat

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from defenderdoc.stats.carry import Links, bits, carry, flags, ids, label_filter, unpack
from defenderdoc.stats.categories import IdLists
from defenderdoc.stats.dimensions import NOT_RECORDED, DimensionRef, Source, Tables
from defenderdoc.stats.filters import StatsFilter, person_conditions
from defenderdoc.stats.relations import (
    Masks,
    Relations,
    category_ids,
    filters_incidents,
    with_missing,
)


def members(mask: int) -> list[int]:
    """The ids in a bitset, in order."""
    size = mask.bit_length()
    return list(compress(range(size), unpack(mask, size)))


class Affected(Relations):
    """Bitsets of persons per category; the universe is every affected person."""

    def __init__(self, session: Session, flt: StatsFilter) -> None:
        super().__init__(session, flt)
        v = Tables.create().victim
        query = select(
            func.group_concat(v.c.incident_id),
            func.group_concat(v.c.person_id),
            func.group_concat(v.c.role),
        ).where(v.c.person_id.is_not(None))
        incidents, persons, roles = session.execute(query).one()
        self.links = Links(ids(incidents), ids(persons), roles.split(",") if roles else [])
        if filters_incidents(session, flt):
            self.links = self.links.within(self.incidents)
        self.everyone = bits(self.links.persons)
        if flt.persons:
            pe = Tables.create().person
            wanted = select(func.group_concat(pe.c.id)).where(*person_conditions(session, pe, flt))
            self.everyone &= bits(ids(session.scalar(wanted)))

    def masks(self, refs: list[DimensionRef]) -> Masks:
        """One ref, or two that are both not person characteristics (paired per link)."""
        sources = [ref.dimension.source for ref in refs]
        if sources == [Source.PERSON]:
            lists = category_ids(self.session, refs, "persons", self.flt)
            found = {k: m for k, values in lists.items() if (m := bits(values) & self.everyone)}
        elif Source.VICTIM in sources:
            found = self._by_role(refs)
        elif len(refs) == 2 and sources[0] is not sources[1]:
            found = self._pair(refs)
        else:
            found = self._carry(self._incident_lists(refs), refs)
        return with_missing(found, self.everyone, len(refs), NOT_RECORDED)

    def _incident_lists(self, refs: list[DimensionRef]) -> IdLists:
        """Incidents per category of one ref (or of two refs on the same rows), with the
        counted incidents that have no row under "not recorded". Uncounted incidents
        may be listed too: no counted link leads to them."""
        lists = category_ids(self.session, refs, "incidents", self.flt)
        if missing := self.incidents & ~bits(list(chain.from_iterable(lists.values()))):
            lists.setdefault((NOT_RECORDED,) * len(refs), []).extend(members(missing))
        return lists

    def _carry(self, lists: IdLists, refs: list[DimensionRef], links: Links | None = None) -> Masks:
        single = all(ref.dimension.single_valued("incidents") for ref in refs)
        carried = carry(links or self.links, lists, single=single)
        return {k: m for k, values in carried.items() if (m := bits(values) & self.everyone)}

    def _pair(self, refs: list[DimensionRef]) -> Masks:
        """Two facts of one incident from different tables (a type and a country).

        Links are split once by the category of the single-valued side, and the
        other side is carried over each part; without a single-valued side, the
        pairs are formed per incident first.
        """
        lists = [self._incident_lists([ref]) for ref in refs]
        plain = [k for k, ref in enumerate(refs) if ref.dimension.single_valued("incidents")]
        if not plain or len(lists[plain[0]]) >= 255:
            pairs = {
                a + b: members(both)
                for a, am in ((key, bits(v)) for key, v in lists[0].items())
                for b, bm in ((key, bits(v)) for key, v in lists[1].items())
                if (both := am & bm & self.incidents)
            }
            return self._carry(pairs, refs)
        side, other = plain[0], 1 - plain[0]
        size = 1 + max(self.links.incidents, default=0)
        for values in chain(lists[0].values(), lists[1].values()):
            size = max(size, 1 + max(values, default=0))
        slot = bytearray(b"\xff") * size
        for k, incidents in enumerate(lists[side].values()):
            deque(map(slot.__setitem__, incidents, repeat(k)), 0)
        labels = bytes(map(slot.__getitem__, self.links.incidents))
        marks = {key: flags(values, size) for key, values in lists[other].items()}
        found: Masks = {}
        for k, key in enumerate(lists[side]):
            keep = labels.translate(label_filter(k))
            incidents = list(compress(self.links.incidents, keep))
            persons = list(compress(self.links.persons, keep))
            for other_key, mark in marks.items():
                chosen = compress(persons, bytes(map(mark.__getitem__, incidents)))
                if mask := bits(list(chosen)) & self.everyone:
                    found[key + other_key if side == 0 else other_key + key] = mask
        return found

    def _by_role(self, refs: list[DimensionRef]) -> Masks:
        """Roles are per link: a witness in one incident and targeted in another is both."""
        others = [ref for ref in refs if ref.dimension.source is not Source.VICTIM]
        lists = self._incident_lists(others) if others else {}
        found: Masks = {}
        for role in sorted(set(self.links.roles)):
            keep = bytes(map(role.__eq__, self.links.roles))
            links = Links(
                list(compress(self.links.incidents, keep)),
                list(compress(self.links.persons, keep)),
                [role] * sum(keep),
            )
            if not others:
                found[(role,)] = bits(links.persons) & self.everyone
                continue
            for key, mask in self._carry(lists, others, links).items():
                found[(role, *key) if refs[0] is not others[0] else (*key, role)] = mask
        return found
