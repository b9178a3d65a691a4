# SPDX-License-Identifier: GPL-3.0-or-later
"""Recipes rebuild exactly the bytes they describe and refuse anything that does not fit."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from defenderdoc.vault import recipe
from defenderdoc.vault.recipe import Copy, RecipeError


def chunked(data: bytes, size: int) -> list[bytes]:
    return [data[i : i + size] for i in range(0, len(data), size)] or [b""]


@st.composite
def original_and_ops(draw: st.DrawFn) -> tuple[bytes, list[recipe.Op], bytes]:
    original = draw(st.binary(min_size=1, max_size=3000))
    cuts = sorted(draw(st.lists(st.integers(0, len(original)), max_size=8)))
    ops: list[recipe.Op] = []
    expected = b""
    for start, stop in zip(cuts[::2], cuts[1::2], strict=False):
        literal = draw(st.binary(max_size=20))
        if literal:
            ops.append(literal)
            expected += literal
        if stop > start:
            ops.append(Copy(start, stop - start))
            expected += original[start:stop]
    return original, ops, expected


@settings(max_examples=300, deadline=None)
@given(original_and_ops(), st.integers(1, 700))
def test_rebuilds_exactly_over_any_chunking(case: tuple, chunk: int) -> None:
    original, ops, expected = case
    decoded = recipe.decode(recipe.encode(ops), len(original))
    assert decoded == [op for op in ops if op != b""]
    assert b"".join(recipe.apply(decoded, chunked(original, chunk))) == expected


def test_photo_layout_round_trip() -> None:
    original = b"HEADER-with-GPS" + bytes(range(256)) * 40
    ops: list[recipe.Op] = [b"HEADER-clean", Copy(15, len(original) - 15)]
    data = recipe.encode(ops)
    rebuilt = b"".join(recipe.apply(recipe.decode(data, len(original)), [original]))
    assert rebuilt == b"HEADER-clean" + original[15:]
    assert b"GPS" not in rebuilt


@pytest.mark.parametrize(
    ("ops", "message"),
    [
        ([Copy(10, 5), Copy(12, 5)], "order"),  # overlapping
        ([Copy(50, 5), Copy(0, 5)], "order"),  # descending
        ([Copy(95, 10)], "outside"),  # past the end of a 100-byte original
    ],
)
def test_decode_refuses_ranges_that_do_not_fit(ops: list[recipe.Op], message: str) -> None:
    with pytest.raises(RecipeError, match=message):
        recipe.decode(recipe.encode(ops), 100)


@pytest.mark.parametrize(
    "data",
    [b"", b"XXRCP1", recipe.MAGIC + b"C\x00", recipe.MAGIC + b"L\x00\x00\x00\x09abc", b"DDRCP1Z"],
)
def test_decode_refuses_malformed_recipes(data: bytes) -> None:
    with pytest.raises(RecipeError):
        recipe.decode(data, 100)


def test_zero_length_copy_is_refused() -> None:
    with pytest.raises(RecipeError):
        recipe.decode(recipe.encode([Copy(0, 0)]), 100)


def test_an_original_shorter_than_expected_is_an_error() -> None:
    ops = recipe.decode(recipe.encode([Copy(0, 80)]), 100)
    with pytest.raises(RecipeError, match="shorter"):
        b"".join(recipe.apply(ops, [b"x" * 50]))


def test_the_whole_original_is_read_so_damage_after_the_last_copy_surfaces() -> None:
    def base() -> object:
        yield b"a" * 10
        raise ValueError("damaged tail")

    ops = recipe.decode(recipe.encode([Copy(0, 5)]), 100)
    with pytest.raises(ValueError, match="damaged tail"):
        b"".join(recipe.apply(ops, base()))  # type: ignore[arg-type]
