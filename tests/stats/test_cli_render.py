# SPDX-License-Identifier: GPL-3.0-or-later
"""``defenderdoc-cli stats`` prints the same table as the library, and CSV stays inert."""

from __future__ import annotations

import argparse
import csv
import io
import os
from pathlib import Path

import pytest

from defenderdoc.cli import stats as cli_stats
from defenderdoc.domain.records import IncidentFilter
from defenderdoc.errors import InvalidInputError, UsageError
from defenderdoc.services import Services
from defenderdoc.stats import Axis, Cell, CrossTab, StatsFilter, crosstab, suppress, to_csv
from defenderdoc.stats.render import to_text
from tests.conftest import PASSPHRASE
from tests.stats.conftest import Fixture


def parse(vault: Path, *argv: str, fd: int | None = None) -> argparse.Namespace:
    """The global options of ``cli.parser`` plus the stats command, as the lead wires it."""
    parser = argparse.ArgumentParser(prog="defenderdoc-cli")
    parser.add_argument("--vault", required=True)
    parser.add_argument("--passphrase-fd", type=int)
    parser.add_argument("--recovery-code-fd", type=int)
    groups = parser.add_subparsers(dest="group", required=True)
    cli_stats.add_parser(groups)
    extra = ["--passphrase-fd", str(fd)] if fd is not None else []
    return parser.parse_args(["--vault", str(vault), *extra, "stats", *argv])


