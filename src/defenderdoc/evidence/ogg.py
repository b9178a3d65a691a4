# SPDX-License-Identifier: GPL-3.0-or-later
"""Ogg Vorbis/Opus cleaning with mutagen: empty comment header, neutral vendor.

The comment header is required by both codecs, so it is rewritten (with an empty
vendor string) rather than removed; mutagen re-paginates only the header pages,
so the audio packets stay identical.
"""

from __future__ import annotations

import io
from typing import Any, BinaryIO

from mutagen import MutagenError
from mutagen.oggopus import OggOpus
from mutagen.oggvorbis import OggVorbis

from defenderdoc.evidence.errors import malformed
from defenderdoc.evidence.limits import read_all
from defenderdoc.evidence.result import Outcome
from defenderdoc.progress import CancelToken


def serials(data: bytes) -> set[int]:
    """Serial numbers of all logical streams (chained/multiplexed files have several)."""
    found, pos = set(), 0
    while pos < len(data):
        if data[pos : pos + 4] != b"OggS" or pos + 27 > len(data):
            raise malformed("Ogg page structure")
        nseg = data[pos + 26]
        table = data[pos + 27 : pos + 27 + nseg]
        found.add(int.from_bytes(data[pos + 14 : pos + 18], "little"))
        pos += 27 + nseg + sum(table)
    if pos != len(data):
        raise malformed("truncated Ogg page")
    return found


def strip(src: BinaryIO, dst: BinaryIO, cancel: CancelToken | None, kind: str) -> Outcome:
    """Clear every comment and the vendor string."""
    del cancel
    data = read_all(src)
    outcome = Outcome(kind)
    if len(serials(data)) != 1:
        raise malformed("chained or multiplexed Ogg")
    buf = io.BytesIO(data)
    try:
        audio: Any = OggOpus(buf) if kind == "opus" else OggVorbis(buf)  # type: ignore[no-untyped-call]
        tags: Any = audio.tags
        if tags is None:
            raise malformed("Ogg without comment header")
        for key, value in list(tags.items()):
            outcome.drop("other", f"Vorbis comment {key}", value)
        if tags.vendor:
            outcome.drop("software", "Vorbis vendor string", tags.vendor)
        tags.clear()
        tags.vendor = ""
        buf.seek(0)
        audio.save(buf)
    except (MutagenError, ValueError, IndexError, EOFError, OSError) as exc:
        raise malformed("Ogg stream") from exc
    out = buf.getvalue()
    if len(serials(out)) != 1:
        raise malformed("Ogg stream")
    dst.write(out)
    return outcome
