# SPDX-License-Identifier: GPL-3.0-or-later
"""What a dossier says, already redacted: the one input of every renderer.

Redaction happens before this point, so PDF, JSON and CSV renderers cannot leak
what the profile withheld: they only ever see these records. Every string here
is final text in the dossier's language (right-to-left text included).
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Field:
    """A labelled value, e.g. "Date: March 2026"."""

    label: str
    value: str


@dataclass(frozen=True)
class Section:
    """A heading with labelled fields, then free paragraphs, then subsections."""

    heading: str
    fields: tuple[Field, ...] = ()
    paragraphs: tuple[str, ...] = ()
    subsections: tuple[Section, ...] = ()


@dataclass(frozen=True)
class AnnexImage:
    """A cleaned image with every redaction region already burned into its pixels."""

    caption: str
    file_name: str  # neutral, e.g. "evidence-03.jpg"
    data: bytes
    mime: str
    sha256: str  # of ``data``, exactly as it leaves


@dataclass(frozen=True)
class AnnexFile:
    """A cleaned, non-image evidence file that travels in the dossier package."""

    caption: str
    file_name: str
    kind: str
    size: int
    sha256: str


@dataclass(frozen=True)
class Withheld:
    """Something left out on purpose, and why (shown on the "withheld" page)."""

    what: str
    why: str


@dataclass(frozen=True)
class Labels:
    """Fixed texts of the rendered document, in the dossier's language."""

    contents: str = "Contents"
    page: str = "Page {page} of {pages}"
    summary: str = "Summary"
    incidents: str = "Incidents"
    annex: str = "Evidence annex"
    hashes: str = "SHA-256 of the files in this dossier"
    file: str = "File"
    withheld: str = "Information withheld"
    withheld_intro: str = "The following was deliberately left out of this dossier."
    nothing_withheld: str = "Nothing was withheld."
    recipient: str = "Recipient"
    date: str = "Date"
    classification: str = "Classification"


@dataclass(frozen=True)
class DossierContent:
    """A complete, redacted dossier ready to render."""

    language: str  # "en", "es", "fr", "ar"...; "ar" renders right to left
    template_id: str
    title: str
    recipient: str
    classification: str  # e.g. "CONFIDENTIAL — for the recipient only"
    date: str  # already formatted for the language
    summary: tuple[Section, ...] = ()  # in the template's order
    incidents: tuple[Section, ...] = ()
    annex_images: tuple[AnnexImage, ...] = ()
    annex_files: tuple[AnnexFile, ...] = ()
    withheld: tuple[Withheld, ...] = ()
    labels: Labels = field(default_factory=Labels)

    @property
    def right_to_left(self) -> bool:
        return self.language in RTL_LANGUAGES


RTL_LANGUAGES = frozenset({"ar", "fa", "he", "ur"})
