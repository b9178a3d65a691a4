# SPDX-License-Identifier: GPL-3.0-or-later
"""Full-text search across scripts, filters and paging."""

from __future__ import annotations

import datetime as dt

import pytest

from defenderdoc.domain.records import (
    IncidentDraft,
    IncidentFilter,
    PerpetratorDraft,
    PersonDraft,
    VictimLink,
)
from defenderdoc.services import Services
from defenderdoc.vault.repository.search import fts_query


@pytest.fixture
def filled(open_vault: Services) -> Services:
    person = open_vault.add_person(PersonDraft(pseudonym="WHRD-Delta"))
    rows = [
        (
            "Detención arbitraria en Tapachula",
            "La defensora fue detenida por agentes.",
            "MX",
            "transit",
            ["detention.arbitrary_arrest"],
            "state.immigration",
            dt.date(2026, 3, 14),
        ),
        (
            "Menaces contre une avocate",
            "Des menaces répétées par téléphone.",
            "TN",
            "destination",
            ["threat"],
            "non_state.unidentified",
            dt.date(2025, 11, 2),
        ),
        (
            "حملة تشهير ضد مدافعة",
            "نشرت صفحات مجهولة صورا للمدافعة",
            "LB",
            "destination",
            ["stigmatisation.smear_campaign"],
            "non_state.online_mob",
            dt.date(2026, 1, 20),
        ),
        (
            "Threat at the shelter",
            "A man threatened the shelter coordinator.",
            "GT",
            "transit",
            ["threat"],
            "non_state.criminal_group",
            dt.date(2024, 6, 1),
        ),
    ]
    for title, narrative, country, stage, types, perp, date in rows:
        open_vault.add_incident(
            IncidentDraft(
                title=title,
                narrative=narrative,
                country=country,
                migration_stage=stage,
                types=types,
                perpetrators=[PerpetratorDraft(perp)],
                start_date=date,
                victims=[VictimLink(person_id=person)] if country == "MX" else [],
            )
        )
    return open_vault


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("detencion", "Detención arbitraria en Tapachula"),  # accents folded
        ("DÉTENCIÓN", "Detención arbitraria en Tapachula"),
        ("menaces telephone", "Menaces contre une avocate"),
        ("تشهير", "حملة تشهير ضد مدافعة"),
        ("shelt", "Threat at the shelter"),  # prefix while typing
        ("Tapachula", "Detención arbitraria en Tapachula"),
    ],
)
def test_search_finds_across_scripts(filled: Services, query: str, expected: str) -> None:
    assert [h.title for h in filled.search_incidents(query)][:1] == [expected]


@pytest.mark.parametrize("hostile", ['"', "a OR b", "NEAR(", "*", "title:x", "') --", "\x00"])
def test_search_input_never_breaks_the_query(filled: Services, hostile: str) -> None:
    assert isinstance(filled.search_incidents(hostile), list)


def test_title_match_ranks_above_narrative_match(open_vault: Services) -> None:
    open_vault.add_incident(IncidentDraft(title="Office note", narrative="raid raid mentioned"))
    open_vault.add_incident(IncidentDraft(title="Raid on the office"))
    assert open_vault.search_incidents("raid")[0].title == "Raid on the office"


def test_fts_query_quotes_words() -> None:
    assert fts_query("a OR b") == '"a" "OR" "b"*'
    assert fts_query("  ") is None


def test_filters(filled: Services) -> None:
    def titles(**kwargs: object) -> set[str]:
        return {r.title for r in filled.list_incidents(IncidentFilter(**kwargs))}  # type: ignore[arg-type]

    assert titles(countries=["mx", "GT"]) == {
        "Detención arbitraria en Tapachula",
        "Threat at the shelter",
    }
    assert titles(types=["threat"]) == {"Menaces contre une avocate", "Threat at the shelter"}
    assert titles(perpetrator_types=["state.immigration"]) == {"Detención arbitraria en Tapachula"}
    assert titles(date_from=dt.date(2026, 1, 1)) == {
        "Detención arbitraria en Tapachula",
        "حملة تشهير ضد مدافعة",
    }
    assert titles(migration_stages=["destination"], text="menaces") == {
        "Menaces contre une avocate"
    }
    assert filled.count_incidents(IncidentFilter(types=["threat"])) == 2
    assert len(titles(person_id=1)) == 1


def test_paging_and_sorting(filled: Services) -> None:
    first = filled.list_incidents(limit=2)
    second = filled.list_incidents(offset=2, limit=2)
    assert [r.start_date for r in first + second] == sorted(
        [r.start_date for r in first + second], reverse=True
    )
    assert {r.id for r in first}.isdisjoint({r.id for r in second})
    by_title = filled.list_incidents(sort="title", descending=False)
    assert by_title[0].title == "Detención arbitraria en Tapachula"


def test_incident_round_trip_keeps_every_field(open_vault: Services) -> None:
    from defenderdoc.domain.records import AuthorityActionDraft, FollowUpDraft

    person = open_vault.add_person(PersonDraft(pseudonym="WHRD-Echo"))
    draft = IncidentDraft(
        title="Raid",
        narrative="n",
        start_date=dt.date(2026, 2, 1),
        end_date=dt.date(2026, 2, 3),
        date_precision="range",
        country="GR",
        region="Attica",
        place="office",
        latitude=37.9,
        longitude=23.7,
        location_precision="exact",
        migration_stage="destination",
        setting="workplace",
        status="verified",
        types=["organisation.raid", "threat"],
        perpetrators=[PerpetratorDraft("state.police", "state_agent", "two officers", "witness")],
        victims=[VictimLink(person_id=person, role="targeted_defender")],
        authority_actions=[
            AuthorityActionDraft(
                "Prosecutor", dt.date(2026, 2, 5), "complaint", "registered_no_action", "no reply"
            )
        ],
        followups=[FollowUpDraft("relocation", dt.date(2026, 3, 1), False, "temporary")],
    )
    incident_id = open_vault.add_incident(draft)
    assert open_vault.get_incident(incident_id).draft == draft


def test_bulk_import_is_all_or_nothing_and_audited(open_vault: Services) -> None:
    from defenderdoc.errors import InvalidInputError

    drafts = [
        IncidentDraft(
            title=f"Bulk {i}",
            narrative="mass raid",
            types=["organisation.raid"],
            perpetrators=[PerpetratorDraft("state.police")],
        )
        for i in range(4500)
    ]
    ids = open_vault.import_incidents(drafts)
    assert len(ids) == 4500
    assert ids == sorted(ids)
    assert open_vault.count_incidents(IncidentFilter(types=["organisation.raid"])) == 4500
    assert open_vault.get_incident(ids[-1]).draft.perpetrators[0].perpetrator_type == "state.police"
    assert len(open_vault.search_incidents("mass raid", limit=10_000)) == 4500
    entry = open_vault.list_audit(limit=1)[0]
    assert (entry.action, entry.entity) == ("bulk_create", "incident")
    broken = [IncidentDraft(title="fine"), IncidentDraft(title="")]
    with pytest.raises(InvalidInputError):
        open_vault.import_incidents(broken)
    assert open_vault.count_incidents() == 4500
    assert open_vault.verify().ok
