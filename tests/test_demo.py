# SPDX-License-Identifier: GPL-3.0-or-later
"""The demo vault: deterministic, varied, multilingual, fictional and valid."""

from __future__ import annotations

import re
from pathlib import Path

from defenderdoc.demo import DEMO_INCIDENTS, DEMO_PASSPHRASE, create_demo_vault
from defenderdoc.domain.records import IncidentDraft
from defenderdoc.services import Services
from defenderdoc.validation import check_incident, check_person

ARABIC = re.compile(r"[\u0600-\u06FF]")


def _snapshot(path: Path) -> list[tuple[str, str | None, str | None]]:
    services = Services()
    create_demo_vault(services, path, DEMO_PASSPHRASE)
    try:
        rows = services.list_incidents(limit=1000, sort="id", descending=False)
        return [(r.title, r.country, str(r.start_date)) for r in rows]
    finally:
        services.lock()


def test_demo_is_deterministic(tmp_path: Path) -> None:
    assert _snapshot(tmp_path / "a.ddoc") == _snapshot(tmp_path / "b.ddoc")


def test_demo_content(tmp_path: Path) -> None:
    services = Services()
    assert create_demo_vault(services, tmp_path / "d.ddoc", DEMO_PASSPHRASE) == DEMO_INCIDENTS
    try:
        rows = services.list_incidents(limit=1000)
        assert len(rows) == DEMO_INCIDENTS
        assert len({r.country for r in rows}) >= 8
        drafts: list[IncidentDraft] = [services.get_incident(r.id).draft for r in rows]
        texts = [d.narrative or "" for d in drafts]
        assert any(ARABIC.search(t) for t in texts)
        assert any(" la " in t or " las " in t for t in texts)  # Spanish
        assert any(" les " in t or " une " in t for t in texts)  # French
        for draft in drafts:
            check_incident(draft, services.vocabulary)
            assert draft.victims
            assert draft.types
            assert draft.perpetrators
        people = services.list_persons(limit=1000)
        assert len(people) >= 50
        for person in people[:20]:
            record = services.get_person(person.id)
            check_person(record.draft, services.vocabulary)
            assert record.draft.legal_name
            assert record.draft.contact
            assert "000" in record.draft.contact  # fictional numbers only
        statuses = {d.status for p in people for d in services.get_person(p.id).consents.values()}
        assert statuses == {"given", "refused", "withdrawn"}
        assert services.search_incidents("amenaza") or services.search_incidents("amenazas")
        assert services.verify().ok
    finally:
        services.lock()


def test_demo_module_stays_light() -> None:
    """The launcher imports it before the unlock window shows; services must not come along."""
    import subprocess
    import sys

    code = "import sys, defenderdoc.demo; print('defenderdoc.services' in sys.modules)"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"
