# SPDX-License-Identifier: GPL-3.0-or-later
"""Escalation signals and the reprisal window, with every date written out.

Escalation: as of 2025-06-30 with 90 recent days and a 365-day baseline, the
recent window is (2025-04-01, 2025-06-30] and the baseline (2024-04-01, 2025-04-01].
"""

from __future__ import annotations

import datetime as dt

import pytest

from defenderdoc.domain.records import (
    IncidentDraft,
    OrganisationDraft,
    PerpetratorDraft,
    PersonDraft,
    VictimLink,
)
from defenderdoc.errors import InvalidInputError
from defenderdoc.services import Services
from defenderdoc.stats import after_exports, escalations
from defenderdoc.stats.reprisals import VIA_LINK, VIA_ORGANISATION, VIA_PERSON, logged_ids
from defenderdoc.vault.models import ExportLog

AS_OF = dt.date(2025, 6, 30)
D = dt.date


@pytest.fixture
def escalating(open_vault: Services) -> dict[str, int]:
    svc = open_vault
    org = svc.add_organisation(OrganisationDraft(name="Red de Mujeres"))
    xena = svc.add_person(PersonDraft("Xena"))
    yara = svc.add_person(PersonDraft("Yara", organisation_id=org))
    plan: list[tuple[str, dt.date, int | None, str]] = [
        # state.border: 4 earlier (1 Apr 2025 is the last baseline day), 2 recent (30 Jun
        # is the last recent day); 1 Apr 2024 and 1 Jul 2025 fall outside both windows.
        *(("state.border", d, yara, "day") for d in (D(2024, 6, 1), D(2024, 9, 1))),
        *(("state.border", d, yara, "day") for d in (D(2024, 12, 1), D(2025, 4, 1))),
        *(("state.border", d, yara, "day") for d in (D(2025, 5, 1), D(2025, 6, 30))),
        ("state.border", D(2024, 4, 1), yara, "day"),
        ("state.border", D(2025, 7, 1), yara, "day"),
        # non_state.employer: 12 earlier, 2 recent: below the earlier rate of 2.96.
        *(("non_state.employer", D(2024 + (m > 8), (m + 3) % 12 + 1, 10), None, "day")
          for m in range(12)),
        ("non_state.employer", D(2025, 4, 15), None, "day"),
        ("non_state.employer", D(2025, 5, 15), None, "day"),
        # non_state.smuggler: new, 3 recent and nothing before.
        *(("non_state.smuggler", D(2025, m, 10), xena, "day") for m in (4, 5, 6)),
        ("state.police", D(2025, 6, 1), None, "day"),  # one recent: below min_recent
        # known only to the year: cannot be placed in a 90-day window
        *(("non_state.trafficker", D(2025, 5, 1), None, "year") for _ in range(3)),
    ]  # fmt: skip
    for perp, day, victim, precision in plan:
        svc.add_incident(
            IncidentDraft(
                f"{perp} {day}",
                start_date=day,
                date_precision=precision,
                perpetrators=[PerpetratorDraft(perp)],
                victims=[VictimLink(person_id=victim)] if victim else [],
            )
        )
    return {"org": org, "xena": xena, "yara": yara}


def test_escalating_perpetrator_types(open_vault: Services, escalating: dict[str, int]) -> None:
    with open_vault.vault.session() as session:
        signals = escalations(session, "perpetrator_type", as_of=AS_OF)
    assert [(s.key, s.recent, s.earlier) for s in signals] == [
        ("non_state.smuggler", 3, 0),  # new comes first
        ("state.border", 2, 4),
    ]
    new, border = signals
    assert new.is_new
    assert new.ratio is None
    assert border.expected == pytest.approx(4 * 90 / 365)
    assert border.ratio == pytest.approx(2 / (4 * 90 / 365))
    assert border.label == "Border or customs agents"
    assert border.subject == "perpetrator_type"


def test_escalation_options(open_vault: Services, escalating: dict[str, int]) -> None:
    with open_vault.vault.session() as session:
        top = escalations(session, "perpetrator_type:top", as_of=AS_OF)
        strict = escalations(session, "perpetrator_type", as_of=AS_OF, factor=2.5)
        loose = escalations(session, "perpetrator_type", as_of=AS_OF, min_recent=1)
        with pytest.raises(InvalidInputError):
            escalations(session, "perpetrator_type", as_of=AS_OF, recent_days=0)
    # state: recent 3 (border 2 + police 1) vs 4 earlier; non_state: 5 recent vs 12 earlier
    assert {(s.key, s.recent, s.earlier) for s in top} == {("state", 3, 4), ("non_state", 5, 12)}
    assert [s.key for s in strict] == ["non_state.smuggler"]  # border's ratio is 2.03
    assert "state.police" in [s.key for s in loose]


