# SPDX-License-Identifier: GPL-3.0-or-later
"""Dossiers: preview exactly what leaves, export it atomically, and log the export."""

from __future__ import annotations

import hashlib
import io
from dataclasses import dataclass
from pathlib import Path
from typing import cast

from sqlalchemy import select

from defenderdoc.domain.records import ExportRecord
from defenderdoc.errors import ConsentConflictError, InvalidInputError
from defenderdoc.export.builder import DossierPreview, DossierRequest, DossierSource, build_dossier
from defenderdoc.export.issues import CONFLICT
from defenderdoc.export.writers import render_csv, render_json, write_package
from defenderdoc.progress import CancelToken, ProgressCallback, no_progress
from defenderdoc.services.base import ServiceBase
from defenderdoc.vault.models import Incident, Person
from defenderdoc.vault.pending import guarded_output
from defenderdoc.vault.recording import record_event
from defenderdoc.vault.repository import exports

FORMATS = ("pdf", "json", "csv", "package")
DEFAULT_NAMES = {
    "pdf": "dossier.pdf",
    "json": "dossier.json",
    "csv": "incidents.csv",
    "package": "dossier.zip",
}


@dataclass(frozen=True)
class ExportReceipt:
    export_id: int
    sha256: str
    path: Path


class DossierServices(ServiceBase):
    def person_names(self) -> list[tuple[int, str, str | None]]:
        """(id, pseudonym, legal name) of everyone, to find names inside narratives."""
        with self.vault.session() as session:
            rows = session.execute(select(Person.id, Person.pseudonym, Person.legal_name))
            return [(r[0], r[1], r[2]) for r in rows]

    def place_names(self) -> list[tuple[str | None, str | None]]:
        """Distinct (region, place) pairs of all incidents, to hide them in free text."""
        with self.vault.session() as session:
            rows = session.execute(select(Incident.region, Incident.place).distinct())
            return [(r[0], r[1]) for r in rows]

    def preview_dossier(
        self,
        request: DossierRequest,
        progress: ProgressCallback = no_progress,
        cancel: CancelToken | None = None,
    ) -> DossierPreview:
        """Everything that would leave, what is withheld and why, and what is missing."""
        return build_dossier(cast(DossierSource, self), request, progress, cancel)

    def export_dossier(
        self,
        request: DossierRequest,
        target: Path,
        *,
        fmt: str = "pdf",
        progress: ProgressCallback = no_progress,
        cancel: CancelToken | None = None,
    ) -> ExportReceipt:
        """Write the dossier where the user chose, atomically, and record it in the log.

        Refused when the profile would break someone's consent; a failure leaves no
        partial file and is itself recorded in the audit log.
        """
        if fmt not in FORMATS:
            raise InvalidInputError(f"Unknown dossier format: {fmt}")
        preview = self.preview_dossier(request, progress, cancel)
        if preview.blocked:
            conflicts = [i.message for i in preview.issues if i.kind == CONFLICT]
            raise ConsentConflictError(" ".join(conflicts))
        target = Path(target)
        try:
            with guarded_output(self.vault, target) as sink:
                sink.write(self._render(preview, fmt, progress, cancel))
        except BaseException as exc:
            self._audit_failure(request.template_id, exc)
            raise
        digest = hashlib.sha256(target.read_bytes()).hexdigest()
        with self.vault.session(write=True) as session:
            export_id = exports.log_export(
                session,
                recipient=preview.content.recipient,
                template=request.template_id,
                profile=preview.profile.as_dict(),
                incident_ids=preview.incident_ids,
                person_ids=preview.person_ids,
                sha256=digest,
                language=preview.content.language,
            )
            record_event(
                session,
                self.vault,
                "export",
                "dossier",
                export_id,
                details={
                    "template": request.template_id,
                    "format": fmt,
                    "sha256": digest,
                    "incidents": len(preview.incident_ids),
                    "persons": len(preview.person_ids),
                },
            )
        return ExportReceipt(export_id, digest, target)

    def _audit_failure(self, template_id: str, exc: BaseException) -> None:
        """Record the failed export; if even that fails (same full disk), the original
        error is what the user must see, so this never raises."""
        try:
            with self.vault.session(write=True) as session:
                record_event(
                    session,
                    self.vault,
                    "export_failed",
                    "dossier",
                    details={"template": template_id, "error": type(exc).__name__},
                )
        except Exception:  # see docstring: never mask the export error
            return

    def _render(
        self,
        preview: DossierPreview,
        fmt: str,
        progress: ProgressCallback,
        cancel: CancelToken | None,
    ) -> bytes:
        if fmt == "json":
            return render_json(preview.content)
        if fmt == "csv":
            return render_csv(preview.content)
        from defenderdoc.export.pdf import render_pdf  # noqa: PLC0415 - reportlab is heavy

        pdf = io.BytesIO()
        render_pdf(preview.content, pdf, progress=progress, cancel=cancel)
        if fmt == "pdf":
            return pdf.getvalue()
        package = io.BytesIO()
        source = cast(DossierSource, self)
        files = [
            (
                name,
                (lambda data=data: data)
                if data is not None
                else (lambda eid=eid: b"".join(source.read_derivative(eid))),
            )
            for name, data, eid in preview.files
        ]
        write_package(package, preview.content, pdf.getvalue(), files)
        return package.getvalue()

    def list_exports(self) -> list[ExportRecord]:
        with self.vault.session() as session:
            return exports.list_exports(session)

    def mark_possible_reprisal(self, incident_id: int, export_id: int | None) -> None:
        """Link a later incident to an earlier export (or unlink it with ``None``)."""
        with self.vault.session(write=True) as session:
            exports.mark_possible_reprisal(session, incident_id, export_id)
