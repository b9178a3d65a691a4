# SPDX-License-Identifier: GPL-3.0-or-later
"""Metadata stripping for evidence files: detect, clean, inspect, verify, sandbox.

Pure library (no Qt, no vault): the import pipeline stores the sealed original
and the verified derivative this package produces.
"""

from __future__ import annotations

from defenderdoc.evidence.errors import EvidenceError, RefusedFileError, SandboxKilledError
from defenderdoc.evidence.formats import FileFormat, detect_format, detect_stream
from defenderdoc.evidence.report import Finding, MetadataReport
from defenderdoc.evidence.result import SanitizeResult

__all__ = [
    "EvidenceError",
    "FileFormat",
    "Finding",
    "MetadataReport",
    "RefusedFileError",
    "SandboxKilledError",
    "SanitizeResult",
    "detect_format",
    "detect_stream",
]
