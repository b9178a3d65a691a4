# SPDX-License-Identifier: GPL-3.0-or-later
"""Identify an evidence file from its bytes, never from its name.

A renamed file (EPS called ``photo.jpg``) must reach the right parser or be
refused; the name only serves to warn the user that it does not match.
"""

from __future__ import annotations

import io
import struct
import zipfile
from dataclasses import dataclass
from typing import BinaryIO

#: kind -> (MIME type, canonical extension, other accepted extensions)
_KINDS: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "jpeg": ("image/jpeg", ".jpg", (".jpeg", ".jpe", ".jfif")),
    "png": ("image/png", ".png", ()),
    "webp": ("image/webp", ".webp", ()),
    "gif": ("image/gif", ".gif", ()),
    "tiff": ("image/tiff", ".tif", (".tiff",)),
    "heif": ("image/heif", ".heic", (".heif", ".hif")),
    "avif": ("image/avif", ".avif", ()),
    "pdf": ("application/pdf", ".pdf", ()),
    "docx": (
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ".docx",
        (".docm", ".dotx"),
    ),
    "xlsx": (
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        ".xlsx",
        (".xlsm", ".xltx"),
    ),
    "pptx": (
        "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        ".pptx",
        (".pptm", ".potx"),
    ),
    "odt": ("application/vnd.oasis.opendocument.text", ".odt", (".ott",)),
    "ods": ("application/vnd.oasis.opendocument.spreadsheet", ".ods", (".ots",)),
    "odp": ("application/vnd.oasis.opendocument.presentation", ".odp", (".otp",)),
    "odg": ("application/vnd.oasis.opendocument.graphics", ".odg", (".otg",)),
    "epub": ("application/epub+zip", ".epub", ()),
    "mp3": ("audio/mpeg", ".mp3", ()),
    "flac": ("audio/flac", ".flac", ()),
    "ogg": ("audio/ogg", ".ogg", (".oga",)),
    "opus": ("audio/ogg; codecs=opus", ".opus", (".ogg",)),
    "m4a": ("audio/mp4", ".m4a", (".m4b", ".mp4")),
    "wav": ("audio/wav", ".wav", ()),
    "aiff": ("audio/aiff", ".aif", (".aiff", ".aifc")),
    "mp4": ("video/mp4", ".mp4", (".m4v",)),
    "mov": ("video/quicktime", ".mov", (".qt",)),
    "3gp": ("video/3gpp", ".3gp", (".3g2",)),
    "avi": ("video/x-msvideo", ".avi", ()),
    "text": ("text/plain", ".txt", (".text", ".md", ".log", ".csv", ".tsv")),
    "csv": ("text/csv", ".csv", (".txt", ".tsv")),
    # Recognised only to be refused with a precise reason.
    "ole": ("application/x-ole-storage", ".doc", (".xls", ".ppt", ".msg")),
    "asf": ("video/x-ms-asf", ".wmv", (".wma", ".asf")),
    "postscript": ("application/postscript", ".eps", (".ps",)),
    "executable": ("application/octet-stream", ".exe", (".dll", ".so", ".bin")),
    "active_markup": ("image/svg+xml", ".svg", (".html", ".htm", ".xml")),
    "zip": ("application/zip", ".zip", ()),
    "empty": ("application/octet-stream", "", ()),
    "unknown": ("application/octet-stream", "", ()),
}

#: How many leading bytes ``detect_format`` wants to see.
HEAD_SIZE = 65536


@dataclass(frozen=True)
class FileFormat:
    """A detected format: ``kind`` drives the choice of cleaner."""

    kind: str
    mime: str
    extension: str

    def extension_mismatch(self, filename: str) -> bool:
        """True when the name's extension does not fit the detected content."""
        suffix = ("." + filename.rsplit(".", 1)[1].lower()) if "." in filename else ""
        if self.kind in ("unknown", "empty"):
            return False
        accepted = {self.extension, *_KINDS[self.kind][2]}
        return suffix not in accepted


