# SPDX-License-Identifier: GPL-3.0-or-later
"""One small function per CLI command, each a thin call into :class:`Services`."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Callable
from pathlib import Path

from defenderdoc.cli import dossier, secrets_input
from defenderdoc.cli.output import emit_json, incident_json
from defenderdoc.cli.parser import iso_date
from defenderdoc.domain.records import ConsentDecision, IncidentDraft, PersonDraft, VictimLink
from defenderdoc.errors import UsageError
from defenderdoc.evidence.source import display_name
from defenderdoc.services import Services

Handler = Callable[[argparse.Namespace, Services], int]


def _vault(args: argparse.Namespace) -> Path:
    return Path(args.vault)


def _passphrase(args: argparse.Namespace, *, confirm: bool = False) -> str:
    return secrets_input.obtain(args.passphrase_fd, "Vault passphrase: ", confirm=confirm)


def vault_create(args: argparse.Namespace, services: Services) -> int:
    code = services.create_vault(
        _vault(args), _passphrase(args, confirm=True), with_recovery_code=args.recovery_code
    )
    if code:
        print(f"Recovery code (shown once; store it offline): {code}")
    print(f"Created {_vault(args)}")
    return 0


def vault_check(args: argparse.Namespace, services: Services) -> int:
    secrets_input.unlock(args, services)
    print("The vault unlocks.")
    return 0


def vault_change_passphrase(args: argparse.Namespace, services: Services) -> int:
    current = _passphrase(args)
    services.unlock(_vault(args), current)
    new = secrets_input.obtain(args.new_passphrase_fd, "New passphrase: ", confirm=True)
    services.change_passphrase(current, new)
    print("Passphrase changed. Old copies of the key file may survive on SSDs and in backups.")
    return 0


def vault_verify(args: argparse.Namespace, services: Services) -> int:
    secrets_input.unlock(args, services)
    report = services.verify()
    for line in report.lines():
        print(line)
    return 0 if report.ok else 3


def vault_backup(args: argparse.Namespace, services: Services) -> int:
    secrets_input.unlock(args, services)
    secret = secrets_input.obtain(args.backup_passphrase_fd, "Backup passphrase: ", confirm=True)
    digest = services.backup(Path(args.file), secret)
    print(f"Backup written and verified: SHA-256 {digest}")
    return 0


def vault_restore(args: argparse.Namespace, services: Services) -> int:
    backup_secret = secrets_input.obtain(args.backup_passphrase_fd, "Backup passphrase: ")
    vault_secret = _passphrase(args)
    report = services.restore(Path(args.file), Path(args.into), backup_secret, vault_secret)
    for line in report.lines():
        print(line)
    print(f"Restored into {args.into}")
    return 0 if report.ok else 3


def demo(args: argparse.Namespace, services: Services) -> int:
    from defenderdoc.demo import create_demo_vault  # noqa: PLC0415 - only this command needs it

    count = create_demo_vault(services, _vault(args), _passphrase(args, confirm=True))
    print(f"Created the fictional demo vault with {count} incidents.")
    return 0


def _consents(values: list[str]) -> list[ConsentDecision]:
    decisions = []
    for value in values:
        use, _, status = value.partition("=")
        decisions.append(
            ConsentDecision(
                use.strip(), status.strip(), dt.date.today(), method="recorded via command line"
            )
        )
    return decisions


def person_add(args: argparse.Namespace, services: Services) -> int:
    consents = _consents(args.consent)
    secrets_input.unlock(args, services)
    person_id = services.add_person(
        PersonDraft(pseudonym=args.pseudonym, legal_name=args.legal_name)
    )
    for decision in consents:
        services.record_consent(person_id, decision)
    print(person_id)
    return 0


def person_list(args: argparse.Namespace, services: Services) -> int:
    secrets_input.unlock(args, services)
    people = services.list_persons(limit=1_000_000)
    if args.json:
        emit_json(
            [
                {
                    "id": p.id,
                    "pseudonym": p.pseudonym,
                    "kind": p.kind,
                    "incidents": p.incident_count,
                }
                for p in people
            ]
        )
    else:
        for p in people:
            print(f"{p.id}\t{p.pseudonym}\t{p.incident_count}")
    return 0


def person_show(args: argparse.Namespace, services: Services) -> int:
    secrets_input.unlock(args, services)
    record = services.get_person(args.id)
    data = {
        "id": record.id,
        "pseudonym": record.draft.pseudonym,
        "kind": record.draft.kind,
        "consent": {use: d.status for use, d in record.consents.items()},
        "incidents": services.person_incident_ids(args.id),
    }
    emit_json(data) if args.json else print(data)
    return 0


def incident_add(args: argparse.Namespace, services: Services) -> int:
    draft = IncidentDraft(
        title=args.title,
        narrative=args.narrative,
        start_date=iso_date(args.date),
        country=args.country,
        types=args.types,
        victims=[VictimLink(person_id=v) for v in args.victim],
    )
    secrets_input.unlock(args, services)
    print(services.add_incident(draft))
    return 0


def incident_list(args: argparse.Namespace, services: Services) -> int:
    secrets_input.unlock(args, services)
    total = services.count_incidents()
    rows = services.list_incidents(limit=max(total, 1))
    if args.json:
        emit_json([incident_json(r) for r in rows])
    else:
        for r in rows:
            print(f"{r.id}\t{r.start_date or ''}\t{r.country or ''}\t{r.title}")
    return 0


def incident_search(args: argparse.Namespace, services: Services) -> int:
    secrets_input.unlock(args, services)
    rows = services.search_incidents(args.query, args.limit)
    if args.json:
        emit_json([incident_json(r) for r in rows])
    else:
        for r in rows:
            print(f"{r.id}\t{r.start_date or ''}\t{r.title}")
    return 0


def evidence_import(args: argparse.Namespace, services: Services) -> int:
    secrets_input.unlock(args, services)
    results = services.import_evidence(
        [Path(f) for f in args.files],
        incident_id=args.incident,
        keep_original=False if args.discard_original else None,
        allow_uncleaned=args.store_uncleaned,
    )
    if args.json:
        emit_json(
            [
                {
                    "file": r.name,
                    "id": r.evidence_id,
                    "status": r.status,
                    "reason": r.reason,
                    "reason_code": r.reason_code,
                    "kind": r.kind,
                    "sha256_original": r.sha256_original,
                    "sha256_derivative": r.sha256_derivative,
                    "removed": list(r.removed),
                    "notice": r.notice,
                    "warnings": list(r.warnings),
                }
                for r in results
            ]
        )
    else:
        for r in results:
            detail = f"id {r.evidence_id}" if r.status == "imported" else r.reason
            print(f"{r.status}\t{r.name}\t{detail}")
    return 0 if all(r.status == "imported" for r in results) else 1


def evidence_list(args: argparse.Namespace, services: Services) -> int:
    secrets_input.unlock(args, services)
    items = services.list_evidence(args.incident)
    if args.json:
        emit_json(
            [
                {
                    "id": e.id,
                    "incident": e.incident_id,
                    "name": display_name(e.original_name),
                    "kind": e.kind,
                    "size": e.size,
                    "status": e.status,
                    "sha256_original": e.sha256_original,
                    "sha256_derivative": e.sha256_derivative,
                    "original_kept": e.has_original,
                }
                for e in items
            ]
        )
    else:
        for e in items:
            print(f"{e.id}\t{e.status}\t{e.kind}\t{display_name(e.original_name)}")
    return 0


def evidence_export_derivative(args: argparse.Namespace, services: Services) -> int:
    secrets_input.unlock(args, services)
    digest = services.export_derivative(args.id, Path(args.outfile))
    print(f"Cleaned copy written: SHA-256 {digest}")
    return 0


def evidence_export_original(args: argparse.Namespace, services: Services) -> int:
    secrets_input.unlock(args, services)
    digest = services.export_original(args.id, Path(args.outfile))
    print(f"ORIGINAL written, with its identifying metadata: SHA-256 {digest}", file=sys.stderr)
    return 0


def export_dossier(args: argparse.Namespace, services: Services) -> int:
    secrets_input.unlock(args, services)
    return dossier.export_dossier(args, services)


def export_log(args: argparse.Namespace, services: Services) -> int:
    secrets_input.unlock(args, services)
    return dossier.export_log(args, services)


def audit_list(args: argparse.Namespace, services: Services) -> int:
    secrets_input.unlock(args, services)
    rows = services.list_audit(limit=args.limit)
    if args.json:
        emit_json([vars(r) for r in rows])
    else:
        for r in rows:
            print(
                f"{r.seq}\t{r.at:%Y-%m-%d %H:%M:%S}\t{r.actor}\t{r.action}\t{r.entity}"
                f"\t{r.entity_id or ''}"
            )
    return 0


def stats_table(args: argparse.Namespace, services: Services) -> int:
    from defenderdoc.cli import stats as stats_command  # noqa: PLC0415

    return stats_command.run(args, services)


HANDLERS: dict[tuple[str, str | None], Handler] = {
    ("vault", "create"): vault_create,
    ("vault", "check"): vault_check,
    ("vault", "change-passphrase"): vault_change_passphrase,
    ("vault", "verify"): vault_verify,
    ("vault", "backup"): vault_backup,
    ("vault", "restore"): vault_restore,
    ("demo", None): demo,
    ("person", "add"): person_add,
    ("person", "list"): person_list,
    ("person", "show"): person_show,
    ("incident", "add"): incident_add,
    ("incident", "list"): incident_list,
    ("incident", "search"): incident_search,
    ("evidence", "import"): evidence_import,
    ("evidence", "list"): evidence_list,
    ("evidence", "export-derivative"): evidence_export_derivative,
    ("evidence", "export-original"): evidence_export_original,
    ("export", "dossier"): export_dossier,
    ("export", "log"): export_log,
    ("audit", "list"): audit_list,
    ("stats", None): stats_table,
}


def dispatch(args: argparse.Namespace) -> int:
    handler = HANDLERS.get((args.group, getattr(args, "command", None)))
    if handler is None:
        raise UsageError
    services = Services(actor=args.actor)
    try:
        return handler(args, services)
    finally:
        services.lock()
