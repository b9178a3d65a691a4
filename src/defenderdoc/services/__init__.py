# SPDX-License-Identifier: GPL-3.0-or-later
"""The one API that the GUI and the CLI call; neither holds logic of its own.

Each method is one unit of work in its own session, takes and returns domain
records, and raises only :mod:`defenderdoc.errors` exceptions. Long operations
take a progress callback and a cancel token so the GUI can run them in a worker.
The methods are grouped by area in the modules of this package.
"""

from __future__ import annotations

from defenderdoc.services.dossiers import DossierServices
from defenderdoc.services.evidence import EvidenceServices
from defenderdoc.services.patterns import PatternServices
from defenderdoc.services.records import RecordServices
from defenderdoc.services.vaults import VaultServices


class Services(VaultServices, RecordServices, EvidenceServices, DossierServices, PatternServices):
    """Everything DefenderDoc can do with one open vault."""


__all__ = ["Services"]
