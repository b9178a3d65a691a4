# SPDX-License-Identifier: GPL-3.0-or-later
"""Run a worker module as a child, let it work for a while, then kill -9 it."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def run_then_kill(module: str, args: list[str], secret: str, delay: float) -> list[str]:
    """The lines the child printed before SIGKILL (each one a completed operation).

    The child reads ``secret`` from stdin, prints "ready" once it is set up, and then
    reports each finished operation on its own line.
    """
    child = subprocess.Popen(
        [sys.executable, "-m", module, *args],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        cwd=ROOT,
        text=True,
    )
    assert child.stdin is not None
    assert child.stdout is not None
    child.stdin.write(secret + "\n")
    child.stdin.close()
    assert child.stdout.readline().strip() == "ready"
    time.sleep(delay)
    child.send_signal(signal.SIGKILL)
    child.wait()
    return child.stdout.read().splitlines()