def test_csv_is_the_suppressed_library_table(
    patterns: Fixture, vault_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = parse(vault_path, "--rows", "incident_type:top", "--cols", "country", "--csv")
    assert cli_stats.run(args, patterns.services) == 0
    out = capsys.readouterr()
    with patterns.session() as session:
        expected = to_csv(suppress(crosstab(session, "incident_type:top", "country")))
    assert out.out == expected
    assert "suppressed" in out.out
    assert "counted in each" in out.err  # the distinct-totals note goes to stderr


def test_persons_with_filters_and_no_suppression(
    patterns: Fixture, vault_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = parse(
        vault_path,
        "--rows", "gender_identity", "--count", "persons", "--no-suppression",
        "--from", "2024-01-01", "--to", "2024-12-31", "--person", "gender_identity=woman",
        "--country", "mx", "--type", "threat",
    )  # fmt: skip
    assert cli_stats.run(args, patterns.services) == 0
    out = capsys.readouterr()
    lines = out.out.splitlines()
    assert lines[0].split() == ["Gender", "identity", "Persons", "affected"]
    assert lines[1].split() == ["Woman", "1"]  # A in I1
    assert lines[2].split() == ["Trans", "woman", "1"]  # B in I1
    assert lines[3].split() == ["Total", "2"]
    assert "inside the organisation" in out.err


def test_text_output_matches_renderer(
    patterns: Fixture, vault_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = parse(vault_path, "--rows", "country", "--threshold", "2", "--marker", "[c]")
    cli_stats.run(args, patterns.services)
    with patterns.session() as session:
        expected = to_text(suppress(crosstab(session, "country"), 2), "[c]")
    assert capsys.readouterr().out == expected


def test_unlocks_with_passphrase_descriptor(
    patterns: Fixture, vault_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    patterns.services.lock()
    read, write = os.pipe()
    os.write(write, PASSPHRASE.encode() + b"\n")
    os.close(write)
    fresh = Services(actor="cli")
    try:
        assert cli_stats.run(parse(vault_path, "--rows", "year", fd=read), fresh) == 0
    finally:
        fresh.lock()
        os.close(read)
    lines = capsys.readouterr().out.splitlines()
    assert lines[1].split() == ["2024", "suppressed"]  # 4 incidents, below the threshold
    assert lines[4].split() == ["Total", "6"]


@pytest.mark.parametrize(
    "argv",
    [
        ["--rows", "no_such"],
        ["--rows", "country", "--cols", "country"],
        ["--rows", "country", "--threshold", "0"],
        ["--rows", "country", "--from", "14/03/2026"],
        ["--rows", "country", "--person", "gender_identity"],
        ["--rows", "country", "--person", "country=MX"],
        ["--rows", "person"],
    ],
)
def test_usage_errors_before_unlocking(vault_path: Path, argv: list[str]) -> None:
    with pytest.raises(UsageError):
        cli_stats.run(parse(vault_path, *argv), Services())  # never asks for a passphrase


def test_unknown_filter_code(patterns: Fixture, vault_path: Path) -> None:
    with pytest.raises(InvalidInputError, match="threatt"):
        cli_stats.run(
            parse(vault_path, "--rows", "country", "--type", "threatt"), patterns.services
        )


def test_filter_built_from_arguments(vault_path: Path) -> None:
    args = parse(
        vault_path, "--rows", "country", "--setting", "workplace", "--state-link", "non_state",
        "--person", "age_group=18_24", "--person", "age_group=25_34", "--exact-codes",
    )  # fmt: skip
    flt = cli_stats.build_filter(args)
    assert flt == StatsFilter(
        include_subtypes=False,
        settings=("workplace",),
        state_links=("non_state",),
        persons={"age_group": ("18_24", "25_34")},
    )


def test_csv_neutralises_formulas_and_never_writes_suppressed_values() -> None:
    keys = ("=HYPERLINK(1)", "+1", "ok")
    table = CrossTab(
        "incidents",
        Axis("incident_type", "Type", keys, keys),
        None,
        ((Cell(3),), (Cell(40),), (Cell(50),)),
        (),
        (),
        Cell(93),
        True,
    )
    text = to_csv(suppress(table), marker="<n>")
    assert text.splitlines() == [
        "Type,Incidents",
        "'=HYPERLINK(1),<n>",
        "'+1,<n>",
        "ok,50",
        "Total,93",
    ]


def test_an_exported_csv_says_what_it_counts(patterns: Fixture, tmp_path: Path) -> None:
    """Title (with the filter) above, reading notes below, the same grid between."""
    flt = StatsFilter(IncidentFilter(countries=["MX"]))
    with patterns.session() as session:
        table = crosstab(session, "incident_type:top", "country", flt=flt)
    title = "=Incidents by type (Country: Mexico)"  # a formula-like start stays text
    patterns.services.export_table(table, tmp_path / "t.csv", threshold=5, title=title)
    rows = list(csv.reader(io.StringIO((tmp_path / "t.csv").read_text())))
    assert rows[0] == ["'" + title]
    plain = list(csv.reader(io.StringIO(to_csv(suppress(table, 5)))))
    assert rows[1 : 1 + len(plain)] == plain
    notes = [row[0] for row in rows[1 + len(plain) :]]
    assert any("suppressed" in note for note in notes)
    assert any("counted in each" in note for note in notes)


def test_tables_that_could_be_subtracted_are_flagged(patterns: Fixture, tmp_path: Path) -> None:
    """Suppression protects one table; two of the same categories under different
    filters, both sent, give small cells by subtraction."""
    services = patterns.services
    mexico = StatsFilter(IncidentFilter(countries=["MX"]))
    with patterns.session() as session:
        everything = crosstab(session, "incident_type:top", "country")
        only_mexico = crosstab(session, "incident_type:top", "country", flt=mexico)
        transposed = crosstab(session, "country", "incident_type:top", flt=mexico)
        other_cols = crosstab(session, "incident_type:top", "migration_stage", flt=mexico)
        as_persons = crosstab(session, "incident_type:top", "country", unit="persons")
    assert services.differencing_exports(everything) == []  # nothing has left yet
    services.export_table(everything, tmp_path / "all.csv")
    assert services.differencing_exports(everything) == []  # the same table again
    [when] = services.differencing_exports(only_mexico)
    assert services.differencing_exports(transposed) == [when]  # same cells, turned
    assert services.differencing_exports(other_cols) == []
    assert services.differencing_exports(as_persons) == []
    entry = services.list_audit(limit=1)[0]
    assert "MX" not in entry.details  # the log keeps a digest of the filter, not the filter
