# SPDX-License-Identifier: GPL-3.0-or-later
"""Patterns (cross-tabs, series, escalation) at 100,000 incidents, vault vs plain SQLite.

Run:  .venv/bin/python benchmarks/bench_stats.py [--incidents N] [--persons M]
Prints one line per measure: the vault's p50, the plain-SQLite p50 of the same
query in the same run, their ratio, and the goal from the issue (any single
cross-tab <= 200 ms). Nothing here asserts; read the figures.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, insert
from sqlalchemy.orm import Session

from defenderdoc.domain.records import (
    IncidentDraft,
    IncidentFilter,
    PerpetratorDraft,
    VictimLink,
)
from defenderdoc.services import Services
from defenderdoc.stats import StatsFilter, crosstab, escalations, monthly_series, suppress
from defenderdoc.stats.dimensions import Unit
from defenderdoc.vault import migrate
from defenderdoc.vault.models import Organisation, Person
from defenderdoc.vault.repository import bulk

PASSPHRASE = "benchmark passphrase, not a secret"
COUNTRIES = ["MX", "GT", "HN", "SV", "LY", "IT", "GR", "TN", "LB", "QA", "US", "ES"]
STAGES = ["origin", "transit", "destination", "return", "unknown", None]
SETTINGS = ["border_crossing", "at_sea", "detention_facility", "workplace.private_household",
            "shelter", "online", "public_space", None]  # fmt: skip
TYPES = ["threat.direct", "threat.death", "threat.online", "intimidation.stalking",
         "surveillance.digital", "stigmatisation.smear_campaign", "sgbv.sexual_harassment",
         "attack.physical", "detention.arbitrary_arrest", "detention.immigration",
         "judicial.criminal_charges", "status.deportation", "status.pushback",
         "digital.doxxing", "labour.withheld_wages", "reprisal_un.after_engagement"]  # fmt: skip
PERPETRATORS = [("state.police", "state_agent"), ("state.border", "state_agent"),
                ("state.immigration", "state_agent"), ("state.military", "state_agent"),
                ("non_state.criminal_group", "non_state"), ("non_state.employer", "non_state"),
                ("non_state.online_mob", "non_state"), ("non_state.smuggler", "state_acquiescence"),
                ("unknown", "unknown")]  # fmt: skip
TRAITS: dict[str, list[str | None]] = {
    "age_group": ["under_18", "18_24", "25_34", "35_49", "50_64", "65_plus", "prefer_not",
                  "unknown", None],
    "gender_identity": ["woman", "woman", "woman", "woman.trans", "man", "non_binary",
                        "prefer_not", "unknown", None],
    "migration_status": ["citizen", "regular", "regular.employer_tied", "irregular",
                         "asylum_seeker", "refugee", "stateless", "prefer_not", None],
    "disability": ["no_disability", "physical", "psychosocial", "prefer_not", "unknown", None],
}  # fmt: skip


def person_rows(count: int, orgs: int, seed: int = 11) -> list[dict[str, Any]]:
    rng = random.Random(seed)
    now = dt.datetime(2025, 1, 1)
    return [
        {
            "id": k + 1,
            "pseudonym": f"WHRD-{k + 1:05d}",
            "kind": "defender",
            "nationality": rng.choice([*COUNTRIES, None]),
            "organisation_id": rng.randrange(1, orgs + 1) if rng.random() < 0.3 else None,
            "created_at": now,
            "updated_at": now,
            **{name: rng.choice(values) for name, values in TRAITS.items()},
        }
        for k in range(count)
    ]


def drafts(count: int, persons: int, orgs: int, seed: int = 7) -> Iterator[IncidentDraft]:
    rng = random.Random(seed)
    start = dt.date(2015, 1, 1)
    for _ in range(count):
        roll = rng.random()
        victims = [VictimLink(person_id=rng.randrange(1, persons + 1))
                   for _ in range(rng.choice([1, 1, 1, 2, 3]))]  # fmt: skip
        if rng.random() < 0.05:
            victims.append(
                VictimLink(organisation_id=rng.randrange(1, orgs + 1), role="organisation")
            )
        yield IncidentDraft(
            title="Incident",
            narrative="A short narrative of what happened, with the usual detail.",
            start_date=None if roll < 0.02 else start + dt.timedelta(days=rng.randrange(4000)),
            date_precision="year" if 0.02 <= roll < 0.05 else "day",
            country=rng.choice([*COUNTRIES, None]),
            migration_stage=rng.choice(STAGES),
            setting=rng.choice(SETTINGS),
            types=rng.sample(TYPES, rng.choice([1, 1, 2])),
            perpetrators=[
                PerpetratorDraft(*rng.choice(PERPETRATORS))
                for _ in range(rng.choice([0, 1, 1, 1, 2]))
            ],  # fmt: skip
            victims=victims,
        )


def p50_ms(func: Callable[[], object], repeat: int) -> tuple[float, float]:
    """Median wall-clock and median CPU time of this process, in ms.

    CPU time is shown beside wall-clock because a shared machine's other load only
    adds wall time; SQLite runs in this process, so its work is in the CPU figure.
    """
    func()
    wall, cpu = [], []
    for _ in range(repeat):
        start, start_cpu = time.perf_counter(), time.process_time()
        func()
        wall.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - start_cpu) * 1000)
    return statistics.median(wall), statistics.median(cpu)


def row(
    label: str, vault: tuple[float, float], plain: tuple[float, float] | None, goal: str
) -> None:
    ratio = f"{vault[0] / plain[0]:5.2f}x" if plain else "   n/a"
    base = f"{plain[0]:8.1f} ms" if plain is not None else " " * 11
    print(
        f"{label:<44} {vault[0]:8.1f} ms (cpu {vault[1]:6.1f})   plain SQLite {base}"
        f"   ratio {ratio}   goal {goal}"
    )


#: The index suggested for a migration: every incident column a table can be broken
#: down or filtered by, so those scans read a compact index instead of the rows with
#: their narratives (and year-only dates are found by a range, not a full scan).


Measure = Callable[[Session], object]
WOMEN = StatsFilter(
    IncidentFilter(types=["threat"], date_from=dt.date(2020, 1, 1)),
    persons={"gender_identity": ("woman",)},
)
GOAL = "<= 200 ms"


def table(rows: str, cols: str | None = None, unit: Unit = "incidents", **kw: Any) -> Measure:
    return lambda session: crosstab(session, rows, cols, unit=unit, **kw)


def series(unit: Unit) -> Measure:
    return lambda session: monthly_series(session, unit=unit)


def signal(by: str) -> Measure:
    return lambda session: escalations(session, by, as_of=dt.date(2025, 12, 31))


MEASURES: list[tuple[str, Measure, str]] = [
    ("type x country (incidents)", table("incident_type", "country"), GOAL),
    ("type:top x year (incidents)", table("incident_type:top", "year"), GOAL),
    ("perpetrator:top x State link", table("perpetrator_type:top", "state_link"), GOAL),
    ("country x migration stage", table("country", "migration_stage"), GOAL),
    (
        "gender x migration status (persons)",
        table("gender_identity", "migration_status", "persons"),
        GOAL,
    ),
    ("nationality x country (persons)", table("nationality", "country", "persons"), GOAL),
    ("age group x type:top (incidents)", table("age_group", "incident_type:top"), GOAL),
    ("type:top x country (persons)", table("incident_type:top", "country", "persons"), GOAL),
    (
        "country x year, women, threats since 2020",
        table("country", "year", "persons", flt=WOMEN),
        GOAL,
    ),
    ("monthly series (incidents)", series("incidents"), GOAL),
    ("monthly series (persons)", series("persons"), GOAL),
    ("escalation by perpetrator type", signal("perpetrator_type"), "(signal)"),
    ("escalation by person", signal("person"), "(signal)"),
]


def load(session: Session, persons: list[dict[str, Any]], orgs: int) -> None:
    session.execute(
        insert(Organisation), [{"id": k, "name": f"Org {k}"} for k in range(1, orgs + 1)]
    )
    session.execute(insert(Person), persons)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--incidents", type=int, default=100_000)
    parser.add_argument("--persons", type=int, default=20_000)
    parser.add_argument("--organisations", type=int, default=300)
    parser.add_argument("--repeat", type=int, default=9)
    args = parser.parse_args()
    n, m, orgs = args.incidents, args.persons, args.organisations
    people = person_rows(m, orgs)

    with tempfile.TemporaryDirectory(prefix="ddoc-bench-") as tmp:
        print(f"DefenderDoc patterns benchmark: {n:,} incidents, {m:,} persons "
              "(SQLCipher vs plain SQLite)")  # fmt: skip
        plain_engine = create_engine(f"sqlite:///{tmp}/plain.db")
        migrate.upgrade(plain_engine)
        with Session(plain_engine) as session, session.begin():
            load(session, people, orgs)
            bulk.bulk_add_incidents(session, drafts(n, m, orgs))

        services = Services(actor="bench")
        services.create_vault(Path(tmp) / "bench.ddoc", PASSPHRASE)
        with services.vault.session(write=True) as session:
            load(session, people, orgs)
        start = time.perf_counter()
        services.import_incidents(list(drafts(n, m, orgs)))
        print(f"{'bulk import (not a goal here)':<46} {time.perf_counter() - start:8.1f} s")

        print(f"-- p50 of {args.repeat} runs (migration 0002's patterns index included)")
        with Session(plain_engine) as plain, services.vault.session() as vault:
            for label, measure, goal in MEASURES:
                row(
                    label,
                    p50_ms(lambda f=measure: f(vault), args.repeat),
                    p50_ms(lambda f=measure: f(plain), args.repeat),
                    goal,
                )
        with services.vault.session() as vault:
            big = crosstab(vault, "month", "country")
            shape = f"{len(big.rows.keys)}x{len(big.cols.keys) if big.cols else 1}"
            timing = p50_ms(lambda: suppress(big), 5)
            row(f"suppress month x country ({shape})", timing, None, "(pure Python)")
        services.lock()


if __name__ == "__main__":
    main()
