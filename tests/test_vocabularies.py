# SPDX-License-Identifier: GPL-3.0-or-later
"""The shipped vocabularies, their loader and the fictional demo content pools."""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path
from typing import Any

import pytest

from defenderdoc import paths
from defenderdoc.vocab import (
    LANGUAGES,
    Term,
    Vocabulary,
    load_vocabulary,
    validate,
    vocabulary_ids,
)

EXPECTED_IDS = {
    "incident_type",
    "perpetrator_type",
    "state_link",
    "migration_stage",
    "setting",
    "defender_activity",
    "victim_role",
    "incident_status",
    "date_precision",
    "location_precision",
    "consent_use",
    "consent_status",
    "consent_method",
    "age_group",
    "gender_identity",
    "sex_characteristics",
    "sexual_orientation",
    "disability",
    "migration_status",
    "indigenous_identity",
    "religion",
    "pregnancy_status",
    "occupation_sector",
    "risk_level",
    "authority_response",
    "followup_type",
    "organisation_type",
    "evidence_kind",
    "country",
}
PERSON_CHARACTERISTICS = {
    "age_group",
    "gender_identity",
    "sex_characteristics",
    "sexual_orientation",
    "disability",
    "migration_status",
    "indigenous_identity",
    "religion",
    "pregnancy_status",
    "occupation_sector",
}

# tests/this_file -> ../shared beside the checkout (as in CI).
SHARED = Path(__file__).resolve().parents[2] / "shared"
HURIDOCS_TSV = SHARED / "vocab" / "huridocs-microthesauri.tsv"
NOT_HURIDOCS_LISTS = {80, 90, 91, 92}  # OpenEvSys application lists, not HURIDOCS vocabulary
ARABIC = re.compile("[\u0600-\u06ff]")
DEMO = paths.resource("demo", "demo_content.json")


def all_vocabularies() -> list[Vocabulary]:
    return [load_vocabulary(vocab_id) for vocab_id in sorted(EXPECTED_IDS)]


@pytest.fixture(scope="module")
def demo() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(DEMO.read_text(encoding="utf-8"))
    return data


# --- the shipped files -----------------------------------------------------------------


def test_every_expected_vocabulary_is_shipped() -> None:
    assert set(vocabulary_ids()) == EXPECTED_IDS


@pytest.mark.parametrize("vocab_id", sorted(EXPECTED_IDS))
def test_vocabulary_loads_and_validates(vocab_id: str) -> None:
    vocab = load_vocabulary(vocab_id)
    assert vocab.id == vocab_id
    assert len(vocab) >= 3
    assert validate(vocab) == []


@pytest.mark.parametrize("vocab_id", sorted(EXPECTED_IDS))
def test_file_follows_the_schema_exactly(vocab_id: str) -> None:
    name = "countries" if vocab_id == "country" else vocab_id
    raw = json.loads(paths.resource("vocabularies", f"{name}.json").read_text(encoding="utf-8"))
    assert set(raw) == {"id", "version", "label", "multiple", "sensitive", "terms"}
    assert raw["version"] == 1
    term_keys = {"code", "parent", "label", "huridocs"}
    if vocab_id == "country":
        term_keys.add("region")
    for term in raw["terms"]:
        assert set(term) == term_keys, term["code"]


def test_parents_are_listed_before_their_children() -> None:
    for vocab in all_vocabularies():
        seen: set[str] = set()
        for term in vocab:
            assert term.parent is None or term.parent in seen, (vocab.id, term.code)
            seen.add(term.code)


def test_sensitive_vocabularies_are_exactly_the_person_characteristics() -> None:
    assert {v.id for v in all_vocabularies() if v.sensitive} == PERSON_CHARACTERISTICS


