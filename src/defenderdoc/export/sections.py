# SPDX-License-Identifier: GPL-3.0-or-later
"""The sections of each template, written from already-decided redaction choices.

Every string that reaches a section passes through :meth:`Context.clean`, which
applies the name map, the user's marked spans and the hidden place words.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from defenderdoc.domain.records import FollowUpDraft, IncidentDraft, IncidentRecord, PersonRecord
from defenderdoc.export import redaction
from defenderdoc.export.content import Field, Section
from defenderdoc.export.issues import MISSING, Issue
from defenderdoc.export.profile import RedactionProfile
from defenderdoc.export.templates import INTERNAL, PROTECTION, PUBLIC, UN, WGEID
from defenderdoc.export.texts import text

if TYPE_CHECKING:
    from defenderdoc.export.builder import DossierRequest, DossierSource


@dataclass
class Context:
    source: DossierSource
    profile: RedactionProfile
    lang: str
    views: dict[int, redaction.PersonView]
    persons: dict[int, PersonRecord]
    names: list[tuple[str, str]]
    places: list[tuple[str, str]]

    def label(self, vocab_id: str, code: str | None) -> str:
        return self.source.vocabulary(vocab_id).label_for(code, self.lang) if code else ""

    def clean(self, value: str | None, extra: Sequence[tuple[str, str]] = ()) -> str:
        return redaction.redact(value or "", [*self.names, *extra])

    def hidden(self, record: IncidentRecord) -> list[tuple[str, str]]:
        words = redaction.hidden_places(record.draft, self.profile.location)
        return [*self.places, *((w, text("redacted", self.lang)) for w in words)]

    def place(self, record: IncidentRecord) -> str:
        country = self.label("country", record.draft.country)
        return self.clean(redaction.place_text(record.draft, self.profile.location, country))

    def date(self, record: IncidentRecord) -> str:
        return redaction.coarse_date(
            record.draft.start_date, record.draft.date_precision, self.profile.dates, self.lang
        )

    def victims_of(self, record: IncidentRecord) -> list[tuple[redaction.PersonView, str]]:
        return [
            (self.views[v.person_id], v.role)
            for v in record.draft.victims
            if v.person_id is not None and self.views[v.person_id].included
        ]


def _t(key: str, ctx: Context, **values: object) -> str:
    return text(key, ctx.lang, **values)


def incident_section(number: int, record: IncidentRecord, ctx: Context) -> Section:
    draft, extra = record.draft, ctx.hidden(record)
    fields = [
        Field(_t("date", ctx), ctx.date(record)),
        Field(_t("place", ctx), ctx.place(record)),
        Field(_t("stage", ctx), ctx.label("migration_stage", draft.migration_stage)),
        Field(_t("setting", ctx), ctx.label("setting", draft.setting)),
        Field(_t("types", ctx), "; ".join(ctx.label("incident_type", t) for t in draft.types)),
        Field(
            _t("victims", ctx),
            "; ".join(
                f"{view.label} ({ctx.label('victim_role', role)})"
                for view, role in ctx.victims_of(record)
            ),
        ),
        Field(
            _t("perpetrators", ctx),
            "; ".join(
                f"{ctx.label('perpetrator_type', p.perpetrator_type)}"
                f" — {ctx.label('state_link', p.state_link)}"
                for p in draft.perpetrators
            ),
        ),
    ]
    paragraphs: list[str] = []
    if ctx.profile.narratives and draft.narrative:
        paragraphs.append(ctx.clean(draft.narrative, extra))
    subsections = [_authorities(record, ctx, extra)]
    if draft.followups:
        subsections.append(
            Section(
                _t("followup", ctx),
                paragraphs=tuple(_followup_line(f, ctx, extra) for f in draft.followups),
            )
        )
    if ctx.profile.confidential_fields:
        sources = ctx.source.sources_of(record.id)
        if sources:
            subsections.append(
                Section(
                    _t("sources", ctx),
                    paragraphs=tuple(
                        f"{s.description} ({s.contact or ''})".replace(" ()", "") for s in sources
                    ),
                )
            )
    title = ctx.clean(draft.title, extra)
    return Section(
        f"{_t('incident', ctx)} {number}: {title}",
        tuple(f for f in fields if f.value),
        tuple(paragraphs),
        tuple(subsections),
    )


def _followup_line(item: FollowUpDraft, ctx: Context, extra: Sequence[tuple[str, str]]) -> str:
    label = ctx.label("followup_type", item.followup_type)
    detail = ctx.clean(item.description, extra)
    return f"{label}: {detail}" if detail else label


def _authorities(record: IncidentRecord, ctx: Context, extra: Sequence[tuple[str, str]]) -> Section:
    lines = tuple(
        " — ".join(
            part
            for part in (
                str(a.acted_on or ""),
                ctx.clean(a.authority, extra),
                ctx.clean(a.action, extra),
                ctx.label("authority_response", a.response),
            )
            if part
        )
        for a in record.draft.authority_actions
    )
    return Section(_t("authorities", ctx), paragraphs=lines or (_t("no_authorities", ctx),))


def _person_fields(view: redaction.PersonView, ctx: Context) -> tuple[Field, ...]:
    person = ctx.persons[view.person_id].draft
    fields = [Field(_t("name", ctx), view.label)]
    for name in ctx.profile.characteristics:
        code = person.nationality if name == "nationality" else person.characteristics.get(name)
        vocab = "country" if name == "nationality" else name
        if code:
            heading = (
                _t("nationality", ctx)
                if name == "nationality"
                else ctx.source.vocabulary(vocab).label(ctx.lang)
            )
            fields.append(Field(heading, ctx.label(vocab, code)))
    if person.activities:
        fields.append(
            Field(
                _t("activities", ctx),
                "; ".join(ctx.label("defender_activity", a) for a in person.activities),
            )
        )
    if ctx.profile.confidential_fields and person.contact:
        fields.append(Field(_t("contact", ctx), person.contact))
    return tuple(fields)


def _included(kept: list[IncidentRecord], ctx: Context) -> list[redaction.PersonView]:
    seen: dict[int, redaction.PersonView] = {}
    for record in kept:
        for view, _role in ctx.victims_of(record):
            seen.setdefault(view.person_id, view)
    return list(seen.values())


def _chronology(kept: list[IncidentRecord], ctx: Context) -> tuple[str, ...]:
    return tuple(
        f"{ctx.date(r)} — {ctx.place(r)} — {ctx.clean(r.draft.title, ctx.hidden(r))}" for r in kept
    )


def _consent_lines(people: list[redaction.PersonView], ctx: Context, use: str) -> tuple[str, ...]:
    lines = []
    for view in people:
        if use == "partner":
            lines.append(_t("consent_partner", ctx, name=view.label))
            continue
        lines.append(_t("consent_un", ctx, name=view.label))
        state = redaction.consent_state(ctx.persons[view.person_id], "state")
        lines.append(
            _t(
                "consent_state_yes" if state == "given" else "consent_state_no",
                ctx,
                name=view.label,
            )
        )
    return tuple(lines)


def _perpetrators(kept: list[IncidentRecord], ctx: Context) -> tuple[str, ...]:
    seen = dict.fromkeys(
        f"{ctx.label('perpetrator_type', p.perpetrator_type)} — "
        f"{ctx.label('state_link', p.state_link)}"
        + (f": {ctx.clean(p.attribution_basis)}" if p.attribution_basis else "")
        for r in kept
        for p in r.draft.perpetrators
    )
    return tuple(seen)


def summary(
    template_id: str, kept: list[IncidentRecord], ctx: Context, request: DossierRequest
) -> tuple[Section, ...]:
    people = _included(kept, ctx)
    victims = Section(
        _t("victims", ctx),
        subsections=tuple(Section(v.label, _person_fields(v, ctx)) for v in people),
    )
    if template_id in (UN, INTERNAL):
        out = [
            victims,
            Section(_t("perpetrators", ctx), paragraphs=_perpetrators(kept, ctx)),
            Section(_t("circumstances", ctx), paragraphs=_chronology(kept, ctx)),
            Section(
                _t("authorities", ctx),
                paragraphs=tuple(
                    p for r in kept for p in _authorities(r, ctx, ctx.hidden(r)).paragraphs
                ),
            ),
        ]
        if template_id == UN:
            out += [
                Section(_t("consent", ctx), paragraphs=_consent_lines(people, ctx, "un")),
                Section(
                    _t("urgency", ctx),
                    (Field(_t("mandates", ctx), "; ".join(request.mandates)),),
                    (_t("urgent_yes" if request.urgent else "urgent_no", ctx),),
                ),
                Section(_t("submitter", ctx), paragraphs=(request.submitter,)),
            ]
        return tuple(out)
    if template_id == WGEID:
        return _wgeid(kept, ctx, people, request)
    if template_id == PROTECTION:
        return _protection(kept, ctx, people, request)
    if template_id == PUBLIC:
        return (
            Section(
                _t("overview", ctx),
                (Field(_t("count_incidents", ctx), str(len(kept))),),
                _chronology(kept, ctx),
            ),
        )
    return ()


def _wgeid(
    kept: list[IncidentRecord],
    ctx: Context,
    people: list[redaction.PersonView],
    request: DossierRequest,
) -> tuple[Section, ...]:
    first = kept[0] if kept else None
    return (
        Section(
            _t("wgeid_identity", ctx),
            subsections=tuple(Section(v.label, _person_fields(v, ctx)) for v in people),
        ),
        Section(_t("wgeid_date", ctx), paragraphs=(ctx.date(first) if first else "",)),
        Section(_t("wgeid_place", ctx), paragraphs=(ctx.place(first) if first else "",)),
        Section(_t("wgeid_forces", ctx), paragraphs=_perpetrators(kept, ctx)),
        Section(
            _t("wgeid_action", ctx),
            paragraphs=tuple(
                p for r in kept for p in _authorities(r, ctx, ctx.hidden(r)).paragraphs
            ),
        ),
        Section(_t("wgeid_source", ctx), paragraphs=(request.submitter,)),
        Section(_t("consent", ctx), paragraphs=_consent_lines(people, ctx, "un")),
    )


def _protection(
    kept: list[IncidentRecord],
    ctx: Context,
    people: list[redaction.PersonView],
    request: DossierRequest,
) -> tuple[Section, ...]:
    risk = []
    for view in people:
        history = ctx.source.risk_history(person_id=view.person_id)
        if history:
            latest = history[0]
            risk.append(
                Section(
                    view.label,
                    (
                        Field(_t("risk_level", ctx), ctx.label("risk_level", latest.level)),
                        Field(_t("threats", ctx), ctx.clean(latest.threats)),
                        Field(_t("vulnerabilities", ctx), ctx.clean(latest.vulnerabilities)),
                        Field(_t("capacities", ctx), ctx.clean(latest.capacities)),
                    ),
                )
            )
    return (
        Section(
            _t("work", ctx),
            subsections=tuple(Section(v.label, _person_fields(v, ctx)) for v in people),
        ),
        Section(_t("chronology", ctx), paragraphs=_chronology(kept, ctx)),
        Section(_t("risk", ctx), subsections=tuple(risk)),
        Section(
            _t("support", ctx),
            paragraphs=tuple(ctx.label("followup_type", s) for s in request.requested_support),
        ),
        Section(_t("other_support", ctx), paragraphs=(request.other_support,)),
        Section(_t("consent", ctx), paragraphs=_consent_lines(people, ctx, "partner")),
    )


def _basic_gaps(d: IncidentDraft) -> list[str]:
    gaps = []
    if not d.start_date:
        gaps.append("No date recorded.")
    if not d.country:
        gaps.append("No country recorded.")
    if not d.perpetrators:
        gaps.append("No alleged perpetrator recorded.")
    if not d.narrative:
        gaps.append("No description of the circumstances.")
    return gaps


def _wgeid_gaps(record: IncidentRecord, ctx: Context) -> list[str]:
    d = record.draft
    gaps = []
    if d.date_precision == "year":
        gaps.append("The WGEID needs at least the month and year.")
    if not (d.place or d.region):
        gaps.append(
            "The WGEID requires the place of arrest or abduction, or where the "
            "person was last seen."
        )
    if not d.authority_actions:
        gaps.append("The WGEID requires the action taken to locate the person.")
    if not any(v.name_disclosed for v, _ in ctx.victims_of(record)):
        gaps.append(
            "The WGEID requires the full name of the disappeared person (legal name with consent)."
        )
    return gaps


def completeness(template_id: str, kept: list[IncidentRecord], ctx: Context) -> list[Issue]:
    """What the recipient will ask for and the dossier does not yet say."""
    issues: list[Issue] = []
    if not kept:
        issues.append(Issue(MISSING, "No incident can be included with the current consent."))
    for r in kept:
        gaps: list[str] = []
        if template_id in (UN, WGEID, PROTECTION):
            gaps += _basic_gaps(r.draft)
        if template_id == WGEID:
            gaps += _wgeid_gaps(r, ctx)
        if template_id == UN and not r.draft.authority_actions:
            gaps.append("No steps with national authorities recorded; the dossier will say so.")
        issues += [Issue(MISSING, gap, r.id) for gap in gaps]
    if template_id == PROTECTION:
        for view in _included(kept, ctx):
            if not ctx.source.risk_history(person_id=view.person_id):
                issues.append(Issue(MISSING, f"No risk assessment for {view.label}."))
    return issues
