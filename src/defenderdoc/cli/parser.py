# SPDX-License-Identifier: GPL-3.0-or-later
"""The ``defenderdoc-cli`` grammar. Documented in README.md; keep it stable."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import TYPE_CHECKING, NoReturn, TypeAlias

from defenderdoc import __version__
from defenderdoc.errors import UsageError
from defenderdoc.export.profile import DATE_LEVELS, LOCATION_LEVELS, NAME_POLICIES
from defenderdoc.export.templates import TEMPLATES
from defenderdoc.services.dossiers import FORMATS

if TYPE_CHECKING:
    Groups: TypeAlias = argparse._SubParsersAction["_Parser"]


class _Parser(argparse.ArgumentParser):
    """argparse exits 2 on bad usage, which our contract reserves for a wrong passphrase."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{self.prog}: {message}")


def iso_date(text: str | None) -> dt.date | None:
    """An optional YYYY-MM-DD argument; a date written any other way is a usage error."""
    if text is None:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError as exc:
        raise UsageError("Dates are written YYYY-MM-DD, for example 2026-03-14.") from exc


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="defenderdoc-cli", description="Headless access to a DefenderDoc vault.")
    parser.add_argument("--version", action="version", version=f"DefenderDoc {__version__}")
    parser.add_argument("--vault", required=True, metavar="DIR", help="the vault folder")
    parser.add_argument(
        "--passphrase-fd",
        type=int,
        metavar="N",
        help="read the vault passphrase from this file descriptor",
    )
    parser.add_argument(
        "--recovery-code-fd",
        type=int,
        metavar="N",
        help="unlock with the recovery code read from this file descriptor",
    )
    parser.add_argument("--actor", help="name recorded in the audit log (default: login name)")
    groups = parser.add_subparsers(dest="group", required=True, parser_class=_Parser)
    from defenderdoc.cli import stats as stats_command  # noqa: PLC0415 - avoids an import cycle

    stats_command.add_parser(groups)  # type: ignore[arg-type]
    for add in (
        _vault_commands,
        _record_commands,
        _evidence_commands,
        _export_commands,
        _audit_commands,
    ):
        add(groups)
    return parser


def _vault_commands(groups: Groups) -> None:
    vault = groups.add_parser("vault", help="create, check, back up and restore").add_subparsers(
        dest="command", required=True, parser_class=_Parser
    )
    create = vault.add_parser("create", help="create DIR (refuses if it exists)")
    create.add_argument(
        "--recovery-code", action="store_true", help="also create a recovery code, printed once"
    )
    vault.add_parser("check", help="exit 0 if it unlocks, 2 on a wrong passphrase, 3 if damaged")
    change = vault.add_parser("change-passphrase", help="re-wrap the key under a new passphrase")
    change.add_argument("--new-passphrase-fd", type=int, metavar="M")
    vault.add_parser("verify", help="check the database, every evidence file and the audit chain")
    backup = vault.add_parser("backup", help="write an encrypted single-file backup")
    backup.add_argument("file")
    backup.add_argument("--backup-passphrase-fd", type=int, metavar="M")
    restore = vault.add_parser("restore", help="restore a backup into a new folder")
    restore.add_argument("file")
    restore.add_argument("--into", required=True, metavar="NEWDIR")
    restore.add_argument("--backup-passphrase-fd", type=int, metavar="M")

    groups.add_parser("demo", help="create DIR holding the fictional demo data")


def _record_commands(groups: Groups) -> None:
    person = groups.add_parser("person", help="people").add_subparsers(
        dest="command", required=True, parser_class=_Parser
    )
    padd = person.add_parser("add", help="add a person; prints the new id")
    padd.add_argument("--pseudonym", required=True)
    padd.add_argument("--legal-name")
    padd.add_argument(
        "--consent",
        action="append",
        default=[],
        metavar="USE=STATUS",
        help="USE: un, state, public, partner; STATUS: given, refused, withdrawn",
    )
    plist = person.add_parser("list", help="list people")
    plist.add_argument("--json", action="store_true")
    pshow = person.add_parser("show", help="one person with consent")
    pshow.add_argument("id", type=int)
    pshow.add_argument("--json", action="store_true")

    incident = groups.add_parser("incident", help="incidents").add_subparsers(
        dest="command", required=True, parser_class=_Parser
    )
    iadd = incident.add_parser("add", help="add an incident; prints the new id")
    iadd.add_argument("--title", required=True)
    iadd.add_argument("--narrative")
    iadd.add_argument("--date", metavar="YYYY-MM-DD")
    iadd.add_argument("--country", metavar="CC")
    iadd.add_argument("--type", action="append", default=[], dest="types", metavar="CODE")
    iadd.add_argument("--victim", action="append", default=[], type=int, metavar="PERSON_ID")
    ilist = incident.add_parser("list", help="all incidents (id, title, date, country)")
    ilist.add_argument("--json", action="store_true")
    isearch = incident.add_parser("search", help="full-text search, best matches first")
    isearch.add_argument("query")
    isearch.add_argument("--json", action="store_true")
    isearch.add_argument("--limit", type=int, default=50)


