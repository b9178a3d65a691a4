# SPDX-License-Identifier: GPL-3.0-or-later
"""Child process for kill -9 tests: repeats one operation, reporting each completion.

Usage: python -m tests.security.crash_worker MODE VAULT OUTDIR  (passphrase on stdin)
MODE: save | export | passphrase | backup. Prints "done <n> <detail>" after each
completed operation so the supervisor knows what must survive the kill.
"""

from __future__ import annotations

import sys
from pathlib import Path

from defenderdoc.domain.records import IncidentDraft
from defenderdoc.export.builder import DossierRequest
from defenderdoc.services import Services
from defenderdoc.vault import crypto
from tests.conftest import CHEAP_KDF

SECRETS = ("first long passphrase", "second long passphrase")


def main() -> None:
    crypto.use_cheap_kdf_for_tests(CHEAP_KDF)
    mode, vault, out = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
    current = sys.stdin.readline().rstrip("\n")
    services = Services(actor="crash-test")
    services.unlock(vault, current)
    print("ready", flush=True)
    n = 0
    while True:
        n += 1
        if mode == "save":
            ident = services.add_incident(IncidentDraft(title=f"saved {n}", narrative="x" * 2000))
            print(f"done {n} {ident}", flush=True)
        elif mode == "export":
            ids = [s.id for s in services.list_incidents(limit=20)]
            services.export_dossier(DossierRequest("internal-brief", ids), out / "dossier.pdf")
            print(f"done {n} dossier.pdf", flush=True)
        elif mode == "passphrase":
            new = SECRETS[n % 2]
            services.change_passphrase(current, new)
            current = new
            print(f"done {n} {SECRETS.index(new)}", flush=True)
        elif mode == "backup":
            services.backup(out / "vault.ddocbak", "backup passphrase here")
            print(f"done {n} vault.ddocbak", flush=True)


if __name__ == "__main__":
    main()
