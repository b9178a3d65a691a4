# SPDX-License-Identifier: GPL-3.0-or-later
"""Prove pixel equality of lossless image derivatives from their structure.

Decoding a 12-megapixel JPEG twice costs ~0.3 s, twenty times the cleaning
itself. A decoder's output is a function of the bytes it consumes; when every
structure the decoder reads (JPEG tables, frame and scan headers and the
entropy-coded data; PNG IHDR/PLTE/tRNS/IDAT and animation chunks; GIF and WebP
image blocks) is byte-identical in original and derivative, the pixels are
identical too. These readers share no code with the cleaners, so a cleaner bug
cannot hide itself. ``equal`` returning False proves nothing: callers then
fall back to decoding and comparing pixels.
"""

from __future__ import annotations

import re
import zlib

#: Kinds whose lossless derivatives can be compared structurally.
KINDS = frozenset({"jpeg", "png", "gif", "webp"})

#: JPEG markers a decoder reads: SOFn, DHT, DAC, SOS, DQT, DNL, DRI, DHP, EXP.
_JPEG_DECODE = (set(range(0xC0, 0xD0)) - {0xC8}) | {0xDA, 0xDB, 0xDC, 0xDD, 0xDE, 0xDF}
_JPEG_SOF = set(range(0xC0, 0xD0)) - {0xC4, 0xC8, 0xCC}
_JPEG_STANDALONE = {0x01} | set(range(0xD0, 0xD8))
#: Entropy-coded data ends at the first 0xFF not followed by a stuffed 0, RSTn or fill byte.
_SCAN_END = re.compile(rb"\xff[^\x00\xd0-\xd7\xff]")
#: PNG chunks that determine the decoded pixels (frames included for APNG).
_PNG_DECODE = {b"IHDR", b"PLTE", b"tRNS", b"IDAT", b"acTL", b"fcTL", b"fdAT"}
_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_WEBP_DECODE = {b"VP8 ", b"VP8L", b"ALPH", b"ANIM", b"ANMF"}
_WEBP_METADATA_FLAGS = 0x20 | 0x08 | 0x04  # ICC, EXIF, XMP: they do not change pixels

#: (tag, start, end, literal): the file's bytes [start:end] plus a small literal, per structure.
Entry = tuple[int | bytes, int, int, bytes]
Key = list[Entry]


class StructureError(ValueError):
    """The file does not parse; structural equality cannot be claimed."""


def _jpeg_entry(marker: int, data: bytes, start: int, end: int) -> Entry | None:
    """What the segment data[start:end] contributes to decoding, or None if ignored."""
    if marker in _JPEG_DECODE:
        return marker, start, end, b""
    if marker == 0xE0 and data.startswith(b"JFIF\x00", start) and end - start >= 14:
        return b"JFIF", 0, 0, b""  # makes the decoder assume YCbCr
    if marker == 0xEE and data.startswith(b"Adobe", start):
        return b"Adobe", 0, 0, data[start : min(end, start + 12)]  # colour transform
    return None


def _scan_end(data: bytes, pos: int, known: memoryview | None) -> int:
    """Where the entropy-coded data starting at ``pos`` ends.

    ``known`` is the other file's scan, found by a search, so it holds no
    marker. If ``data`` holds the same bytes at ``pos`` followed by a marker,
    its scan ends there too: a marker inside would be one in ``known``, and
    the last byte cannot start one (the byte after it is 0xFF). Proving that
    costs a memcmp, not a second search through megabytes of scan data.
    """
    if known is not None and data.startswith(known, pos):
        end = pos + len(known)
        if _SCAN_END.match(data, end):
            return end
    found = _SCAN_END.search(data, pos)
    if found is None:
        raise StructureError("unterminated scan")
    return found.start()


def _jpeg_key(data: bytes, known_scans: list[memoryview] | None = None) -> Key:
    """Decoder-visible segments of the first image, with the colour-transform hints."""
    if not data.startswith(b"\xff\xd8"):
        raise StructureError("not a JPEG")
    key: Key = []
    pos, size, frames, scans = 2, len(data), 0, 0
    while True:
        if pos >= size or data[pos] != 0xFF:
            raise StructureError("marker expected")
        while pos < size and data[pos] == 0xFF:
            pos += 1
        if pos >= size:
            raise StructureError("truncated")
        marker = data[pos]
        pos += 1
        if marker == 0xD9:
            break
        if marker in _JPEG_STANDALONE:
            continue
        length = int.from_bytes(data[pos : pos + 2], "big")
        if length < 2 or pos + length > size:
            raise StructureError("segment length")
        start, pos = pos + 2, pos + length
        if marker == 0xDA:
            known = known_scans[scans] if known_scans and scans < len(known_scans) else None
            end = _scan_end(data, pos, known)
            key.append((marker, start, pos, b""))
            key.append((b"scan", pos, end, b""))
            pos = end
            scans += 1
            continue
        frames += marker in _JPEG_SOF
        entry = _jpeg_entry(marker, data, start, pos)
        if entry is not None:
            key.append(entry)
    if frames == 0 or scans == 0:
        raise StructureError("no image data")
    return key


