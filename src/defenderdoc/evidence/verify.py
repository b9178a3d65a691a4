# SPDX-License-Identifier: GPL-3.0-or-later
"""Check a derivative before anyone relies on it: clean, decodable, faithful.

Fail closed: any error while checking is a problem, and a derivative with a
problem must not be stored as "clean".
"""

from __future__ import annotations

import hashlib
import io
import re
import struct
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import BinaryIO

import mutagen
import pikepdf
from mutagen.ogg import OggPage

from defenderdoc.evidence import flac, mp3, riff, structural
from defenderdoc.evidence.formats import FileFormat, detect_stream
from defenderdoc.evidence.imaging import PIL_FORMATS, decoded_frames
from defenderdoc.evidence.inspect import read_metadata
from defenderdoc.evidence.inspect_docs import ZIP_KINDS
from defenderdoc.evidence.limits import CHUNK, stream_size
from defenderdoc.evidence.report import MetadataReport
from defenderdoc.evidence.result import Outcome, SanitizeResult
from defenderdoc.evidence.xmlrewrite import Rules, rewrite

_MP4 = {"mp4", "mov", "3gp", "m4a"}
_AUDIO = {"mp3", "flac", "ogg", "opus", "m4a", "wav", "aiff"}


@dataclass
class VerifyResult:
    """``clean`` only if every check passed; ``problems`` says what failed."""

    clean: bool
    problems: list[str] = field(default_factory=list)


def _hash_range(stream: BinaryIO, start: int, length: int) -> str:
    digest = hashlib.sha256()
    stream.seek(start)
    while length > 0:
        block = stream.read(min(CHUNK, length))
        if not block:
            break
        digest.update(block)
        length -= len(block)
    return digest.hexdigest()


def _ogg_packets(data: bytes) -> list[bytes]:
    fileobj, packets, pending = io.BytesIO(data), [], b""
    while fileobj.tell() < len(data):
        page = OggPage(fileobj)  # type: ignore[no-untyped-call]
        for i, packet in enumerate(page.packets):
            if i == 0 and page.continued:
                pending += packet
            else:
                if pending:
                    packets.append(pending)
                pending = packet
        if page.complete and pending:
            packets.append(pending)
            pending = b""
    return packets + ([pending] if pending else [])


def _riff_payload(stream: BinaryIO, big: bool, ids: set[bytes]) -> list[str]:
    size = stream_size(stream)
    return [
        _hash_range(stream, off, n)
        for cid, off, n in riff.chunks(stream, 12, size, big)
        if cid in ids
    ]


def _mdat_ranges(stream: BinaryIO) -> list[tuple[int, int]]:
    size, pos, out = stream_size(stream), 0, []
    while pos + 8 <= size:
        stream.seek(pos)
        length, btype = struct.unpack(">I4s", stream.read(8))
        if length == 1:
            length = struct.unpack(">Q", stream.read(8))[0]
        elif length == 0:
            length = size - pos
        if length < 8:
            raise ValueError("box size")
        if btype == b"mdat":
            out.append((pos, length))
        pos += length
    return out


def _media_equal(a: BinaryIO, b: BinaryIO) -> bool:
    """Media data equal, except samples of removed metadata tracks (zeroed)."""
    ranges = _mdat_ranges(a)
    if stream_size(a) != stream_size(b) or ranges != _mdat_ranges(b):
        return False
    for start, length in ranges:
        a.seek(start)
        b.seek(start)
        left = length
        while left > 0:
            x, y = a.read(min(CHUNK, left)), b.read(min(CHUNK, left))
            if not x or len(x) != len(y):
                return False
            if x != y:
                ix, iy = int.from_bytes(x, "big"), int.from_bytes(y, "big")
                if (ix ^ iy) & iy:
                    return False
            left -= len(x)
    return True


def _pdf_pages(data: bytes) -> Iterator[bytes]:
    with pikepdf.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages:
            contents = page.obj.get("/Contents")
            parts = contents if isinstance(contents, pikepdf.Array) else [contents]
            yield b"".join(p.read_bytes() for p in parts if isinstance(p, pikepdf.Stream))


