# SPDX-License-Identifier: GPL-3.0-or-later
"""Chunk-allowlist cleaning for WAV, AIFF (rebuilt) and AVI (layout-preserving).

WAV/AIFF keep only format and sample chunks; LIST/INFO, bext, iXML, XMP and ID3
chunks go. AVI indexes may hold absolute offsets, so dropped AVI chunks are
overwritten by zero-filled JUNK chunks of the same size instead of removed.
"""

from __future__ import annotations

import struct
from typing import BinaryIO

from defenderdoc.evidence.errors import malformed
from defenderdoc.evidence.i18n_notices import NOTICE_TRUNCATED_AUDIO
from defenderdoc.evidence.limits import CHUNK, check_cancel, copy_range, stream_size
from defenderdoc.evidence.result import Outcome
from defenderdoc.progress import CancelToken

_WAV_KEEP = {b"fmt ", b"data", b"fact"}
_AIFF_KEEP = {b"COMM", b"SSND", b"FVER", b"CHAN"}
_AVI_KEEP = {b"avih", b"strh", b"strf", b"strd", b"indx", b"vprp", b"dmlh", b"idx1"}
_AVI_LISTS = {b"hdrl", b"strl", b"odml", b"movi", b"rec "}
_NAMES = {
    b"LIST": ("other", "LIST/INFO text"),
    b"bext": ("device", "Broadcast WAV description"),
    b"iXML": ("device", "iXML production data"),
    b"_PMX": ("other", "XMP block"),
    b"id3 ": ("other", "ID3 tag"),
    b"ID3 ": ("other", "ID3 tag"),
    b"NAME": ("other", "name"),
    b"AUTH": ("author", "author"),
    b"(c) ": ("author", "copyright"),
    b"ANNO": ("other", "annotation"),
    b"COMT": ("other", "comments"),
    b"JUNK": ("other", "padding"),
    b"PEAK": ("timestamp", "peak envelope"),
}


def chunks(src: BinaryIO, start: int, end: int, big: bool) -> list[tuple[bytes, int, int]]:
    """(id, payload offset, payload size) for chunks in [start, end); sizes clamped."""
    out, pos = [], start
    fmt = ">4sI" if big else "<4sI"
    while pos + 8 <= end:
        src.seek(pos)
        cid, size = struct.unpack(fmt, src.read(8))
        size = min(size, end - pos - 8)
        out.append((cid, pos + 8, size))
        pos += 8 + size + (size & 1)
        if len(out) > 100_000:
            raise malformed("too many chunks")
    return out


def _drop(outcome: Outcome, cid: bytes) -> None:
    category, name = _NAMES.get(cid, ("other", f"chunk {cid.decode('latin-1')!r}"))
    outcome.drop(category, name)


def strip_audio(src: BinaryIO, dst: BinaryIO, cancel: CancelToken | None, kind: str) -> Outcome:
    """Rebuild a WAV or AIFF file from its format and sample chunks."""
    outcome = Outcome(kind)
    big = kind == "aiff"
    size = stream_size(src)
    head = src.read(12)
    declared = struct.unpack(">I" if big else "<I", head[4:8])[0]
    end = min(size, 8 + declared)
    if end < 8 + declared:
        outcome.notice = NOTICE_TRUNCATED_AUDIO
    keep_ids = _AIFF_KEEP if big else _WAV_KEEP
    kept = []
    for cid, off, length in chunks(src, 12, end, big):
        if cid in keep_ids:
            kept.append((cid, off, length))
        else:
            _drop(outcome, cid)
    needed = (b"COMM", b"SSND") if big else (b"fmt ", b"data")
    if any(n not in [c[0] for c in kept] for n in needed):
        raise malformed("missing format or sample chunk")
    body = sum(8 + n + (n & 1) for _c, _o, n in kept)
    fmt = ">4sI" if big else "<4sI"
    dst.write(head[:4] + struct.pack(">I" if big else "<I", 4 + body) + head[8:12])
    for cid, off, length in kept:
        dst.write(struct.pack(fmt, cid, length))
        copy_range(src, dst, off, length, cancel)
        if length & 1:
            dst.write(b"\x00")
    return outcome


def _avi_regions(
    src: BinaryIO, start: int, end: int, out: list[tuple[str, int, int]], outcome: Outcome
) -> None:
    for cid, off, length in chunks(src, start, end, False):
        padded = length + (length & 1)
        if cid in (b"LIST", b"RIFF") and length >= 4:
            src.seek(off)
            list_type = src.read(4)
            if list_type in _AVI_LISTS or cid == b"RIFF":
                if list_type in (b"movi", b"rec "):
                    out.append(("copy", off - 8, 8 + padded))
                    continue
                out.append(("copy", off - 8, 12))
                _avi_regions(src, off + 4, off + length, out, outcome)
                if length & 1:
                    out.append(("copy", off + length, 1))
                continue
        if cid in _AVI_KEEP:
            out.append(("copy", off - 8, 8 + padded))
        else:
            if cid != b"JUNK":
                _drop(outcome, cid)
            out.append(("junk", off - 8, 8 + padded))


def strip_avi(src: BinaryIO, dst: BinaryIO, cancel: CancelToken | None) -> Outcome:
    """Blank every non-structural AVI chunk in place (offsets stay valid)."""
    outcome = Outcome("avi")
    regions: list[tuple[str, int, int]] = []
    _avi_regions(src, 0, stream_size(src), regions, outcome)
    for action, off, length in regions:
        check_cancel(cancel)
        if action == "copy":
            copy_range(src, dst, off, length, cancel)
            continue
        dst.write(b"JUNK" + struct.pack("<I", length - 8))
        remaining = length - 8
        while remaining:
            step = min(CHUNK, remaining)
            dst.write(bytes(step))
            remaining -= step
    return outcome
