# SPDX-License-Identifier: GPL-3.0-or-later
"""The read-only view of one incident (HTML built from escaped text only)."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication

from defenderdoc.domain.records import IncidentRecord
from defenderdoc.gui.context import GuiContext
from defenderdoc.gui.models.incident_table import format_incident_date

MASK = "••••••"


def render_incident(ctx: GuiContext, record: IncidentRecord, *, discreet: bool) -> str:
    """Every value is escaped: record text can never inject markup or links."""
    d, lang, vocab = record.draft, ctx.language, ctx.services.vocabulary
    esc = html.escape
    translate = QCoreApplication.translate  # literal contexts, so lupdate extracts each label

    def label(vocab_id: str, code: str | None) -> str:
        return esc(vocab(vocab_id).label_for(code, lang)) if code else ""

    none_recorded = translate("IncidentDetail", "no consent recorded")
    people = []
    for victim in d.victims:
        if victim.person_id is None:
            continue
        person = ctx.services.get_person(victim.person_id)
        consent = " · ".join(
            f"{label('consent_use', use)}: {label('consent_status', decision.status)}"
            for use, decision in sorted(person.consents.items())
        )
        people.append(
            f"{esc(person.draft.pseudonym)} ({label('victim_role', victim.role)})"
            # Labels are escaped already. No italics: most fonts have no oblique Arabic.
            f" — {consent or esc(none_recorded)}"
        )
    rows = [
        (
            translate("IncidentDetail", "Date"),
            esc(format_incident_date(d.start_date, d.date_precision))
            + f" ({label('date_precision', d.date_precision)})",
        ),
        (
            translate("IncidentDetail", "Place"),
            ", ".join(esc(x) for x in (d.place, d.region) if x)
            + (" · " + label("country", d.country) if d.country else ""),
        ),
        (
            translate("IncidentDetail", "Stage of migration"),
            label("migration_stage", d.migration_stage),
        ),
        (translate("IncidentDetail", "Setting"), label("setting", d.setting)),
        (
            translate("IncidentDetail", "Types"),
            "; ".join(label("incident_type", t) for t in d.types),
        ),
        (translate("IncidentDetail", "Victims"), "<br>".join(people)),
        (
            translate("IncidentDetail", "Perpetrators"),
            "<br>".join(
                label("perpetrator_type", p.perpetrator_type)
                + " — "
                + label("state_link", p.state_link)
                for p in d.perpetrators
            ),
        ),
        (
            translate("IncidentDetail", "Authorities"),
            "<br>".join(
                f"{esc(a.authority)}: {label('authority_response', a.response)}"
                for a in d.authority_actions
            ),
        ),
        (
            translate("IncidentDetail", "Status"),
            label("incident_status", d.status),
        ),
    ]
    table = "".join(
        f"<tr><th align='left' valign='top'>{esc(k)}</th><td>{v}</td></tr>" for k, v in rows if v
    )
    narrative_heading = translate("IncidentDetail", "Narrative")
    narrative = MASK if discreet else esc(d.narrative or "").replace("\n", "<br>")
    return (
        f"<h3>{esc(d.title)}</h3><table cellspacing='6'>{table}</table>"
        f"<h4>{esc(narrative_heading)}</h4><p>{narrative}</p>"
    )