@pytest.mark.parametrize("vocab_id", sorted(PERSON_CHARACTERISTICS))
def test_sensitive_vocabulary_offers_prefer_not_and_unknown(vocab_id: str) -> None:
    vocab = load_vocabulary(vocab_id)
    assert vocab.sensitive
    assert "prefer_not" in vocab
    assert "unknown" in vocab
    assert vocab.label_for("prefer_not") == "Prefer not to record"
    assert vocab.term("prefer_not").parent is None


def test_every_term_is_labelled_in_every_language() -> None:
    for vocab in all_vocabularies():
        assert all(vocab.labels.get(lang, "").strip() for lang in LANGUAGES), vocab.id
        for term in vocab:
            for lang in LANGUAGES:
                label = term.labels.get(lang, "")
                assert label, (vocab.id, term.code, lang)
                assert label.strip() == label, (vocab.id, term.code, lang)
            assert ARABIC.search(term.labels["ar"]), (vocab.id, term.code)
            assert not ARABIC.search(term.labels["en"] + term.labels["es"] + term.labels["fr"])


def test_labels_are_unique_within_a_vocabulary() -> None:
    for vocab in all_vocabularies():
        for lang in LANGUAGES:
            labels = [(term.parent, term.labels[lang]) for term in vocab]
            assert len(labels) == len(set(labels)), (vocab.id, lang)


def test_codes_the_rest_of_the_app_relies_on() -> None:
    incident = load_vocabulary("incident_type")
    for code in (
        "threat.death",
        "threat.family",
        "surveillance.digital",
        "stigmatisation.smear_campaign",
        "sgbv",
        "judicial.immigration_law",
        "status.pushback",
        "status.refoulement",
        "status.document_confiscation",
        "movement.travel_ban",
        "reprisal_un",
        "digital.doxxing",
        "digital.image_extortion",
        "labour.permit_threat",
        "labour.anti_union",
        "organisation.funds_frozen",
        "family_separation",
        "enforced_disappearance",
    ):
        assert code in incident, code
    assert incident.multiple
    perpetrators = load_vocabulary("perpetrator_type")
    assert [t.code for t in perpetrators.children(None)] == ["state", "non_state", "unknown"]
    assert "state.maritime" in perpetrators
    assert "non_state.recruitment_agency" in perpetrators
    expected_exact = {
        "state_link": ["state_agent", "state_acquiescence", "non_state", "unknown"],
        "migration_stage": ["origin", "transit", "destination", "return", "unknown"],
        "victim_role": [
            "targeted_defender",
            "family_member",
            "organisation",
            "community_member",
            "witness",
            "other",
        ],
        "date_precision": ["day", "month", "year", "approximate", "range"],
        "location_precision": ["exact", "place", "region", "country"],
        "consent_use": ["un", "state", "public", "partner"],
        "consent_status": ["given", "refused", "withdrawn"],
        "consent_method": [
            "written",
            "oral_recorded",
            "oral_witnessed",
            "electronic",
            "through_representative",
        ],
        "age_group": [
            "under_18",
            "18_24",
            "25_34",
            "35_49",
            "50_64",
            "65_plus",
            "prefer_not",
            "unknown",
        ],
        "risk_level": ["low", "medium", "high", "critical"],
        "evidence_kind": ["photo", "video", "audio", "document", "screenshot", "message", "other"],
    }
    for vocab_id, codes in expected_exact.items():
        assert list(load_vocabulary(vocab_id).codes()) == codes, vocab_id
    assert "intersex" in load_vocabulary("sex_characteristics")
    migration = load_vocabulary("migration_status")
    for code in (
        "regular",
        "irregular",
        "asylum_seeker",
        "refugee",
        "stateless",
        "trafficked",
        "returnee",
        "internally_displaced",
        "citizen",
    ):
        assert code in migration, code
    for code in (
        "no_complaint",
        "complaint_refused",
        "registered_no_action",
        "investigation_opened",
        "prosecution",
        "protection_granted",
        "perpetrator_sanctioned",
        "unknown",
    ):
        assert code in load_vocabulary("authority_response"), code


