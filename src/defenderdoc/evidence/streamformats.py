# SPDX-License-Identifier: GPL-3.0-or-later
"""Expected layouts of streamed derivatives, for ``streamverify``.

Each layout is a generator that reads the *original* with its own small parser
(sharing no code with the cleaners) and then walks the derivative as it is
emitted: it asks for header bytes it must inspect (``Need``), for payload
ranges that must equal the original's (``Same``) and for blanked ranges that
must be all zero (``Zeros``). Anything it does not expect is a problem, so an
identifying box or chunk cannot slip through unnoticed.
"""

from __future__ import annotations

import struct
from collections.abc import Callable, Generator
from dataclasses import dataclass
from typing import BinaryIO

#: Largest header structure (moov, moof, fmt chunk...) held in memory.
MAX_HEADER = 256 * 1024 * 1024
_MEDIA_HANDLERS = {b"vide", b"soun", b"auxv"}
_TOP_BOXES = {b"ftyp", b"moov", b"mdat", b"free", b"skip", b"wide", b"moof", b"mfra", b"sidx"}
_TOP_BOXES |= {b"styp", b"ssix"}
#: Children a clean header box may hold (containers listed here are walked).
_TREE: dict[bytes, set[bytes]] = {
    b"moov": {b"mvhd", b"trak", b"mvex", b"iods", b"free", b"skip", b"wide"},
    b"trak": {b"tkhd", b"edts", b"mdia", b"tref", b"load", b"tapt", b"free", b"skip"},
    b"mdia": {b"mdhd", b"hdlr", b"minf", b"elng", b"free"},
    b"minf": {b"vmhd", b"smhd", b"hmhd", b"nmhd", b"gmhd", b"dinf", b"stbl", b"hdlr", b"free"},
    b"moof": {b"mfhd", b"traf", b"free"},
    b"traf": {b"tfhd", b"tfdt", b"trun", b"sdtp", b"sbgp", b"sgpd", b"subs", b"saiz", b"saio"}
    | {b"senc", b"free"},
}
_DATED = {b"mvhd", b"tkhd", b"mdhd"}


class LayoutError(Exception):
    """The derivative (or the original) does not have the expected structure."""


@dataclass
class Need:
    """Hand the next ``size`` derivative bytes to the layout (b"" at a clean end if ``eof_ok``)."""

    size: int
    eof_ok: bool = False


@dataclass
class Same:
    """The next ``size`` derivative bytes must equal the original's from ``orig``.

    ``zero_ok``: bytes the cleaner blanked (samples of removed metadata tracks)
    may be zero instead.
    """

    size: int
    orig: int
    zero_ok: bool = False


@dataclass
class Zeros:
    """The next ``size`` derivative bytes must all be zero (blanked structures)."""

    size: int


Step = Need | Same | Zeros
Layout = Generator[Step, bytes, None]


def _read(src: BinaryIO, offset: int, length: int) -> bytes:
    src.seek(offset)
    data = src.read(length)
    if len(data) != length:
        raise LayoutError("original truncated")
    return data


def _box_header(data: bytes, end_if_zero: int) -> tuple[bytes, int, int]:
    """(type, total size, header length) of the box header at the start of ``data``."""
    size, btype = struct.unpack(">I4s", data[:8])
    if size == 1:
        if len(data) < 16:
            raise LayoutError("short box header")
        return btype, struct.unpack(">Q", data[8:16])[0], 16
    return btype, end_if_zero if size == 0 else size, 8


def _top_level(src: BinaryIO, size: int) -> list[tuple[bytes, int, int, int]]:
    """The original's top-level boxes: (type, start, header length, end)."""
    out, pos = [], 0
    while pos + 8 <= size:
        btype, length, header = _box_header(_read(src, pos, min(16, size - pos)), size - pos)
        if length < header or pos + length > size:
            raise LayoutError("original box size")
        out.append((btype, pos, header, pos + length))
        pos += length
    return out