def test_escalating_person_and_organisation(
    open_vault: Services, escalating: dict[str, int]
) -> None:
    with open_vault.vault.session() as session:
        persons = escalations(session, "person", as_of=AS_OF)
        orgs = escalations(session, "organisation", as_of=AS_OF)
    assert [(s.label, s.recent, s.earlier) for s in persons] == [("Xena", 3, 0), ("Yara", 2, 4)]
    assert persons[0].key == str(escalating["xena"])
    # Yara's incidents reach her organisation through her membership.
    assert [(s.label, s.recent, s.earlier) for s in orgs] == [("Red de Mujeres", 2, 4)]


@pytest.fixture
def exported(open_vault: Services) -> dict[str, int]:
    """Export X1 on 2025-03-01 named person P and contained incident E1 (victims Q and O)."""
    svc = open_vault
    org = svc.add_organisation(OrganisationDraft(name="Albergue"))
    ids = {n: svc.add_person(PersonDraft(n)) for n in ("P", "Q", "R")}
    ids["M"] = svc.add_person(PersonDraft("M", organisation_id=org))

    def incident(title: str, day: dt.date | None, *victims: VictimLink) -> int:
        return svc.add_incident(IncidentDraft(title, start_date=day, victims=list(victims)))

    def v(name: str) -> VictimLink:
        return VictimLink(person_id=ids[name])

    ids["E1"] = incident("E1", D(2025, 1, 10), v("Q"), VictimLink(organisation_id=org))
    ids["E2"] = incident("E2 exported, dated after", D(2025, 3, 5), v("Q"))
    with svc.vault.session(write=True) as session:
        export = ExportLog(
            exported_at=dt.datetime(2025, 3, 1, 10, 0),
            recipient="Special Rapporteur on human rights defenders",
            template="un_communication",
            profile="{}",
            incident_ids=f"[{ids['E1']}, {ids['E2']}]",
            person_ids=f"[{ids['P']}]",
            sha256="0" * 64,
        )
        session.add(export)
        session.flush()
        ids["X1"] = export.id
    ids["L1"] = incident("same day", D(2025, 3, 1), v("P"))
    ids["L2"] = incident("victim of exported incident", D(2025, 3, 20), v("Q"))
    ids["L3"] = incident("member of exported organisation", D(2025, 4, 15), v("M"))
    ids["L4"] = incident("unrelated person", D(2025, 3, 10), v("R"))
    ids["L5"] = incident("before the export", D(2025, 2, 28), v("P"))
    ids["L6"] = incident("106 days after", D(2025, 6, 15), v("P"))
    draft = IncidentDraft("linked by hand, undated", reprisal_export_id=ids["X1"])
    ids["L7"] = svc.add_incident(draft)
    return ids


def test_incidents_after_an_export(open_vault: Services, exported: dict[str, int]) -> None:
    with open_vault.vault.session() as session:
        found = after_exports(session, within_days=90)
        wider = after_exports(session, within_days=106)
        none = after_exports(session, export_ids=[exported["X1"] + 1])
    by_id = {c.incident_id: c for c in found}
    names = {v: k for k, v in exported.items()}
    assert [names[c.incident_id] for c in found] == ["L1", "L2", "L3", "L7"]
    assert (by_id[exported["L1"]].days_after, by_id[exported["L1"]].via) == (0, (VIA_PERSON,))
    assert by_id[exported["L1"]].person_ids == (exported["P"],)
    assert by_id[exported["L2"]].days_after == 19
    assert by_id[exported["L3"]].via == (VIA_ORGANISATION,)
    assert by_id[exported["L3"]].person_ids == ()
    assert (by_id[exported["L7"]].days_after, by_id[exported["L7"]].via) == (None, (VIA_LINK,))
    assert all(c.recipient.startswith("Special Rapporteur") for c in found)
    assert all(c.exported_on == D(2025, 3, 1) for c in found)
    assert exported["L6"] in {c.incident_id for c in wider}  # the 106th day is inside
    assert none == []


def test_logged_ids_are_read_defensively() -> None:
    assert logged_ids("[1, 2, 2]") == {1, 2}
    assert logged_ids('["3", 4, true, 5.5, null]') == {3, 4}
    assert logged_ids("not json") == set()
    assert logged_ids('{"a": 1}') == set()
    assert logged_ids(None) == set()
