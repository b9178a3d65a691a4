# SPDX-License-Identifier: GPL-3.0-or-later
"""Independent reading of audio and video metadata (part of ``inspect``).

mutagen reads tags; small bounded walks list RIFF/IFF chunks and MP4 boxes by
seeking, so multi-gigabyte media is inspected without loading it.
"""

from __future__ import annotations

import struct
from typing import BinaryIO

import mutagen
from mutagen.apev2 import APEv2
from mutagen.id3 import ID3

from defenderdoc.evidence.limits import stream_size
from defenderdoc.evidence.report import MetadataReport

KINDS = {"mp3", "flac", "ogg", "opus", "m4a", "wav", "aiff", "mp4", "mov", "3gp", "avi"}
_CONTAINERS = {
    b"moov",
    b"trak",
    b"mdia",
    b"minf",
    b"udta",
    b"meta",
    b"edts",
    b"moof",
    b"traf",
    b"ilst",
}
_DATED = {b"mvhd", b"tkhd", b"mdhd"}
_MEDIA = {b"vide", b"soun", b"auxv"}
_RIFF_OK = {
    b"fmt ",
    b"data",
    b"fact",
    b"COMM",
    b"SSND",
    b"FVER",
    b"CHAN",
    b"avih",
    b"strh",
    b"strf",
    b"strd",
    b"indx",
    b"vprp",
    b"dmlh",
    b"idx1",
}
_AUTHOR_KEYS = (
    "artist",
    "author",
    "composer",
    "performer",
    "albumartist",
    "tpe",
    "tcom",
    "©art",
    "aart",
    "©wrt",
    "copyright",
    "tcop",
)
_DATE_KEYS = ("date", "year", "tdrc", "tyer", "tdor", "©day", "creation")
_PICTURE_KEYS = ("apic", "covr", "metadata_block_picture", "coverart", "picture")


def _tag_category(key: str) -> str:
    low = key.lower()
    if any(low.startswith(p) for p in _PICTURE_KEYS):
        return "thumbnail"
    if any(p in low for p in _AUTHOR_KEYS):
        return "author"
    if any(p in low for p in _DATE_KEYS):
        return "timestamp"
    if "encod" in low or low in ("tsse", "©too", "vendor"):
        return "software"
    if "xyz" in low or "location" in low or "gps" in low:
        return "location"
    return "other"


def _mutagen(stream: BinaryIO, report: MetadataReport, strict: bool) -> None:
    stream.seek(0)
    try:
        f = mutagen.File(stream)
    except (mutagen.MutagenError, ValueError, EOFError, OSError):
        if strict:
            report.add("other", "tags unreadable")
        return
    if f is None:
        return
    tags = getattr(f, "tags", None)
    if tags is not None:
        for key in list(tags.keys()):
            values = tags[key] if not isinstance(key, tuple) else None
            text = str(values)[:120] if values is not None else None
            if _tag_category(str(key)) == "thumbnail":
                text = None
            report.add(_tag_category(str(key)), f"tag {key}", text)
        vendor = getattr(tags, "vendor", "")
        if vendor:
            report.add("software", "Vorbis vendor string", vendor)
    for _pic in getattr(f, "pictures", [])[:1]:
        report.add("thumbnail", "embedded picture")


def _mp3_extra(stream: BinaryIO, report: MetadataReport) -> None:
    size = stream_size(stream)
    for reader, name in ((ID3, "ID3v2 tag"), (APEv2, "APEv2 tag")):
        try:
            stream.seek(0)
            if len(reader(stream)):
                report.add("other", name)
        except (mutagen.MutagenError, ValueError, EOFError, OSError):
            pass
    stream.seek(max(0, size - 65536))
    tail = stream.read()
    if tail[-128:-125] == b"TAG":
        report.add("other", "ID3v1 tag")
    if b"LYRICS200" in tail or b"LYRICSBEGIN" in tail:
        report.add("other", "Lyrics3 tag")
    if b"APETAGEX" in tail:
        report.add("other", "APE tag")


def _chunks(
    stream: BinaryIO, start: int, end: int, big: bool, report: MetadataReport, *, depth: int = 0
) -> None:
    pos, count = start, 0
    while pos + 8 <= end and count < 100_000 and depth < 4:
        stream.seek(pos)
        cid, size = struct.unpack(">4sI" if big else "<4sI", stream.read(8))
        count += 1
        if cid in (b"LIST", b"RIFF"):
            list_type = stream.read(4)
            if list_type == b"INFO":
                report.add("other", "RIFF INFO list")
            elif list_type not in (b"movi", b"rec "):
                _chunks(stream, pos + 12, min(end, pos + 8 + size), big, report, depth=depth + 1)
        elif cid == b"JUNK":
            if stream.read(min(size, 4096)).strip(b"\x00"):
                report.add("other", "non-empty JUNK chunk")
        elif cid not in _RIFF_OK:
            report.add("other", f"chunk {cid.decode('latin-1')!r}")
        pos += 8 + size + (size & 1)


def _boxes(
    stream: BinaryIO,
    start: int,
    end: int,
    report: MetadataReport,
    *,
    depth: int,
    parent: bytes = b"",
) -> None:
    pos, count = start, 0
    while pos + 8 <= end and count < 100_000 and depth < 8:
        stream.seek(pos)
        size, btype = struct.unpack(">I4s", stream.read(8))
        header = 8
        if size == 1:
            size, header = struct.unpack(">Q", stream.read(8))[0], 16
        elif size == 0:
            size = end - pos
        if size < header:
            report.add("other", "malformed box")
            return
        count += 1
        name = btype.decode("latin-1")
        if btype in (b"udta", b"meta", b"uuid", b"ilst", b"pnot", b"prft") or name.startswith("©"):
            report.add("location" if name == "©xyz" else "other", f"MP4 {name} box")
        if btype in _DATED:
            stream.seek(pos + header)
            width = 8 if stream.read(1) == b"\x01" else 4
            stream.seek(pos + header + 4)
            if stream.read(2 * width).strip(b"\x00"):
                report.add("timestamp", f"MP4 {name} dates")
        if btype == b"hdlr" and parent == b"mdia":
            stream.seek(pos + header + 8)
            handler = stream.read(4)
            if handler not in _MEDIA and handler != b"mdir":
                report.add("location", f"MP4 metadata track ({handler.decode('latin-1')})")
        if btype in _CONTAINERS:
            skip = 4 if btype == b"meta" else 0
            _boxes(stream, pos + header + skip, pos + size, report, depth=depth + 1, parent=btype)
        pos += size


def read(stream: BinaryIO, kind: str, report: MetadataReport) -> None:
    """Findings for an audio or video stream."""
    size = stream_size(stream)
    if kind in ("mp4", "mov", "3gp", "m4a"):
        _boxes(stream, 0, size, report, depth=0)
    elif kind in ("wav", "aiff", "avi"):
        stream.seek(4)
        _chunks(stream, 12, size, kind == "aiff", report)
    if kind != "avi":
        _mutagen(stream, report, strict=kind not in ("mp4", "mov", "3gp"))
    if kind == "mp3":
        _mp3_extra(stream, report)
    stream.seek(0)