def _png_key(data: bytes, check_crc: bool) -> Key:
    if not data.startswith(_PNG_SIGNATURE):
        raise StructureError("not a PNG")
    key: Key = []
    pos = 8
    while True:
        if pos + 12 > len(data):
            raise StructureError("truncated")
        length = int.from_bytes(data[pos : pos + 4], "big")
        ctype = data[pos + 4 : pos + 8]
        end = pos + 8 + length
        if end + 4 > len(data):
            raise StructureError("chunk length")
        if check_crc and zlib.crc32(memoryview(data)[pos + 4 : end]) != int.from_bytes(
            data[end : end + 4], "big"
        ):
            raise StructureError("chunk checksum")
        if ctype in _PNG_DECODE:
            key.append((ctype, pos + 8, end, b""))
        pos = end + 4
        if ctype == b"IEND":
            return key


def _gif_blocks(data: bytes, pos: int) -> int:
    """Offset past the data sub-blocks starting at ``pos``."""
    while pos < len(data):
        count = data[pos]
        pos += 1 + count
        if count == 0:
            return pos
    raise StructureError("truncated sub-blocks")


def _gif_key(data: bytes) -> Key:
    if len(data) < 13 or data[:6] not in (b"GIF87a", b"GIF89a"):
        raise StructureError("not a GIF")
    flags = data[10]
    pos = 13 + (3 * 2 ** ((flags & 7) + 1) if flags & 0x80 else 0)
    key: Key = [(b"screen", 6, pos, b"")]
    while pos < len(data) and data[pos] != 0x3B:
        start = pos
        if data[pos] == 0x2C:
            if pos + 10 > len(data):
                raise StructureError("truncated image")
            local = data[pos + 9]
            pos += 10 + (3 * 2 ** ((local & 7) + 1) if local & 0x80 else 0) + 1
            pos = _gif_blocks(data, pos)
            key.append((0x2C, start, pos, b""))
        elif data[pos] == 0x21 and pos + 1 < len(data):
            label = data[pos + 1]
            pos = _gif_blocks(data, pos + 2)
            if label not in (0xFE, 0xFF):  # comments and application data are not drawn
                key.append((label, start, pos, b""))
        else:
            raise StructureError("block type")
    if pos > len(data):
        raise StructureError("truncated")
    return key


def _webp_key(data: bytes) -> Key:
    if len(data) < 20 or data[:4] != b"RIFF" or data[8:12] != b"WEBP":
        raise StructureError("not a WebP")
    end = min(len(data), 8 + int.from_bytes(data[4:8], "little"))
    key: Key = []
    pos = 12
    while pos + 8 <= end:
        fourcc, length = data[pos : pos + 4], int.from_bytes(data[pos + 4 : pos + 8], "little")
        if pos + 8 + length > end:
            raise StructureError("chunk length")
        start, end_chunk = pos + 8, pos + 8 + length
        if fourcc == b"VP8X" and length:
            flags = bytes((data[start] & ~_WEBP_METADATA_FLAGS,))
            key.append((fourcc, start + 1, end_chunk, flags))
        elif fourcc in _WEBP_DECODE:
            key.append((fourcc, start, end_chunk, b""))
        pos += 8 + length + (length & 1)
    return key


def decoder_key(data: bytes, kind: str, *, check_crc: bool = True) -> Key:
    """Everything the decoder of ``kind`` reads, in order; raises ``StructureError``."""
    try:
        if kind == "jpeg":
            return _jpeg_key(data)
        if kind == "png":
            return _png_key(data, check_crc)
        if kind == "gif":
            return _gif_key(data)
        if kind == "webp":
            return _webp_key(data)
    except (IndexError, ValueError) as exc:
        raise StructureError(str(exc)) from exc
    raise StructureError(f"no structural reader for {kind}")


def equal(original: bytes, derivative: bytes, kind: str) -> bool:
    """True only if both parse and the decoder would read identical structures."""
    view = memoryview(derivative)
    try:
        theirs = decoder_key(derivative, kind)
        if kind == "jpeg":  # the derivative's scans bound the search in the original
            scans = [view[start:end] for tag, start, end, _ in theirs if tag == b"scan"]
            ours = _jpeg_key(original, scans)
        else:
            ours = decoder_key(original, kind, check_crc=False)
    except (StructureError, IndexError, ValueError):
        return False
    if len(ours) != len(theirs):
        return False
    for (tag_a, start_a, end_a, lit_a), (tag_b, start_b, end_b, lit_b) in zip(
        ours, theirs, strict=True
    ):
        if tag_a != tag_b or lit_a != lit_b or end_a - start_a != end_b - start_b:
            return False
        if not original.startswith(view[start_b:end_b], start_a):  # memcmp, no copy
            return False
    return True
