# SPDX-License-Identifier: GPL-3.0-or-later
"""``defenderdoc --self-check``: prove an installed copy works, without a display.

Creates the fictional demo vault in a private temporary folder, verifies it,
exports a redacted dossier, and removes everything again. Used by the
packaging smoke test on built bundles; prints one line per step.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from defenderdoc.demo import DEMO_PASSPHRASE, create_demo_vault
from defenderdoc.export.builder import DossierRequest
from defenderdoc.services import Services


def run() -> int:
    services = Services(actor="self-check")
    with tempfile.TemporaryDirectory(prefix="ddoc-selfcheck-") as folder:
        try:
            count = create_demo_vault(services, Path(folder) / "demo.ddoc", DEMO_PASSPHRASE)
            print(f"demo vault created: {count} incidents")
            report = services.verify()
            print(f"vault verified: {'ok' if report.ok else 'PROBLEMS'}")
            ids = [s.id for s in services.list_incidents(limit=5)]
            receipt = services.export_dossier(
                DossierRequest("public-report", ids), Path(folder) / "dossier.pdf"
            )
            size = receipt.path.stat().st_size
            print(f"dossier exported: {size} bytes, SHA-256 {receipt.sha256[:16]}…")
        finally:
            services.lock()
    ok = report.ok and size > 1000
    print("self-check passed" if ok else "self-check FAILED")
    return 0 if ok else 1