def _children(data: bytes, start: int, end: int) -> list[tuple[bytes, int, int]]:
    """(type, payload start, end) of the boxes in ``data[start:end]``."""
    out, pos = [], start
    while pos + 8 <= end:
        btype, length, header = _box_header(data[pos : pos + 16], end - pos)
        if length < header or pos + length > end:
            raise LayoutError("box size inside a header box")
        out.append((btype, pos + header, pos + length))
        pos += length
    if pos != end:
        raise LayoutError("stray bytes inside a header box")
    return out


def _handler(data: bytes, start: int, end: int) -> bytes:
    for btype, b_start, b_end in _children(data, start, end):
        if btype == b"mdia":
            for ctype, c_start, c_end in _children(data, b_start, b_end):
                if ctype == b"hdlr" and c_end - c_start >= 12:
                    return data[c_start + 8 : c_start + 12]
    return b""


def check_header_box(data: bytes, btype: bytes, start: int, end: int) -> None:
    """Walk a derivative moov/moof subtree; raise on anything identifying."""
    allowed = _TREE[btype]
    for ctype, c_start, c_end in _children(data, start, end):
        name = ctype.decode("latin-1")
        if ctype not in allowed:
            raise LayoutError(f"box {name} remains in {btype.decode('latin-1')}")
        if ctype in (b"free", b"skip", b"wide") and data[c_start:c_end].count(0) != c_end - c_start:
            raise LayoutError(f"{name} box with content")
        if ctype == b"trak" and _handler(data, c_start, c_end) not in _MEDIA_HANDLERS:
            raise LayoutError("non-media track remains")
        if ctype in _DATED:
            width = 8 if data[c_start : c_start + 1] == b"\x01" else 4
            if c_start + 4 + 2 * width > c_end or any(data[c_start + 4 : c_start + 4 + 2 * width]):
                raise LayoutError(f"{name} dates remain")
        if ctype in _TREE:
            check_header_box(data, ctype, c_start, c_end)


def _has_metadata_track(src: BinaryIO, boxes: list[tuple[bytes, int, int, int]]) -> bool:
    for btype, start, header, end in boxes:
        if btype == b"moov" and end - start <= MAX_HEADER:
            data = _read(src, start, end - start)
            traks = [c for c in _children(data, header, len(data)) if c[0] == b"trak"]
            if any(_handler(data, s, e) not in _MEDIA_HANDLERS for _t, s, e in traks):
                return True
    return False


def mp4(src: BinaryIO, size: int) -> Layout:
    """ISO-BMFF: same boxes at the same offsets; dropped ones are zeroed ``free`` boxes."""
    boxes = _top_level(src, size)
    zero_ok = _has_metadata_track(src, boxes)
    for btype, start, header, end in boxes:
        head = yield Need(header)
        dtype, length, dheader = _box_header(head, end - start)
        if (length, dheader) != (end - start, header):
            raise LayoutError("box size or position changed")
        if dtype != btype and not (dtype == b"free" and btype not in _TOP_BOXES):
            raise LayoutError(f"box {dtype.decode('latin-1')} where the original has another")
        body = end - start - header
        if dtype == b"mdat":
            yield Same(body, start + header, zero_ok)
        elif dtype in (b"free", b"skip", b"wide"):
            yield Zeros(body)
        elif dtype not in _TOP_BOXES or body > MAX_HEADER:
            raise LayoutError(f"unexpected box {dtype.decode('latin-1')}")
        else:
            payload = yield Need(body)
            if dtype in _TREE:
                check_header_box(head + payload, dtype, header, end - start)
    if (yield Need(8, eof_ok=True)):
        raise LayoutError("data after the last box")


