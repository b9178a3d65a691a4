# SPDX-License-Identifier: GPL-3.0-or-later
"""Risk assessments keep their history; sources stay attached to their incident."""

from __future__ import annotations

import datetime as dt

import pytest

from defenderdoc.domain.records import (
    IncidentDraft,
    OrganisationDraft,
    PersonDraft,
    RiskAssessmentDraft,
    SourceDraft,
)
from defenderdoc.errors import InvalidInputError, NotFoundError
from defenderdoc.services import Services


def test_risk_history_newest_first(open_vault: Services) -> None:
    person = open_vault.add_person(PersonDraft(pseudonym="WHRD-Fig"))
    for day, level in ((1, "medium"), (20, "high"), (10, "critical")):
        open_vault.add_risk_assessment(
            RiskAssessmentDraft(
                dt.date(2026, 5, day),
                level,
                person_id=person,
                threats="calls at night",
                vulnerabilities="lives alone",
                capacities="network of lawyers",
                assessor="officer",
            )
        )
    history = open_vault.risk_history(person_id=person)
    assert [h.level for h in history] == ["high", "critical", "medium"]
    assert history[0].capacities == "network of lawyers"


def test_risk_assessment_for_an_organisation(open_vault: Services) -> None:
    org = open_vault.add_organisation(
        OrganisationDraft(name="Shelter network (demo)", org_type="shelter", country="MX")
    )
    open_vault.add_risk_assessment(
        RiskAssessmentDraft(dt.date(2026, 1, 1), "low", organisation_id=org)
    )
    assert [h.level for h in open_vault.risk_history(organisation_id=org)] == ["low"]
    assert [o.name for o in open_vault.list_organisations()] == ["Shelter network (demo)"]


@pytest.mark.parametrize(
    "draft",
    [
        RiskAssessmentDraft(dt.date(2026, 1, 1), "low"),
        RiskAssessmentDraft(dt.date(2026, 1, 1), "low", person_id=1, organisation_id=1),
        RiskAssessmentDraft(dt.date(2026, 1, 1), "apocalyptic", person_id=1),
    ],
)
def test_invalid_risk_assessments(open_vault: Services, draft: RiskAssessmentDraft) -> None:
    open_vault.add_person(PersonDraft(pseudonym="P"))
    open_vault.add_organisation(OrganisationDraft(name="O"))
    with pytest.raises(InvalidInputError):
        open_vault.add_risk_assessment(draft)


def test_sources(open_vault: Services) -> None:
    incident = open_vault.add_incident(IncidentDraft(title="Raid"))
    open_vault.add_source(
        SourceDraft(
            incident, "Neighbour who saw the raid", "+00 000", "first_hand", dt.date(2026, 2, 2)
        )
    )
    assert open_vault.sources_of(incident)[0].description == "Neighbour who saw the raid"
    with pytest.raises(NotFoundError):
        open_vault.add_source(SourceDraft(999, "x"))
    open_vault.delete_incident(incident)
    assert open_vault.sources_of(incident) == []
