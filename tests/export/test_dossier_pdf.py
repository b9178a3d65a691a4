# SPDX-License-Identifier: GPL-3.0-or-later
"""Every template exported as PDF from the demo vault: what was redacted is not in it.

Checked on the text pdftotext extracts AND on the decompressed PDF streams (qpdf
--qdf), so nothing hides in a font, a bookmark or an uncompressed string.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from defenderdoc.demo import DEMO_PASSPHRASE, create_demo_vault
from defenderdoc.export.builder import DossierRequest
from defenderdoc.export.templates import TEMPLATES
from defenderdoc.services import Services
from tests.evidence.conftest import CHECKER

PDFTOTEXT, QPDF = shutil.which("pdftotext"), shutil.which("qpdf")
pytestmark = pytest.mark.skipif(not PDFTOTEXT or not QPDF, reason="needs poppler and qpdf")


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Services:
    from defenderdoc.vault import crypto
    from tests.conftest import CHEAP_KDF

    crypto.use_cheap_kdf_for_tests(CHEAP_KDF)
    services = Services()
    create_demo_vault(services, tmp_path_factory.mktemp("demo") / "demo.ddoc", DEMO_PASSPHRASE)
    yield services  # type: ignore[misc]
    services.lock()


def _texts(pdf: Path) -> tuple[str, str]:
    text = subprocess.run(
        [str(PDFTOTEXT), "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    qdf = pdf.with_suffix(".qdf")
    subprocess.run([str(QPDF), "--qdf", "--object-streams=disable", str(pdf), str(qdf)], check=True)
    return text, qdf.read_bytes().decode("latin-1")


def _secrets(services: Services, person_ids: list[int], incident_ids: list[int]) -> list[str]:
    """Strings that must never leave outside the internal brief."""
    found = []
    for pid in person_ids:
        draft = services.get_person(pid).draft
        found += [v for v in (draft.contact, draft.notes) if v]
    for iid in incident_ids:
        for source in services.sources_of(iid):
            found.append(source.description)
    return found


@pytest.mark.parametrize("template_id", sorted(TEMPLATES))
def test_template_pdf_leaks_nothing_redacted(
    demo: Services, tmp_path: Path, template_id: str
) -> None:
    ids = [s.id for s in demo.list_incidents(limit=12)]
    request = DossierRequest(
        template_id,
        ids,
        mandates=("SR on human rights defenders",),
        submitter="Fictional Network (demo)",
        requested_support=("relocation",),
    )
    preview = demo.preview_dossier(request)
    target = tmp_path / f"{template_id}.pdf"
    demo.export_dossier(request, target)
    text, raw = _texts(target)
    people = {
        v
        for r in ids
        for v in [x.person_id for x in demo.get_incident(r).draft.victims]
        if v is not None
    }
    included = set(preview.person_ids)
    withheld = people - included
    assert preview.content.title.split()[0] in text
    for secret in _secrets(demo, sorted(people), ids):
        if template_id != "internal-brief":
            assert secret not in text
            assert secret not in raw
    for pid in withheld:  # persons without consent for this use: not even their pseudonym
        draft = demo.get_person(pid).draft
        for name in (draft.pseudonym, draft.legal_name or ""):
            if name and template_id != "internal-brief":
                assert name not in text, (template_id, name)
    for pid in included:
        legal = demo.get_person(pid).draft.legal_name or ""
        consent = demo.get_person(pid).consents.get("state")
        if (
            template_id in ("un-communication", "wgeid")
            and legal
            and (consent is None or consent.status != "given")
        ):
            assert legal not in text  # no disclosure to the State without consent
    if template_id == "public-report":
        for pid in people:
            assert demo.get_person(pid).draft.pseudonym not in text


def test_pdf_metadata_is_clean(demo: Services, tmp_path: Path) -> None:
    if not shutil.which("exiftool"):
        pytest.skip("needs exiftool")
    ids = [s.id for s in demo.list_incidents(limit=5)]
    target = tmp_path / "out" / "dossier.pdf"
    target.parent.mkdir()
    demo.export_dossier(
        DossierRequest("protection-request", ids, language="ar", requested_support=("relocation",)),
        target,
    )
    check = subprocess.run(
        [sys.executable, str(CHECKER), "--fail-on", "low", str(target.parent)],
        capture_output=True,
        text=True,
        check=False,
    )
    findings = [
        " ".join(line.split())
        for line in check.stdout.splitlines()
        if line.strip().startswith(("HIGH", "MEDIUM", "LOW"))
    ]
    # The one finding allowed is the document language, kept on purpose for screen readers.
    assert findings == ["LOW PDF:Language = ar"], check.stdout


def test_arabic_text_round_trips(open_vault: Services, tmp_path: Path) -> None:
    from defenderdoc.domain.records import ConsentDecision, IncidentDraft, PersonDraft, VictimLink

    sentence = "هددت مجموعة مجهولة المدافعة بعد زيارة المقرر الخاص"
    person = open_vault.add_person(PersonDraft(pseudonym="WHRD-Zaytun"))
    open_vault.record_consent(
        person, ConsentDecision("partner", "given", __import__("datetime").date(2026, 1, 1))
    )
    incident = open_vault.add_incident(
        IncidentDraft(
            title="تهديد بعد زيارة أممية",
            narrative=sentence,
            country="LB",
            victims=[VictimLink(person)],
        )
    )
    target = tmp_path / "ar.pdf"
    open_vault.export_dossier(
        DossierRequest(
            "protection-request", [incident], language="ar", requested_support=("relocation",)
        ),
        target,
    )
    text, _raw = _texts(target)
    assert " ".join(sentence.split()) in " ".join(text.split())
    assert "تهديد بعد زيارة أممية" in text
