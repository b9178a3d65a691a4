# SPDX-License-Identifier: GPL-3.0-or-later
"""Nothing readable at rest: canaries never appear in any vault file, WAL included."""

from __future__ import annotations

import base64
import os
import tempfile
from pathlib import Path

import pytest

from defenderdoc.domain.records import IncidentDraft, PersonDraft
from defenderdoc.errors import DatabaseDamagedError
from defenderdoc.services import Services
from defenderdoc.vault.engine import connect_raw

CANARIES = ["CANARY-7f3a-latin", "КАНАРЕЙКА-кириллица", "كناري-عربي-٤٢", "canario-señal-ñ"]


def encodings(text: str) -> list[bytes]:
    utf8 = text.encode("utf-8")
    return [utf8, text.encode("utf-16-le"), base64.b64encode(utf8)]


def hits(folder: Path) -> list[str]:
    found = []
    for root, _dirs, files in os.walk(folder):
        for name in files:
            data = Path(root, name).read_bytes()
            for canary in CANARIES:
                if (
                    any(form in data for form in encodings(canary))
                    or canary.encode() in name.encode()
                ):
                    found.append(f"{name}: {canary}")
    return found


def _fill(services: Services) -> None:
    person = services.add_person(
        PersonDraft(pseudonym=CANARIES[0], legal_name=CANARIES[1], contact=CANARIES[3])
    )
    for i in range(30):
        services.add_incident(
            IncidentDraft(
                title=f"{CANARIES[0]} {i}",
                narrative=" ".join(CANARIES) * 20,
                place=CANARIES[2],
                region=CANARIES[3],
                country="MX",
            )
        )
    assert services.search_incidents(CANARIES[2])  # FTS index holds them too
    assert person


def test_no_canary_in_vault_or_temp_files(open_vault: Services, vault_path: Path) -> None:
    temp_before = set(os.listdir(tempfile.gettempdir()))
    _fill(open_vault)
    assert hits(vault_path) == []  # while open: -wal and -shm included
    open_vault.lock()
    assert hits(vault_path) == []
    new_temp = set(os.listdir(tempfile.gettempdir())) - temp_before
    assert not [n for n in new_temp if n.startswith("etilqs_")]


def test_wal_captured_mid_transaction_holds_no_canary(
    open_vault: Services, vault_path: Path, tmp_path: Path
) -> None:
    vault = open_vault.vault
    with vault.session(write=True) as session:
        from defenderdoc.vault.repository.incidents import add_incident

        for i in range(200):
            add_incident(
                session, IncidentDraft(title=f"{CANARIES[0]} {i}", narrative=CANARIES[1] * 50)
            )
        session.flush()
        # copy the files while the write transaction is still open
        copies = tmp_path / "copies"
        copies.mkdir()
        for name in os.listdir(vault_path):
            if name.startswith("vault.db"):
                (copies / name).write_bytes((vault_path / name).read_bytes())
    assert hits(copies) == []


def test_database_file_is_not_plain_sqlite(open_vault: Services, vault_path: Path) -> None:
    open_vault.lock()
    head = (vault_path / "vault.db").read_bytes()[:16]
    assert head != b"SQLite format 3\x00"
    import sqlite3

    con = sqlite3.connect(vault_path / "vault.db")
    with pytest.raises(sqlite3.DatabaseError, match="not a database"):
        con.execute("SELECT name FROM sqlite_master").fetchall()
    con.close()


def test_runtime_settings_are_enforced(open_vault: Services) -> None:
    raw = open_vault.vault.engine.raw_connection()
    try:
        cur = raw.cursor()
        assert cur.execute("PRAGMA cipher_version").fetchone()[0]
        assert cur.execute("PRAGMA temp_store").fetchone()[0] == 2
        assert cur.execute("PRAGMA secure_delete").fetchone()[0] == 1
        assert cur.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert cur.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    finally:
        raw.close()


def test_wrong_key_connection_is_refused(open_vault: Services, vault_path: Path) -> None:
    with pytest.raises(DatabaseDamagedError):
        connect_raw(vault_path / "vault.db", "x'" + "00" * 48 + "'")


def test_vault_files_are_private(open_vault: Services, vault_path: Path) -> None:
    assert vault_path.stat().st_mode & 0o777 == 0o700
    for name in ("vault.hdr", "vault.db", "vault.lock"):
        assert (vault_path / name).stat().st_mode & 0o077 == 0, name