def _evidence_commands(groups: Groups) -> None:
    evidence = groups.add_parser("evidence", help="evidence files").add_subparsers(
        dest="command", required=True, parser_class=_Parser
    )
    eimport = evidence.add_parser("import", help="import files or folders; one result per file")
    eimport.add_argument("files", nargs="+", metavar="FILE")
    eimport.add_argument("--incident", type=int, metavar="ID")
    eimport.add_argument(
        "--discard-original",
        action="store_true",
        help="keep only the cleaned copy and the original's SHA-256",
    )
    eimport.add_argument(
        "--store-uncleaned",
        action="store_true",
        help="store files that cannot be cleaned, marked never exportable",
    )
    eimport.add_argument("--json", action="store_true")
    elist = evidence.add_parser("list", help="evidence items")
    elist.add_argument("--incident", type=int, metavar="ID")
    elist.add_argument("--json", action="store_true")
    ederiv = evidence.add_parser("export-derivative", help="write the cleaned copy to OUTFILE")
    ederiv.add_argument("id", type=int)
    ederiv.add_argument("outfile")
    eorig = evidence.add_parser(
        "export-original", help="write the ORIGINAL, with all its identifying metadata"
    )
    eorig.add_argument("id", type=int)
    eorig.add_argument("outfile")
    eorig.add_argument(
        "--i-understand-it-contains-metadata", action="store_true", dest="confirmed", required=True
    )


def _export_commands(groups: Groups) -> None:
    export = groups.add_parser("export", help="redacted dossiers").add_subparsers(
        dest="command", required=True, parser_class=_Parser
    )
    dossier = export.add_parser("dossier", help="write a redacted dossier")
    dossier.add_argument("--template", required=True, choices=sorted(TEMPLATES))
    dossier.add_argument(
        "--incident",
        type=int,
        action="append",
        default=[],
        metavar="ID",
        help="an incident to include (repeat)",
    )
    dossier.add_argument(
        "--person", type=int, metavar="ID", help="include this person's full incident history"
    )
    dossier.add_argument("--out", required=True, metavar="FILE")
    dossier.add_argument("--format", choices=FORMATS, default="pdf")
    dossier.add_argument("--language", default="en", help="en, es, fr or ar")
    dossier.add_argument("--names", choices=NAME_POLICIES, help="override the name policy")
    dossier.add_argument("--location", choices=LOCATION_LEVELS)
    dossier.add_argument("--dates", choices=DATE_LEVELS)
    dossier.add_argument("--no-evidence", action="store_true")
    dossier.add_argument("--no-narratives", action="store_true")
    dossier.add_argument(
        "--redact",
        action="append",
        default=[],
        metavar="TEXT",
        help="a text span to redact from narratives (repeat)",
    )
    dossier.add_argument("--mandate", action="append", default=[], metavar="MANDATE")
    dossier.add_argument("--urgent", action="store_true")
    dossier.add_argument("--submitter", default="")
    dossier.add_argument(
        "--support",
        action="append",
        default=[],
        metavar="CODE",
        help="followup_type code of the support requested (repeat)",
    )
    dossier.add_argument(
        "--preview",
        action="store_true",
        help="print what would leave and what is missing; write nothing",
    )
    log = export.add_parser("log", help="the export log")
    log.add_argument("--json", action="store_true")


def _audit_commands(groups: Groups) -> None:
    audit = groups.add_parser("audit", help="the audit log").add_subparsers(
        dest="command", required=True, parser_class=_Parser
    )
    alist = audit.add_parser("list", help="newest entries first")
    alist.add_argument("--json", action="store_true")
    alist.add_argument("--limit", type=int, default=100)
