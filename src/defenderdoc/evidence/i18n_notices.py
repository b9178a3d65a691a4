# SPDX-License-Identifier: GPL-3.0-or-later
"""User-visible notices about how a derivative differs from its original.

Kept together so translators see them in one context and the GUI can match them.
"""

from __future__ import annotations

from defenderdoc.i18n import QT_TRANSLATE_NOOP

NOTICE_TIFF = QT_TRANSLATE_NOOP(
    "Evidence",
    "Rebuilt from the decoded pixels (TIFF tags cannot be removed in place); "
    "pixel values are unchanged.",
)
NOTICE_HEIF = QT_TRANSLATE_NOOP(
    "Evidence",
    "Re-encoded as PNG: HEIC/HEIF/AVIF has no lossless cleaning path. "
    "Only the main image was kept, turned upright.",
)
NOTICE_OFFICE_CHANGES = QT_TRANSLATE_NOOP(
    "Evidence",
    "Tracked changes were accepted and comments removed, because they record who "
    "edited the document and what was deleted.",
)
NOTICE_OFFICE_DROPPED = QT_TRANSLATE_NOOP(
    "Evidence",
    "Some embedded objects or external links could not be cleaned and were removed.",
)
NOTICE_TRUNCATED_AUDIO = QT_TRANSLATE_NOOP(
    "Evidence",
    "The recording was incomplete; the cleaned copy holds the audio that was present.",
)
NOTICE_MEDIA_TRACKS = QT_TRANSLATE_NOOP(
    "Evidence",
    "Metadata tracks (location, faces, timecode) were removed; video and audio are unchanged.",
)
NOTICE_PDF_ACTIVE = QT_TRANSLATE_NOOP(
    "Evidence",
    "Scripts, automatic actions, attachments or earlier versions were removed from the PDF.",
)
