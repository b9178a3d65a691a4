# SPDX-License-Identifier: GPL-3.0-or-later
"""Every counting path against a naive recount in plain Python, on random records.

The engine takes shortcuts (GROUP BY on raw columns, bitsets, links carried to
persons in C-level loops, a sort when there are many categories); this oracle
takes none. Sizes are chosen so each path runs: more than 40 months and more
than 40 type codes, multi-valued and single-valued dimensions, filters on
columns and on linked rows.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import product

import pytest

from defenderdoc.domain.records import (
    IncidentDraft,
    IncidentFilter,
    PerpetratorDraft,
    PersonDraft,
    VictimLink,
)
from defenderdoc.services import Services
from defenderdoc.stats import (
    IMPRECISE_DATE,
    NO_PERSON,
    NOT_RECORDED,
    CrossTab,
    StatsFilter,
    crosstab,
    parse,
)
from defenderdoc.vocab import load_vocabulary

GENDERS = [None, "woman", "woman.trans", "man", "non_binary", "prefer_not", "unknown"]
STATUSES = [None, "regular", "regular.employer_tied", "irregular", "refugee", "prefer_not"]
COUNTRIES = [None, "MX", "GT", "LY", "IT"]
PERPS = [("state.police", "state_agent"), ("state.border", "state_agent"),
         ("non_state.employer", "non_state"), ("non_state.smuggler", "state_acquiescence"),
         ("unknown", "unknown")]  # fmt: skip


People = dict[int, dict[str, str | None]]


@dataclass
class Record:
    id: int
    draft: IncidentDraft


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterable[tuple[Services, dict[str, object]]]:
    from defenderdoc.vault import crypto
    from tests.conftest import CHEAP_KDF, PASSPHRASE

    crypto.use_cheap_kdf_for_tests(CHEAP_KDF)
    rng = random.Random(20260314)
    svc = Services(actor="oracle")
    home = tmp_path_factory.mktemp("home")
    with pytest.MonkeyPatch.context() as mp:  # module scope: conftest's private HOME is per test
        for name in ("HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
            mp.setenv(name, str(home))
        svc.create_vault(tmp_path_factory.mktemp("oracle") / "v.ddoc", PASSPHRASE)
    codes = [c for c in load_vocabulary("incident_type").codes() if c != "other"]
    persons: dict[int, dict[str, str | None]] = {}
    for k in range(30):
        traits = {"gender_identity": rng.choice(GENDERS), "migration_status": rng.choice(STATUSES)}
        nationality = rng.choice(COUNTRIES)
        draft = PersonDraft(
            f"P{k}", characteristics={n: v for n, v in traits.items() if v}, nationality=nationality
        )
        persons[svc.add_person(draft)] = {**traits, "nationality": nationality}
    records = []
    for k in range(90):
        roll = rng.random()
        victims = rng.sample(sorted(persons), rng.choice([0, 1, 1, 2, 3]))
        day = dt.date(2020, 1, 1) + dt.timedelta(rng.randrange(1800))
        perpetrators = [PerpetratorDraft(*rng.choice(PERPS)) for _ in range(rng.choice([0, 1, 2]))]
        roles = ["targeted_defender", "witness"]
        draft = IncidentDraft(
            f"Incident {k}",
            start_date=None if roll < 0.1 else day,
            date_precision="year" if 0.1 <= roll < 0.2 else "day",
            country=rng.choice(COUNTRIES),
            types=rng.sample(codes, rng.choice([0, 1, 1, 2, 3])),
            perpetrators=perpetrators,
            victims=[VictimLink(person_id=p, role=rng.choice(roles)) for p in victims],
        )
        records.append(Record(svc.add_incident(draft), draft))
    yield svc, {"persons": persons, "records": records}
    svc.lock()
    crypto.use_cheap_kdf_for_tests(None)


def _period(draft: IncidentDraft, kind: str) -> str:
    day = draft.start_date
    if day is None:
        return NOT_RECORDED
    if kind == "year":
        return f"{day.year:04d}"
    if draft.date_precision == "year":
        return IMPRECISE_DATE
    if kind == "month":
        return f"{day.year:04d}-{day.month:02d}"
    return f"{day.year}-Q{(day.month + 2) // 3}"


PERSON_DIMS = ("gender_identity", "migration_status", "nationality")


def _code(code: str | None, level: str) -> str:
    if code is None:
        return NOT_RECORDED
    return code.split(".")[0] if level == "top" else code


def _rows(
    rec: Record, persons: People, victims: list[VictimLink]
) -> dict[str, list[dict[str, str]]]:
    """Each source's rows for one incident (or one victim link), as {spec name: value}."""
    d = rec.draft
    facts = {"country": d.country or NOT_RECORDED, "month": _period(d, "month"),
             "quarter": _period(d, "quarter"), "year": _period(d, "year")}  # fmt: skip
    return {
        "i": [facts],
        "t": [{"incident_type": t} for t in d.types],
        "p": [
            {"perpetrator_type": p.perpetrator_type, "state_link": p.state_link}
            for p in d.perpetrators
        ],  # fmt: skip
        "v": [
            {
                "victim_role": v.role,
                **{
                    n: persons[v.person_id][n] or NOT_RECORDED  # type: ignore[index]
                    for n in PERSON_DIMS
                },
            }
            for v in victims
        ],  # fmt: skip
    }


def _source(spec: str) -> str:
    name = spec.partition(":")[0]
    if name in ("country", "month", "quarter", "year"):
        return "i"
    return {"incident_type": "t", "perpetrator_type": "p", "state_link": "p"}.get(name, "v")


def _value(spec: str, row: dict[str, str]) -> str:
    name, _, level = spec.partition(":")
    return _code(None if row[name] == NOT_RECORDED else row[name], level)


