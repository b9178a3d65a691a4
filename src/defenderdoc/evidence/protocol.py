# SPDX-License-Identifier: GPL-3.0-or-later
"""The framed protocol between the app and its long-lived cleaning child.

One child cleans many files in turn, so every message needs a boundary: a
job request is a length-prefixed JSON object on the child's stdin; the child
answers with typed, length-prefixed frames (derivative chunks, then one
result) on a private copy of its stdout. Lengths are bounded on both sides so
a confused or hostile child cannot make the app buffer without limit.
"""

from __future__ import annotations

import json
import struct
from typing import BinaryIO, Protocol

#: Child -> parent frame types. COPY stands for a range of the source file
#: (offset, length), so bytes the cleaning kept need not cross the pipe.
HELLO, DATA, COPY, RESULT = b"H", b"D", b"C", b"R"
COPY_RANGE = struct.Struct(">QQ")
#: Largest derivative chunk in one DATA frame.
MAX_DATA = 1024 * 1024
#: Largest JSON object (result or job) in one frame.
MAX_JSON = 16 * 1024 * 1024
_HEAD = struct.Struct(">cI")
_JOB_HEAD = struct.Struct(">I")
#: Exit status of a child that ran out of memory before it could serve a job.
EXIT_STARTUP_MEMORY = 3


class ChunkSink(Protocol):
    """Anything the derivative can be streamed into (a file, BytesIO, a blob writer)."""

    def write(self, data: bytes, /) -> object:
        """Accept the next chunk."""


class RangeSink(ChunkSink, Protocol):
    """A sink that also accepts ranges of the source file in place of their bytes."""

    def copy(self, offset: int, length: int, /) -> object:
        """Accept ``length`` bytes of the source starting at ``offset``."""


class ProtocolError(Exception):
    """The peer sent something that is not a valid frame."""


def frame(ftype: bytes, payload: bytes | memoryview) -> bytes:
    """Header for a frame of ``payload`` (the payload itself is sent after it)."""
    return _HEAD.pack(ftype, len(payload))


def encode_job(job: dict[str, object]) -> bytes:
    """A job request as sent on the child's stdin."""
    body = json.dumps(job).encode("utf-8")
    return _JOB_HEAD.pack(len(body)) + body


def read_job(stream: BinaryIO) -> dict[str, object] | None:
    """The next job request, or None at end of input (the app closed the session)."""
    head = stream.read(_JOB_HEAD.size)
    if not head:
        return None
    if len(head) < _JOB_HEAD.size:
        raise ProtocolError("short job header")
    (length,) = _JOB_HEAD.unpack(head)
    if length > MAX_JSON:
        raise ProtocolError("job too large")
    body = stream.read(length)
    if len(body) < length:
        raise ProtocolError("short job")
    job = json.loads(body.decode("utf-8"))
    if not isinstance(job, dict):
        raise ProtocolError("job is not an object")
    return job


class FrameReader:
    """Incremental decoder of child frames; ``feed`` bytes, then drain ``frames``."""

    def __init__(self) -> None:
        self._buf = bytearray()

    def feed(self, data: bytes) -> None:
        """Append bytes read from the child."""
        self._buf.extend(data)

    def frames(self) -> list[tuple[bytes, bytes]]:
        """Every complete frame received so far, in order."""
        out: list[tuple[bytes, bytes]] = []
        while len(self._buf) >= _HEAD.size:
            ftype, length = _HEAD.unpack_from(self._buf)
            limit = {DATA: MAX_DATA, COPY: COPY_RANGE.size}.get(ftype, MAX_JSON)
            if ftype not in (HELLO, DATA, COPY, RESULT) or length > limit:
                raise ProtocolError("bad frame header")
            end = _HEAD.size + length
            if len(self._buf) < end:
                break
            out.append((ftype, bytes(self._buf[_HEAD.size : end])))
            del self._buf[:end]
        return out

    @property
    def pending(self) -> int:
        """Bytes of an incomplete frame still buffered."""
        return len(self._buf)
