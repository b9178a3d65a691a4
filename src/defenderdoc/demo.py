# SPDX-License-Identifier: GPL-3.0-or-later
"""A deterministic vault of clearly fictional data, for trying DefenderDoc safely.

Every name, contact, organisation and incident is invented (see
``resources/demo/README.md``). The same seed always produces the same vault, so
screenshots, tests and benchmarks can rely on it.
"""

from __future__ import annotations

import datetime as dt
import json
import random
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from defenderdoc.domain.records import (
    CHARACTERISTICS,
    AuthorityActionDraft,
    ConsentDecision,
    FollowUpDraft,
    IncidentDraft,
    OrganisationDraft,
    PerpetratorDraft,
    PersonDraft,
    VictimLink,
)
from defenderdoc.paths import resource
from defenderdoc.progress import ProgressCallback, no_progress
from defenderdoc.vocab import load_vocabulary

if TYPE_CHECKING:
    from defenderdoc.services import Services

#: The demo vault's passphrase, shown on the unlock screen: the data is fictional.
DEMO_PASSPHRASE = "demo vault with fictional data only"  # noqa: S105 - public, shown on screen
DEMO_SEED = 2026
DEMO_INCIDENTS = 200
DEMO_PEOPLE = 60
FIRST_DAY, LAST_DAY = dt.date(2023, 1, 1), dt.date(2026, 10, 31)


@cache
def content() -> dict[str, Any]:
    with resource("demo", "demo_content.json").open(encoding="utf-8") as handle:
        data: dict[str, Any] = json.load(handle)
    return data


def _codes(vocab_id: str) -> list[str]:
    return list(load_vocabulary(vocab_id).codes())


def _people(rng: random.Random, services: Services, org_ids: list[int]) -> list[int]:
    data = content()
    names = data["legal_names"]
    ids = []
    for index, pseudonym in enumerate(data["pseudonyms"][:DEMO_PEOPLE]):
        lang = rng.choice(data["languages"])
        characteristics = {
            name: rng.choice(_codes(name)) for name in CHARACTERISTICS if rng.random() < 0.8
        }
        draft = PersonDraft(
            pseudonym=pseudonym,
            kind="defender" if index % 6 else "family_member",
            legal_name=rng.choice(names[lang]),
            contact=f"{data['contacts']['phones'][index % len(data['contacts']['phones'])]}; "
            f"{data['contacts']['emails'][index % len(data['contacts']['emails'])]}",
            characteristics=characteristics,
            nationality=rng.choice(data["countries"])["code"],
            activities=tuple(rng.sample(_codes("defender_activity"), 2)),
            organisation_id=rng.choice(org_ids) if org_ids and rng.random() < 0.7 else None,
        )
        person_id = services.add_person(draft)
        for use in ("un", "state", "public", "partner"):
            roll = rng.random()
            if roll < 0.15:
                continue  # not asked yet
            status = "given" if roll < 0.7 else "refused" if roll < 0.9 else "withdrawn"
            services.record_consent(
                person_id,
                ConsentDecision(
                    use=use,
                    status=status,
                    decided_on=_day(rng),
                    method=rng.choice(_codes("consent_method")),
                    obtained_by="Demo caseworker",
                ),
            )
        ids.append(person_id)
    return ids


def _day(rng: random.Random) -> dt.date:
    return FIRST_DAY + dt.timedelta(days=rng.randrange((LAST_DAY - FIRST_DAY).days))


def _incident(rng: random.Random, people: list[int], pseudonyms: dict[int, str]) -> IncidentDraft:
    data = content()
    story = rng.choice(data["narratives"])
    options = [
        (c, r, p)
        for c in data["countries"]
        for r in c["regions"]
        for p in r["places"]
        if p in story["places"]
    ]
    country, region, place_key = (
        rng.choice(options)
        if options
        else (rng.choice(data["countries"]), None, rng.choice(story["places"]))
    )
    lang = rng.choice([lang for lang in country["languages"] if lang in story["text"]] or ["en"])
    place = data["places"][place_key]
    perp_type = rng.choice(story["perpetrator_types"])
    perp_phrase = rng.choice(data["perpetrators"].get(perp_type) or [{"en": "unknown persons"}])
    victim = rng.choice(people)
    narrative = story["text"][lang].format(
        victim=pseudonyms[victim],
        place=place["locative"].get(lang, place["locative"]["en"]),
        perpetrator=perp_phrase.get(lang, perp_phrase["en"]),
    )
    start = _day(rng)
    precision = rng.choices(["day", "month", "approximate", "year"], [70, 15, 10, 5])[0]
    response = rng.choice(data["authority_responses"])
    followups = [
        FollowUpDraft(f, start + dt.timedelta(days=rng.randrange(5, 60)), rng.random() < 0.5)
        for f in story["followup_types"][:2]
    ]
    state = (
        "state_agent"
        if perp_type.startswith("state")
        else ("non_state" if perp_type.startswith("non_state") else "unknown")
    )
    victims = [VictimLink(person_id=victim)]
    if rng.random() < 0.25:
        victims.append(VictimLink(person_id=rng.choice(people), role="family_member"))
    return IncidentDraft(
        title=rng.choice(story["titles"][lang]),
        narrative=narrative,
        start_date=start.replace(day=1) if precision in ("month", "year") else start,
        date_precision=precision,
        country=country["code"],
        region=region["name"].get(lang, region["name"]["en"]) if region else None,
        place=place["label"].get(lang, place["label"]["en"]),
        location_precision=rng.choice(["place", "place", "region"]),
        migration_stage=rng.choice(country["migration_stages"]),
        setting=place["setting"],
        status=rng.choice(_codes("incident_status")),
        types=list(story["incident_types"]),
        perpetrators=[PerpetratorDraft(perp_type, state, perp_phrase.get("en"))],
        victims=list({v.person_id: v for v in victims}.values()),
        authority_actions=[
            AuthorityActionDraft(
                authority="Local prosecutor's office",
                acted_on=start + dt.timedelta(days=2),
                action=response["text"].get(lang, response["text"]["en"]),
                response=response["code"],
            )
        ],
        followups=followups,
    )


def create_demo_vault(
    services: Services, path: Path, passphrase: str, progress: ProgressCallback = no_progress
) -> int:
    """Create ``path`` holding the fictional demo data; returns the number of incidents."""
    rng = random.Random(DEMO_SEED)  # noqa: S311 - reproducible fiction, not security
    services.create_vault(Path(path), passphrase)
    org_ids = [
        services.add_organisation(
            OrganisationDraft(name=o["name"], org_type=o["type"], country=o["country"])
        )
        for o in content()["organisations"]
    ]
    people = _people(rng, services, org_ids)
    pseudonyms = {p.id: p.pseudonym for p in services.list_persons(limit=10_000)}
    drafts = [_incident(rng, people, pseudonyms) for _ in range(DEMO_INCIDENTS)]
    services.import_incidents(drafts, progress=progress)
    return len(drafts)