def _combos(
    specs: list[str], rows: dict[str, list[dict[str, str]]], absent_v: str
) -> set[tuple[str, ...]]:
    """Categories of one unit (incident) or one context (victim link): rows of one source
    pair up row by row, different sources combine freely."""
    sources = [_source(s) for s in specs]
    if len(specs) == 2 and sources[0] == sources[1]:
        found = {tuple(_value(s, row) for s in specs) for row in rows[sources[0]]}
        return found or {((absent_v if sources[0] == "v" else NOT_RECORDED),) * 2}
    sets = []
    for spec, source in zip(specs, sources, strict=True):
        values = {_value(spec, row) for row in rows[source]}
        sets.append(values or {absent_v if source == "v" else NOT_RECORDED})
    return set(product(*sets))


def expected(data: dict[str, object], specs: list[str], unit: str, flt: StatsFilter,
             keep: set[int]) -> tuple[dict[tuple[str, ...], int], int]:  # fmt: skip
    persons: People = data["persons"]  # type: ignore[assignment]
    units: dict[int, set[tuple[str, ...]]] = {}
    for rec in data["records"]:  # type: ignore[attr-defined]
        if rec.id not in keep:
            continue
        victims = [v for v in rec.draft.victims if _wanted(flt, persons, v.person_id)]
        if unit == "incidents":
            units[rec.id] = _combos(specs, _rows(rec, persons, victims), NO_PERSON)
            continue
        for victim in victims:  # one context per victim link
            combos = _combos(specs, _rows(rec, persons, [victim]), NOT_RECORDED)
            units.setdefault(victim.person_id, set()).update(combos)  # type: ignore[arg-type]
    counts: dict[tuple[str, ...], int] = {}
    for combos in units.values():
        for key in {*combos, *{("row", c[0]) for c in combos}}:
            counts[key] = counts.get(key, 0) + 1
        for key in {("col", c[1]) for c in combos if len(c) == 2}:
            counts[key] = counts.get(key, 0) + 1
    if len(specs) == 1:
        counts = {k: v for k, v in counts.items() if k[0] == "row" or len(k) == 1}
    return counts, len(units)


def _wanted(flt: StatsFilter, persons: People, person_id: int | None) -> bool:
    wanted = flt.persons.get("gender_identity")
    if not wanted:
        return True
    value = persons[person_id]["gender_identity"]  # type: ignore[index]
    return value is not None and any(value == w or value.startswith(w + ".") for w in wanted)


def counted(data: dict[str, object], flt: StatsFilter) -> set[int]:
    keep = set()
    inc = flt.incidents
    persons: People = data["persons"]  # type: ignore[assignment]
    for rec in data["records"]:  # type: ignore[attr-defined]
        d = rec.draft
        if inc.date_from and (d.start_date is None or d.start_date < inc.date_from):
            continue
        if inc.countries and d.country not in inc.countries:
            continue
        if inc.types and not any(
            t == w or t.startswith(w + ".") for t in d.types for w in inc.types
        ):
            continue
        if flt.state_links and not any(p.state_link in flt.state_links for p in d.perpetrators):
            continue
        if flt.persons and not any(_wanted(flt, persons, v.person_id) for v in d.victims):
            continue
        keep.add(rec.id)
    return keep


def observed(t: CrossTab) -> tuple[dict[tuple[str, ...], int], int]:
    found: dict[tuple[str, ...], int] = {}
    for r, rk in enumerate(t.rows.keys):
        if t.cols is None:
            if t.cells[r][0].value:
                found[(rk,)] = t.cells[r][0].value
                found[("row", rk)] = t.cells[r][0].value
            continue
        found[("row", rk)] = t.row_totals[r].value
        for c, ck in enumerate(t.cols.keys):
            if t.cells[r][c].value:
                found[(rk, ck)] = t.cells[r][c].value
    for c, ck in enumerate(t.cols.keys if t.cols else ()):
        found[("col", ck)] = t.col_totals[c].value
    return found, t.total.value


TABLES = [
    ("country", None),
    ("month", None),
    ("incident_type", None),
    ("incident_type:top", "year"),
    ("incident_type", "month"),
    ("perpetrator_type:top", "state_link"),
    ("perpetrator_type", "country"),
    ("gender_identity", "migration_status:top"),
    ("gender_identity", "country"),
    ("nationality", "quarter"),
    ("country", "year"),
    ("month", "country"),
    ("victim_role", None),
    ("gender_identity:top", "victim_role"),
    ("victim_role", "incident_type:top"),
    ("incident_type:top", "perpetrator_type:top"),
]
FILTERS = [
    StatsFilter(),
    StatsFilter(IncidentFilter(date_from=dt.date(2021, 6, 1), countries=["MX", "GT"])),
    StatsFilter(IncidentFilter(types=["threat", "detention"])),
    StatsFilter(state_links=("state_agent",), persons={"gender_identity": ("woman",)}),
]


@pytest.mark.parametrize("unit", ["incidents", "persons"])
@pytest.mark.parametrize("flt", FILTERS, ids=["none", "columns", "types", "linked+persons"])
def test_engine_matches_naive_recount(
    world: tuple[Services, dict[str, object]], unit: str, flt: StatsFilter
) -> None:
    svc, data = world
    keep = counted(data, flt)
    with svc.vault.session() as session:
        for rows, cols in TABLES:
            t = crosstab(session, parse(rows), parse(cols) if cols else None, unit=unit, flt=flt)  # type: ignore[arg-type]
            specs = [rows] + ([cols] if cols else [])
            assert observed(t) == expected(data, specs, unit, flt, keep), (rows, cols)
