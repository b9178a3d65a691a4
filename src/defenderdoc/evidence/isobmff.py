# SPDX-License-Identifier: GPL-3.0-or-later
"""MP4/MOV/3GP/M4A cleaning by walking boxes in place (sizes and offsets unchanged).

Dropped boxes (udta, meta, XMP uuid, ...) become ``free`` boxes of the same size
with zeroed payload, so ``stco``/``co64`` offsets into ``mdat`` stay valid and the
media data is streamed in constant memory. Header dates in mvhd/tkhd/mdhd are
zeroed, and timed-metadata tracks (GPS, faces, timecode) are removed with their
samples blanked.
"""

from __future__ import annotations

import struct
from typing import BinaryIO

from defenderdoc.evidence.errors import RefusedFileError, malformed
from defenderdoc.evidence.i18n_notices import NOTICE_MEDIA_TRACKS
from defenderdoc.evidence.limits import CHUNK, check_cancel, stream_size
from defenderdoc.evidence.result import Outcome
from defenderdoc.progress import CancelToken

_MAX_HEADER_BOX = 256 * 1024 * 1024
_TOP_KEEP = {
    b"ftyp",
    b"moov",
    b"mdat",
    b"free",
    b"skip",
    b"wide",
    b"moof",
    b"mfra",
    b"sidx",
    b"styp",
    b"ssix",
}
_CHILDREN_KEEP: dict[bytes, set[bytes]] = {
    b"moov": {b"mvhd", b"trak", b"mvex", b"iods", b"free", b"skip", b"wide"},
    b"trak": {b"tkhd", b"edts", b"mdia", b"tref", b"load", b"tapt", b"free", b"skip"},
    b"mdia": {b"mdhd", b"hdlr", b"minf", b"elng", b"free"},
    b"minf": {b"vmhd", b"smhd", b"hmhd", b"nmhd", b"gmhd", b"dinf", b"stbl", b"hdlr", b"free"},
    b"moof": {b"mfhd", b"traf", b"free"},
    b"traf": {
        b"tfhd",
        b"tfdt",
        b"trun",
        b"sdtp",
        b"sbgp",
        b"sgpd",
        b"subs",
        b"saiz",
        b"saio",
        b"senc",
        b"free",
    },
}
_DATED = {b"mvhd", b"tkhd", b"mdhd"}
#: Padding boxes: kept for layout, but editors leave old metadata in them, so blanked.
_SPACE = {b"free", b"skip", b"wide"}
_MEDIA_HANDLERS = {b"vide", b"soun", b"auxv"}
#: 3GPP sample entries whose configuration box starts with a vendor code and version.
_3GPP_CONFIGURED = {b"samr", b"sawb", b"s263"}
_NAMES = {
    b"udta": "user data (GPS, make, model, titles)",
    b"meta": "metadata box",
    b"uuid": "vendor box (XMP, previews)",
    b"pnot": "preview",
    b"prft": "capture time",
}

Box = tuple[bytes, int, int, int]  # type, header start, payload start, end


def iter_boxes(data: bytes | bytearray, start: int, end: int) -> list[Box]:
    """Child boxes of ``data[start:end]``; refuses sizes that do not fit."""
    out: list[Box] = []
    pos = start
    while pos + 8 <= end:
        size, btype = struct.unpack(">I4s", data[pos : pos + 8])
        header = 8
        if size == 1:
            if pos + 16 > end:
                raise malformed("box header")
            size, header = struct.unpack(">Q", data[pos + 8 : pos + 16])[0], 16
        elif size == 0:
            size = end - pos
        if size < header or pos + size > end:
            raise malformed("box size")
        out.append((btype, pos, pos + header, pos + size))
        pos += size
    return out


def _blank(buf: bytearray, box: Box) -> None:
    _btype, start, payload, end = box
    struct.pack_into(">4s", buf, start + 4, b"free")
    buf[payload:end] = bytes(end - payload)


def _handler(buf: bytearray, trak: Box) -> bytes:
    for mdia in iter_boxes(buf, trak[2], trak[3]):
        if mdia[0] == b"mdia":
            for child in iter_boxes(buf, mdia[2], mdia[3]):
                if child[0] == b"hdlr" and child[3] - child[2] >= 12:
                    return bytes(buf[child[2] + 8 : child[2] + 12])
    return b""


