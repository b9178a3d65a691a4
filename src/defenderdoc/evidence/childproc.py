# SPDX-License-Identifier: GPL-3.0-or-later
"""One sandboxed worker process as the app sees it: pipes, frames, death reasons.

Kept apart from ``session`` (the job bookkeeping) so the low-level rules live
in one place: the child gets a minimal environment, no stderr, a descriptor
socket for SCM_RIGHTS, and every read from it is bounded by a deadline and
checked against cancellation; a child that dies mid-job is mapped to a reason.
"""

from __future__ import annotations

import contextlib
import os
import selectors
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import defenderdoc
from defenderdoc.errors import CancelledError
from defenderdoc.evidence.errors import SandboxKilledError
from defenderdoc.evidence.protocol import EXIT_STARTUP_MEMORY, FrameReader
from defenderdoc.progress import CancelToken

#: Whether open descriptors can be handed to the child (POSIX SCM_RIGHTS).
CAN_PASS_FDS = hasattr(socket, "send_fds") and hasattr(socket, "AF_UNIX")
_READ = 1024 * 1024
_PIPE_SIZE = 1024 * 1024


def _child_env() -> dict[str, str]:
    package_root = str(Path(defenderdoc.__file__).resolve().parent.parent)
    return {
        "PYTHONPATH": package_root,
        "PYTHONDONTWRITEBYTECODE": "1",
        "PYTHONNOUSERSITE": "1",
        "LC_ALL": "C.UTF-8",
        "PATH": os.defpath,
        # glibc returns every freed multi-megabyte buffer to the system and faults
        # fresh zeroed pages in for the next file (about 6,000 faults per photo, a
        # third of the child's time). Keep buffers up to 32 MiB in the heap for reuse;
        # the session recycles a child whose resident size grew past its limit.
        "MALLOC_MMAP_THRESHOLD_": str(32 * 1024 * 1024),
        "MALLOC_TRIM_THRESHOLD_": str(128 * 1024 * 1024),
    }


def _widen_pipe(fd: int) -> None:
    """Default 64 KiB pipes cap the throughput of large media; ask for 1 MiB (Linux)."""
    try:
        import fcntl  # noqa: PLC0415 - POSIX only
    except ImportError:  # pragma: no cover - Windows
        return
    if hasattr(fcntl, "F_SETPIPE_SZ"):
        with contextlib.suppress(OSError):
            fcntl.fcntl(fd, fcntl.F_SETPIPE_SZ, _PIPE_SIZE)


class WorkerProcess:
    """A started ``defenderdoc.evidence.worker`` and its channels."""

    def __init__(self, memory_limit_mb: int) -> None:
        # In a frozen bundle the executable is the app itself, which dispatches this flag
        # to the worker before anything else is imported (see defenderdoc/__main__.py).
        entry = (
            ["--evidence-worker"]
            if getattr(sys, "frozen", False)
            else ["-s", "-m", "defenderdoc.evidence.worker"]
        )
        cmd = [sys.executable, *entry, str(memory_limit_mb)]
        self.sock: socket.socket | None = None
        child_sock: socket.socket | None = None
        if CAN_PASS_FDS:
            self.sock, child_sock = socket.socketpair(socket.AF_UNIX, socket.SOCK_STREAM)
            cmd.append(str(child_sock.fileno()))
        try:
            self.proc = subprocess.Popen(
                cmd,
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
                pass_fds=(child_sock.fileno(),) if child_sock else (),
                env=_child_env(),
                close_fds=True,
            )
        finally:
            if child_sock is not None:
                child_sock.close()
        if self.proc.stdin is None or self.proc.stdout is None:  # pragma: no cover - Popen contract
            raise SandboxKilledError("crashed")
        self.stdin, self.stdout = self.proc.stdin, self.proc.stdout
        _widen_pipe(self.stdout.fileno())
        self.reader = FrameReader()
        self.jobs = 0

    def alive(self) -> bool:
        return self.proc.poll() is None

    def send(self, job: bytes, fd: int | None) -> None:
        """Hand over the source descriptor (if any), then the job request."""
        if fd is not None and self.sock is not None:
            socket.send_fds(self.sock, [b"F"], [fd])
        self.stdin.write(job)
        self.stdin.flush()

    def kill(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
        self.proc.wait()
        self._close_pipes()

    def stop(self) -> None:
        """End an idle child at once: it holds nothing to save (it cannot even write a
        file), and an orderly interpreter shutdown costs 30 ms per batch."""
        self.kill()

    def _close_pipes(self) -> None:
        for stream in (self.stdin, self.stdout):
            with contextlib.suppress(OSError):
                stream.close()
        if self.sock is not None:
            self.sock.close()

    def death_reason(self) -> str:
        """Reason code for a child that exited in the middle of a job."""
        try:
            code = self.proc.wait(timeout=2)
        except subprocess.TimeoutExpired:  # closed its output but kept running
            return "crashed"
        if code in (-signal.SIGXCPU, -signal.SIGKILL):
            return "timeout"
        if code in (-signal.SIGABRT, EXIT_STARTUP_MEMORY):
            return "memory"
        return "crashed"

    def read_frames(self, deadline: float, cancel: CancelToken | None) -> list[tuple[bytes, bytes]]:
        """Block until at least one frame arrived; kill the child on deadline or cancel."""
        with selectors.DefaultSelector() as sel:
            sel.register(self.stdout, selectors.EVENT_READ)
            while True:
                frames = self.reader.frames()
                if frames:
                    return frames
                if cancel is not None and cancel.cancelled:
                    self.kill()
                    raise CancelledError
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    self.kill()
                    raise SandboxKilledError("timeout")
                if sel.select(timeout=min(remaining, 0.1)):
                    chunk = os.read(self.stdout.fileno(), _READ)
                    if not chunk:
                        reason = self.death_reason()
                        self.kill()
                        raise SandboxKilledError(reason)
                    self.reader.feed(chunk)
