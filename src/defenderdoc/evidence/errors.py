# SPDX-License-Identifier: GPL-3.0-or-later
"""Evidence-specific failures, each with a stable ``reason_code``.

Callers (the import pipeline, the GUI) branch on ``reason_code`` to decide whether
the original can still be stored as an opaque, never-previewed file; the message
is an English fallback marked for translation and never contains file content.
"""

from __future__ import annotations

from defenderdoc.errors import DefenderDocError
from defenderdoc.i18n import QT_TRANSLATE_NOOP

#: reason_code -> English message (marked for translation).
REASONS: dict[str, str] = {
    "empty": QT_TRANSLATE_NOOP("Evidence", "The file is empty; there is nothing to clean."),
    "unsupported_format": QT_TRANSLATE_NOOP(
        "Evidence",
        "This file type cannot be cleaned of metadata, so no clean copy was made.",
    ),
    "legacy_office": QT_TRANSLATE_NOOP(
        "Evidence",
        "Old binary Office files (.doc, .xls, .ppt) cannot be cleaned. "
        "Save the file as .docx/.xlsx/.pptx or PDF and import it again.",
    ),
    "executable": QT_TRANSLATE_NOOP(
        "Evidence", "Programs and scripts are not accepted as evidence copies."
    ),
    "postscript": QT_TRANSLATE_NOOP(
        "Evidence",
        "PostScript/EPS files can run code when opened and cannot be cleaned safely.",
    ),
    "active_markup": QT_TRANSLATE_NOOP(
        "Evidence", "SVG and HTML files can contain scripts and cannot be cleaned safely."
    ),
    "asf": QT_TRANSLATE_NOOP(
        "Evidence", "Windows Media (WMV/WMA/ASF) files cannot be cleaned. Convert to MP4 first."
    ),
    "image_too_large": QT_TRANSLATE_NOOP(
        "Evidence", "The image is too large to process safely (possible decompression bomb)."
    ),
    "archive_too_large": QT_TRANSLATE_NOOP(
        "Evidence",
        "The document unpacks to far more data than it contains (possible zip bomb).",
    ),
    "file_too_large": QT_TRANSLATE_NOOP(
        "Evidence", "The file is too large for this format to be cleaned in memory."
    ),
    "malformed": QT_TRANSLATE_NOOP(
        "Evidence", "The file is damaged or not what it claims to be, so it could not be cleaned."
    ),
    "encrypted": QT_TRANSLATE_NOOP(
        "Evidence", "The file is password-protected; remove the password and import it again."
    ),
    "text_encoding": QT_TRANSLATE_NOOP(
        "Evidence", "The text file is not valid UTF-8; save it as UTF-8 and import it again."
    ),
    "unsafe_content": QT_TRANSLATE_NOOP(
        "Evidence", "The file contains parts that cannot be cleaned safely."
    ),
    "verification_failed": QT_TRANSLATE_NOOP(
        "Evidence", "The cleaned copy did not pass verification, so it was discarded."
    ),
    "timeout": QT_TRANSLATE_NOOP(
        "Evidence", "Cleaning took too long and was stopped (the file may be hostile)."
    ),
    "memory": QT_TRANSLATE_NOOP(
        "Evidence", "Cleaning needed too much memory and was stopped (the file may be hostile)."
    ),
    "crashed": QT_TRANSLATE_NOOP(
        "Evidence", "The cleaning process stopped unexpectedly; no clean copy was made."
    ),
}


class EvidenceError(DefenderDocError):
    """Base for evidence-cleaning failures."""

    code = "evidence"
    message = QT_TRANSLATE_NOOP("Evidence", "The evidence file could not be processed.")


class RefusedFileError(EvidenceError):
    """No clean derivative can be produced; the original was not changed."""

    code = "evidence_refused"

    def __init__(self, reason_code: str, message: str | None = None) -> None:
        self.reason_code = reason_code if reason_code in REASONS else "malformed"
        super().__init__(message or REASONS[self.reason_code])


class SandboxKilledError(RefusedFileError):
    """The cleaning child process hit a limit or died; it was stopped."""

    code = "evidence_sandbox"


def malformed(detail: str | None = None) -> RefusedFileError:
    """Shorthand for the most common refusal, with a content-free detail."""
    base = REASONS["malformed"]
    return RefusedFileError("malformed", f"{base} ({detail})" if detail else base)
