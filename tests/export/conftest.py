# SPDX-License-Identifier: GPL-3.0-or-later
"""A small vault whose consent situations cover every dossier rule."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest

from defenderdoc.domain.records import (
    AuthorityActionDraft,
    ConsentDecision,
    IncidentDraft,
    PerpetratorDraft,
    PersonDraft,
    RiskAssessmentDraft,
    SourceDraft,
    VictimLink,
)
from defenderdoc.services import Services

DAY = dt.date(2026, 1, 10)
SECRETS = {
    "contact": "+00 CANARYCONTACT 77",
    "source": "SOURCECANARY neighbour",
    "refused_legal": "Carla WITHHELDNAME",
    "state_refused_legal": "Berta SECRETNAME",
    "place": "CANARYPLACE shelter",
    "coords": "16.9070",
}


@dataclass
class Case:
    services: Services
    alpha: int
    beta: int
    gamma: int
    delta: int
    main: int
    gamma_only: int
    delta_only: int


def _consent(services: Services, person: int, **uses: str) -> None:
    for use, status in uses.items():
        services.record_consent(person, ConsentDecision(use, status, DAY, "written", "officer"))


@pytest.fixture
def case(open_vault: Services) -> Case:
    s = open_vault
    alpha = s.add_person(
        PersonDraft(
            pseudonym="WHRD-Alpha",
            legal_name="Ana CONSENTED",
            contact=SECRETS["contact"],
            characteristics={"gender_identity": "woman", "migration_status": "asylum_seeker"},
            activities=("legal_aid",),
        )
    )
    beta = s.add_person(
        PersonDraft(pseudonym="WHRD-Beta", legal_name=SECRETS["state_refused_legal"])
    )
    gamma = s.add_person(PersonDraft(pseudonym="WHRD-Gamma", legal_name=SECRETS["refused_legal"]))
    delta = s.add_person(PersonDraft(pseudonym="WHRD-Delta", legal_name="Dora NOCONSENT"))
    _consent(s, alpha, un="given", state="given", partner="given", public="given")
    _consent(s, beta, un="given", state="refused", partner="given", public="given")
    _consent(s, gamma, un="refused", partner="refused", public="refused")
    narrative = (
        f"Ana CONSENTED and {SECRETS['state_refused_legal']} were threatened at the "
        f"{SECRETS['place']} in Tapachula. {SECRETS['refused_legal']} (WHRD-Gamma) "
        "witnessed it."
    )
    main = s.add_incident(
        IncidentDraft(
            title="Threats at the shelter",
            narrative=narrative,
            start_date=dt.date(2026, 3, 14),
            country="MX",
            region="Chiapas",
            place=SECRETS["place"],
            latitude=16.9070,
            longitude=-92.09,
            migration_stage="transit",
            setting="shelter",
            types=["threat.death"],
            perpetrators=[
                PerpetratorDraft(
                    "state.immigration", "state_agent", "two agents", "uniforms and vehicle"
                )
            ],
            victims=[VictimLink(alpha), VictimLink(beta)],
            authority_actions=[
                AuthorityActionDraft(
                    "Prosecutor", dt.date(2026, 3, 16), "complaint", "registered_no_action"
                )
            ],
        )
    )
    s.add_source(SourceDraft(main, SECRETS["source"], "+00 SOURCECONTACT"))
    s.add_risk_assessment(
        RiskAssessmentDraft(DAY, "high", person_id=alpha, threats="calls", capacities="lawyers")
    )
    gamma_only = s.add_incident(
        IncidentDraft(title="Gamma's incident", country="MX", victims=[VictimLink(gamma)])
    )
    delta_only = s.add_incident(
        IncidentDraft(
            title="Delta's incident", country="GT", place="Tapachula", victims=[VictimLink(delta)]
        )
    )
    return Case(s, alpha, beta, gamma, delta, main, gamma_only, delta_only)
