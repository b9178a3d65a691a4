# SPDX-License-Identifier: GPL-3.0-or-later
"""The documented CLI contract: commands, passphrase descriptors and exit codes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from defenderdoc.cli import main
from tests.conftest import PASSPHRASE


def fd_with(text: str) -> int:
    """A pipe's read end holding ``text`` and a newline, as a script would pass it."""
    read, write = os.pipe()
    os.write(write, text.encode() + b"\n")
    os.close(write)
    return read


def run(vault: Path, *args: str, secret: str = PASSPHRASE) -> int:
    return main(["--vault", str(vault), "--passphrase-fd", str(fd_with(secret)), *args])


@pytest.fixture
def cli_vault(tmp_path: Path) -> Path:
    vault = tmp_path / "cli.ddoc"
    assert run(vault, "vault", "create") == 0
    return vault


def test_create_refuses_existing(cli_vault: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(cli_vault, "vault", "create") == 7
    assert "already exists" in capsys.readouterr().err


def test_check_exit_codes(cli_vault: Path, tmp_path: Path) -> None:
    assert run(cli_vault, "vault", "check") == 0
    assert run(cli_vault, "vault", "check", secret="wrong passphrase") == 2
    data = bytearray((cli_vault / "vault.hdr").read_bytes())
    data[-3] ^= 1
    (cli_vault / "vault.hdr").write_bytes(bytes(data))
    assert run(cli_vault, "vault", "check") == 3
    assert run(tmp_path / "missing.ddoc", "vault", "check") == 6


def test_usage_errors_do_not_look_like_wrong_passphrase(cli_vault: Path) -> None:
    assert main(["--vault", str(cli_vault), "vault", "no-such-command"]) == 64


def test_person_incident_list_search(cli_vault: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert (
        run(
            cli_vault,
            "person",
            "add",
            "--pseudonym",
            "WHRD-Ceiba",
            "--legal-name",
            "Rosa Ejemplo",
            "--consent",
            "un=given",
            "--consent",
            "state=refused",
        )
        == 0
    )
    person_id = int(capsys.readouterr().out.strip())
    assert (
        run(
            cli_vault,
            "incident",
            "add",
            "--title",
            "Amenaza en el albergue",
            "--narrative",
            "Llamadas de intimidación tras la denuncia",
            "--date",
            "2026-03-14",
            "--country",
            "mx",
            "--victim",
            str(person_id),
        )
        == 0
    )
    incident_id = int(capsys.readouterr().out.strip())
    assert run(cli_vault, "incident", "add", "--title", "Smear campaign online") == 0
    capsys.readouterr()
    assert run(cli_vault, "incident", "list", "--json") == 0
    listed = json.loads(capsys.readouterr().out)
    assert {
        "id": incident_id,
        "title": "Amenaza en el albergue",
        "date": "2026-03-14",
        "country": "MX",
    }.items() <= listed[0].items() or any(
        r["id"] == incident_id and r["date"] == "2026-03-14" and r["country"] == "MX"
        for r in listed
    )
    assert run(cli_vault, "incident", "search", "intimidacion", "--json") == 0
    hits = json.loads(capsys.readouterr().out)
    assert [h["id"] for h in hits] == [incident_id]
    assert run(cli_vault, "person", "show", str(person_id), "--json") == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["consent"] == {"un": "given", "state": "refused"}
    assert shown["incidents"] == [incident_id]


def test_invalid_consent_is_a_clear_error(
    cli_vault: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(cli_vault, "person", "add", "--pseudonym", "X", "--consent", "un=maybe") == 12
    assert "consent" in capsys.readouterr().err.lower()


def test_change_passphrase(cli_vault: Path) -> None:
    new = fd_with("the new long passphrase")
    assert run(cli_vault, "vault", "change-passphrase", "--new-passphrase-fd", str(new)) == 0
    assert run(cli_vault, "vault", "check") == 2
    assert run(cli_vault, "vault", "check", secret="the new long passphrase") == 0


def test_verify_backup_restore(
    cli_vault: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(cli_vault, "incident", "add", "--title", "Arbitrary detention") == 0
    assert run(cli_vault, "vault", "verify") == 0
    assert "audit log" in capsys.readouterr().out
    backup = tmp_path / "cli.ddocbak"
    secret = fd_with("backup passphrase here")
    assert (
        run(cli_vault, "vault", "backup", str(backup), "--backup-passphrase-fd", str(secret)) == 0
    )
    into = tmp_path / "restored.ddoc"
    secret = fd_with("backup passphrase here")
    assert (
        run(
            cli_vault,
            "vault",
            "restore",
            str(backup),
            "--into",
            str(into),
            "--backup-passphrase-fd",
            str(secret),
        )
        == 0
    )
    capsys.readouterr()
    assert run(into, "incident", "list", "--json") == 0
    assert json.loads(capsys.readouterr().out)[0]["title"] == "Arbitrary detention"


def test_recovery_code_via_fd(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    vault = tmp_path / "r.ddoc"
    assert run(vault, "vault", "create", "--recovery-code") == 0
    out = capsys.readouterr().out
    code = out.split("store it offline): ")[1].split()[0]
    rc = main(["--vault", str(vault), "--recovery-code-fd", str(fd_with(code)), "vault", "check"])
    assert rc == 0


def test_passphrase_never_accepted_from_argv_or_env(tmp_path: Path) -> None:
    parser_help = subprocess.run(
        [sys.executable, "-m", "defenderdoc.cli", "--vault", "x", "--help"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "--passphrase-fd" in parser_help
    assert "--passphrase " not in parser_help
    assert "PASSPHRASE=" not in parser_help


def test_audit_list(cli_vault: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(cli_vault, "incident", "add", "--title", "Surveillance") == 0
    capsys.readouterr()
    assert (
        main(
            [
                "--vault",
                str(cli_vault),
                "--passphrase-fd",
                str(fd_with(PASSPHRASE)),
                "--actor",
                "officer-1",
                "audit",
                "list",
                "--json",
            ]
        )
        == 0
    )
    entries = json.loads(capsys.readouterr().out)
    assert entries[0]["action"] == "create"


def test_stats_typo_is_reported_before_any_passphrase_prompt(
    cli_vault: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def no_prompt(prompt: str = "") -> str:
        raise AssertionError(f"asked for a passphrase: {prompt!r}")

    monkeypatch.setattr("getpass.getpass", no_prompt)
    assert main(["--vault", str(cli_vault), "stats", "--rows", "no_such"]) == 64
    assert "no_such" in capsys.readouterr().err


def test_misspelt_date_is_a_usage_error_before_unlocking(
    cli_vault: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def no_prompt(prompt: str = "") -> str:
        raise AssertionError(f"asked for a passphrase: {prompt!r}")

    monkeypatch.setattr("getpass.getpass", no_prompt)
    argv = ["--vault", str(cli_vault), "incident", "add", "--title", "T", "--date", "14/03/2026"]
    assert main(argv) == 64
    assert "YYYY-MM-DD" in capsys.readouterr().err
    assert run(cli_vault, "incident", "add", "--title", "T", "--date", "2026-03-14") == 0
