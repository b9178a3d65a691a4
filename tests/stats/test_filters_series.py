# SPDX-License-Identifier: GPL-3.0-or-later
"""Filters, custom vocabulary terms and the monthly series, on the hand-counted fixture."""

from __future__ import annotations

import datetime as dt

import pytest

from defenderdoc.domain.records import IncidentDraft, IncidentFilter
from defenderdoc.errors import InvalidInputError
from defenderdoc.stats import (
    IMPRECISE_DATE,
    NOT_RECORDED,
    CrossTab,
    StatsFilter,
    crosstab,
    monthly_series,
)
from defenderdoc.stats.dimensions import Unit
from tests.stats.conftest import Fixture, cells


def counted(
    fx: Fixture, flt: StatsFilter, rows: str = "country", unit: Unit = "incidents"
) -> CrossTab:
    with fx.session() as session:
        return crosstab(session, rows, unit=unit, flt=flt)


def test_type_filter_includes_subtypes_unless_exact(patterns: Fixture) -> None:
    flt = StatsFilter(IncidentFilter(types=["threat"]))
    t = counted(patterns, flt)
    assert cells(t) == {("MX",): 2, ("GT",): 1}  # I1, I6 and I3
    exact = StatsFilter(IncidentFilter(types=["threat"]), include_subtypes=False)
    assert counted(patterns, exact).total.value == 0  # no incident is coded plain "threat"
    assert counted(patterns, StatsFilter(IncidentFilter(types=["threat.direct"]))).total.value == 2


def test_date_country_stage_status_filters(patterns: Fixture) -> None:
    flt = StatsFilter(IncidentFilter(date_from=dt.date(2024, 2, 1), date_to=dt.date(2024, 12, 31)))
    assert cells(counted(patterns, flt)) == {("MX",): 1, ("GT",): 1}  # I2, I3; I4 is 1 Jan
    assert counted(patterns, StatsFilter(IncidentFilter(countries=["mx"]))).total.value == 3
    stage = StatsFilter(IncidentFilter(migration_stages=["transit"]))
    assert counted(patterns, stage).total.value == 2
    status = StatsFilter(IncidentFilter(statuses=["verified"]))
    assert counted(patterns, status).total.value == 0


def test_perpetrator_setting_state_link_filters(patterns: Fixture) -> None:
    state = StatsFilter(IncidentFilter(perpetrator_types=["state"]))
    assert counted(patterns, state).total.value == 2  # I1, I2
    non_state = StatsFilter(state_links=("non_state",))
    assert counted(patterns, non_state).total.value == 3  # I2, I3, I6
    workplace = StatsFilter(settings=("workplace",))
    assert cells(counted(patterns, workplace)) == {("MX",): 1}  # the private household, I6


def test_person_and_text_filters(patterns: Fixture) -> None:
    c = patterns.persons["C"]
    assert counted(patterns, StatsFilter(IncidentFilter(person_id=c))).total.value == 2
    text = StatsFilter(IncidentFilter(text="checkpoint"))
    assert cells(counted(patterns, text)) == {("MX",): 1}


def test_person_criteria_restrict_victims(patterns: Fixture) -> None:
    women = StatsFilter(persons={"gender_identity": ("woman",)})
    t = counted(patterns, women, rows="gender_identity")
    # woman includes woman.trans; C (prefer_not) shares I3 with B but is not counted.
    assert cells(t) == {("woman",): 2, ("woman.trans",): 2}
    assert t.total.value == 3  # I1, I2, I3
    assert counted(patterns, women, rows="gender_identity", unit="persons").total.value == 2
    assert cells(counted(patterns, women, rows="country", unit="persons")) == {
        ("MX",): 2,
        ("GT",): 1,
    }
    with pytest.raises(InvalidInputError):
        StatsFilter(persons={"country": ("MX",)})  # not a person characteristic
    with pytest.raises(InvalidInputError):
        StatsFilter(persons={"gender_identity": ()})


def test_custom_terms_group_under_their_parent(patterns: Fixture) -> None:
    svc = patterns.services
    svc.add_custom_term("incident_type", "x.threat.voice_note", "Threat by voice note", "threat")
    svc.add_custom_term("incident_type", "x.raid", "Raid on a safe house")
    svc.add_custom_term("incident_type", "x.raid.night", "Night raid", "x.raid")
    svc.add_incident(IncidentDraft("Voice note", country="GT", types=["x.threat.voice_note"]))
    svc.add_incident(IncidentDraft("Night raid", country="GT", types=["x.raid.night"]))
    with patterns.session() as session:
        top = crosstab(session, "incident_type:top")
        full = crosstab(session, "incident_type")
        only_threats = crosstab(
            session, "country", flt=StatsFilter(IncidentFilter(types=["threat"]))
        )
    assert cells(top)[("threat",)] == 4
    assert cells(top)[("x.raid",)] == 1
    assert "Raid on a safe house" in top.rows.labels
    assert cells(full)[("x.threat.voice_note",)] == 1
    assert cells(only_threats)[("GT",)] == 2  # I3 and the voice note


def test_monthly_series_incidents(patterns: Fixture) -> None:
    with patterns.session() as session:
        series = monthly_series(session)
    assert series.months[0] == "2024-01"
    assert series.months[-1] == "2025-07"
    assert len(series.months) == 19  # empty months are kept
    by_month = dict(zip(series.months, series.counts, strict=True))
    assert by_month["2024-01"] == 1
    assert by_month["2024-03"] == 0
    assert by_month["2024-04"] == 1
    assert sum(series.counts) == 4
    assert (series.imprecise, series.undated, series.total) == (1, 1, 6)
    table = series.as_table()
    assert table.rows.keys[-2:] == (IMPRECISE_DATE, NOT_RECORDED)
    assert table.total.value == 6


def test_monthly_series_persons_and_window(patterns: Fixture) -> None:
    with patterns.session() as session:
        persons = monthly_series(session, unit="persons")
        window = monthly_series(session, start=dt.date(2024, 1, 1), end=dt.date(2024, 6, 30))
        types = monthly_series(session, StatsFilter(IncidentFilter(types=["detention"])))
    by_month = dict(zip(persons.months, persons.counts, strict=True))
    assert by_month == {**by_month, "2024-01": 2, "2024-02": 1, "2024-04": 2, "2025-07": 1}
    assert (persons.imprecise, persons.undated, persons.total) == (2, 0, 4)
    assert window.months == ("2024-01", "2024-02", "2024-03", "2024-04", "2024-05", "2024-06")
    assert window.counts == (1, 1, 0, 1, 0, 0)
    assert window.total == 4  # I4 (1 Jan 2024, year only) is inside the window too
    assert types.months == ("2024-02",)
    assert (types.counts, types.imprecise) == ((1,), 1)
