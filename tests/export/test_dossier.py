# SPDX-License-Identifier: GPL-3.0-or-later
"""Dossiers leave with exactly what consent and the profile allow."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from defenderdoc.errors import ConsentConflictError, InvalidInputError
from defenderdoc.export.builder import DossierRequest
from defenderdoc.export.templates import template
from tests.export.conftest import SECRETS, Case


def _json(case: Case, tmp_path: Path, template_id: str, **kwargs: object) -> tuple[str, dict]:  # type: ignore[type-arg]
    ids = [case.main, case.gamma_only, case.delta_only]
    request = DossierRequest(template_id, ids, **kwargs)  # type: ignore[arg-type]
    target = tmp_path / f"{template_id}.json"
    case.services.export_dossier(request, target, fmt="json")
    raw = target.read_text(encoding="utf-8")
    return raw, json.loads(raw)


def _assert_never(raw: str, *keys: str) -> None:
    for key in keys:
        assert SECRETS[key] not in raw, key


def test_un_communication_respects_consent(case: Case, tmp_path: Path) -> None:
    raw, data = _json(
        case,
        tmp_path,
        "un-communication",
        mandates=("SR on HRDs",),
        submitter="Fictional Network",
        urgent=True,
    )
    assert "Ana CONSENTED" in raw  # consented to the UN and to disclosure to the State
    assert "WHRD-Beta" in raw  # consented to the UN but not to name disclosure
    _assert_never(
        raw, "state_refused_legal", "refused_legal", "contact", "source", "place", "coords"
    )
    assert "WHRD-Gamma" not in raw
    assert "Dora NOCONSENT" not in raw
    assert "WHRD-Delta" not in raw
    assert "[name withheld]" in raw
    assert [s["heading"] for s in data["summary"]][:4] == [
        "Alleged victims",
        "Alleged perpetrators and their link to the State",
        "Date, place and circumstances, in chronological order",
        "Steps taken with national authorities and their response",
    ]
    assert len(data["incidents"]) == 1
    consent = next(s for s in data["summary"] if s["heading"] == "Consent")
    assert "The name of WHRD-Beta must NOT be disclosed to the Government." in consent["paragraphs"]
    whys = {w["why"] for w in data["withheld"]}
    assert "consent for this use was refused or withdrawn" in whys
    assert "no consent for this use is recorded" in whys
    assert "every person it concerns was withheld" in whys
    assert "URGENT" in raw


def test_naming_without_consent_is_refused(case: Case, tmp_path: Path) -> None:
    profile = template("un-communication").profile.with_changes(names="legal")
    request = DossierRequest("un-communication", [case.main], profile=profile)
    preview = case.services.preview_dossier(request)
    assert preview.blocked
    target = tmp_path / "refused.pdf"
    with pytest.raises(ConsentConflictError, match="WHRD-Beta"):
        case.services.export_dossier(request, target, fmt="json")
    assert not target.exists()
    assert case.services.list_exports() == []


def test_public_report_identifies_no_one(case: Case, tmp_path: Path) -> None:
    raw, data = _json(case, tmp_path, "public-report")
    for name in ("Ana CONSENTED", "WHRD-Alpha", "WHRD-Beta", "Chiapas", "Tapachula", "2026-03-14"):
        assert name not in raw, name
    assert "March 2026" in raw
    assert "Threats at the shelter" in raw
    assert "Person A" in raw or data["incidents"][0]["fields"]


def test_internal_brief_keeps_everything(case: Case, tmp_path: Path) -> None:
    raw, _ = _json(case, tmp_path, "internal-brief")
    for key in ("contact", "source", "place", "state_refused_legal", "refused_legal"):
        assert SECRETS[key] in raw, key
    assert "16.9070" not in raw  # coordinates never leave, not even internally


def test_location_and_date_levels(case: Case, tmp_path: Path) -> None:
    profile = template("un-communication").profile.with_changes(location="country", dates="year")
    raw, _ = _json(case, tmp_path, "un-communication", profile=profile)
    assert "Chiapas" not in raw
    assert "Tapachula" not in raw
    assert "2026-03-14" not in raw
    assert "March 2026" not in raw
    assert "Mexico" in raw


def test_marked_spans_are_redacted(case: Case, tmp_path: Path) -> None:
    profile = template("un-communication").profile.with_changes(redact_spans=("Tapachula",))
    raw, _ = _json(case, tmp_path, "un-communication", profile=profile)
    assert "Tapachula" not in raw
    assert "[redacted]" in raw


def test_wgeid_completeness_names_what_is_missing(case: Case) -> None:
    preview = case.services.preview_dossier(
        DossierRequest("wgeid", [case.gamma_only, case.delta_only])
    )
    messages = [i.message for i in preview.issues]
    assert "No incident can be included with the current consent." in messages
    full = case.services.preview_dossier(DossierRequest("wgeid", [case.main]))
    text = " ".join(i.message for i in full.issues)
    assert "submits" in text
    assert not full.blocked


def test_protection_request_uses_partner_consent(case: Case, tmp_path: Path) -> None:
    raw, data = _json(case, tmp_path, "protection-request", requested_support=("relocation",))
    assert "Ana CONSENTED" in raw
    assert SECRETS["state_refused_legal"] in raw
    risk = next(s for s in data["summary"] if s["heading"] == "Threat and risk analysis")
    assert risk["subsections"][0]["fields"][0]["value"] == "High"


def test_spanish_and_arabic_headings(case: Case, tmp_path: Path) -> None:
    _raw, data = _json(case, tmp_path, "un-communication", language="es")
    assert data["summary"][0]["heading"] == "Presuntas víctimas"
    _raw, data = _json(case, tmp_path, "protection-request", language="ar")
    assert data["direction"] == "rtl"
    assert data["summary"][1]["heading"] == "التسلسل الزمني للتهديدات والاعتداءات"


def test_export_log_and_possible_reprisal(case: Case, tmp_path: Path) -> None:
    _json(case, tmp_path, "un-communication")
    [entry] = case.services.list_exports()
    assert entry.template == "un-communication"
    assert entry.incident_ids == (case.main,)
    assert set(entry.person_ids) == {case.alpha, case.beta}
    digest = __import__("hashlib").sha256((tmp_path / "un-communication.json").read_bytes())
    assert entry.sha256 == digest.hexdigest()
    case.services.mark_possible_reprisal(case.delta_only, entry.id)
    assert case.services.get_incident(case.delta_only).draft.reprisal_export_id == entry.id
    actions = [(a.action, a.entity) for a in case.services.list_audit(limit=5)]
    assert ("export", "dossier") in actions


def test_csv(case: Case, tmp_path: Path) -> None:
    target = tmp_path / "incidents.csv"
    case.services.export_dossier(DossierRequest("un-communication", [case.main]), target, fmt="csv")
    text = target.read_text(encoding="utf-8-sig")
    assert text.splitlines()[0].startswith("incident,Date,Place")
    assert "Threats at the shelter" in text
    assert SECRETS["place"] not in text


def test_export_never_writes_through_a_symlink(case: Case, tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere.txt"
    elsewhere.write_text("keep me")
    link = tmp_path / "dossier.json"
    link.symlink_to(elsewhere)
    with pytest.raises(InvalidInputError, match="symbolic link"):
        case.services.export_dossier(DossierRequest("public-report", [case.main]), link, fmt="json")
    assert elsewhere.read_text() == "keep me"
    assert case.services.list_audit(limit=1)[0].action == "export_failed"


def test_unknown_template_and_empty_selection(case: Case) -> None:
    with pytest.raises(InvalidInputError):
        case.services.preview_dossier(DossierRequest("no-such-template", [case.main]))
    with pytest.raises(InvalidInputError):
        case.services.preview_dossier(DossierRequest("public-report", []))


def test_burned_in_regions_are_solid(case: Case, tmp_path: Path) -> None:
    import io
    import shutil

    from PIL import Image

    from defenderdoc.export.burn import Region
    from tests.evidence.conftest import CORPUS

    source = CORPUS / "jpeg" / "exif__DSCN0010.jpg"
    if not source.is_file():
        pytest.skip("corpus missing")
    copy = tmp_path / "photo.jpg"
    shutil.copy(source, copy)
    [result] = case.services.import_evidence([copy], incident_id=case.main)
    assert result.evidence_id is not None
    case.services.set_redactions(result.evidence_id, [Region(0.25, 0.25, 0.5, 0.5)])
    preview = case.services.preview_dossier(DossierRequest("un-communication", [case.main]))
    [(name, data, _eid)] = preview.files
    assert name == "evidence-01.png"
    assert data is not None
    image = Image.open(io.BytesIO(data))
    assert image.format == "PNG"
    assert not image.info.get("exif")
    width, height = image.size
    box = image.crop((width // 4 + 1, height // 4 + 1, 3 * width // 4 - 1, 3 * height // 4 - 1))
    assert box.getextrema() == ((0, 0), (0, 0), (0, 0))  # solid black: the pixels are gone
    assert image.getpixel((2, 2)) != (0, 0, 0)
    assert preview.content.annex_images[0].sha256 == __import__("hashlib").sha256(data).hexdigest()
    with pytest.raises(InvalidInputError):
        case.services.set_redactions(result.evidence_id, [Region(0.5, 0.5, 2.0, 0.1)])


def test_evidence_excluded_without_consent_or_by_profile(case: Case, tmp_path: Path) -> None:
    import shutil

    from tests.evidence.conftest import CORPUS

    source = CORPUS / "png" / "exiftool__PNG.png"
    if not source.is_file():
        pytest.skip("corpus missing")
    copy = tmp_path / "x.png"
    shutil.copy(source, copy)
    case.services.import_evidence([copy], incident_id=case.main)
    public = case.services.preview_dossier(DossierRequest("public-report", [case.main]))
    assert public.files == []
    assert any("evidence file" in w.what for w in public.content.withheld)


def test_single_file_export_burns_marked_areas(case: Case, tmp_path: Path) -> None:
    import io
    import shutil

    from PIL import Image

    from defenderdoc.export.burn import Region
    from tests.evidence.conftest import CORPUS

    source = CORPUS / "png" / "exiftool__PNG.png"
    if not source.is_file():
        pytest.skip("corpus missing")
    copy = tmp_path / "x.png"
    shutil.copy(source, copy)
    [result] = case.services.import_evidence([copy], incident_id=case.main)
    assert result.evidence_id is not None
    case.services.set_redactions(result.evidence_id, [Region(0.0, 0.0, 1.0, 1.0)])
    out = tmp_path / "out.png"
    case.services.export_derivative(result.evidence_id, out)
    image = Image.open(io.BytesIO(out.read_bytes())).convert("RGB")
    assert image.getextrema() == ((0, 0), (0, 0), (0, 0))
