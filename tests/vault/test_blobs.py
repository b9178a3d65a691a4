# SPDX-License-Identifier: GPL-3.0-or-later
"""The blob format authenticates every segment, its order, its end and its owner."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from defenderdoc.vault.blobs import BlobError, BlobStore
from defenderdoc.vault.stream import SEGMENT_SIZE


@pytest.fixture
def store(tmp_path: Path) -> BlobStore:
    BlobStore.create_layout(tmp_path)
    return BlobStore(tmp_path, bytearray(os.urandom(32)))


@settings(max_examples=40, deadline=None)
@given(
    data=st.one_of(
        st.binary(max_size=3000),
        st.sampled_from(
            [0, 1, SEGMENT_SIZE - 1, SEGMENT_SIZE, SEGMENT_SIZE + 1, 3 * SEGMENT_SIZE]
        ).map(os.urandom),
    ),
    split=st.integers(min_value=1, max_value=70_000),
)
def test_round_trip_any_size_and_chunking(
    tmp_path_factory: pytest.TempPathFactory, data: bytes, split: int
) -> None:
    root = tmp_path_factory.mktemp("b")
    BlobStore.create_layout(root)
    store = BlobStore(root, bytearray(b"k" * 32))
    chunks = [data[i : i + split] for i in range(0, len(data), split)]
    written = store.write_stream(iter(chunks))
    assert written.sha256 == hashlib.sha256(data).hexdigest()
    assert written.size == len(data)
    assert b"".join(store.read(written.blob_id)) == data
    assert not list(store.tmp.iterdir())


def _blob(store: BlobStore, size: int = 3 * SEGMENT_SIZE + 10) -> tuple[str, Path]:
    written = store.write_stream(iter([os.urandom(size)]))
    return written.blob_id, store.path_for(written.blob_id)


def _read_all(store: BlobStore, blob_id: str) -> bytes:
    return b"".join(store.read(blob_id))


@pytest.mark.parametrize(
    "damage",
    [
        "flip",
        "truncate-segment",
        "truncate-byte",
        "append",
        "drop-last-segment",
        "swap-segments",
        "header",
    ],
)
def test_damage_is_detected(store: BlobStore, damage: str) -> None:
    blob_id, path = _blob(store)
    data = bytearray(path.read_bytes())
    record = SEGMENT_SIZE + 16
    header = len(data) - 3 * record - 26
    if damage == "flip":
        data[header + record + 5] ^= 1
    elif damage == "truncate-byte":
        del data[-1:]
    elif damage == "truncate-segment":
        del data[-26:]
    elif damage == "append":
        data += os.urandom(record)
    elif damage == "drop-last-segment":
        del data[header + 3 * record :]
    elif damage == "swap-segments":
        first = data[header : header + record]
        data[header : header + record] = data[header + record : header + 2 * record]
        data[header + record : header + 2 * record] = first
    else:
        data[12] ^= 1
    path.write_bytes(bytes(data))
    with pytest.raises(BlobError):
        _read_all(store, blob_id)


def test_blob_renamed_to_another_id_is_refused(store: BlobStore) -> None:
    a, path_a = _blob(store, 10)
    b, path_b = _blob(store, 10)
    path_b.write_bytes(path_a.read_bytes())
    with pytest.raises(BlobError, match="another record"):
        _read_all(store, b)


def test_blob_from_another_vault_is_refused(store: BlobStore, tmp_path: Path) -> None:
    blob_id, _ = _blob(store, 10)
    other = BlobStore(tmp_path, bytearray(os.urandom(32)))
    with pytest.raises(BlobError, match="another vault"):
        _read_all(other, blob_id)


def test_names_are_random_not_content_hashes(store: BlobStore) -> None:
    first = store.write_stream(iter([b"same content"]))
    second = store.write_stream(iter([b"same content"]))
    assert first.blob_id != second.blob_id
    assert first.sha256 not in str(store.path_for(first.blob_id))
    assert store.path_for(first.blob_id).read_bytes() != store.path_for(second.blob_id).read_bytes()


def test_failed_write_leaves_nothing(store: BlobStore) -> None:
    def chunks():  # type: ignore[no-untyped-def]
        yield b"x" * 100_000
        raise RuntimeError("source vanished")

    with pytest.raises(RuntimeError):
        store.write_stream(chunks())
    assert not list(store.tmp.iterdir())
    assert store.all_ids() == set()


def test_sweep_removes_parts(store: BlobStore) -> None:
    (store.tmp / "0123.part").write_bytes(b"ciphertext")
    assert store.sweep_parts() == 1
    assert not list(store.tmp.iterdir())


def test_invalid_ids_never_become_paths(store: BlobStore) -> None:
    for bad in ["../../etc/passwd", "a" * 31, "G" * 32, ""]:
        with pytest.raises(BlobError):
            store.path_for(bad)
