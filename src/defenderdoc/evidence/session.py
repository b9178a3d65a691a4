# SPDX-License-Identifier: GPL-3.0-or-later
"""A long-lived, resource-limited cleaning child reused for a batch of files.

Spawning Python and importing the parsers costs 0.2-0.3 s, more than cleaning
and verifying a 12-megapixel JPEG; a batch import therefore keeps one child and
sends it one job at a time. The app stays in control: each job has a
wall-clock watchdog, and a child that timed out, ran out of memory, crashed,
was cancelled or spoke out of protocol is killed and replaced before the next
job, while the job that caused it gets a clear refusal. The source is handed
over as an open descriptor, so the child cleans exactly the file the app
opened and hashed, not whatever sits at the path a moment later.

``submit`` starts a job and returns at once, so the app can seal the original
on one core while the child cleans on the other; ``CleanJob.result`` then
streams the derivative. ``clean`` does both in one call. A job submitted with
``refs`` may answer with ranges of the source instead of their bytes (when the
app keeps the original, a derivative that shares most of its bytes is then
stored as a recipe over it and the bytes never cross the pipe).
"""

from __future__ import annotations

import json
import os
import re
import stat
import threading
import time
from pathlib import Path
from types import TracebackType
from typing import cast

from defenderdoc.errors import CancelledError
from defenderdoc.evidence.childproc import CAN_PASS_FDS, WorkerProcess
from defenderdoc.evidence.errors import REASONS, RefusedFileError, SandboxKilledError
from defenderdoc.evidence.formats import FileFormat
from defenderdoc.evidence.protocol import (
    COPY,
    COPY_RANGE,
    DATA,
    HELLO,
    RESULT,
    ChunkSink,
    ProtocolError,
    RangeSink,
    encode_job,
)
from defenderdoc.evidence.result import SanitizeResult
from defenderdoc.evidence.source import open_regular
from defenderdoc.progress import CancelToken

#: A path to open, or an already-open readable descriptor (cleaned from offset 0, not closed).
Source = str | os.PathLike[str] | int

_STARTUP_S = 30.0
_HEX64 = re.compile("[0-9a-f]{64}")
#: Extra watchdog time per byte of source: large media legitimately takes longer.
_BYTES_PER_S = 20 * 1024 * 1024


