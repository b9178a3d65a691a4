# SPDX-License-Identifier: GPL-3.0-or-later
"""A small vault whose every count below was worked out by hand.

Persons (E is never a victim, so never "affected"):
  A  woman        25_34    irregular              HN   no_disability
  B  woman.trans  18_24    asylum_seeker          HN   prefer_not
  C  prefer_not   unknown  (not recorded)         SV   (not recorded)
  D  non_binary   35_49    regular.employer_tied  (-)  (not recorded)   member of O1
  E  (nothing recorded)

Incidents:
  I1 2024-01-15 MX transit     border_crossing  threat.death, threat.direct     state.police/state_agent   A, B
  I2 2024-02-03 MX transit     shelter          detention.arbitrary_arrest      state.immigration/state_agent
                                                                                + non_state.criminal_group/non_state  A
  I3 2024-04-20 GT origin      online           stigmatisation.smear_campaign,  non_state.online_mob/non_state  B, C
                                                threat.online
  I4 2024 (year only) LY destination  (none)    detention                       (none)                     C, D
  I5 (no date, no country, no stage, no type, no perpetrator)                                              organisation O1
  I6 2025-07-09 MX destination workplace.private_household  labour.withheld_wages, threat.direct
                                                                                non_state.employer/non_state  D
"""  # noqa: E501

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import pytest
from sqlalchemy.orm import Session

from defenderdoc.domain.records import (
    IncidentDraft,
    OrganisationDraft,
    PerpetratorDraft,
    PersonDraft,
    VictimLink,
)
from defenderdoc.services import Services
from defenderdoc.stats import CrossTab


@dataclass
class Fixture:
    services: Services
    persons: dict[str, int]
    incidents: dict[str, int]
    organisations: dict[str, int]

    @contextmanager
    def session(self) -> Iterator[Session]:
        with self.services.vault.session() as session:
            yield session


def _person(
    pseudonym: str, nationality: str | None = None, org: int | None = None, **traits: str
) -> PersonDraft:
    return PersonDraft(
        pseudonym=pseudonym, characteristics=traits, nationality=nationality, organisation_id=org
    )


@pytest.fixture
def patterns(open_vault: Services) -> Fixture:
    svc = open_vault
    o1 = svc.add_organisation(OrganisationDraft(name="Casa Refugio"))
    people = {
        "A": _person(
            "A",
            "HN",
            gender_identity="woman",
            age_group="25_34",
            migration_status="irregular",
            disability="no_disability",
        ),
        "B": _person(
            "B",
            "HN",
            gender_identity="woman.trans",
            age_group="18_24",
            migration_status="asylum_seeker",
            disability="prefer_not",
        ),
        "C": _person("C", "SV", gender_identity="prefer_not", age_group="unknown"),
        "D": _person(
            "D",
            None,
            o1,
            gender_identity="non_binary",
            age_group="35_49",
            migration_status="regular.employer_tied",
        ),
        "E": _person("E"),
    }
    p = {name: svc.add_person(draft) for name, draft in people.items()}

    def victims(*names: str) -> list[VictimLink]:
        return [VictimLink(person_id=p[n]) for n in names]

    drafts = {
        "I1": IncidentDraft(
            "Threats at the checkpoint",
            start_date=dt.date(2024, 1, 15),
            country="MX",
            migration_stage="transit",
            setting="border_crossing",
            types=["threat.death", "threat.direct"],
            perpetrators=[PerpetratorDraft("state.police", "state_agent")],
            victims=victims("A", "B"),
        ),
        "I2": IncidentDraft(
            "Arrest at the shelter",
            start_date=dt.date(2024, 2, 3),
            country="MX",
            migration_stage="transit",
            setting="shelter",
            types=["detention.arbitrary_arrest"],
            perpetrators=[
                PerpetratorDraft("state.immigration", "state_agent"),
                PerpetratorDraft("non_state.criminal_group", "non_state"),
            ],
            victims=victims("A"),
        ),
        "I3": IncidentDraft(
            "Smear campaign online",
            start_date=dt.date(2024, 4, 20),
            country="GT",
            migration_stage="origin",
            setting="online",
            types=["stigmatisation.smear_campaign", "threat.online"],
            perpetrators=[PerpetratorDraft("non_state.online_mob", "non_state")],
            victims=victims("B", "C"),
        ),
        "I4": IncidentDraft(
            "Detention some time in 2024",
            start_date=dt.date(2024, 1, 1),
            date_precision="year",
            country="LY",
            migration_stage="destination",
            types=["detention"],
            victims=victims("C", "D"),
        ),
        "I5": IncidentDraft(
            "Break-in at the office, details pending",
            victims=[VictimLink(organisation_id=o1, role="organisation")],
        ),
        "I6": IncidentDraft(
            "Employer withheld wages and threatened",
            start_date=dt.date(2025, 7, 9),
            country="MX",
            migration_stage="destination",
            setting="workplace.private_household",
            types=["labour.withheld_wages", "threat.direct"],
            perpetrators=[PerpetratorDraft("non_state.employer", "non_state")],
            victims=victims("D"),
        ),
    }
    i = {name: svc.add_incident(draft) for name, draft in drafts.items()}
    return Fixture(svc, p, i, {"O1": o1})


def cells(table: CrossTab) -> dict[tuple[str, ...], int]:
    """Non-zero cells as {(row,): value} or {(row, col): value}."""
    found: dict[tuple[str, ...], int] = {}
    for r, row in enumerate(table.rows.keys):
        for c, cell in enumerate(table.cells[r]):
            if cell.value:
                key = (row,) if table.cols is None else (row, table.cols.keys[c])
                found[key] = cell.value
    return found
