# SPDX-License-Identifier: GPL-3.0-or-later
"""``defenderdoc-cli stats``: the Patterns table on a terminal or as CSV.

Suppression is on by default because a terminal's output is easily pasted into
an email or a report; ``--no-suppression`` prints every value and says on
stderr that the result must stay inside the organisation. Arguments are checked
before the vault is unlocked, so a typo never costs a passphrase prompt, and
filter codes are checked against the vault's vocabularies, because a misspelt
code would silently give a table of zeros.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from defenderdoc.cli import secrets_input
from defenderdoc.cli.parser import iso_date
from defenderdoc.domain.records import IncidentFilter
from defenderdoc.errors import InvalidInputError, UsageError
from defenderdoc.services import Services
from defenderdoc.stats import (
    DEFAULT_MARKER,
    DEFAULT_THRESHOLD,
    DIMENSIONS,
    StatsFilter,
    crosstab,
    exportable_ids,
    parse,
    suppress,
    to_csv,
    to_text,
)
from defenderdoc.stats.dimensions import UNITS, Source
from defenderdoc.stats.render import notes
from defenderdoc.vocab import LANGUAGES

_PERSON_FILTERS = sorted(
    d.id for d in DIMENSIONS.values() if d.source is Source.PERSON and d.vocabulary
)


def add_parser(
    subparsers: argparse._SubParsersAction[argparse.ArgumentParser],
) -> argparse.ArgumentParser:
    """Add the ``stats`` command to the top-level command group."""
    parser = subparsers.add_parser(
        "stats",
        help="count incidents or affected persons by one or two dimensions",
        description="Count incidents or affected persons by one or two dimensions. Values "
        "below the threshold, and values from which they could be worked out, are suppressed.",
        epilog="Dimensions: " + ", ".join(exportable_ids()) + ". Add ':top' to a coded "
        "dimension to group its codes by main category, e.g. incident_type:top.",
    )
    parser.add_argument("--rows", required=True, metavar="DIM")
    parser.add_argument("--cols", metavar="DIM")
    parser.add_argument("--count", choices=UNITS, default="incidents")
    parser.add_argument("--threshold", type=int, default=DEFAULT_THRESHOLD, metavar="N")
    parser.add_argument(
        "--no-suppression",
        action="store_true",
        help="print every value (the result must stay inside the organisation)",
    )
    parser.add_argument("--csv", action="store_true", help="CSV on stdout, notes on stderr")
    parser.add_argument(
        "--marker",
        default=DEFAULT_MARKER,
        help="text written for every suppressed value, primary or complementary",
    )
    parser.add_argument("--lang", choices=LANGUAGES, default="en", help="language of labels")
    parser.add_argument("--from", dest="date_from", metavar="YYYY-MM-DD")
    parser.add_argument("--to", dest="date_to", metavar="YYYY-MM-DD")
    for flag, dest in (
        ("--country", "countries"),
        ("--type", "types"),
        ("--perpetrator-type", "perpetrator_types"),
        ("--stage", "migration_stages"),
        ("--setting", "settings"),
        ("--status", "statuses"),
        ("--state-link", "state_links"),
    ):
        parser.add_argument(flag, dest=dest, action="append", default=[], metavar="CODE")
    parser.add_argument(
        "--person",
        action="append",
        default=[],
        metavar="DIM=CODE",
        help="count only victims with this characteristic: " + ", ".join(_PERSON_FILTERS),
    )
    parser.add_argument(
        "--exact-codes",
        action="store_true",
        help="a type or perpetrator code matches only itself, not the codes below it",
    )
    return parser


def build_filter(args: argparse.Namespace) -> StatsFilter:
    persons: dict[str, list[str]] = {}
    for item in args.person:
        name, sep, code = item.partition("=")
        if not sep or not code.strip():
            raise UsageError("Write --person as DIM=CODE, for example gender_identity=woman.")
        persons.setdefault(name.strip(), []).append(code.strip())
    incidents = IncidentFilter(
        date_from=iso_date(args.date_from),
        date_to=iso_date(args.date_to),
        types=args.types,
        perpetrator_types=args.perpetrator_types,
        countries=[c.upper() for c in args.countries],
        migration_stages=args.migration_stages,
        statuses=args.statuses,
    )
    try:
        return StatsFilter(
            incidents=incidents,
            include_subtypes=not args.exact_codes,
            settings=tuple(args.settings),
            state_links=tuple(args.state_links),
            persons={name: tuple(codes) for name, codes in persons.items()},
        )
    except InvalidInputError as exc:
        raise UsageError(str(exc)) from exc


def check_codes(flt: StatsFilter, services: Services) -> None:
    """Every filter code must be a term of its vocabulary (custom terms included)."""
    inc = flt.incidents
    wanted: list[tuple[str, Sequence[str]]] = [
        ("incident_type", inc.types),
        ("perpetrator_type", inc.perpetrator_types),
        ("country", inc.countries),
        ("migration_stage", inc.migration_stages),
        ("setting", flt.settings),
        ("incident_status", inc.statuses),
        ("state_link", flt.state_links),
    ]
    for name, person_codes in flt.persons.items():
        vocab_id = DIMENSIONS[name].vocabulary
        if vocab_id:
            wanted.append((vocab_id, person_codes))
    for vocab_id, codes in wanted:
        vocab = services.vocabulary(vocab_id)
        for code in codes:
            if code not in vocab:
                raise InvalidInputError(f"Unknown {vocab_id.replace('_', ' ')} code: {code}")


def run(args: argparse.Namespace, services: Services) -> int:
    """Print the table; unlocks the vault first unless ``services`` already holds it open."""
    try:
        rows = parse(args.rows)
        cols = parse(args.cols) if args.cols else None
    except InvalidInputError as exc:
        raise UsageError(str(exc)) from exc
    if cols is not None and cols.id == rows.id:
        raise UsageError("Choose two different dimensions for --rows and --cols.")
    if args.threshold < 1:
        raise UsageError("The threshold must be at least 1.")
    flt = build_filter(args)
    if not services.is_unlocked:
        secrets_input.unlock(args, services)
    check_codes(flt, services)
    with services.vault.session() as session:
        table = crosstab(session, rows, cols, unit=args.count, flt=flt, lang=args.lang)
    if not args.no_suppression:
        table = suppress(table, args.threshold)
    if args.csv:
        sys.stdout.write(to_csv(table, args.marker))
        for note in notes(table):
            print(note, file=sys.stderr)
    else:
        sys.stdout.write(to_text(table, args.marker))
        if args.no_suppression:
            message = "unsuppressed figures; keep them inside the organisation."
            print(f"defenderdoc-cli: {message}", file=sys.stderr)
    return 0
