# SPDX-License-Identifier: GPL-3.0-or-later
"""Child process for the kill -9 tests: imports files in a loop, reporting each commit.

Usage: python -m tests.evidence.crash_importer VAULT FILE...
(passphrase on stdin). Prints "committed <evidence id> <sha256 original>" after each
import is committed, so the supervisor knows what must survive a kill.
"""

from __future__ import annotations

import sys
from pathlib import Path

from defenderdoc.services import Services
from defenderdoc.vault import crypto
from tests.conftest import CHEAP_KDF


def main() -> None:
    crypto.use_cheap_kdf_for_tests(CHEAP_KDF)
    vault, files = Path(sys.argv[1]), [Path(f) for f in sys.argv[2:]]
    services = Services(actor="crash-test")
    services.unlock(vault, sys.stdin.readline().rstrip("\n"))
    print("ready", flush=True)
    while True:
        for path in files:
            for result in services.import_evidence([path]):
                if result.status == "imported":
                    print(f"committed {result.evidence_id} {result.sha256_original}", flush=True)


if __name__ == "__main__":
    main()
