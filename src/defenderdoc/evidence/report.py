# SPDX-License-Identifier: GPL-3.0-or-later
"""What metadata was found or removed, in a form the vault can store and the GUI can show.

Values are kept so the user can see *what* leaked (DOMAIN principle 6), but the
vault may store ``without_values()`` when even the values are too sensitive.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field

CATEGORIES = (
    "location",
    "device",
    "author",
    "timestamp",
    "software",
    "thumbnail",
    "document-history",
    "embedded-content",
    "active-content",
    "other",
)

_MAX_VALUE = 200


@dataclass(frozen=True)
class Finding:
    """One identifying field: its category, where it was, and (shortened) value."""

    category: str
    field: str
    value: str | None = None

    @staticmethod
    def make(category: str, fld: str, value: object = None) -> Finding:
        """Build a finding with a printable, length-capped value."""
        if category not in CATEGORIES:
            category = "other"
        if value is None:
            return Finding(category, fld[:_MAX_VALUE], None)
        text = value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)
        text = "".join(ch if ch.isprintable() else "?" for ch in text)
        if len(text) > _MAX_VALUE:
            text = text[: _MAX_VALUE - 1] + "…"
        return Finding(category, fld[:_MAX_VALUE], text)


@dataclass
class MetadataReport:
    """An ordered, de-duplicated list of findings."""

    findings: list[Finding] = field(default_factory=list)

    def add(self, category: str, fld: str, value: object = None) -> None:
        """Append one finding unless an identical one is already present."""
        item = Finding.make(category, fld, value)
        if item not in self.findings:
            self.findings.append(item)

    def extend(self, other: MetadataReport | list[Finding]) -> None:
        """Merge findings from another report, keeping order and uniqueness."""
        items = other.findings if isinstance(other, MetadataReport) else other
        for item in items:
            if item not in self.findings:
                self.findings.append(item)

    def __bool__(self) -> bool:
        return bool(self.findings)

    def __len__(self) -> int:
        return len(self.findings)

    def categories(self) -> set[str]:
        """The distinct categories present (for a one-line summary)."""
        return {f.category for f in self.findings}

    def without_values(self) -> MetadataReport:
        """A copy that records which fields existed but not what they said."""
        return MetadataReport([Finding(f.category, f.field, None) for f in self.findings])

    def to_json(self) -> str:
        """Serialise for storage or for the sandbox result channel."""
        return json.dumps([asdict(f) for f in self.findings], ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> MetadataReport:
        """Inverse of ``to_json``; tolerates unknown categories."""
        raw = json.loads(text)
        if not isinstance(raw, list):
            raise ValueError("report JSON must be a list")
        out = cls()
        for item in raw:
            if not isinstance(item, dict):
                raise ValueError("report item must be an object")
            value = item.get("value")
            out.findings.append(
                Finding(
                    str(item.get("category", "other")),
                    str(item.get("field", "")),
                    None if value is None else str(value),
                )
            )
        return out
