# SPDX-License-Identifier: GPL-3.0-or-later
"""Run the cleaners in a resource-limited child process.

Parsers of hostile files (EXIF, PDF, ZIP, HEIF) are where exploits and bombs
land; a child with address-space, CPU and core-dump limits, a wall-clock
timeout and no ability to write files contains them. Data moves only through
pipes: no plaintext temporary file is ever created.
"""

from __future__ import annotations

import io
import json
import os
import selectors
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Protocol

import defenderdoc
from defenderdoc.errors import CancelledError
from defenderdoc.evidence.errors import REASONS, RefusedFileError, SandboxKilledError
from defenderdoc.evidence.formats import FileFormat
from defenderdoc.evidence.result import SanitizeResult
from defenderdoc.progress import CancelToken

_READ = 1 << 16


class ChunkSink(Protocol):
    """Anything the derivative can be streamed into (a file, BytesIO, a blob writer)."""

    def write(self, data: bytes, /) -> object:
        """Accept the next chunk."""


_MAX_RESULT = 16 * 1024 * 1024


def _child_env() -> dict[str, str]:
    package_root = str(Path(defenderdoc.__file__).resolve().parent.parent)
    return {
        "PYTHONPATH": package_root,
        "PYTHONDONTWRITEBYTECODE": "1",
        "PYTHONNOUSERSITE": "1",
        "LC_ALL": "C.UTF-8",
        "PATH": os.defpath,
    }


def _kill(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is None:
        proc.kill()
    proc.wait()


def sanitize_in_subprocess_to(
    source_path: str | os.PathLike[str],
    fmt: FileFormat,
    dst: ChunkSink,
    *,
    timeout_s: float = 60,
    memory_limit_mb: int = 1024,
    cancel: CancelToken | None = None,
) -> SanitizeResult:
    """Stream the derivative of ``source_path`` into ``dst``; raise on refusal or kill.

    On any exception ``dst`` holds a partial derivative and must be discarded.
    """
    result_r, result_w = os.pipe()
    cmd = [
        sys.executable,
        "-s",
        "-m",
        "defenderdoc.evidence.worker",
        fmt.kind,
        str(result_w),
        str(memory_limit_mb),
        str(max(1, int(timeout_s))),
    ]
    proc = subprocess.Popen(
        cmd,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        pass_fds=(result_w,),
        env=_child_env(),
        close_fds=True,
    )
    os.close(result_w)
    if proc.stdin is None or proc.stdout is None:  # pragma: no cover - Popen contract
        raise SandboxKilledError("crashed")
    try:
        proc.stdin.write(os.fsencode(source_path))
        proc.stdin.close()
    except BrokenPipeError:
        pass
    result = bytearray()
    deadline = time.monotonic() + timeout_s
    sel = selectors.DefaultSelector()
    sel.register(proc.stdout, selectors.EVENT_READ, "out")
    sel.register(result_r, selectors.EVENT_READ, "result")
    try:
        while sel.get_map():
            if cancel is not None and cancel.cancelled:
                _kill(proc)
                raise CancelledError
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                _kill(proc)
                raise SandboxKilledError("timeout")
            for key, _ in sel.select(timeout=min(remaining, 0.2)):
                fd = key.fd
                chunk = os.read(fd, _READ)
                if not chunk:
                    sel.unregister(key.fileobj)
                elif key.data == "out":
                    dst.write(chunk)
                elif len(result) < _MAX_RESULT:
                    result.extend(chunk)
        proc.wait(timeout=max(0.1, deadline - time.monotonic()))
    except subprocess.TimeoutExpired as exc:
        _kill(proc)
        raise SandboxKilledError("timeout") from exc
    finally:
        sel.close()
        os.close(result_r)
        proc.stdout.close()
        if proc.poll() is None:
            _kill(proc)
    return _interpret(proc.returncode, bytes(result))


def _interpret(returncode: int, raw: bytes) -> SanitizeResult:
    if returncode in (-signal.SIGXCPU, -signal.SIGKILL):
        raise SandboxKilledError("timeout")
    try:
        payload = json.loads(raw.decode("utf-8")) if raw else None
    except (UnicodeDecodeError, json.JSONDecodeError):
        payload = None
    if not isinstance(payload, dict):
        raise SandboxKilledError("memory" if returncode == -signal.SIGABRT else "crashed")
    if "error" in payload:
        code = str(payload["error"])
        if code in ("memory", "timeout", "crashed"):
            raise SandboxKilledError(code)
        message = str(payload.get("message") or REASONS.get(code, ""))
        raise RefusedFileError(code, message or None)
    return SanitizeResult.from_json(json.dumps(payload.get("ok")))


def sanitize_in_subprocess(
    source_path: str | os.PathLike[str],
    fmt: FileFormat,
    *,
    timeout_s: float = 60,
    memory_limit_mb: int = 1024,
    cancel: CancelToken | None = None,
) -> tuple[bytes, SanitizeResult]:
    """Like ``sanitize_in_subprocess_to`` but return the derivative as bytes."""
    buf = io.BytesIO()
    result = sanitize_in_subprocess_to(
        source_path, fmt, buf, timeout_s=timeout_s, memory_limit_mb=memory_limit_mb, cancel=cancel
    )
    return buf.getvalue(), result
