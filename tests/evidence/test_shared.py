# SPDX-License-Identifier: GPL-3.0-or-later
"""The shared layout rebuilds the cleaned copy exactly, and is used only when it pays off."""

from __future__ import annotations

import os

from hypothesis import given, settings
from hypothesis import strategies as st

from defenderdoc.evidence.shared import MAX_LITERAL, MIN_SHARED, Op, shared_layout


def rebuild(original: bytes, ops: list[Op]) -> bytes:
    out = b""
    end = 0
    for op in ops:
        if isinstance(op, tuple):
            offset, length = op
            assert offset >= end
            assert length > 0
            assert offset + length <= len(original)
            end = offset + length
            out += original[offset : offset + length]
        else:
            out += op
    return out


PAYLOAD = os.urandom(MIN_SHARED + 70_000)


def test_photo_shape_new_header_then_shared_scan() -> None:
    original = b"\xff\xd8" + b"EXIF with GPS and serial" * 100 + PAYLOAD
    derivative = b"\xff\xd8" + b"clean" + PAYLOAD
    ops = shared_layout(original, derivative)
    assert ops is not None
    assert rebuild(original, ops) == derivative
    assert ops[-1] == (len(original) - len(PAYLOAD), len(PAYLOAD))
    literal = sum(len(op) for op in ops if isinstance(op, bytes))
    assert literal < 100  # only the new header crosses the pipe


def test_video_shape_shared_media_then_new_index() -> None:
    original = b"ftyp" + PAYLOAD + b"moov with creation dates" * 10
    derivative = b"ftyp" + PAYLOAD + b"moov zeroed" * 5
    ops = shared_layout(original, derivative)
    assert ops is not None
    assert isinstance(ops[0], tuple)
    assert rebuild(original, ops) == derivative


def test_identical_files_are_one_range() -> None:
    assert shared_layout(PAYLOAD, PAYLOAD) == [(0, len(PAYLOAD))]


def test_rebuilt_files_and_small_files_are_sent_whole() -> None:
    assert shared_layout(PAYLOAD, os.urandom(len(PAYLOAD))) is None  # nothing shared
    assert shared_layout(b"abc" * 100, b"abc" * 100) is None  # too small to pay off
    too_new = PAYLOAD + os.urandom(MAX_LITERAL + 1)
    assert shared_layout(PAYLOAD, too_new) is None


def test_shared_start_and_end_never_overlap() -> None:
    # A derivative shorter than the shared parts would suggest (repeating content).
    original = b"A" * (MIN_SHARED * 2)
    derivative = b"A" * (MIN_SHARED + 10)
    ops = shared_layout(original, derivative)
    assert ops is not None
    assert rebuild(original, ops) == derivative


@settings(max_examples=200, deadline=None)
@given(
    st.binary(max_size=300),
    st.binary(max_size=300),
    st.binary(max_size=300),
    st.binary(max_size=300),
    st.integers(0, 3),
)
def test_any_edit_is_rebuilt_exactly(
    head: bytes, removed: bytes, added: bytes, tail: bytes, where: int
) -> None:
    body = PAYLOAD[: MIN_SHARED // 2 + 1000]
    pieces = [head, body, removed, body[::-1], tail]
    original = b"".join(pieces)
    edited = pieces.copy()
    edited[2] = added
    edited.insert(where, b"")
    derivative = b"".join(edited)
    ops = shared_layout(original, derivative)
    assert ops is not None
    assert rebuild(original, ops) == derivative
