# SPDX-License-Identifier: GPL-3.0-or-later
"""Plain text and CSV: nothing to strip, but the bytes must really be UTF-8.

Checking the encoding up front means the viewer never guesses a code page, and
a binary file that merely looks like text at its start is refused.
"""

from __future__ import annotations

import codecs
from typing import BinaryIO

from defenderdoc.evidence.errors import RefusedFileError
from defenderdoc.evidence.limits import CHUNK, check_cancel
from defenderdoc.evidence.result import Outcome
from defenderdoc.progress import CancelToken


def strip(src: BinaryIO, dst: BinaryIO, cancel: CancelToken | None, kind: str) -> Outcome:
    """Copy the text unchanged (BOM included) after validating UTF-8."""
    decoder = codecs.getincrementaldecoder("utf-8")("strict")
    src.seek(0)
    while True:
        check_cancel(cancel)
        block = src.read(CHUNK)
        try:
            decoder.decode(block, final=not block)
        except UnicodeDecodeError as exc:
            raise RefusedFileError("text_encoding") from exc
        if b"\x00" in block:
            raise RefusedFileError("text_encoding")
        if not block:
            break
        dst.write(block)
    return Outcome(kind)