def _riff_chunks(src: BinaryIO, size: int, big: bool) -> tuple[bytes, list[tuple[bytes, int, int]]]:
    head = _read(src, 0, 12)
    declared = struct.unpack(">I" if big else "<I", head[4:8])[0]
    end, pos = min(size, 8 + declared), 12
    out: list[tuple[bytes, int, int]] = []
    while pos + 8 <= end and len(out) < 100_000:
        cid, length = struct.unpack(">4sI" if big else "<4sI", _read(src, pos, 8))
        length = min(length, end - pos - 8)
        out.append((cid, pos + 8, length))
        pos += 8 + length + (length & 1)
    return head, out


def riff(src: BinaryIO, size: int, big: bool) -> Layout:
    """WAV/AIFF: format chunks identical to the original's, sample chunks byte-equal."""
    head, chunks = _riff_chunks(src, size, big)
    payload_id = b"SSND" if big else b"data"
    allowed = {b"COMM", b"FVER", b"CHAN"} if big else {b"fmt ", b"fact"}
    pending = [c for c in chunks if c[0] in allowed | {payload_id}]
    dhead = yield Need(12)
    if dhead[:4] != head[:4] or dhead[8:12] != head[8:12]:
        raise LayoutError("container header changed")
    end = 8 + struct.unpack(">I" if big else "<I", dhead[4:8])[0]
    pos = 12
    while pos < end:
        cid, length = struct.unpack(">4sI" if big else "<4sI", (yield Need(8)))
        match = next((c for c in pending if c[0] == cid), None)
        if match is None or match[2] != length:
            raise LayoutError(f"chunk {cid.decode('latin-1')!r} not expected here")
        pending.remove(match)
        if cid == payload_id:
            yield Same(length, match[1])
        elif length > MAX_HEADER or (yield Need(length)) != _read(src, match[1], length):
            raise LayoutError(f"chunk {cid.decode('latin-1')!r} differs")
        if length & 1 and (yield Need(1)) != b"\x00":
            raise LayoutError("pad byte")
        pos += 8 + length + (length & 1)
    if pos != end or (yield Need(8, eof_ok=True)):
        raise LayoutError("data after the declared end")


def flac(src: BinaryIO, size: int) -> Layout:
    """FLAC: STREAMINFO/SEEKTABLE identical, audio frames byte-equal."""
    start = 0
    head = _read(src, 0, min(10, size))
    if head[:3] == b"ID3" and len(head) == 10:
        start = 10 + ((head[6] << 21) | (head[7] << 14) | (head[8] << 7) | head[9])
    if _read(src, start, 4) != b"fLaC":
        raise LayoutError("original is not FLAC")
    pos, kept = start + 4, []
    for _ in range(10_000):
        header = _read(src, pos, 4)
        length = int.from_bytes(header[1:], "big")
        if header[0] & 0x7F in (0, 3):
            kept.append(bytes((header[0] & 0x7F,)) + header[1:] + _read(src, pos + 4, length))
        pos += 4 + length
        if header[0] & 0x80:
            break
    end = size
    if size - 128 > pos and _read(src, size - 128, 3) == b"TAG":
        end = size - 128
    if (yield Need(4)) != b"fLaC":
        raise LayoutError("derivative is not FLAC")
    for index, block in enumerate(kept):
        dheader = yield Need(4)
        last = index == len(kept) - 1
        if (
            bool(dheader[0] & 0x80) != last
            or bytes((dheader[0] & 0x7F,)) + dheader[1:] != block[:4]
        ):
            raise LayoutError("FLAC metadata block not expected here")
        if (yield Need(len(block) - 4)) != block[4:]:
            raise LayoutError("FLAC metadata block differs")
    yield Same(end - pos, pos)
    if (yield Need(1, eof_ok=True)):
        raise LayoutError("data after the audio frames")


LAYOUTS: dict[str, Callable[[BinaryIO, int], Layout]] = {
    "mp4": mp4,
    "mov": mp4,
    "3gp": mp4,
    "m4a": mp4,
    "wav": lambda src, size: riff(src, size, False),
    "aiff": lambda src, size: riff(src, size, True),
    "flac": flac,
}