def test_consent_uses_say_exactly_what_is_agreed_to() -> None:
    uses = load_vocabulary("consent_use")
    assert uses.label_for("un") == "Share with a UN mechanism"
    assert uses.label_for("state") == "A mechanism may disclose the name to the Government"
    assert uses.label_for("public") == "Public report"
    assert uses.label_for("partner") == "Referral to a partner/protection organisation"


def test_no_outdated_or_stigmatising_wording() -> None:
    # Terms flagged in shared/vocab/README.md (HURIDOCS labels not to display as-is).
    banned = {
        "en": r"illegal (?:im)?migrant|\baliens?\b|handicapped|homosexual|mentally (?:ill|disabled)"
        r"|transsexual|prostitut|wedlock|deaf-mute|crippled|non-believer",
        "es": r"(?:in)?migrantes? ilegal|ilegales|minusv[aá]lid|prostitu|no creyente",
        "fr": r"clandestin|immigrés? illégaux|handicapés? mentaux|prostitu|non-croyant",
    }
    for vocab in all_vocabularies():
        for term in vocab:
            for lang, pattern in banned.items():
                found = re.search(pattern, term.labels[lang], re.IGNORECASE)
                assert not found, (vocab.id, term.code, lang)


# --- countries --------------------------------------------------------------------------


def test_countries_use_iso_codes_current_names_and_regions() -> None:
    countries = load_vocabulary("country")
    assert len(countries) >= 195  # 193 UN members, 2 observers, a few territories
    regions = {"africa", "americas", "asia", "europe", "oceania"}
    for term in countries:
        assert re.fullmatch(r"[A-Z]{2}", term.code)
        assert term.parent is None
        assert term.region in regions, term.code
    current = {
        "SZ": "Eswatini",
        "MK": "North Macedonia",
        "TR": "Türkiye",
        "CZ": "Czechia",
        "CV": "Cabo Verde",
        "CI": "Côte d'Ivoire",
        "SS": "South Sudan",
        "TW": "Taiwan",
    }
    for code, name in current.items():
        assert countries.label_for(code) == name
    for code in ("PS", "VA", "XK", "EH", "HK", "MX", "LY", "QA", "KE"):
        assert code in countries, code
    assert countries.term("MX").region == "americas"
    assert countries.term("LY").region == "africa"
    assert countries.term("TR").region == "asia"
    # Mapped to HURIDOCS geography: Türkiye to the old "Turkey" term, South Sudan to nothing.
    assert countries.term("TR").huridocs == ((15, "030554000000"),)
    assert countries.term("SS").huridocs == ()


def test_only_countries_carry_a_region() -> None:
    for vocab in all_vocabularies():
        if vocab.id != "country":
            assert all(term.region is None for term in vocab), vocab.id


# --- HURIDOCS mapping targets -----------------------------------------------------------


def huridocs_terms() -> dict[tuple[int, str], tuple[str, str, str]]:
    if not HURIDOCS_TSV.is_file():
        pytest.skip(f"HURIDOCS micro-thesauri not found at {HURIDOCS_TSV}")
    with HURIDOCS_TSV.open(encoding="utf-8", newline="") as handle:
        rows = csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        header = next(rows)
        assert header[:3] == ["thesaurus_id", "thesaurus_name_en", "term_code"]
        return {(int(row[0]), row[2]): (row[4], row[5], row[6]) for row in rows}


def test_every_huridocs_mapping_exists() -> None:
    known = huridocs_terms()
    assert len(known) > 4000
    mappings = [
        (vocab.id, term.code, target)
        for vocab in all_vocabularies()
        for term in vocab
        for target in term.huridocs
    ]
    assert len(mappings) > 250
    for vocab_id, code, target in mappings:
        assert target in known, (vocab_id, code, target)
        assert target[0] not in NOT_HURIDOCS_LISTS, (vocab_id, code, target)


