# SPDX-License-Identifier: GPL-3.0-or-later
"""Canary sweep: after a full working session, no canary is readable anywhere but the export.

Canaries in Latin, Cyrillic and Arabic script go into a person's names, a
narrative, a place, an evidence file's name and its EXIF fields. Afterwards the
vault folder, the temporary folder, the home folder (cache, config, data), the
settings file and every log line are searched in UTF-8, UTF-16 and base64.
"""

from __future__ import annotations

import base64
import logging
import os
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image

from defenderdoc.domain.records import ConsentDecision, IncidentDraft, PersonDraft, VictimLink
from defenderdoc.export.builder import DossierRequest
from defenderdoc.hardening import silence_content_loggers
from defenderdoc.services import Services
from defenderdoc.settings import Settings, save

TOKEN = uuid.uuid4().hex[:10]
CANARIES = [f"CANARY{TOKEN}latin", f"КАНАРЕЙКА{TOKEN}", f"كناري{TOKEN}", f"señal{TOKEN}ñ"]
PASSPHRASE = f"passphrase {TOKEN} for the sweep"


def forms(text: str) -> list[bytes]:
    utf8 = text.encode("utf-8")
    return [utf8, text.encode("utf-16-le"), text.encode("utf-16-be"), base64.b64encode(utf8)]


def files_under(root: Path, skip: list[Path]) -> Iterator[Path]:
    for folder, dirs, names in os.walk(root):
        here = Path(folder)
        dirs[:] = [d for d in dirs if not any((here / d) == s for s in skip)]
        for name in names:
            path = here / name
            if path.is_file() and not path.is_symlink() and path not in skip:
                yield path


def hits(roots: list[Path], skip: list[Path], extra: list[str] = ()) -> list[str]:  # type: ignore[assignment]
    needles = [(c, f) for c in [*CANARIES, *extra] for f in forms(c)]
    found = []
    for root in roots:
        for path in files_under(root, skip):
            try:
                data = path.read_bytes()
            except OSError:
                continue
            found += [f"{path}: {c}" for c, f in needles if f in data or c in path.name]
    return found


def canary_photo(folder: Path) -> Path:
    exif = Image.Exif()
    exif[0x013B] = CANARIES[0]  # Artist
    exif[0x010E] = CANARIES[1]  # ImageDescription
    exif[0x8298] = CANARIES[3]  # Copyright
    path = folder / f"photo {CANARIES[2]}.jpg"
    Image.new("RGB", (64, 48), (120, 30, 30)).save(path, "JPEG", exif=exif, quality=90)
    return path


@pytest.mark.timeout(300)
def test_full_session_leaves_no_canary(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    incoming, exports = tmp_path / "incoming", tmp_path / "exports"
    incoming.mkdir()
    exports.mkdir()
    photo = canary_photo(incoming)  # the user's own file, made before the app runs
    silence_content_loggers()  # what the app does at start (harden_process)
    caplog.set_level(logging.DEBUG)  # then maximum verbosity everywhere
    for name in ("sqlalchemy.engine", "sqlalchemy.pool", "PIL", "defenderdoc"):
        logging.getLogger(name).setLevel(logging.DEBUG)
    vault = tmp_path / "office.ddoc"
    home = Path(os.environ["HOME"])
    save(Settings(language="es", auto_lock_minutes=7))
    services = Services(actor="officer")
    services.create_vault(vault, PASSPHRASE)
    key_hex = services.vault.keys.db.hex()
    master_hex = services.vault.keys.master.hex()
    person = services.add_person(
        PersonDraft(
            pseudonym=CANARIES[0], legal_name=CANARIES[1], contact=CANARIES[3], notes=CANARIES[2]
        )
    )
    services.record_consent(
        person, ConsentDecision("public", "given", __import__("datetime").date(2026, 1, 1))
    )
    incident = services.add_incident(
        IncidentDraft(
            title=f"Threat {CANARIES[2]}",
            narrative=" ".join(CANARIES),
            place=CANARIES[1],
            region=CANARIES[3],
            country="MX",
            victims=[VictimLink(person)],
        )
    )
    [result] = services.import_evidence([photo], incident_id=incident)
    assert result.status == "imported"
    assert result.evidence_id is not None
    preview = b"".join(services.read_derivative(result.evidence_id))  # in memory only
    assert not any(f in preview for c in CANARIES for f in forms(c))
    services.search_incidents(CANARIES[2])
    services.export_dossier(DossierRequest("internal-brief", [incident]), exports / "brief.pdf")
    services.backup(exports / "backup.ddocbak", "a separate backup secret")
    services.verify()
    services.lock()

    skip = [incoming, exports]
    roots = [vault, Path(tempfile.gettempdir()), home]
    assert hits(roots, skip, [PASSPHRASE, key_hex, master_hex]) == []
    log_text = caplog.text
    for needle in [*CANARIES, PASSPHRASE, key_hex, master_hex]:
        assert needle not in log_text
    assert "INSERT INTO incident" in log_text  # SQL really was logged at this verbosity…
    assert "[SQL parameters hidden due to hide_parameters=True]" in log_text  # …without values
    assert "Row (" not in log_text  # and result rows never
    settings_text = (home / ".config" / "DefenderDoc" / "settings.json").read_text()
    assert str(vault) not in settings_text
    assert "office" not in settings_text
