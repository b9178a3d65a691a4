# SPDX-License-Identifier: GPL-3.0-or-later
"""Cross-tabs against counts worked out by hand from the fixture in conftest.py."""

from __future__ import annotations

import pytest

from defenderdoc.errors import InvalidInputError
from defenderdoc.services import Services
from defenderdoc.stats import IMPRECISE_DATE, NO_PERSON, NOT_RECORDED, CrossTab, crosstab
from defenderdoc.stats.dimensions import Unit
from tests.stats.conftest import Fixture, cells

NR = NOT_RECORDED


def table(fx: Fixture, rows: str, cols: str | None = None, unit: Unit = "incidents") -> CrossTab:
    with fx.session() as session:
        return crosstab(session, rows, cols, unit=unit)


def totals(t: CrossTab) -> tuple[dict[str, int], dict[str, int], int]:
    rows = dict(zip(t.rows.keys, (c.value for c in t.row_totals), strict=True))
    cols = dict(zip(t.cols.keys if t.cols else (), (c.value for c in t.col_totals), strict=True))
    return rows, cols, t.total.value


def test_incident_type_full_codes(patterns: Fixture) -> None:
    t = table(patterns, "incident_type")
    assert t.rows.keys == (
        "threat.direct",
        "threat.death",
        "threat.online",
        "stigmatisation.smear_campaign",
        "detention",
        "detention.arbitrary_arrest",
        "labour.withheld_wages",
        NR,
    )
    assert cells(t) == {
        ("threat.direct",): 2,  # I1, I6
        ("threat.death",): 1,
        ("threat.online",): 1,
        ("stigmatisation.smear_campaign",): 1,
        ("detention",): 1,
        ("detention.arbitrary_arrest",): 1,
        ("labour.withheld_wages",): 1,
        (NR,): 1,  # I5 has no type
    }
    assert t.total.value == 6  # distinct incidents, not the sum of 9
    assert not t.additive
    assert t.rows.labels[0] == "Direct threat to the defender"
    assert t.rows.labels[-1] == "Not recorded"


def test_incident_type_top_level(patterns: Fixture) -> None:
    t = table(patterns, "incident_type:top")
    assert cells(t) == {
        ("threat",): 3,  # I1 (two threat codes, counted once), I3, I6
        ("stigmatisation",): 1,
        ("detention",): 2,  # I2 (child code) and I4
        ("labour",): 1,
        (NR,): 1,
    }
    assert t.total.value == 6
    assert t.rows.label == "Incident type (main categories)"


def test_country_is_additive(patterns: Fixture) -> None:
    t = table(patterns, "country")
    assert cells(t) == {("MX",): 3, ("GT",): 1, ("LY",): 1, (NR,): 1}
    assert t.additive
    assert t.total.value == 6


def test_type_by_country(patterns: Fixture) -> None:
    t = table(patterns, "incident_type:top", "country")
    assert cells(t) == {
        ("threat", "MX"): 2,
        ("threat", "GT"): 1,
        ("stigmatisation", "GT"): 1,
        ("detention", "MX"): 1,
        ("detention", "LY"): 1,
        ("labour", "MX"): 1,
        (NR, NR): 1,
    }
    rows, cols, total = totals(t)
    assert rows == {"threat": 3, "stigmatisation": 1, "detention": 2, "labour": 1, NR: 1}
    # MX holds I1, I2, I6: 3 distinct incidents although its cells add up to 4.
    assert cols == {"MX": 3, "GT": 1, "LY": 1, NR: 1}
    assert total == 6


def test_perpetrator_type_pairs_with_its_own_state_link(patterns: Fixture) -> None:
    t = table(patterns, "perpetrator_type:top", "state_link")
    assert cells(t) == {
        ("state", "state_agent"): 2,  # I1, I2
        ("non_state", "non_state"): 3,  # I2, I3, I6: I2's gang is not a State agent
        (NR, NR): 2,  # I4, I5 have no perpetrator recorded
    }
    rows, cols, total = totals(t)
    assert rows == {"state": 2, "non_state": 3, NR: 2}
    assert cols == {"state_agent": 2, "non_state": 3, NR: 2}
    assert total == 6


def test_gender_identity_counting_incidents(patterns: Fixture) -> None:
    t = table(patterns, "gender_identity")
    assert cells(t) == {
        ("woman",): 2,  # I1, I2 (A)
        ("woman.trans",): 2,  # I1, I3 (B)
        ("non_binary",): 2,  # I4, I6 (D)
        ("prefer_not",): 2,  # I3, I4 (C): kept as its own category
        (NO_PERSON,): 1,  # I5 targeted only an organisation
    }
    assert t.total.value == 6
    top = table(patterns, "gender_identity:top")
    assert cells(top)[("woman",)] == 3  # I1, I2, I3


def test_persons_by_characteristics(patterns: Fixture) -> None:
    # Affected persons are A, B, C, D; E is no victim of anything.
    t = table(patterns, "gender_identity", unit="persons")
    assert cells(t) == {("woman",): 1, ("woman.trans",): 1, ("non_binary",): 1, ("prefer_not",): 1}
    assert t.total.value == 4
    assert t.additive
    assert cells(table(patterns, "age_group", unit="persons")) == {
        ("18_24",): 1,
        ("25_34",): 1,
        ("35_49",): 1,
        ("unknown",): 1,
    }
    assert cells(table(patterns, "nationality", unit="persons")) == {
        ("HN",): 2,
        ("SV",): 1,
        (NR,): 1,
    }
    assert cells(table(patterns, "disability", unit="persons")) == {
        ("no_disability",): 1,
        ("prefer_not",): 1,
        (NR,): 2,  # C and D: never silently dropped
    }
    assert cells(table(patterns, "migration_status:top", unit="persons")) == {
        ("regular",): 1,
        ("irregular",): 1,
        ("asylum_seeker",): 1,
        (NR,): 1,
    }


