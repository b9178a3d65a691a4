# SPDX-License-Identifier: GPL-3.0-or-later
"""Result types shared by the cleaners, the dispatcher and the sandbox.

They live apart from ``sanitize`` so that each per-format cleaner can return an
``Outcome`` without importing the dispatcher that imports it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from defenderdoc.evidence.report import Finding, MetadataReport


@dataclass
class Outcome:
    """What one cleaner did: what it dropped and how faithful the copy is."""

    output_kind: str
    removed: list[Finding] = field(default_factory=list)
    lossless: bool = True
    notice: str | None = None

    def drop(self, category: str, fld: str, value: object = None) -> None:
        """Record one removed structure."""
        item = Finding.make(category, fld, value)
        if item not in self.removed:
            self.removed.append(item)


@dataclass
class SanitizeResult:
    """Returned by ``sanitize``: the derivative's provenance, for the audit trail.

    ``lossless`` means the payload (pixels of every frame, audio frames, PDF page
    content) is bit-identical to the original's; ``notice`` explains any loss.
    """

    removed: MetadataReport
    lossless: bool
    notice: str | None
    output_kind: str
    #: True once ``verify_derivative`` passed on this derivative.
    verified: bool = False

    def to_json(self) -> str:
        """Serialise (used on the sandbox result channel)."""
        return json.dumps(
            {
                "removed": json.loads(self.removed.to_json()),
                "lossless": self.lossless,
                "notice": self.notice,
                "output_kind": self.output_kind,
                "verified": self.verified,
            },
            ensure_ascii=False,
        )

    @classmethod
    def from_json(cls, text: str) -> SanitizeResult:
        """Inverse of ``to_json``; rejects malformed input with ``ValueError``."""
        raw = json.loads(text)
        if not isinstance(raw, dict):
            raise ValueError("result JSON must be an object")
        notice = raw.get("notice")
        return cls(
            removed=MetadataReport.from_json(json.dumps(raw.get("removed", []))),
            lossless=bool(raw.get("lossless")),
            notice=None if notice is None else str(notice),
            output_kind=str(raw.get("output_kind", "unknown")),
            verified=raw.get("verified") is True,
        )
