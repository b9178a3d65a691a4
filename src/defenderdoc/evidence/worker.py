# SPDX-License-Identifier: GPL-3.0-or-later
"""Child-process entry point: clean one file under resource limits.

Run as ``python -m defenderdoc.evidence.worker KIND RESULT_FD MEMORY_MB CPU_S``;
the source path arrives on stdin, the derivative leaves on stdout, and a JSON
result (or error) on RESULT_FD. Limits are applied before anything parses the
file, and RLIMIT_FSIZE=0 guarantees the child cannot write any file at all.
"""

from __future__ import annotations

import io
import json
import os
import sys

#: Files up to this size are cleaned in memory and verified inside the child.
VERIFY_IN_CHILD_MAX = 200 * 1024 * 1024


def _limit(memory_mb: int, cpu_s: int) -> None:
    try:
        import resource  # noqa: PLC0415 - POSIX only
    except ImportError:  # pragma: no cover - Windows has no rlimits
        return
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    resource.setrlimit(resource.RLIMIT_FSIZE, (0, 0))
    resource.setrlimit(resource.RLIMIT_CPU, (cpu_s, cpu_s + 2))
    resource.setrlimit(resource.RLIMIT_AS, (memory_mb * 1024 * 1024,) * 2)


def _near_memory_limit(memory_mb: int) -> bool:
    """Decoders report allocation failures as "bad data"; peak VM tells them apart."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmPeak:"):
                    return int(line.split()[1]) * 1024 > 0.75 * memory_mb * 1024 * 1024
    except (OSError, ValueError, IndexError):
        return False
    return False


def _send(fd: int, payload: dict[str, object]) -> None:
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        json.dump(payload, fh)


def main(argv: list[str]) -> int:
    """Clean the file named on stdin; always report on the result channel."""
    kind, result_fd, memory_mb, cpu_s = argv[0], int(argv[1]), int(argv[2]), int(argv[3])
    out = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)  # stray prints from libraries must not corrupt the derivative
    sys.stdout = sys.stderr
    _limit(memory_mb, cpu_s)
    from defenderdoc.evidence.errors import RefusedFileError  # noqa: PLC0415 - after limits
    from defenderdoc.evidence.formats import format_for_kind  # noqa: PLC0415
    from defenderdoc.evidence.limits import stream_size  # noqa: PLC0415
    from defenderdoc.evidence.pipeline import clean_and_verify  # noqa: PLC0415
    from defenderdoc.evidence.sanitize import sanitize  # noqa: PLC0415

    path = sys.stdin.buffer.read().decode("utf-8", "surrogateescape")
    fmt = format_for_kind(kind)
    try:
        with open(path, "rb") as src:
            if stream_size(src) <= VERIFY_IN_CHILD_MAX:
                data, result = clean_and_verify(io.BytesIO(src.read()), fmt)
                for start in range(0, len(data), 1 << 20):
                    out.write(data[start : start + (1 << 20)])
            else:
                result = sanitize(src, out, fmt)
        out.flush()
        _send(result_fd, {"ok": json.loads(result.to_json())})
    except RefusedFileError as exc:
        if exc.reason_code == "malformed" and _near_memory_limit(memory_mb):
            _send(result_fd, {"error": "memory", "message": ""})
        else:
            _send(result_fd, {"error": exc.reason_code, "message": str(exc)})
    except MemoryError:
        _send(result_fd, {"error": "memory", "message": ""})
    except OSError:
        _send(result_fd, {"error": "malformed", "message": ""})
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
