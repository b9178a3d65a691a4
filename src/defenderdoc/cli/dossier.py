# SPDX-License-Identifier: GPL-3.0-or-later
"""``defenderdoc-cli export dossier`` and ``export log``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from defenderdoc.cli.output import emit_json
from defenderdoc.errors import UsageError
from defenderdoc.export.builder import DossierRequest
from defenderdoc.export.templates import template
from defenderdoc.services import Services


def _request(args: argparse.Namespace, services: Services) -> DossierRequest:
    ids = list(args.incident)
    if args.person is not None:
        ids += services.person_incident_ids(args.person)
    if not ids:
        raise UsageError("Name incidents with --incident ID or a person with --person ID.")
    changes: dict[str, Any] = {}
    for name in ("names", "location", "dates"):
        if getattr(args, name):
            changes[name] = getattr(args, name)
    if args.no_evidence:
        changes["evidence"] = False
    if args.no_narratives:
        changes["narratives"] = False
    if args.redact:
        changes["redact_spans"] = tuple(args.redact)
    profile = template(args.template).profile.with_changes(**changes)
    return DossierRequest(
        template_id=args.template,
        incident_ids=ids,
        language=args.language,
        profile=profile,
        mandates=tuple(args.mandate),
        urgent=args.urgent,
        submitter=args.submitter,
        requested_support=tuple(args.support),
    )


def export_dossier(args: argparse.Namespace, services: Services) -> int:
    request = _request(args, services)
    preview = services.preview_dossier(request)
    for issue in preview.issues:
        where = f" (incident {issue.incident_id})" if issue.incident_id else ""
        print(f"{issue.kind}: {issue.message}{where}", file=sys.stderr)
    if args.preview:
        content = preview.content
        print(
            f"{len(content.incidents)} incident(s), {len(preview.person_ids)} person(s), "
            f"{len(content.annex_images) + len(content.annex_files)} file(s)"
        )
        for item in content.withheld:
            print(f"withheld: {item.what}: {item.why}")
        return 0
    receipt = services.export_dossier(request, Path(args.out), fmt=args.format)
    print(f"Dossier written: {receipt.path} (SHA-256 {receipt.sha256}, export {receipt.export_id})")
    return 0


def export_log(args: argparse.Namespace, services: Services) -> int:
    rows = services.list_exports()
    if args.json:
        emit_json([vars(r) for r in rows])
    else:
        for r in rows:
            print(
                f"{r.id}\t{r.exported_at:%Y-%m-%d %H:%M}\t{r.template}\t{r.recipient}\t"
                f"{len(r.incident_ids)} incidents\t{r.sha256[:16]}"
            )
    return 0
