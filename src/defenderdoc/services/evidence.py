# SPDX-License-Identifier: GPL-3.0-or-later
"""Evidence: import, list, preview bytes and explicit exports of single files."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

from defenderdoc.domain.records import EvidenceInfo, ImportResult
from defenderdoc.errors import InvalidInputError
from defenderdoc.evidence.ingest import Importer
from defenderdoc.export.builder import IMAGE_KINDS
from defenderdoc.export.burn import Region, burn, dump_regions, parse_regions
from defenderdoc.progress import CancelToken, ProgressCallback, no_progress
from defenderdoc.services.base import ServiceBase
from defenderdoc.vault.models import Evidence, Meta
from defenderdoc.vault.pending import guarded_output
from defenderdoc.vault.recording import record_event
from defenderdoc.vault.repository import evidence

ORIGINALS_POLICY = "originals_policy"


class EvidenceServices(ServiceBase):
    def import_evidence(
        self,
        paths: list[Path],
        *,
        incident_id: int | None = None,
        keep_original: bool | None = None,
        allow_uncleaned: bool = False,
        progress: ProgressCallback = no_progress,
        cancel: CancelToken | None = None,
    ) -> list[ImportResult]:
        """Import files and folders; each file is imported or refused with a reason.

        ``keep_original`` overrides the vault's originals policy for this import.
        """
        importer = Importer(
            self.vault,
            incident_id=incident_id,
            keep_original=self.keeps_originals() if keep_original is None else keep_original,
            allow_uncleaned=allow_uncleaned,
        )
        return importer.import_paths(paths, progress, cancel)

    def keeps_originals(self) -> bool:
        """The vault's originals policy: keep sealed originals (default) or only their hash."""
        with self.vault.session() as session:
            value = session.get(Meta, ORIGINALS_POLICY)
            return value is None or value.value != "discard"

    def set_originals_policy(self, keep: bool) -> None:
        """For users at high risk of seizure: future imports keep only the hash of originals."""
        with self.vault.session(write=True) as session:
            row = session.get(Meta, ORIGINALS_POLICY)
            if row is None:
                session.add(Meta(key=ORIGINALS_POLICY, value="keep" if keep else "discard"))
            else:
                row.value = "keep" if keep else "discard"

    def list_evidence(self, incident_id: int | None = None) -> list[EvidenceInfo]:
        with self.vault.session() as session:
            return evidence.list_evidence(session, incident_id)

    def get_evidence(self, evidence_id: int) -> EvidenceInfo:
        with self.vault.session() as session:
            return evidence.get_evidence(session, evidence_id)

    def set_redactions(self, evidence_id: int, regions: list[Region]) -> None:
        """Store the regions to black out on export; the cleaned copy itself is untouched."""
        for r in regions:
            if not (0 <= r.x <= 1 and 0 <= r.y <= 1 and 0 < r.w <= 1 and 0 < r.h <= 1):
                raise InvalidInputError("Redaction regions must lie inside the image.")
        with self.vault.session(write=True) as session:
            evidence.get_row(session, evidence_id).redactions = dump_regions(regions) or None

    def read_derivative(self, evidence_id: int) -> Iterator[bytes]:
        """The cleaned copy's bytes, decrypted in memory (for previews); never the original."""
        with self.vault.session() as session:
            chunks = self._chunks(evidence.get_row(session, evidence_id), "derivative")
        if chunks is None:
            raise InvalidInputError("This item has no cleaned copy.")
        return chunks

    def export_derivative(self, evidence_id: int, target: Path) -> str:
        """Write the cleaned copy to a file the user chose (atomically); audited."""
        return self._export_blob(evidence_id, target, "derivative")

    def export_original(self, evidence_id: int, target: Path) -> str:
        """Write the sealed original WITH its metadata; the GUI and CLI warn first."""
        return self._export_blob(evidence_id, target, "original")

    def _chunks(self, row: Evidence, which: str) -> Iterator[bytes] | None:
        if which == "original":
            return None if row.blob_original is None else self.vault.blobs.read(row.blob_original)
        return self.vault.blobs.read_derivative(
            row.blob_derivative, row.derivative_recipe, row.blob_original, row.size
        )

    def _export_blob(self, evidence_id: int, target: Path, which: str) -> str:
        with self.vault.session() as session:
            row = evidence.get_row(session, evidence_id)
            chunks = self._chunks(row, which)
            regions = parse_regions(row.redactions) if which == "derivative" else []
            is_image = row.kind in IMAGE_KINDS
        if chunks is None:
            raise InvalidInputError(
                "This item has no cleaned copy."
                if which == "derivative"
                else "The original of this item was not kept; only its hash was."
            )
        digest = hashlib.sha256()
        with guarded_output(self.vault, Path(target)) as sink:
            if regions and is_image:  # the marked areas leave blacked out, as in dossiers
                data, _mime = burn(b"".join(chunks), regions)
                digest.update(data)
                sink.write(data)
            else:
                for chunk in chunks:
                    digest.update(chunk)
                    sink.write(chunk)
        with self.vault.session(write=True) as session:
            record_event(
                session,
                self.vault,
                "export",
                "evidence",
                evidence_id,
                details={"copy": which, "sha256": digest.hexdigest(), "redacted": bool(regions)},
            )
        return digest.hexdigest()