class CleanJob:
    """A job running in the session's child; collect it once with ``result``.

    The session serves nothing else until the job is collected or abandoned;
    leaving a ``with`` block without collecting abandons it (kills the child).
    A descriptor source must stay open until then.
    """

    def __init__(
        self,
        session: CleanerSession,
        child: WorkerProcess,
        fd: int,
        owned: bool,
        limit: float,
        *,
        refs: bool = False,
    ) -> None:
        self._session, self._child, self._fd, self._owned = session, child, fd, owned
        self._refs = refs
        self._deadline = time.monotonic() + limit
        self._done = False
        #: SHA-256 of the verified copy, as the child computed it (sent with ranges only).
        self.sha256: str | None = None

    def __enter__(self) -> CleanJob:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.abandon()

    def result(
        self, dst: ChunkSink | RangeSink, cancel: CancelToken | None = None
    ) -> SanitizeResult:
        """Stream the verified derivative into ``dst``; raise on refusal, kill or cancel.

        A job submitted with ``refs`` needs a ``RangeSink``. On any exception
        ``dst`` holds a partial derivative and must be discarded.
        """
        if self._done:
            raise RuntimeError("job already collected")
        try:
            reply = self._pump(dst, cancel)
            digest = reply.get("sha256")
            if isinstance(digest, str) and _HEX64.fullmatch(digest):
                self.sha256 = digest
            self._session.account(self._child, reply)
        except BaseException:
            self._session.discard()  # mid-job: the child cannot be resynchronised
            raise
        finally:
            self._finish()
        return _interpret(reply)

    def abandon(self) -> None:
        """Give up on an uncollected job: the child is killed and replaced next time."""
        if not self._done:
            self._session.discard()
            self._finish()

    def _finish(self) -> None:
        self._done = True
        if self._owned:
            os.close(self._fd)
            self._owned = False
        self._session.release()

    def _pump(self, dst: ChunkSink | RangeSink, cancel: CancelToken | None) -> dict[str, object]:
        """Forward DATA frames into ``dst`` until the job's RESULT frame arrives."""
        try:
            while True:
                frames = self._child.read_frames(self._deadline, cancel)
                for index, (ftype, payload) in enumerate(frames):
                    if ftype == DATA:
                        dst.write(payload)
                    elif ftype == COPY and self._refs and len(payload) == COPY_RANGE.size:
                        cast(RangeSink, dst).copy(*COPY_RANGE.unpack(payload))
                    elif ftype == RESULT:
                        if self._child.reader.pending or index != len(frames) - 1:
                            raise ProtocolError("data after result")
                        reply = json.loads(payload.decode("utf-8"))
                        if not isinstance(reply, dict):
                            raise ProtocolError("result is not an object")
                        return reply
                    else:
                        raise ProtocolError("unexpected frame")
        except (ProtocolError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise SandboxKilledError("crashed") from exc


class CleanerSession:
    """Clean many files, one at a time, in one reusable sandboxed child.

    Use as a context manager (or call ``close``). Thread-safe: concurrent jobs
    are served one after another. ``memory_limit_mb`` is the child's
    address-space limit; ``timeout_s`` the default per-job watchdog, extended by
    one second per 20 MiB of source. The child is replaced after ``max_jobs``
    jobs or once its resident size passed ``recycle_rss_mb``, so memory one big
    file made it hold is returned to the system.
    """

    def __init__(
        self,
        *,
        memory_limit_mb: int = 1024,
        timeout_s: float = 60,
        max_jobs: int = 1000,
        recycle_rss_mb: int = 256,
    ) -> None:
        self.memory_limit_mb, self.timeout_s = memory_limit_mb, timeout_s
        self.max_jobs, self.recycle_rss_mb = max_jobs, recycle_rss_mb
        self._child: WorkerProcess | None = None
        self._lock = threading.Lock()
        self._closed = False
        #: Children started so far, and the highest resident size any reported (KiB).
        self.spawned = 0
        self.peak_rss_kb = 0
        #: The child's VmPeak/VmHWM/VmRSS (KiB) after the last job, where /proc exists.
        self.last_usage: dict[str, int] = {}

    def __enter__(self) -> CleanerSession:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    @property
    def pid(self) -> int | None:
        """Process id of the current child, if one is running."""
        child = self._child
        return child.proc.pid if child is not None and child.alive() else None

    def close(self) -> None:
        """Stop the child (waiting for a running job); the session cannot be used afterwards."""
        with self._lock:
            self._closed = True
            if self._child is not None:
                self._child.stop()
                self._child = None

    def clean(
        self,
        source: Source,
        fmt: FileFormat,
        dst: ChunkSink,
        cancel: CancelToken | None = None,
        *,
        timeout_s: float | None = None,
    ) -> SanitizeResult:
        """Stream the verified derivative of ``source`` into ``dst``; raise on refusal or kill.

        On any exception ``dst`` holds a partial derivative and must be discarded.
        """
        if cancel is not None and cancel.cancelled:
            raise CancelledError
        with self.submit(source, fmt, timeout_s=timeout_s) as job:
            return job.result(dst, cancel)

    def submit(
        self,
        source: Source,
        fmt: FileFormat,
        *,
        timeout_s: float | None = None,
        refs: bool = False,
    ) -> CleanJob:
        """Start cleaning ``source`` in the child and return without waiting for it.

        With ``refs`` the child may send ranges of the source (collect the job
        into a ``RangeSink``).
        """
        self._lock.acquire()
        try:
            if self._closed:
                raise RuntimeError("CleanerSession is closed")
            fd, owned = _source_fd(source)
        except BaseException:
            self._lock.release()
            raise
        try:
            size = os.fstat(fd).st_size
            limit = (self.timeout_s if timeout_s is None else timeout_s) + size / _BYTES_PER_S
            child = self._dispatch(fd, source, fmt, limit, refs)
        except BaseException:
            if owned:
                os.close(fd)
            self._lock.release()
            raise
        return CleanJob(self, child, fd, owned, limit, refs=refs)

    def release(self) -> None:
        """Called by ``CleanJob`` when it is finished."""
        self._lock.release()

    def discard(self) -> None:
        """Kill the current child; the next job starts a new one."""
        if self._child is not None:
            self._child.kill()
            self._child = None

    def account(self, child: WorkerProcess, reply: dict[str, object]) -> None:
        """Record the child's memory use after a job and recycle it if needed (job's lock held)."""
        usage = reply.get("usage")
        child.jobs += 1
        if isinstance(usage, dict):
            self.last_usage = {str(k): int(v) for k, v in usage.items()}
        rss, peak = self.last_usage.get("VmRSS", 0), self.last_usage.get("VmPeak", 0)
        self.peak_rss_kb = max(self.peak_rss_kb, self.last_usage.get("VmHWM", 0), rss)
        if (
            reply.get("error") in ("memory", "timeout", "crashed")
            or child.jobs >= self.max_jobs
            or rss > self.recycle_rss_mb * 1024
            or peak > self.memory_limit_mb * 1024 // 2
        ):
            self.discard()

    def _ensure_child(self) -> WorkerProcess:
        if self._child is not None and self._child.alive():
            return self._child
        self.discard()
        child = WorkerProcess(self.memory_limit_mb)
        self.spawned += 1
        try:
            frames = child.read_frames(time.monotonic() + _STARTUP_S, None)
            if frames[0][0] != HELLO:
                raise ProtocolError("no greeting")
        except BaseException:
            child.kill()
            raise
        self._child = child
        return child

    def _dispatch(
        self, fd: int, source: Source, fmt: FileFormat, limit: float, refs: bool
    ) -> WorkerProcess:
        """Send the job, replacing a child that died while idle (once)."""
        job: dict[str, object] = {
            "kind": fmt.kind,
            "cpu": int(limit) + 1,
            "fd": CAN_PASS_FDS,
            "refs": refs,
        }
        if not CAN_PASS_FDS:  # pragma: no cover - platforms without SCM_RIGHTS
            if isinstance(source, int):
                raise RefusedFileError("unsupported_format", "descriptor passing unavailable")
            job["path"] = os.fsdecode(source)
        for attempt in (1, 2):
            child = self._ensure_child()
            try:
                child.send(encode_job(job), fd)
                return child
            except OSError:
                self.discard()
                if attempt == 2:
                    raise SandboxKilledError("crashed") from None
        raise AssertionError("unreachable")  # pragma: no cover


def _source_fd(source: Source) -> tuple[int, bool]:
    """(descriptor, whether we opened it); only regular files are cleaned."""
    if isinstance(source, int):
        if not stat.S_ISREG(os.fstat(source).st_mode):
            raise RefusedFileError("malformed", REASONS["malformed"] + " (not a regular file)")
        return source, False
    fd, _info = open_regular(Path(os.fspath(source)))
    return fd, True


def _interpret(reply: dict[str, object]) -> SanitizeResult:
    if "error" in reply:
        code = str(reply["error"])
        if code in ("memory", "timeout", "crashed"):
            raise SandboxKilledError(code)
        message = str(reply.get("message") or REASONS.get(code, ""))
        raise RefusedFileError(code, message or None)
    ok = reply.get("ok")
    if not isinstance(ok, dict):
        raise SandboxKilledError("crashed")
    return SanitizeResult.from_json(json.dumps(ok))