def _table(data: bytes, width: int, skip: int = 8) -> list[int]:
    """Entries of a full-box table whose count is at payload[4:8], bounded by its size."""
    if len(data) < skip:
        return []
    count = min(struct.unpack(">I", data[4:8])[0], (len(data) - skip) // width)
    return list(
        struct.unpack(f">{count}{'Q' if width == 8 else 'I'}", data[skip : skip + width * count])
    )


def sample_ranges(buf: bytes | bytearray, trak: Box) -> list[tuple[int, int]]:
    """File ranges (offset, length) of a track's chunks, from stsc/stsz/stco."""
    tables: dict[bytes, bytes] = {}
    stack = [trak]
    while stack:
        box = stack.pop()
        for child in iter_boxes(buf, box[2], box[3]):
            if child[0] in (b"mdia", b"minf", b"stbl"):
                stack.append(child)
            elif child[0] in (b"stsc", b"stsz", b"stco", b"co64"):
                tables[child[0]] = bytes(buf[child[2] : child[3]])
    stsz, stsc = tables.get(b"stsz", b""), tables.get(b"stsc", b"")
    if len(stsz) < 12 or len(stsc) < 8:
        return []
    fixed, count = struct.unpack(">II", stsz[4:12])
    sizes = [] if fixed else _table(stsz[4:], 4)
    offsets = (
        _table(tables[b"co64"], 8) if b"co64" in tables else _table(tables.get(b"stco", b""), 4)
    )
    n_runs = min(struct.unpack(">I", stsc[4:8])[0], (len(stsc) - 8) // 12)
    flat = list(struct.unpack(f">{3 * n_runs}I", stsc[8 : 8 + 12 * n_runs]))
    runs = [tuple(flat[i : i + 3]) for i in range(0, len(flat) - 2, 3)]
    ranges: list[tuple[int, int]] = []
    sample = 0
    for i, (first, per_chunk, _desc) in enumerate(runs):
        last = runs[i + 1][0] - 1 if i + 1 < len(runs) else len(offsets)
        for chunk in range(max(first, 1), min(last, len(offsets)) + 1):
            if sample >= count:
                return ranges
            n = min(per_chunk, count - sample)
            length = fixed * n if fixed else sum(sizes[sample : sample + n])
            ranges.append((offsets[chunk - 1], length))
            sample += n
    return ranges


def clean_header_box(
    buf: bytearray, box: Box, outcome: Outcome, zero: list[tuple[int, int]]
) -> None:
    """Clean a moov/moof subtree in place, collecting sample ranges to blank."""
    keep = _CHILDREN_KEEP.get(box[0])
    for child in iter_boxes(buf, box[2], box[3]):
        ctype = child[0]
        if keep is not None and ctype not in keep:
            outcome.drop("other", f"MP4 {ctype.decode('latin-1')} {_NAMES.get(ctype, 'box')}")
            _blank(buf, child)
        elif ctype == b"trak" and _handler(buf, child) not in _MEDIA_HANDLERS:
            name = _handler(buf, child).decode("latin-1") or "?"
            outcome.drop("location", f"MP4 metadata track ({name})")
            outcome.notice = NOTICE_MEDIA_TRACKS
            zero.extend(sample_ranges(buf, child))
            _blank(buf, child)
        elif ctype in _SPACE:
            if buf.count(0, child[2], child[3]) != child[3] - child[2]:
                outcome.drop("other", "MP4 free-space box content (stale metadata)")
                buf[child[2] : child[3]] = bytes(child[3] - child[2])
        elif ctype in _DATED:
            _zero_dates(buf, child, outcome)
        elif ctype == b"hdlr":
            _zero_field(buf, child[2] + 12, child[3], outcome, "handler vendor")
        elif ctype in _CHILDREN_KEEP:
            clean_header_box(buf, child, outcome, zero)
            if ctype == b"trak":
                _zero_sample_vendors(buf, child, outcome)


def _zero_field(
    buf: bytearray, start: int, end: int, outcome: Outcome, what: str, *, size: int = 4
) -> None:
    """Zero an informational field: a vendor code (QuickTime writes the maker, "appl"
    or a camera brand) or a name; decoders never read them."""
    if start + size <= end and any(buf[start : start + size]):
        outcome.drop("software" if "name" in what else "device", f"MP4 {what}")
        buf[start : start + size] = bytes(size)


def _zero_sample_vendors(buf: bytearray, trak: Box, outcome: Outcome) -> None:
    """The vendor in each audio or video sample description (bytes 12-15 of the entry in
    both QuickTime layouts; zero in ISO files). Other tracks' entries differ: untouched."""
    handler = _handler(buf, trak)
    if handler not in _MEDIA_HANDLERS:
        return
    boxes = [trak]
    for wanted in (b"mdia", b"minf", b"stbl", b"stsd"):
        boxes = [c for box in boxes for c in iter_boxes(buf, box[2], box[3]) if c[0] == wanted]
    visual = handler != b"soun"
    for stsd in boxes:
        for entry in iter_boxes(buf, stsd[2] + 8, stsd[3]):  # after version, flags, count
            _zero_field(buf, entry[2] + 12, entry[3], outcome, "sample description vendor")
            if visual:  # the 32-byte compressor name of every visual sample entry
                _zero_field(buf, entry[2] + 42, entry[3], outcome, "compressor name", size=32)
            # 3GPP decoder configurations name their maker too (AMR audio, H.263 video).
            children = entry[2] + (78 if visual else 28)
            if entry[0] in _3GPP_CONFIGURED and children < entry[3]:
                try:
                    configs = iter_boxes(buf, children, entry[3])
                except RefusedFileError:  # an unusual layout: its maker stays, the file plays
                    configs = []
                for config in configs:
                    if config[0] in (b"damr", b"d263"):
                        _zero_field(buf, config[2], config[3], outcome, "decoder vendor", size=5)


def _zero_dates(buf: bytearray, box: Box, outcome: Outcome) -> None:
    payload = box[2]
    width = 8 if buf[payload] == 1 else 4
    if payload + 4 + 2 * width > box[3]:
        raise malformed("short header box")
    if any(buf[payload + 4 : payload + 4 + 2 * width]):
        outcome.drop("timestamp", f"MP4 {box[0].decode()} creation/modification time")
        buf[payload + 4 : payload + 4 + 2 * width] = bytes(2 * width)


def _copy_masked(
    src: BinaryIO,
    dst: BinaryIO,
    span: tuple[int, int],
    zero: list[tuple[int, int]],
    cancel: CancelToken | None,
) -> None:
    """Copy ``span`` (start, end), writing zeros over the ``zero`` ranges."""
    pos, end = span
    src.seek(pos)
    while pos < end:
        check_cancel(cancel)
        block = bytearray(src.read(min(CHUNK, end - pos)))
        if not block:
            raise malformed("truncated media data")
        for off, length in zero:
            lo, hi = max(off, pos), min(off + length, pos + len(block))
            if lo < hi:
                block[lo - pos : hi - pos] = bytes(hi - lo)
        dst.write(block)
        pos += len(block)


def _write_free(src: BinaryIO, dst: BinaryIO, start: int, length: int) -> None:
    """Replace a top-level box by a zero-filled ``free`` box of the same size."""
    src.seek(start)
    large = struct.unpack(">I", src.read(4))[0] == 1 or length > 0xFFFFFFFF
    if large:
        dst.write(b"\x00\x00\x00\x01free" + struct.pack(">Q", length))
    else:
        dst.write(struct.pack(">I", length) + b"free")
    remaining = length - (16 if large else 8)
    while remaining > 0:
        step = min(CHUNK, remaining)
        dst.write(bytes(step))
        remaining -= step


def _write_blank(
    src: BinaryIO,
    dst: BinaryIO,
    span: tuple[int, int],
    outcome: Outcome,
    cancel: CancelToken | None,
) -> None:
    """Copy a top-level padding box's header and zero its payload."""
    start, length = span
    src.seek(start)
    header = 16 if struct.unpack(">I", src.read(4))[0] == 1 else 8
    src.seek(start)
    dst.write(src.read(header))
    remaining, dirty = length - header, False
    while remaining > 0:
        check_cancel(cancel)
        block = src.read(min(CHUNK, remaining))
        if not block:
            raise malformed("truncated padding box")
        dirty = dirty or block.count(0) != len(block)
        dst.write(bytes(len(block)))
        remaining -= len(block)
    if dirty:
        outcome.drop("other", "MP4 free-space box content (stale metadata)")


def strip(  # noqa: PLR0912 - top-level walk then write plan
    src: BinaryIO, dst: BinaryIO, cancel: CancelToken | None, kind: str
) -> Outcome:
    """Clean an ISO-BMFF/QuickTime file, streaming the media data."""
    outcome = Outcome(kind)
    size = stream_size(src)
    plan: list[tuple[bytes, int, int, bytearray | None]] = []
    zero: list[tuple[int, int]] = []
    pos = 0
    while pos + 8 <= size:
        src.seek(pos)
        head = src.read(16)
        box_size, btype = struct.unpack(">I4s", head[:8])
        if box_size == 1:
            box_size = struct.unpack(">Q", head[8:16])[0]
        elif box_size == 0:
            box_size = size - pos
        if box_size < 8 or pos + box_size > size:
            raise malformed("top-level box size")
        if btype in (b"moov", b"moof"):
            if box_size > _MAX_HEADER_BOX:
                raise RefusedFileError("file_too_large")
            src.seek(pos)
            buf = bytearray(src.read(box_size))
            header = 16 if struct.unpack(">I", buf[:4])[0] == 1 else 8
            clean_header_box(buf, (btype, 0, header, box_size), outcome, zero)
            plan.append((btype, pos, box_size, buf))
        else:
            if btype not in _TOP_KEEP:
                outcome.drop("other", f"MP4 {btype.decode('latin-1')} {_NAMES.get(btype, 'box')}")
            plan.append((btype, pos, box_size, None))
        pos += box_size
    if not any(p[0] == b"moov" for p in plan):
        raise malformed("no movie header")
    for btype, start, length, header_buf in plan:
        if header_buf is not None:
            dst.write(header_buf)
        elif btype in _SPACE:
            _write_blank(src, dst, (start, length), outcome, cancel)
        elif btype in _TOP_KEEP:
            _copy_masked(
                src, dst, (start, start + length), zero if btype == b"mdat" else [], cancel
            )
        else:
            _write_free(src, dst, start, length)
    if pos < size:
        outcome.drop("other", "bytes after the last box")
    return outcome