def test_huridocs_wording_is_not_copied_into_labels() -> None:
    # Short generic phrases ("Sexual harassment", "Legal aid") coincide; anything longer
    # than three words must be DefenderDoc's own wording (HURIDOCS' licence is unconfirmed).
    theirs = {label.casefold() for labels in huridocs_terms().values() for label in labels}
    for vocab in all_vocabularies():
        if vocab.id == "country":
            continue  # country names are facts, not HURIDOCS wording
        for term in vocab:
            for label in term.labels.values():
                if len(label.split()) > 3:
                    assert label.casefold() not in theirs, (vocab.id, term.code, label)


# --- loader behaviour -------------------------------------------------------------------


def make_term(code: str, en: str, parent: str | None = None) -> Term:
    return Term(code=code, labels={"en": en}, parent=parent, huridocs=())


def test_lookups_and_fallbacks() -> None:
    incident = load_vocabulary("incident_type")
    assert incident.term("threat.death").label("es") == "Amenaza de muerte"
    assert incident.label_for("threat.death", "ar") == "تهديد بالقتل"
    assert incident.label_for("no.such.code", "fr") == "no.such.code"
    assert incident.get("no.such.code") is None
    with pytest.raises(KeyError):
        incident.term("no.such.code")
    assert "threat" in incident
    assert None not in incident
    assert [t.code for t in incident.children("threat")][:2] == ["threat.direct", "threat.death"]
    assert all(t.parent is None for t in incident.children(None))
    assert incident.label("fr") == "Type d'incident"
    only_english = make_term("x.only_en", "Only English")
    assert only_english.label("ar") == "Only English"


def test_terms_and_vocabularies_are_immutable_and_cached() -> None:
    first = load_vocabulary("risk_level")
    assert first is load_vocabulary("risk_level")
    with pytest.raises(TypeError):
        first.term("low").labels["en"] = "changed"  # type: ignore[index]
    assert hash(first.term("low")) == hash(first.term("low"))


def test_loader_rejects_unknown_and_unsafe_ids() -> None:
    for bad in ("no_such_vocabulary", "../pyproject", "countries/../x", "Country"):
        with pytest.raises(KeyError):
            load_vocabulary(bad)