def format_for_kind(kind: str) -> FileFormat:
    """The ``FileFormat`` for a kind name (used across the sandbox boundary)."""
    mime, ext, _ = _KINDS.get(kind, _KINDS["unknown"])
    return FileFormat(kind if kind in _KINDS else "unknown", mime, ext)


_ISO_BRANDS = {
    b"heic": "heif",
    b"heix": "heif",
    b"heim": "heif",
    b"heis": "heif",
    b"hevc": "heif",
    b"hevx": "heif",
    b"mif1": "heif",
    b"msf1": "heif",
    b"avif": "avif",
    b"avis": "avif",
    b"M4A ": "m4a",
    b"M4B ": "m4a",
    b"M4P ": "m4a",
    b"F4A ": "m4a",
    b"qt  ": "mov",
}


def _iso_kind(head: bytes) -> str:
    size = int.from_bytes(head[0:4], "big")
    major = head[8:12]
    compat = [head[i : i + 4] for i in range(16, min(size, len(head), 256) - 3, 4)]
    if major == b"mif1" and b"avif" in compat:
        return "avif"
    if major in _ISO_BRANDS:
        return _ISO_BRANDS[major]
    if major.startswith((b"3gp", b"3g2")):
        return "3gp"
    return "mp4"


def _local_names(head: bytes) -> list[bytes]:
    """Member names from consecutive local headers (skipping member data by size)."""
    names: list[bytes] = []
    pos = 0
    while head[pos : pos + 4] == b"PK\x03\x04" and pos + 30 <= len(head) and len(names) < 500:
        flags, csize, nlen, xlen = struct.unpack("<H10xI4xHH", head[pos + 6 : pos + 30])
        names.append(head[pos + 30 : pos + 30 + nlen])
        if flags & 0x08:  # sizes follow the data, after a descriptor signature
            nxt = head.find(b"PK\x07\x08", pos + 30 + nlen)
            if nxt < 0:
                break
            pos = nxt + 16
            continue
        pos += 30 + nlen + xlen + csize
    return names


def _zip_kind(head: bytes) -> str:
    if head[30:38] == b"mimetype":
        mt = head[38:120].split(b"PK", 1)[0]
        for kind in ("odt", "ods", "odp", "odg", "epub"):
            if mt.startswith(_KINDS[kind][0].encode()):
                return kind
    names = _local_names(head)
    if b"[Content_Types].xml" in names:
        for marker, kind in (
            (b"word/document", "docx"),
            (b"xl/workbook", "xlsx"),
            (b"ppt/presentation", "pptx"),
        ):
            if any(n.startswith(marker) for n in names):
                return kind
    return "zip"


def _mp3_sync(head: bytes) -> bool:
    return (
        len(head) > 3
        and head[0] == 0xFF
        and (head[1] & 0xE0) == 0xE0
        and (head[1] & 0x06) != 0
        and (head[2] & 0xF0) != 0xF0
    )


def _text_kind(head: bytes) -> str:  # noqa: PLR0911 - magic table
    if b"\x00" in head:
        return "unknown"
    try:
        text = head.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.start < len(head) - 4:
            return "unknown"
        text = head[: exc.start].decode("utf-8")
    lowered = text.lstrip("\ufeff \t\r\n")[:512].lower()
    if lowered.startswith(("<svg", "<!doctype html", "<html", "<?xml", "<script")):
        return "active_markup"
    if lowered.startswith("%!ps"):
        return "postscript"
    if lowered.startswith("#!"):
        return "executable"
    lines = [ln for ln in text.splitlines()[:20] if ln.strip()]
    for sep in (",", ";", "\t"):
        counts = {ln.count(sep) for ln in lines[:-1] or lines}
        if len(lines) >= 2 and len(counts) == 1 and counts.pop() >= 1:
            return "csv"
    return "text"