def _payload_equal(orig: BinaryIO, deriv: BinaryIO, kind: str) -> bool:  # noqa: PLR0911
    orig.seek(0)
    deriv.seek(0)
    if kind in PIL_FORMATS:
        return decoded_frames(orig.read(), kind) == decoded_frames(deriv.read(), kind)
    if kind == "pdf":
        return list(_pdf_pages(orig.read())) == list(_pdf_pages(deriv.read()))
    if kind in ("text", "csv"):
        return orig.read() == deriv.read()
    if kind == "mp3":
        start, end = mp3.audio_range(orig, Outcome("mp3"))
        skip = len(mp3.EMPTY_ID3)
        return end - start + skip == stream_size(deriv) and _hash_range(
            orig, start, end - start
        ) == _hash_range(deriv, skip, end - start)
    if kind == "flac":
        (a, _), (b, _) = flac.frames_offset(orig), flac.frames_offset(deriv)
        n = stream_size(deriv) - b
        return _hash_range(orig, a, n) == _hash_range(deriv, b, n)
    if kind in ("ogg", "opus"):
        skip = 2 if kind == "opus" else 3
        return _ogg_packets(orig.read())[skip:] == _ogg_packets(deriv.read())[skip:]
    if kind in ("wav", "aiff"):
        ids = {b"SSND"} if kind == "aiff" else {b"data"}
        return _riff_payload(orig, kind == "aiff", ids) == _riff_payload(deriv, kind == "aiff", ids)
    if kind in _MP4:
        return _media_equal(orig, deriv)
    if kind == "avi":
        ids = {b"idx1", b"strh", b"strf", b"avih"}
        return stream_size(orig) == stream_size(deriv) and _riff_payload(
            orig, False, ids
        ) == _riff_payload(deriv, False, ids)
    return kind in ZIP_KINDS


def _structurally_equal(orig: BinaryIO, deriv: BinaryIO, kind: str) -> bool:
    if kind not in structural.KINDS:
        return False
    orig.seek(0)
    deriv.seek(0)
    return structural.equal(orig.read(), deriv.read(), kind)


def _decodes(deriv: BinaryIO, fmt: FileFormat) -> str | None:
    """None if the derivative opens in its reference reader, else the problem."""
    deriv.seek(0)
    data = deriv.read() if fmt.kind not in _MP4 | {"avi", "wav", "aiff", "flac"} else b""
    if fmt.kind in PIL_FORMATS:
        decoded_frames(data, fmt.kind)
    elif fmt.kind == "pdf":
        if len(re.findall(rb"startxref", data)) != 1:
            return "PDF has more than one revision"
        with pikepdf.open(io.BytesIO(data)) as pdf:
            if "/Prev" in pdf.trailer or len(pdf.pages) == 0:
                return "PDF structure"
    elif fmt.kind in ZIP_KINDS:
        import zipfile  # noqa: PLC0415 - only needed here

        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            if zf.testzip() is not None:
                return "package CRC error"
            for name in zf.namelist():
                if name.lower().endswith((".xml", ".rels", ".opf", ".ncx")):
                    rewrite(zf.read(name), Rules())
    elif fmt.kind in _AUDIO:
        deriv.seek(0)
        audio = mutagen.File(deriv)
        if audio is None:
            return "audio does not open"
    return None


def verify_derivative(
    original: BinaryIO, derivative: BinaryIO, fmt: FileFormat, result: SanitizeResult
) -> VerifyResult:
    """Run every check; never raises for a bad derivative (problems are listed)."""
    problems: list[str] = []
    try:
        dfmt = detect_stream(derivative)
        if (
            dfmt.kind != result.output_kind
            and not (dfmt.kind in _MP4 and result.output_kind in _MP4)
            and {dfmt.kind, result.output_kind} != {"text", "csv"}
        ):
            problems.append(f"derivative is {dfmt.kind}, expected {result.output_kind}")
        left: MetadataReport = read_metadata(derivative, dfmt)
        problems.extend(f"metadata remains: {f.category} {f.field}" for f in left.findings)
        # Identical decoder input proves identical pixels (and decodability) without decoding.
        proven = (
            result.lossless
            and dfmt.kind == fmt.kind
            and _structurally_equal(original, derivative, fmt.kind)
        )
        decode_problem = None if proven else _decodes(derivative, dfmt)
        if decode_problem:
            problems.append(decode_problem)
        if result.lossless and not proven and not _payload_equal(original, derivative, fmt.kind):
            problems.append("payload differs from the original")
    except Exception as exc:
        problems.append(f"verification error: {type(exc).__name__}")
    finally:
        original.seek(0)
        derivative.seek(0)
    return VerifyResult(clean=not problems, problems=problems)