def test_gender_by_migration_status_persons(patterns: Fixture) -> None:
    t = table(patterns, "gender_identity", "migration_status", unit="persons")
    assert cells(t) == {
        ("woman", "irregular"): 1,
        ("woman.trans", "asylum_seeker"): 1,
        ("non_binary", "regular.employer_tied"): 1,
        ("prefer_not", NR): 1,
    }
    assert t.additive


def test_nationality_by_country_persons(patterns: Fixture) -> None:
    t = table(patterns, "nationality", "country", unit="persons")
    assert cells(t) == {
        ("HN", "MX"): 2,  # A, B
        ("HN", "GT"): 1,  # B
        ("SV", "GT"): 1,  # C
        ("SV", "LY"): 1,  # C
        (NR, "LY"): 1,  # D
        (NR, "MX"): 1,  # D
    }
    rows, cols, total = totals(t)
    assert rows == {"HN": 2, "SV": 1, NR: 1}  # distinct persons
    assert cols == {"MX": 3, "GT": 2, "LY": 2}  # I5 has no person, so no "not recorded"
    assert total == 4
    assert not t.additive


def test_month_quarter_year(patterns: Fixture) -> None:
    assert cells(table(patterns, "month")) == {
        ("2024-01",): 1,
        ("2024-02",): 1,
        ("2024-04",): 1,
        ("2025-07",): 1,
        (IMPRECISE_DATE,): 1,  # I4 is known only to the year: not piled into January
        (NR,): 1,
    }
    assert cells(table(patterns, "quarter")) == {
        ("2024-Q1",): 2,
        ("2024-Q2",): 1,
        ("2025-Q3",): 1,
        (IMPRECISE_DATE,): 1,
        (NR,): 1,
    }
    assert cells(table(patterns, "year")) == {("2024",): 4, ("2025",): 1, (NR,): 1}


def test_year_by_gender_top(patterns: Fixture) -> None:
    t = table(patterns, "year", "gender_identity:top")
    assert cells(t) == {
        ("2024", "woman"): 3,
        ("2024", "non_binary"): 1,
        ("2024", "prefer_not"): 2,
        ("2025", "non_binary"): 1,
        (NR, NO_PERSON): 1,
    }
    rows, cols, total = totals(t)
    assert rows == {"2024": 4, "2025": 1, NR: 1}
    assert cols == {"woman": 3, "non_binary": 2, "prefer_not": 2, NO_PERSON: 1}
    assert total == 6


def test_victim_role_and_setting(patterns: Fixture) -> None:
    assert cells(table(patterns, "setting:top")) == {
        ("border_crossing",): 1,
        ("workplace",): 1,  # the private household sits under workplace
        ("shelter",): 1,
        ("online",): 1,
        (NR,): 2,
    }
    assert cells(table(patterns, "victim_role")) == {
        ("targeted_defender",): 5,
        (NO_PERSON,): 1,  # roles are those of persons; I5 targeted only an organisation
    }


def test_labels_in_another_language(patterns: Fixture) -> None:
    with patterns.session() as session:
        t = crosstab(session, "country", lang="es")
    assert "México" in t.rows.labels


def test_bad_requests(patterns: Fixture) -> None:
    with patterns.session() as session:
        with pytest.raises(InvalidInputError):
            crosstab(session, "no_such_dimension")
        with pytest.raises(InvalidInputError):
            crosstab(session, "country", "country")
        with pytest.raises(InvalidInputError):
            crosstab(session, "month:top")
        with pytest.raises(InvalidInputError):
            crosstab(session, "person")  # identities never make a table
        with pytest.raises(InvalidInputError):
            crosstab(session, "country", unit="households")  # type: ignore[arg-type]


def test_empty_vault(open_vault: Services) -> None:
    with open_vault.vault.session() as session:
        t = crosstab(session, "country", "year")
    assert t.rows.keys == ()
    assert t.total.value == 0


def test_persons_pair_facts_of_one_incident(patterns: Fixture) -> None:
    # B had a threat in Mexico (I1) and a smear campaign in Guatemala (I3), never a
    # smear campaign in Mexico: a cell needs one incident with both facts.
    t = table(patterns, "incident_type:top", "country", unit="persons")
    assert cells(t) == {
        ("threat", "MX"): 3,  # A (I1), B (I1), D (I6)
        ("threat", "GT"): 2,  # B, C (I3)
        ("stigmatisation", "GT"): 2,  # B, C
        ("detention", "MX"): 1,  # A (I2)
        ("detention", "LY"): 2,  # C, D (I4)
        ("labour", "MX"): 1,  # D (I6)
    }
    rows, cols, total = totals(t)
    assert rows == {"threat": 4, "stigmatisation": 2, "detention": 3, "labour": 1}
    assert cols == {"MX": 3, "GT": 2, "LY": 2}
    assert total == 4
    by_year = table(patterns, "country", "year", unit="persons")
    assert cells(by_year) == {
        ("MX", "2024"): 2,  # A, B; D's Mexican incident was in 2025
        ("GT", "2024"): 2,
        ("LY", "2024"): 2,
        ("MX", "2025"): 1,
    }
