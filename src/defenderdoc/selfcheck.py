# SPDX-License-Identifier: GPL-3.0-or-later
"""``defenderdoc --self-check``: prove an installed copy works, without a display.

Creates the fictional demo vault in a private temporary folder, verifies it,
counts persons by type and country (the NumPy path), exports a redacted dossier,
and removes everything again. Used by the
packaging smoke test on built bundles; prints one line per step.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from defenderdoc.demo import DEMO_PASSPHRASE, create_demo_vault
from defenderdoc.export.builder import DossierRequest
from defenderdoc.services import Services


def _import_sample(services: Services, folder: Path) -> str:
    """A photo carrying a fake GPS position goes through the sandboxed cleaner."""
    from PIL import Image  # noqa: PLC0415 - only the self-check makes images

    exif = Image.Exif()
    exif[0x010F] = "SelfCheckCam"  # Make
    exif[0x8825] = {1: "N", 2: (1.0, 2.0, 3.0), 3: "E", 4: (4.0, 5.0, 6.0)}  # GPS
    photo = folder / "sample.jpg"
    Image.new("RGB", (32, 24), (90, 20, 20)).save(photo, "JPEG", exif=exif)
    [result] = services.import_evidence([photo])
    return result.status


def run() -> int:
    services = Services(actor="self-check")
    with tempfile.TemporaryDirectory(prefix="ddoc-selfcheck-") as folder:
        try:
            count = create_demo_vault(services, Path(folder) / "demo.ddoc", DEMO_PASSPHRASE)
            print(f"demo vault created: {count} incidents")
            imported = _import_sample(services, Path(folder))
            print(f"evidence cleaned in the sandbox: {imported}")
            report = services.verify()
            print(f"vault verified: {'ok' if report.ok else 'PROBLEMS'}")
            table = services.crosstab("incident_type:top", "country", unit="persons")
            print(f"patterns: {table.total.value} persons affected, by type and country")
            ids = [s.id for s in services.list_incidents(limit=5)]
            receipt = services.export_dossier(
                DossierRequest("public-report", ids), Path(folder) / "dossier.pdf"
            )
            size = receipt.path.stat().st_size
            print(f"dossier exported: {size} bytes, SHA-256 {receipt.sha256[:16]}…")
        finally:
            services.lock()
    ok = report.ok and size > 1000 and imported == "imported" and table.total.value > 0
    print("self-check passed" if ok else "self-check FAILED")
    return 0 if ok else 1
