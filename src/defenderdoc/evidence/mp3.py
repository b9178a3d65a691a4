# SPDX-License-Identifier: GPL-3.0-or-later
"""Lossless MP3 cleaning: keep exactly the MPEG frames, drop every tag around them.

Tags live before the audio (ID3v2) and after it (ID3v1, APEv2, Lyrics3 v1/v2,
appended ID3v2); mat2 0.15 leaves Lyrics3v2. The audio range is copied in
constant memory, so the derivative is a byte range of the original.
"""

from __future__ import annotations

import struct
from typing import BinaryIO

from defenderdoc.evidence.errors import malformed
from defenderdoc.evidence.limits import copy_range, stream_size
from defenderdoc.evidence.result import Outcome
from defenderdoc.progress import CancelToken

#: kbit/s by (MPEG-1?, layer) for bitrate index 1..14.
_BITRATES = {
    (True, 1): (32, 64, 96, 128, 160, 192, 224, 256, 288, 320, 352, 384, 416, 448),
    (True, 2): (32, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 384),
    (True, 3): (32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320),
    (False, 1): (32, 48, 56, 64, 80, 96, 112, 128, 144, 160, 176, 192, 224, 256),
    (False, 2): (8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160),
    (False, 3): (8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160),
}
_RATES = {3: (44100, 48000, 32000), 2: (22050, 24000, 16000), 0: (11025, 12000, 8000)}
_SCAN_LIMIT = 1024 * 1024
#: An ID3v2.3 header with no frames. Without any tag, ExifTool scans the first
#: audio bytes for MPEG-video start codes and can reject a valid MP3.
EMPTY_ID3 = b"ID3\x03\x00\x00\x00\x00\x00\x00"


def _synchsafe(b: bytes) -> int:
    return (b[0] << 21) | (b[1] << 14) | (b[2] << 7) | b[3]


def frame_length(h: bytes) -> int:
    """Length of the MPEG audio frame whose 4-byte header is ``h`` (0 if invalid)."""
    if len(h) < 4 or h[0] != 0xFF or (h[1] & 0xE0) != 0xE0:
        return 0
    version, layer = (h[1] >> 3) & 3, 4 - ((h[1] >> 1) & 3)
    brate_i, rate_i, pad = h[2] >> 4, (h[2] >> 2) & 3, (h[2] >> 1) & 1
    if version == 1 or layer == 4 or brate_i in (0, 15) or rate_i == 3:
        return 0
    bitrate = _BITRATES[(version == 3, layer)][brate_i - 1] * 1000
    rate = _RATES[version][rate_i]
    if layer == 1:
        return (12 * bitrate // rate + pad) * 4
    if layer == 3 and version != 3:
        return 72 * bitrate // rate + pad
    return 144 * bitrate // rate + pad


def _audio_start(src: BinaryIO, pos: int, outcome: Outcome) -> int:
    src.seek(pos)
    window = src.read(_SCAN_LIMIT)
    for i in range(max(len(window) - 4, 0)):
        n = frame_length(window[i : i + 4])
        if n and i + n + 4 <= len(window) and frame_length(window[i + n : i + n + 4]):
            if i:
                outcome.drop("other", "data before the first MPEG frame", f"{i} bytes")
            return pos + i
        if n and i + n == len(window):
            return pos + i
    raise malformed("no MPEG audio frames")


def _tail(src: BinaryIO, start: int, end: int, outcome: Outcome) -> int:
    """New end after removing one trailing tag, or ``end`` if none is there."""

    def at(offset: int, size: int) -> bytes:
        if offset < start:
            return b""
        src.seek(offset)
        return src.read(size)

    if at(end - 128, 3) == b"TAG":
        outcome.drop("other", "ID3v1 tag")
        return end - 128 - (227 if at(end - 355, 4) == b"TAG+" else 0)
    footer = at(end - 32, 32)
    if footer[:8] == b"APETAGEX":
        size, _items, flags = (int(v) for v in struct.unpack("<III", footer[12:24]))
        outcome.drop("other", "APEv2 tag")
        return end - size - (32 if flags & 0x80000000 else 0)
    if at(end - 9, 9) == b"LYRICS200" and at(end - 15, 6).isdigit():
        outcome.drop("other", "Lyrics3v2 tag")
        return end - 15 - int(at(end - 15, 6))
    if at(end - 9, 9) == b"LYRICSEND":
        block = at(max(start, end - 5100), end - max(start, end - 5100))
        idx = block.rfind(b"LYRICSBEGIN")
        if idx >= 0:
            outcome.drop("other", "Lyrics3 tag")
            return end - (len(block) - idx)
    tail = at(end - 10, 10)
    if tail[:3] == b"3DI":
        outcome.drop("other", "appended ID3v2 tag")
        return end - 20 - _synchsafe(tail[6:10])
    return end


def audio_range(src: BinaryIO, outcome: Outcome) -> tuple[int, int]:
    """(start, end) of the MPEG frames, with all tags outside it."""
    size = stream_size(src)
    pos = 0
    while True:
        src.seek(pos)
        head = src.read(10)
        if head[:3] != b"ID3" or len(head) < 10:
            break
        if head != EMPTY_ID3:
            outcome.drop("other", "ID3v2 tag")
        pos += 10 + _synchsafe(head[6:10]) + (10 if head[5] & 0x10 else 0)
    end = size
    for _ in range(16):
        new_end = _tail(src, pos, end, outcome)
        if new_end == end:
            break
        end = new_end
    start = _audio_start(src, pos, outcome)
    if end <= start:
        raise malformed("no MPEG audio frames")
    return start, end


def strip(src: BinaryIO, dst: BinaryIO, cancel: CancelToken | None) -> Outcome:
    """Copy only the audio frames."""
    outcome = Outcome("mp3")
    start, end = audio_range(src, outcome)
    dst.write(EMPTY_ID3)
    copy_range(src, dst, start, end - start, cancel)
    return outcome
