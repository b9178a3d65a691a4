# SPDX-License-Identifier: GPL-3.0-or-later
"""Assemble a redacted dossier from the vault: the preview of exactly what leaves.

Everything is decided here, before any renderer runs: which persons are included
and how they are named, which incidents and files go, what was withheld and why,
what the template still misses, and which consent the profile would break.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Protocol

from defenderdoc.domain.records import (
    EvidenceInfo,
    IncidentRecord,
    PersonRecord,
    RiskAssessmentDraft,
    SourceDraft,
)
from defenderdoc.errors import InvalidInputError
from defenderdoc.export import redaction, sections
from defenderdoc.export.burn import burn, parse_regions
from defenderdoc.export.content import AnnexFile, AnnexImage, DossierContent, Withheld
from defenderdoc.export.issues import CONFLICT, MISSING, Issue
from defenderdoc.export.profile import RedactionProfile
from defenderdoc.export.templates import template
from defenderdoc.export.texts import LANGUAGES, labels, template_text, text
from defenderdoc.progress import CancelToken, ProgressCallback, no_progress
from defenderdoc.vocab import Vocabulary

IMAGE_KINDS = ("jpeg", "png", "gif", "webp", "tiff", "heif", "avif")


class DossierSource(Protocol):
    """What the builder reads; :class:`defenderdoc.services.Services` provides it."""

    def get_incident(self, incident_id: int) -> IncidentRecord: ...
    def get_person(self, person_id: int) -> PersonRecord: ...
    def person_names(self) -> list[tuple[int, str, str | None]]: ...
    def place_names(self) -> list[tuple[str | None, str | None]]: ...
    def list_evidence(self, incident_id: int | None = None) -> list[EvidenceInfo]: ...
    def read_derivative(self, evidence_id: int) -> Iterator[bytes]: ...
    def risk_history(
        self, *, person_id: int | None = None, organisation_id: int | None = None
    ) -> list[RiskAssessmentDraft]: ...
    def sources_of(self, incident_id: int) -> list[SourceDraft]: ...
    def vocabulary(self, vocab_id: str) -> Vocabulary: ...


@dataclass
class DossierRequest:
    template_id: str
    incident_ids: list[int]
    language: str = "en"
    profile: RedactionProfile | None = None
    recipient: str | None = None
    mandates: tuple[str, ...] = ()
    urgent: bool = False
    submitter: str = ""
    requested_support: tuple[str, ...] = ()
    other_support: str = ""
    today: dt.date = field(default_factory=dt.date.today)


@dataclass
class DossierPreview:
    content: DossierContent
    profile: RedactionProfile
    issues: list[Issue]
    incident_ids: list[int]
    person_ids: list[int]
    files: list[tuple[str, bytes | None, int]]  # (neutral name, image bytes or None, evidence id)

    @property
    def blocked(self) -> bool:
        return any(i.kind == CONFLICT for i in self.issues)


def build_dossier(
    source: DossierSource,
    request: DossierRequest,
    progress: ProgressCallback = no_progress,
    cancel: CancelToken | None = None,
) -> DossierPreview:
    tmpl = template(request.template_id)
    lang = request.language if request.language in LANGUAGES else "en"
    if not request.incident_ids:
        raise InvalidInputError("Choose at least one incident for the dossier.")
    profile = request.profile or tmpl.profile
    records = sorted(
        (source.get_incident(i) for i in dict.fromkeys(request.incident_ids)),
        key=lambda r: (r.draft.start_date or dt.date.max, r.id),
    )
    person_ids = list(
        dict.fromkeys(
            v.person_id for r in records for v in r.draft.victims if v.person_id is not None
        )
    )
    persons = [source.get_person(p) for p in person_ids]
    views = redaction.decide_persons(persons, profile, lang)
    ctx = sections.Context(
        source,
        profile,
        lang,
        views,
        {p.id: p for p in persons},
        _name_replacements(source, views, lang, profile),
        _place_replacements(source, profile, lang),
    )
    withheld: list[Withheld] = []
    issues = [
        Issue(
            CONFLICT,
            f"{p.draft.pseudonym} has not consented to the name being "
            "disclosed to the Government; choose pseudonyms or codes instead.",
        )
        for p in persons
        if views[p.id].conflict
    ]
    refused = [v for v in views.values() if not v.included]
    for view in refused:
        why = "why_refused" if view.withheld_reason == "refused" else "why_missing"
        withheld.append(Withheld(text("withheld_person", lang), text(why, lang)))
    kept: list[IncidentRecord] = []
    for record in records:
        victims = [v for v in record.draft.victims if v.person_id is not None]
        if victims and not any(
            views[v.person_id].included for v in victims if v.person_id is not None
        ):
            withheld.append(Withheld(text("withheld_incident", lang), text("why_no_victim", lang)))
            continue
        kept.append(record)
    if not profile.confidential_fields:
        withheld.append(Withheld(text("withheld_fields", lang), text("why_fields", lang)))
    issues += sections.completeness(tmpl.id, kept, ctx)
    if tmpl.id == "un-communication" and not request.mandates:
        issues.append(Issue(MISSING, "Name the UN mandates the communication is addressed to."))
    if tmpl.id == "protection-request" and not request.requested_support:
        issues.append(Issue(MISSING, "Say which support is requested."))
    if tmpl.id in ("un-communication", "wgeid") and not request.submitter:
        issues.append(Issue(MISSING, "Say who submits (kept confidential by the mechanism)."))
    total = len(kept) + 1
    incident_sections = []
    for index, record in enumerate(kept):
        if cancel:
            cancel.raise_if_cancelled()
        progress(index, total, "incidents")
        incident_sections.append(sections.incident_section(index + 1, record, ctx))
    images, files, payload, evidence_withheld = _annex(source, kept, ctx, cancel)
    withheld += evidence_withheld
    progress(total, total, "done")
    content = DossierContent(
        language=lang,
        template_id=tmpl.id,
        title=template_text(tmpl.id, "title", lang, tmpl.title),
        recipient=request.recipient or template_text(tmpl.id, "recipient", lang, tmpl.recipient),
        classification=template_text(tmpl.id, "classification", lang, tmpl.classification),
        date=redaction.coarse_date(request.today, "day", "day", lang),
        summary=sections.summary(tmpl.id, kept, ctx, request),
        incidents=tuple(incident_sections),
        annex_images=tuple(images),
        annex_files=tuple(files),
        withheld=tuple(withheld),
        labels=labels(lang),
    )
    included = [v.person_id for v in views.values() if v.included]
    return DossierPreview(content, profile, issues, [r.id for r in kept], included, payload)


def _name_replacements(
    source: DossierSource,
    views: dict[int, redaction.PersonView],
    lang: str,
    profile: RedactionProfile,
) -> list[tuple[str, str]]:
    """Every name the vault knows, mapped to how this dossier may show it."""
    replacements: list[tuple[str, str]] = [
        (span, text("redacted", lang)) for span in profile.redact_spans
    ]
    if not profile.auto_redact_names:
        return replacements
    for person_id, pseudonym, legal in source.person_names():
        view = views.get(person_id)
        shown = view.label if view and view.included else text("withheld_name", lang)
        for name in (legal, pseudonym):
            if name and name != shown:
                replacements.append((name, shown))
    return replacements


def _place_replacements(
    source: DossierSource, profile: RedactionProfile, lang: str
) -> list[tuple[str, str]]:
    """Every place (and, at country level, region) the vault knows, hidden in free text.

    A narrative may name the shelter or the town of another incident; the vault's
    own records are the best list of place names there is.
    """
    hidden: set[str] = set()
    for region, place in source.place_names():
        if place and profile.location in ("region", "country"):
            hidden.add(place)
        if region and profile.location == "country":
            hidden.add(region)
    return [(word, text("redacted", lang)) for word in sorted(hidden)]


def _annex(
    source: DossierSource,
    kept: list[IncidentRecord],
    ctx: sections.Context,
    cancel: CancelToken | None,
) -> tuple[list[AnnexImage], list[AnnexFile], list[tuple[str, bytes | None, int]], list[Withheld]]:
    images: list[AnnexImage] = []
    files: list[AnnexFile] = []
    payload: list[tuple[str, bytes | None, int]] = []
    excluded = {"why_evidence_profile": 0, "why_evidence_consent": 0, "why_evidence_uncleaned": 0}
    for record in kept:
        items = source.list_evidence(record.id)
        consented = all(
            ctx.views[v.person_id].included for v in record.draft.victims if v.person_id is not None
        )
        for item in items:
            if cancel:
                cancel.raise_if_cancelled()
            reason = (
                "why_evidence_profile"
                if not ctx.profile.evidence
                else "why_evidence_uncleaned"
                if item.status != "clean"
                else "why_evidence_consent"
                if not consented
                else None
            )
            if reason:
                excluded[reason] += 1
                continue
            number = len(payload) + 1
            caption = f"{text('incident', ctx.lang)} {kept.index(record) + 1}"
            if item.kind in IMAGE_KINDS:
                data, mime = burn(
                    b"".join(source.read_derivative(item.id)), parse_regions(item.redactions)
                )
                ext = "png" if mime == "image/png" else "jpg"
                name = f"evidence-{number:02d}.{ext}"
                images.append(
                    AnnexImage(caption, name, data, mime, hashlib.sha256(data).hexdigest())
                )
                payload.append((name, data, item.id))
            else:
                ext = item.mime.split("/")[-1].split("+")[0][:8] or "bin"
                name = f"evidence-{number:02d}.{ext}"
                files.append(
                    AnnexFile(caption, name, item.kind, item.size, item.sha256_derivative or "")
                )
                payload.append((name, None, item.id))
    withheld = [
        Withheld(text("withheld_evidence", ctx.lang, n=count), text(why, ctx.lang))
        for why, count in excluded.items()
        if count
    ]
    return images, files, payload, withheld
