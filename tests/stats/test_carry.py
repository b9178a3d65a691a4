# SPDX-License-Identifier: GPL-3.0-or-later
"""Bitsets and the carry of incident categories to persons, against naive set code."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from defenderdoc.stats.affected import members
from defenderdoc.stats.carry import Links, bit_array, bits, carry, id_array, ids, join, unpack

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


@settings(max_examples=300, deadline=None)
@given(world=worlds())
def test_carry_matches_naive(world: tuple[Links, dict[str, list[int]], bool]) -> None:
    links, lists, _single = world
    expected = {
        key: {p for i, p in zip(links.incidents, links.persons, strict=True) if i in set(incs)}
        for key, incs in lists.items()
    }
    found = carry(links, lists)
    assert {k: set(v.tolist()) for k, v in found.items() if v.size} == {
        k: v for k, v in expected.items() if v
    }


@given(st.lists(st.integers(0, 50)), st.lists(st.integers(0, 50)))
def test_join_finds_every_equal_pair(left: list[int], right: list[int]) -> None:
    i, j = join(np.array(left, dtype=np.int64), np.array(right, dtype=np.int64))
    found = sorted(zip(i.tolist(), j.tolist(), strict=True))
    assert found == [(a, b) for a, x in enumerate(left) for b, y in enumerate(right) if x == y]


@given(id_lists, st.integers(0, 400))
def test_bit_array_and_id_array(values: list[int], size: int) -> None:
    expected = [n in set(values) for n in range(size)]
    assert bit_array(bits(values), size).tolist() == expected
    assert id_array(",".join(map(str, values))).tolist() == values
