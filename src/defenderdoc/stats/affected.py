# SPDX-License-Identifier: GPL-3.0-or-later
"""Affected persons: categories of persons, reached through their victim links.

A person is counted in a category of incidents (a country, a type) when one of
her links to a counted incident is in it, and in a cell when *one* link is in
both categories: "persons affected by threats in Mexico" are persons affected by
a threat that happened in Mexico, not persons with a threat somewhere and an
incident in Mexico. Her own characteristics (gender, nationality…) hold for all
her links. The victim links are read once per table and joined with the
categories as arrays (:mod:`.carry`); incident categories come from :class:`.Relations` with
"not recorded" included, so a person whose incident has no recorded type
appears under "not recorded" as well.
"""

from __future__ import annotations

from itertools import chain, compress

import numpy as np
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from defenderdoc.stats.carry import (
    Links,
    bits,
    carry,
    carry_pairs,
    category_pairs,
    id_array,
    ids,
    join,
    unpack,
)
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
        self.links = self._read_links(with_roles=False)
        self.everyone = bits(self.links.persons)
        if flt.persons:
            pe = Tables.create().person
            wanted = select(func.group_concat(pe.c.id)).where(*person_conditions(session, pe, flt))
            self.everyone &= bits(ids(session.scalar(wanted)))

    def _read_links(self, *, with_roles: bool) -> Links:
        """The counted victim links; their roles only when a table is by role (160,000
        strings to read and filter otherwise)."""
        v = Tables.create().victim
        columns = [v.c.incident_id, v.c.person_id] + ([v.c.role] if with_roles else [])
        query = select(*map(func.group_concat, columns)).where(v.c.person_id.is_not(None))
        incidents, persons, *roles = self.session.execute(query).one()
        links = Links(
            id_array(incidents),
            id_array(persons),
            roles[0].split(",") if roles and roles[0] else [],
        )
        return links.within(self.incidents) if filters_incidents(self.session, self.flt) else links

    def masks(self, refs: list[DimensionRef]) -> Masks:
        """One ref, or two that are both not person characteristics (paired per link)."""
        sources = [ref.dimension.source for ref in refs]
        if sources == [Source.PERSON]:
            lists = category_ids(self.session, refs, "persons", self.flt)
            found = {k: m for k, values in lists.items() if (m := bits(values) & self.everyone)}
        elif Source.VICTIM in sources:
            found = self._by_role(refs)
        elif len(refs) == 2 and (sources[0] is not sources[1] or self._one_row_each(refs)):
            found = self._pair(refs)
        else:
            found = self._carry(self._incident_lists(refs))
        return with_missing(found, self.everyone, len(refs), NOT_RECORDED)

    def _incident_lists(self, refs: list[DimensionRef]) -> IdLists:
        """Incidents per category of one ref (or of two refs on the same rows), with the
        counted incidents that have no row under "not recorded". Uncounted incidents
        may be listed too: no counted link leads to them."""
        lists = category_ids(self.session, refs, "incidents", self.flt)
        listed = np.fromiter(chain.from_iterable(lists.values()), dtype=np.int64)
        if missing := self.incidents & ~bits(listed):
            lists.setdefault((NOT_RECORDED,) * len(refs), []).extend(members(missing))
        return lists

    def _carry(self, lists: IdLists, links: Links | None = None) -> Masks:
        carried = carry(links or self.links, lists)
        return {k: m for k, values in carried.items() if (m := bits(values) & self.everyone)}

    @staticmethod
    def _one_row_each(refs: list[DimensionRef]) -> bool:
        """Two columns of the incident itself: pairing per incident is pairing per row,
        and two grouped index walks beat one sort of every incident (44 -> 10 ms)."""
        return all(
            ref.dimension.source is Source.INCIDENT and ref.dimension.single_valued("incidents")
            for ref in refs
        )

    def _pair(self, refs: list[DimensionRef]) -> Masks:
        """Two facts of one incident from different tables (a type and a country):
        the incidents in both categories, paired first, then carried to persons."""
        lists = [self._incident_lists([ref]) for ref in refs]
        keys_a, incidents_a, codes_a = category_pairs(lists[0])
        keys_b, incidents_b, codes_b = category_pairs(lists[1])
        if not keys_a or not keys_b:
            return {}
        i, j = join(incidents_a, incidents_b)
        width = len(keys_b)
        pairs = codes_a[i] * width + codes_b[j]
        carried = carry_pairs(self.links, incidents_a[i], pairs, len(keys_a) * width)
        found: Masks = {}
        for code, persons in enumerate(carried):
            if persons.size and (mask := bits(persons) & self.everyone):
                found[keys_a[code // width] + keys_b[code % width]] = mask
        return found

    def _by_role(self, refs: list[DimensionRef]) -> Masks:
        """Roles are per link: a witness in one incident and targeted in another is both."""
        others = [ref for ref in refs if ref.dimension.source is not Source.VICTIM]
        lists = self._incident_lists(others) if others else {}
        found: Masks = {}
        every = self._read_links(with_roles=True)
        roles = every.roles
        for role in sorted(set(roles)):
            links = every.where(np.fromiter(map(role.__eq__, roles), bool, len(roles)))
            if not others:
                found[(role,)] = bits(links.persons) & self.everyone
                continue
            for key, mask in self._carry(lists, links).items():
                found[(role, *key) if refs[0] is not others[0] else (*key, role)] = mask
        return found
