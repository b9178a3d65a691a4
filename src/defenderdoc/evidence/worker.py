# SPDX-License-Identifier: GPL-3.0-or-later
"""Child-process entry point: clean files one after another under resource limits.

Run as ``python -m defenderdoc.evidence.worker MEMORY_MB [FD_SOCKET]``. Limits
are applied before anything that parses evidence is imported, and
RLIMIT_FSIZE=0 guarantees the child cannot write any file at all. Starting
Python and importing the parsers costs far more than cleaning a photo, so the
child stays alive and serves jobs sent by ``session.CleanerSession`` over the
framed protocol in ``protocol``; a per-job CPU limit backs up the app's
wall-clock watchdog. The source arrives as an open descriptor (SCM_RIGHTS over
FD_SOCKET) so the child cleans exactly the file the app opened and hashed.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import socket
import sys
from typing import BinaryIO

from defenderdoc.evidence.protocol import (
    COPY,
    COPY_RANGE,
    DATA,
    EXIT_STARTUP_MEMORY,
    HELLO,
    MAX_DATA,
    RESULT,
    frame,
    read_job,
)

#: Streamable formats at least this large are verified while streaming (bounded
#: memory); smaller files are cleaned and verified in memory.
STREAM_VERIFY_MIN = 64 * 1024 * 1024


class Channel:
    """The child's side of the result pipe: typed, length-prefixed frames."""

    def __init__(self, fd: int) -> None:
        self._out = os.fdopen(fd, "wb")

    def write(self, data: bytes | bytearray | memoryview, /) -> int:
        """Send derivative bytes (split into DATA frames)."""
        view = memoryview(data).cast("B")
        for start in range(0, len(view), MAX_DATA):
            part = view[start : start + MAX_DATA]
            self._out.write(frame(DATA, part))
            self._out.write(part)
        self._out.flush()
        return len(view)

    def copy(self, offset: int, length: int) -> None:
        """Stand for ``length`` bytes of the source from ``offset`` (the app reads them itself)."""
        self.send(COPY, COPY_RANGE.pack(offset, length))

    def send(self, ftype: bytes, payload: bytes) -> None:
        """Send one control frame (HELLO or RESULT)."""
        self._out.write(frame(ftype, payload) + payload)
        self._out.flush()


def _limit(memory_mb: int) -> None:
    try:
        import resource  # noqa: PLC0415 - POSIX only
    except ImportError:  # pragma: no cover - Windows has no rlimits
        return
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    resource.setrlimit(resource.RLIMIT_FSIZE, (0, 0))
    resource.setrlimit(resource.RLIMIT_AS, (memory_mb * 1024 * 1024,) * 2)


def _cpu_budget(seconds: int) -> None:
    """Allow this job ``seconds`` of CPU on top of what earlier jobs used (SIGXCPU after)."""
    try:
        import resource  # noqa: PLC0415 - POSIX only
    except ImportError:  # pragma: no cover
        return
    usage = resource.getrusage(resource.RUSAGE_SELF)
    soft = int(usage.ru_utime + usage.ru_stime) + max(1, seconds) + 1
    resource.setrlimit(resource.RLIMIT_CPU, (soft, resource.RLIM_INFINITY))


def _status() -> dict[str, int]:
    """VmPeak/VmHWM/VmRSS in KiB (empty where /proc is unavailable)."""
    out: dict[str, int] = {}
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                key, _, rest = line.partition(":")
                if key in ("VmPeak", "VmHWM", "VmRSS"):
                    out[key] = int(rest.split()[0])
    except (OSError, ValueError, IndexError):
        pass
    return out


def _receive_source(job: dict[str, object], sock: socket.socket | None) -> int:
    if job.get("fd"):
        if sock is None:
            raise OSError("no descriptor channel")
        _msg, fds, _flags, _addr = socket.recv_fds(sock, 16, 4)
        for extra in fds[1:]:
            os.close(extra)
        if not fds:
            raise OSError("no descriptor received")
        return fds[0]
    path = os.fsencode(str(job.get("path", "")))
    return os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))


def _clean(fd: int, kind: str, out: Channel, refs: bool) -> dict[str, object]:
    from defenderdoc.evidence.formats import format_for_kind  # noqa: PLC0415 - after limits
    from defenderdoc.evidence.limits import open_fd, stream_size  # noqa: PLC0415
    from defenderdoc.evidence.pipeline import (  # noqa: PLC0415
        STREAM_KINDS,
        clean_and_verify,
        stream_clean_and_verify,
    )
    from defenderdoc.evidence.shared import SameOffsetRanges, shared_layout  # noqa: PLC0415

    fmt = format_for_kind(kind)
    digest = ""
    src: BinaryIO = open_fd(fd)
    if stream_size(src) >= STREAM_VERIFY_MIN and fmt.kind in STREAM_KINDS:
        sender = SameOffsetRanges(out, fd) if refs else None
        result = stream_clean_and_verify(src, open_fd(fd), fmt, sender or out)
        if sender is not None:
            sender.flush()
            digest = sender.digest.hexdigest()
    else:
        raw = src.read()
        del src
        data, result = clean_and_verify(io.BytesIO(raw), fmt)
        layout = shared_layout(raw, data) if refs else None
        for op in layout or [data]:
            if isinstance(op, tuple):
                out.copy(*op)
            else:
                out.write(op)
        if layout:  # the app stores ranges, not bytes: it needs the hash of what was verified
            digest = hashlib.sha256(data).hexdigest()
    ok: dict[str, object] = json.loads(result.to_json())
    return {"ok": ok, "sha256": digest} if digest else {"ok": ok}


def _serve(
    job: dict[str, object], sock: socket.socket | None, out: Channel, memory_mb: int
) -> None:
    from defenderdoc.evidence.errors import RefusedFileError  # noqa: PLC0415 - after limits

    _cpu_budget(int(str(job.get("cpu", 60))))
    fd = -1
    try:
        fd = _receive_source(job, sock)
        reply = _clean(fd, str(job.get("kind", "unknown")), out, job.get("refs") is True)
    except RefusedFileError as exc:
        near_limit = _status().get("VmPeak", 0) > 0.75 * memory_mb * 1024
        if exc.reason_code == "malformed" and near_limit:
            reply = {
                "error": "memory",
                "message": "",
            }  # decoders report failed allocations as bad data
        else:
            reply = {"error": exc.reason_code, "message": str(exc)}
    except MemoryError:
        reply = {"error": "memory", "message": ""}
    except OSError:
        reply = {"error": "malformed", "message": ""}
    finally:
        if fd >= 0:
            os.close(fd)
    reply["usage"] = _status()
    out.send(RESULT, json.dumps(reply).encode("utf-8"))


def main(argv: list[str]) -> int:
    """Serve jobs from stdin until it closes; stray prints cannot corrupt the frames."""
    memory_mb = int(argv[0])
    sock = socket.socket(fileno=int(argv[1])) if len(argv) > 1 else None
    out = Channel(os.dup(1))
    os.dup2(2, 1)
    sys.stdout = sys.stderr
    _limit(memory_mb)
    try:
        import defenderdoc.evidence.pipeline  # noqa: F401, PLC0415 - load parsers once, under limits
    except MemoryError:
        return EXIT_STARTUP_MEMORY
    out.send(HELLO, b"")
    control = sys.stdin.buffer
    while (job := read_job(control)) is not None:
        _serve(job, sock, out, memory_mb)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
