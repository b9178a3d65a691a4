# SPDX-License-Identifier: GPL-3.0-or-later
"""Vault speed at 100,000 incidents, against plain SQLite measured in the same run.

Run:  .venv/bin/python benchmarks/bench_vault.py [--incidents N]
Prints one line per measure: the vault's figure, the plain-SQLite baseline, their
ratio, and the goal from the issue. Nothing here asserts; read the figures.
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

from sqlalchemy import create_engine
from sqlalchemy.orm import Session

from defenderdoc.domain.records import IncidentDraft, IncidentFilter, PerpetratorDraft
from defenderdoc.services import Services
from defenderdoc.vault import crypto, migrate
from defenderdoc.vault.header import read_header
from defenderdoc.vault.repository import bulk, incidents, search

WORDS = [
    "threat",
    "shelter",
    "border",
    "police",
    "detention",
    "campaign",
    "office",
    "lawyer",
    "migrant",
    "route",
    "message",
    "phone",
    "night",
    "family",
    "permit",
    "employer",
    "union",
    "court",
    "camp",
    "transit",
    "boat",
    "document",
    "passport",
    "smear",
    "online",
    "meeting",
    "report",
    "mechanism",
    "guard",
    "bus",
    "market",
]
RARE, COMMON = "quetzalcoatlite", "shelter"
PASSPHRASE = "benchmark passphrase, not a secret"


def drafts(count: int, seed: int = 7) -> Iterator[IncidentDraft]:
    rng = random.Random(seed)
    start = dt.date(2015, 1, 1)
    for i in range(count):
        words = rng.choices(WORDS, k=45)
        if i % 1000 == 0:
            words.append(RARE)
        yield IncidentDraft(
            title=" ".join(rng.choices(WORDS, k=5)).capitalize(),
            narrative=" ".join(words),
            start_date=start + dt.timedelta(days=rng.randrange(4000)),
            country=rng.choice(["MX", "GT", "LY", "IT", "GR", "TN", "LB", "QA"]),
            region="Region " + str(rng.randrange(40)),
            place="Place " + str(rng.randrange(500)),
            types=[rng.choice(["threat", "detention", "surveillance", "stigmatisation"])],
            perpetrators=[PerpetratorDraft(rng.choice(["state.police", "non_state.employer"]))],
        )


def p50_ms(func: Callable[[], object], repeat: int = 30) -> float:
    func()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        func()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def row(label: str, vault: float, plain: float | None, unit: str, goal: str) -> None:
    ratio = f"{vault / plain:5.2f}x" if plain else "   n/a"
    base = f"{plain:9.2f} {unit}" if plain is not None else " " * (10 + len(unit))
    print(f"{label:<34} {vault:9.2f} {unit}   plain SQLite {base}   ratio {ratio}   goal {goal}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--incidents", type=int, default=100_000)
    args = parser.parse_args()
    n = args.incidents
    year_filter = IncidentFilter(date_from=dt.date(2020, 2, 1), date_to=dt.date(2020, 3, 12))

    with tempfile.TemporaryDirectory(prefix="ddoc-bench-") as tmp:
        print(f"DefenderDoc vault benchmark: {n:,} incidents (SQLCipher vs plain SQLite)")
        plain_engine = create_engine(f"sqlite:///{tmp}/plain.db")
        migrate.upgrade(plain_engine)
        start = time.perf_counter()
        with Session(plain_engine) as session, session.begin():
            bulk.bulk_add_incidents(session, drafts(n))
        plain_load = time.perf_counter() - start

        services = Services(actor="bench")
        vault_path = Path(tmp) / "bench.ddoc"
        services.create_vault(vault_path, PASSPHRASE)  # real, calibrated Argon2id
        start = time.perf_counter()
        services.import_incidents(list(drafts(n)))
        vault_load = time.perf_counter() - start
        row("bulk load incl. FTS", vault_load, plain_load, "s ", "<= 20 s")

        with Session(plain_engine) as plain:
            for label, term, goal in (
                ("FTS search, rare term (p50)", RARE, "<= 5 ms"),
                ("FTS search, common term (p50)", COMMON, "<= 60 ms"),
            ):
                row(
                    label,
                    p50_ms(lambda t=term: services.search_incidents(t)),
                    p50_ms(lambda t=term: search.search_incidents(plain, t)),
                    "ms",
                    goal,
                )
            found = services.count_incidents(year_filter)
            row(
                f"date-range list ({found} incidents)",
                p50_ms(lambda: services.list_incidents(year_filter, limit=5000)),
                p50_ms(lambda: incidents.list_incidents(plain, year_filter, limit=5000)),
                "ms",
                "<= 30 ms",
            )
            row(
                "first page of 200, newest first",
                p50_ms(lambda: (services.count_incidents(), services.list_incidents(limit=200))),
                p50_ms(
                    lambda: (
                        incidents.count_incidents(plain),
                        incidents.list_incidents(plain, limit=200),
                    )
                ),
                "ms",
                "(GUI list)",
            )
        services.lock()

        slot = read_header(vault_path).slots[0]
        assert slot.kdf is not None
        kdf_time = [0.0]
        real_derive = crypto.derive_kek

        def timed_derive(*args: object) -> bytearray:  # measures the KDF inside unlock itself
            start = time.perf_counter()
            try:
                return real_derive(*args)  # type: ignore[arg-type]
            finally:
                kdf_time[0] += time.perf_counter() - start

        crypto.derive_kek = timed_derive  # type: ignore[assignment]
        rest = []
        for _ in range(3):
            kdf_time[0] = 0.0
            start = time.perf_counter()
            services.unlock(vault_path, PASSPHRASE)
            rest.append(time.perf_counter() - start - kdf_time[0])
            services.lock()
        crypto.derive_kek = real_derive  # type: ignore[assignment]
        print(
            f"{'unlock minus KDF (median of 3)':<34} {statistics.median(rest):9.3f} s    "
            f"(Argon2id t={slot.kdf.time_cost} m={slot.kdf.memory_kib // 1024} MiB "
            f"p={slot.kdf.parallelism}: {kdf_time[0]:.3f} s)   goal <= 0.2 s"
        )


if __name__ == "__main__":
    main()
