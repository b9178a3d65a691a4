# SPDX-License-Identifier: GPL-3.0-or-later
"""Bounded reading and deterministic writing of ZIP-based documents.

Packages are never extracted to disk. Reading enforces member-count, size and
expansion-ratio limits (zip bombs); writing uses fixed timestamps, no comments
and no extra fields so the container itself says nothing about its author.
"""

from __future__ import annotations

import io
import posixpath
import zipfile
from typing import BinaryIO

from defenderdoc.evidence.errors import RefusedFileError, malformed
from defenderdoc.evidence.limits import (
    MAX_ZIP_MEMBER,
    MAX_ZIP_MEMBERS,
    MAX_ZIP_RATIO,
    MAX_ZIP_TOTAL,
)
from defenderdoc.evidence.result import Outcome

FIXED_TIME = (1980, 1, 1, 0, 0, 0)
_RATIO_FLOOR = 1024 * 1024
_ZIP_ERRORS = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    OSError,
    ValueError,
    EOFError,
    NotImplementedError,
    RuntimeError,
    KeyError,
)


class Package:
    """A validated, read-only view of a ZIP package held in memory."""

    def __init__(self, data: bytes, outcome: Outcome) -> None:
        try:
            self._zf = zipfile.ZipFile(io.BytesIO(data))
            infos = self._zf.infolist()
        except _ZIP_ERRORS as exc:
            raise malformed("ZIP directory") from exc
        if len(infos) > MAX_ZIP_MEMBERS:
            raise RefusedFileError("archive_too_large")
        total, names = 0, set()
        for info in infos:
            name = info.filename
            if name in names or name.startswith(("/", "\\")) or ".." in name.split("/"):
                raise malformed("ZIP member names")
            names.add(name)
            if info.flag_bits & 0x1:
                raise RefusedFileError("encrypted")
            total += info.file_size
            ratio = info.file_size / max(info.compress_size, 1)
            if (
                info.file_size > MAX_ZIP_MEMBER
                or total > MAX_ZIP_TOTAL
                or (info.file_size > _RATIO_FLOOR and ratio > MAX_ZIP_RATIO)
            ):
                raise RefusedFileError("archive_too_large")
        if self._zf.comment:
            outcome.drop("other", "ZIP archive comment", self._zf.comment)
        commented = [i for i in infos if i.comment]
        if commented:
            outcome.drop("other", "ZIP member comments", commented[0].comment)
        dated = sorted({i.date_time[:3] for i in infos} - {(1980, 1, 1), (1980, 0, 0)})
        if dated:
            outcome.drop("timestamp", "ZIP member dates", "-".join(map(str, dated[0])))
        self.names = [i.filename for i in infos]

    def read(self, name: str) -> bytes:
        """Read one member; sizes were bounded when the package was opened."""
        try:
            with self._zf.open(name) as fh:
                data = fh.read(MAX_ZIP_MEMBER + 1)
        except _ZIP_ERRORS as exc:
            raise malformed("ZIP member") from exc
        if len(data) > MAX_ZIP_MEMBER:
            raise RefusedFileError("archive_too_large")
        return data

    def close(self) -> None:
        """Release the archive."""
        self._zf.close()


def write_package(entries: list[tuple[str, bytes]], dst: BinaryIO, stored: set[str]) -> None:
    """Write members in order with fixed metadata (built in memory: ODF needs sizes)."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name, data in entries:
            info = zipfile.ZipInfo(name, date_time=FIXED_TIME)
            info.compress_type = zipfile.ZIP_STORED if name in stored else zipfile.ZIP_DEFLATED
            info.create_system = 0
            info.external_attr = 0
            zf.writestr(info, data)
    dst.write(buf.getvalue())


def resolve_target(source_part: str, target: str) -> str:
    """The package path a relationship target points at."""
    if target.startswith("/"):
        return posixpath.normpath(target.lstrip("/"))
    base = posixpath.dirname(source_part)
    return posixpath.normpath(posixpath.join(base, target))
