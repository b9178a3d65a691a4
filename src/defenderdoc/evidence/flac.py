# SPDX-License-Identifier: GPL-3.0-or-later
"""Lossless FLAC cleaning: keep STREAMINFO and SEEKTABLE, then copy the frames.

Vorbis comments, pictures (cover art, often a personal photo), application and
cue-sheet blocks and padding are dropped; stray ID3 tags around the stream too.
"""

from __future__ import annotations

from typing import BinaryIO

from defenderdoc.evidence.errors import malformed
from defenderdoc.evidence.limits import check_cancel, copy_range, stream_size
from defenderdoc.evidence.result import Outcome
from defenderdoc.progress import CancelToken

_KEEP = {0, 3}
_NAMES = {
    1: "padding",
    2: "application block",
    4: "Vorbis comments",
    5: "cue sheet",
    6: "embedded picture",
}


def frames_offset(src: BinaryIO, outcome: Outcome | None = None) -> tuple[int, list[bytes]]:
    """Offset of the first audio frame and the kept metadata blocks."""
    src.seek(0)
    head = src.read(10)
    start = 0
    if head[:3] == b"ID3" and len(head) == 10:
        start = 10 + ((head[6] << 21) | (head[7] << 14) | (head[8] << 7) | head[9])
        if outcome:
            outcome.drop("other", "ID3v2 tag")
    src.seek(start)
    if src.read(4) != b"fLaC":
        raise malformed("not a FLAC stream")
    pos, kept = start + 4, []
    for _ in range(10_000):
        header = src.read(4)
        if len(header) < 4:
            raise malformed("truncated FLAC metadata")
        last, btype, size = header[0] & 0x80, header[0] & 0x7F, int.from_bytes(header[1:], "big")
        body = src.read(size) if btype in _KEEP else b""
        if btype in _KEEP:
            if len(body) < size:
                raise malformed("truncated FLAC metadata")
            kept.append(bytes((btype,)) + header[1:] + body)
        elif outcome:
            outcome.drop("other", f"FLAC {_NAMES.get(btype, f'block type {btype}')}")
        pos += 4 + size
        src.seek(pos)
        if last:
            break
    else:
        raise malformed("FLAC metadata")
    if not kept or kept[0][0] != 0:
        raise malformed("FLAC without STREAMINFO")
    return pos, kept


def strip(src: BinaryIO, dst: BinaryIO, cancel: CancelToken | None) -> Outcome:
    """Rewrite the metadata header and stream the frames."""
    outcome = Outcome("flac")
    start, kept = frames_offset(src, outcome)
    end = stream_size(src)
    src.seek(end - 128)
    if end - 128 > start and src.read(3) == b"TAG":
        end -= 128
        outcome.drop("other", "ID3v1 tag")
    check_cancel(cancel)
    dst.write(b"fLaC")
    for i, block in enumerate(kept):
        flag = 0x80 if i == len(kept) - 1 else 0
        dst.write(bytes((block[0] | flag,)) + block[1:])
    copy_range(src, dst, start, end - start, cancel)
    return outcome