def _detect_kind(head: bytes) -> str:  # noqa: PLR0911, PLR0912 - one flat magic table
    if not head:
        return "empty"
    if head.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if head.startswith((b"GIF87a", b"GIF89a")):
        return "gif"
    if head.startswith((b"II*\x00", b"MM\x00*", b"II+\x00", b"MM\x00+")):
        return "tiff"
    if head.startswith(b"RIFF") and len(head) >= 12:
        return {b"WEBP": "webp", b"WAVE": "wav", b"AVI ": "avi"}.get(head[8:12], "unknown")
    if head.startswith(b"FORM") and head[8:12] in (b"AIFF", b"AIFC"):
        return "aiff"
    if head[4:8] == b"ftyp":
        return _iso_kind(head)
    if head[4:8] in (b"moov", b"mdat", b"wide", b"free", b"skip", b"pnot"):
        return "mov"
    if b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        return _zip_kind(head)
    if head.startswith(b"fLaC"):
        return "flac"
    if head.startswith(b"OggS"):
        if b"OpusHead" in head[28:40]:
            return "opus"
        return "ogg" if b"\x01vorbis" in head[28:40] else "unknown"
    if head.startswith(b"ID3") and len(head) >= 10:
        size = (head[6] << 21) | (head[7] << 14) | (head[8] << 7) | head[9]
        nxt = head[10 + size : 10 + size + 4]
        if nxt.startswith(b"fLaC"):
            return "flac"
        return "mp3"
    if _mp3_sync(head):
        return "mp3"
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return "ole"
    if head.startswith(b"\x30\x26\xb2\x75\x8e\x66\xcf\x11"):
        return "asf"
    if head.startswith((b"%!PS", b"\xc5\xd0\xd3\xc6")):
        return "postscript"
    if head.startswith(
        (b"MZ", b"\x7fELF", b"\xfe\xed\xfa", b"\xcf\xfa\xed\xfe", b"\xca\xfe\xba\xbe")
    ):
        return "executable"
    return _text_kind(head)


def detect_format(head: bytes, filename: str = "") -> FileFormat:
    """Detect from content (pass the first ``HEAD_SIZE`` bytes or the whole file).

    ``filename`` is accepted for the caller's convenience only; it never changes
    the result (use ``extension_mismatch`` to warn about a misleading name).
    """
    del filename
    return format_for_kind(_detect_kind(head))


_OOXML_MAIN = (("word/document", "docx"), ("xl/workbook", "xlsx"), ("ppt/presentation", "pptx"))


def _zip_directory_kind(stream: BinaryIO) -> str:
    """Classify a ZIP package from its central directory (names, ``mimetype``)."""
    try:
        stream.seek(0)
        with zipfile.ZipFile(stream) as zf:
            names = zf.namelist()[:10000]
            if "mimetype" in names and zf.getinfo("mimetype").file_size < 200:
                mt = zf.read("mimetype").strip()
                for kind in ("odt", "ods", "odp", "odg", "epub"):
                    if mt == _KINDS[kind][0].encode():
                        return kind
    except (
        zipfile.BadZipFile,
        OSError,
        ValueError,
        EOFError,
        KeyError,
        RuntimeError,
        NotImplementedError,
    ):
        return "zip"
    if "[Content_Types].xml" in names:
        for prefix, kind in _OOXML_MAIN:
            if any(n.startswith(prefix) for n in names):
                return kind
    return "zip"


def detect_stream(stream: BinaryIO) -> FileFormat:
    """Detect from a seekable stream, consulting the ZIP directory when needed."""
    stream.seek(0)
    head = stream.read(HEAD_SIZE)
    fmt = detect_format(head)
    if head.startswith(b"PK\x03\x04"):
        fmt = format_for_kind(_zip_directory_kind(stream))
    stream.seek(0)
    return fmt


def detect_bytes(data: bytes) -> FileFormat:
    """Convenience wrapper for in-memory data."""
    return detect_stream(io.BytesIO(data))
