# SPDX-License-Identifier: GPL-3.0-or-later
"""Bitsets and the carry of incident categories to persons, against naive set code."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from defenderdoc.stats import carry as carry_module
from defenderdoc.stats.affected import members
from defenderdoc.stats.carry import Links, bits, carry, ids, unpack

id_lists = st.lists(st.integers(0, 300), max_size=60)


@given(id_lists)
def test_bits_round_trip(values: list[int]) -> None:
    mask = bits(values)
    assert mask.bit_count() == len(set(values))
    assert members(mask) == sorted(set(values))
    size = max(values, default=0) + 5
    assert [i for i, flag in enumerate(unpack(mask, size)) if flag] == sorted(set(values))
    assert ids(",".join(map(str, values))) == values


@st.composite
def worlds(draw: st.DrawFn) -> tuple[Links, dict[str, list[int]], bool]:
    single = draw(st.booleans())
    n_keys = draw(st.integers(1, 60))
    incidents = list(range(1, draw(st.integers(1, 80)) + 1))
    lists: dict[str, list[int]] = {f"k{k}": [] for k in range(n_keys)}
    for inc in incidents:
        chosen = draw(st.lists(st.integers(0, n_keys - 1), max_size=1 if single else 3))
        for k in chosen:
            lists[f"k{k}"].append(inc)
    links = draw(st.lists(st.tuples(st.sampled_from(incidents), st.integers(1, 40)), max_size=120))
    return (
        Links([i for i, _ in links], [p for _, p in links], ["r"] * len(links)),
        {k: v for k, v in lists.items() if v},
        single,
    )


@pytest.mark.parametrize("few", [0, 3, 40])
@settings(max_examples=150, deadline=None)
@given(world=worlds())
def test_carry_matches_naive(few: int, world: tuple[Links, dict[str, list[int]], bool]) -> None:
    links, lists, single = world
    expected = {
        key: {p for i, p in zip(links.incidents, links.persons, strict=True) if i in set(incs)}
        for key, incs in lists.items()
    }
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(carry_module, "_FEW", few)
        found = carry(links, lists, single=single)
    assert {k: set(v) for k, v in found.items() if v} == {k: v for k, v in expected.items() if v}
