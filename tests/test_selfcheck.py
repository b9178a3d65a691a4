# SPDX-License-Identifier: GPL-3.0-or-later
"""The launcher answers --version and --self-check without a display or Qt."""

from __future__ import annotations

import os
import subprocess
import sys

from defenderdoc import __version__


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "QT_QPA_PLATFORM")}
    return subprocess.run(
        [sys.executable, "-m", "defenderdoc", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
    )


def test_version() -> None:
    result = _run("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"DefenderDoc {__version__}"


def test_self_check_exports_a_dossier() -> None:
    result = _run("--self-check")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "vault verified: ok" in result.stdout
    assert result.stdout.strip().endswith("self-check passed")