def test_loader_reads_through_the_resource_folder(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    folder = tmp_path / "vocabularies"
    folder.mkdir()
    (folder / "tiny.json").write_text(
        json.dumps(
            {
                "id": "tiny",
                "version": 1,
                "label": {"en": "Tiny"},
                "multiple": False,
                "sensitive": False,
                "terms": [{"code": "a", "parent": None, "label": {"en": "A"}, "huridocs": []}],
            }
        ),
        encoding="utf-8",
    )
    (folder / "mismatch.json").write_text(
        json.dumps(
            {
                "id": "other",
                "label": {"en": "X"},
                "multiple": False,
                "sensitive": False,
                "terms": [],
            }
        ),
        encoding="utf-8",
    )
    (folder / "broken.json").write_text(json.dumps({"id": "broken", "terms": "nope"}))
    monkeypatch.setattr(paths, "resource", tmp_path.joinpath)
    load_vocabulary.cache_clear()
    try:
        assert vocabulary_ids() == ["broken", "mismatch", "tiny"]
        assert load_vocabulary("tiny").codes() == ("a",)
        with pytest.raises(ValueError, match="expected 'mismatch'"):
            load_vocabulary("mismatch")
        with pytest.raises(ValueError, match="'terms' must be a list"):
            load_vocabulary("broken")
    finally:
        load_vocabulary.cache_clear()


def test_validate_reports_each_kind_of_problem() -> None:
    broken = Vocabulary(
        id="demo",
        labels={"en": "Demo"},
        multiple=False,
        sensitive=False,
        terms=(
            make_term("a", "A"),
            make_term("a", "A again"),
            make_term("b.c", "Orphan", parent="b"),
            make_term("d", "Misplaced", parent="a"),
            make_term("e", ""),
            make_term("Bad Code", "Bad"),
            Term(code="f", labels={"en": "F"}, parent=None, huridocs=((4, "123"),)),
            Term(code="g", labels={"en": "G"}, parent=None, region="europe"),
        ),
    )
    problems = "\n".join(validate(broken))
    assert "duplicate code 'a'" in problems
    assert "missing parent 'b'" in problems
    assert "'d' is not prefixed by its parent 'a'" in problems
    assert "'e' has no English label" in problems
    assert "'Bad Code' is not lowercase" in problems
    assert "malformed HURIDOCS target" in problems
    assert "'g' has a region" in problems
    assert len(validate(broken)) == 7


def test_custom_terms_extend_a_vocabulary() -> None:
    incident = load_vocabulary("incident_type")
    extended = incident.with_custom_terms(
        [
            make_term("x.land_conflict", "Land conflict"),
            make_term("x.land_conflict.eviction_threat", "Eviction threat", "x.land_conflict"),
            make_term("x.threat.voice_note", "Threat by voice note", "threat"),
        ]
    )
    assert validate(extended) == []
    assert len(extended) == len(incident) + 3
    assert "x.land_conflict" not in incident  # the shipped vocabulary is untouched
    assert extended.label_for("x.threat.voice_note") == "Threat by voice note"
    assert "x.threat.voice_note" in [t.code for t in extended.children("threat")]
    assert extended.children("x.land_conflict")[0].code == "x.land_conflict.eviction_threat"
    assert extended.sensitive == incident.sensitive
    assert extended.multiple == incident.multiple


@pytest.mark.parametrize(
    ("terms", "message"),
    [
        ([make_term("land_conflict", "Land conflict")], "must start with 'x.'"),
        ([make_term("threat.voice_note", "Voice note", "threat")], "must start with 'x.'"),
        ([make_term("x.", "Empty")], "must start with 'x.'"),
        ([make_term("x.a", "A"), make_term("x.a", "A again")], "'x.a' is already in use"),
        ([make_term("x.b", "B", "x.missing")], "missing parent 'x.missing'"),
        ([make_term("x.c", "C", "threat")], "not prefixed by its parent 'threat'"),
        ([make_term("x.d", "")], "no English label"),
    ],
)
def test_custom_terms_are_rejected_when_unsafe(terms: list[Term], message: str) -> None:
    with pytest.raises(ValueError, match=re.escape(message)):
        load_vocabulary("incident_type").with_custom_terms(terms)


def test_custom_terms_cannot_reuse_a_shipped_or_earlier_custom_code() -> None:
    incident = load_vocabulary("incident_type")
    once = incident.with_custom_terms([make_term("x.a", "A")])
    with pytest.raises(ValueError, match="'x.a' is already in use"):
        once.with_custom_terms([make_term("x.a", "A again")])
    with pytest.raises(ValueError, match="'threat' is already in use"):
        incident.with_custom_terms([make_term("threat", "Threats again")])


# --- demo content -----------------------------------------------------------------------


def test_demo_content_references_only_existing_codes(demo: dict[str, Any]) -> None:
    def check(vocab_id: str, codes: list[str]) -> None:
        vocab = load_vocabulary(vocab_id)
        assert codes, vocab_id
        for code in codes:
            assert code in vocab, (vocab_id, code)

    check("setting", [place["setting"] for place in demo["places"].values()])
    check("country", [country["code"] for country in demo["countries"]])
    check("country", [org["country"] for org in demo["organisations"]])
    check("organisation_type", [org["type"] for org in demo["organisations"]])
    check("defender_activity", [a for org in demo["organisations"] for a in org["activities"]])
    check("migration_stage", [s for c in demo["countries"] for s in c["migration_stages"]])
    check("perpetrator_type", list(demo["perpetrators"]))
    check("authority_response", [item["code"] for item in demo["authority_responses"]])
    check("followup_type", [item["code"] for item in demo["followups"]])
    for story in demo["narratives"]:
        check("incident_type", story["incident_types"])
        check("perpetrator_type", story["perpetrator_types"])
        check("defender_activity", story["defender_activities"])
        check("followup_type", story["followup_types"])
        assert set(story["perpetrator_types"]) <= set(demo["perpetrators"]), story["id"]
        assert set(story["places"]) <= set(demo["places"]), story["id"]
    for country in demo["countries"]:
        assert 2 <= len(country["regions"]) <= 4, country["code"]
        assert set(country["languages"]) <= set(LANGUAGES)
        for region in country["regions"]:
            assert set(region["name"]) == set(LANGUAGES)
            assert set(region["places"]) <= set(demo["places"]), region["name"]["en"]


def test_demo_narratives_are_usable_templates(demo: dict[str, Any]) -> None:
    placeholder = re.compile(r"\{(\w+)\}")
    per_language = dict.fromkeys(LANGUAGES, 0)
    for story in demo["narratives"]:
        assert set(story["text"]) == set(LANGUAGES)
        for lang, text in story["text"].items():
            assert set(placeholder.findall(text)) == {"victim", "place", "perpetrator"}, story["id"]
            assert 2 <= len(re.findall(r"[.!?؟](?:\s|$)", text)) <= 5, (story["id"], lang)
            filled = text.format(victim="V", place="P", perpetrator="X")
            assert "{" not in filled
            per_language[lang] += 1
        for lang in LANGUAGES:
            assert len(story["titles"][lang]) >= 1
        # Each story can be placed: some country speaks a language it is written in
        # (all of them) and has a region holding one of its places.
        assert any(
            set(story["places"]) & set(region["places"])
            for country in demo["countries"]
            for region in country["regions"]
        ), story["id"]
    used = {place for story in demo["narratives"] for place in story["places"]}
    located = {p for c in demo["countries"] for region in c["regions"] for p in region["places"]}
    assert used == located == set(demo["places"])  # no dead entries in the pools
    assert all(count >= 10 for count in per_language.values()), per_language
    assert sum(per_language.values()) >= 40
    for phrases in demo["perpetrators"].values():
        assert all(set(phrase) == set(LANGUAGES) for phrase in phrases)


def test_demo_people_and_contacts_are_obviously_fictional(demo: dict[str, Any]) -> None:
    pseudonyms = demo["pseudonyms"]
    assert len(pseudonyms) >= 60
    assert len(set(pseudonyms)) == len(pseudonyms)
    assert all(p.startswith("WHRD-") for p in pseudonyms)
    fictional = re.compile(
        r"Example|Sample|Placeholder|Demo|Fictional|Testcase|Ejemplo|Ficticia|Demostración|Prueba|"
        r"Muestra|Inventada|Exemple|Fictive|Démo|Essai|Modèle|Imaginaire|مثال|افتراضي|تجريبي|نموذج|"
        r"وهمي|خيالي"
    )
    names = [name for names in demo["legal_names"].values() for name in names]
    assert set(demo["legal_names"]) == set(LANGUAGES)
    assert len(names) >= 60
    assert all(fictional.search(name) for name in names), names
    contacts = demo["contacts"]
    assert all(re.fullmatch(r"\+00 000 0000 \d\d", phone) for phone in contacts["phones"])
    assert all(re.fullmatch(r"demo\d\d@example\.org", email) for email in contacts["emails"])
    for org in demo["organisations"]:
        assert re.search(r"\((demo|démo|عرض تجريبي)\)$", org["name"]), org["name"]


def test_demo_readme_documents_the_structure() -> None:
    readme = DEMO.with_name("README.md").read_text(encoding="utf-8")
    for key in (
        "places",
        "countries",
        "perpetrators",
        "narratives",
        "authority_responses",
        "followups",
        "organisations",
        "pseudonyms",
        "legal_names",
        "contacts",
    ):
        assert f"`{key}`" in readme, key
