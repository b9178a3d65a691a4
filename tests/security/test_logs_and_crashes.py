# SPDX-License-Identifier: GPL-3.0-or-later
"""Injected failures in save and export leak nothing; the process never dumps core."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest

from defenderdoc.cli import main
from defenderdoc.services import Services
from tests.cli.test_cli import fd_with
from tests.conftest import PASSPHRASE

CANARY = "CANARY-crash-5f1e Ana Ejemplo"


def _boom(*_args: object, **_kwargs: object) -> None:
    raise RuntimeError(f"failure while handling {CANARY}")


@pytest.mark.parametrize(
    ("target", "argv"),
    [
        (
            "defenderdoc.vault.repository.incidents.add_incident",
            ["incident", "add", "--title", CANARY],
        ),
        (
            "defenderdoc.export.builder.build_dossier",
            [
                "export",
                "dossier",
                "--template",
                "public-report",
                "--incident",
                "1",
                "--out",
                "x.pdf",
            ],
        ),
    ],
)
def test_cli_reports_type_only(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
    target: str,
    argv: list[str],
) -> None:
    vault = tmp_path / "v.ddoc"
    services = Services()
    services.create_vault(vault, PASSPHRASE)
    services.lock()
    caplog.set_level(logging.DEBUG)
    monkeypatch.setattr(target, _boom)
    if "dossier" in argv:
        monkeypatch.setattr("defenderdoc.services.dossiers.build_dossier", _boom)
    monkeypatch.chdir(tmp_path)
    code = main(["--vault", str(vault), "--passphrase-fd", str(fd_with(PASSPHRASE)), *argv])
    out = capsys.readouterr()
    assert code == 70
    assert "internal error (RuntimeError); the vault is intact" in out.err
    assert CANARY not in out.err + out.out + caplog.text
    assert PASSPHRASE not in out.err + out.out + caplog.text
    services.unlock(vault, PASSPHRASE)
    assert services.verify().ok
    services.lock()


def test_gui_message_for_unexpected_error(qapp: object, caplog: pytest.LogCaptureFixture) -> None:
    from defenderdoc.gui.messages import user_message

    caplog.set_level(logging.DEBUG)
    text = user_message(RuntimeError(CANARY))
    assert text == "Something went wrong; your vault is intact."
    assert CANARY not in caplog.text
    assert "RuntimeError" in caplog.text


def test_process_cannot_dump_core() -> None:
    code = (
        "import resource, ctypes, ctypes.util\n"
        "from defenderdoc.hardening import harden_process\n"
        "harden_process()\n"
        "libc = ctypes.CDLL(ctypes.util.find_library('c') or 'libc.so.6')\n"
        "print(resource.getrlimit(resource.RLIMIT_CORE), libc.prctl(3, 0, 0, 0, 0))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "(0, 0) 0"  # no core file; PR_GET_DUMPABLE == 0
    assert os.name == "posix"
