# SPDX-License-Identifier: GPL-3.0-or-later
"""The read-only view of one incident (HTML built from escaped text only)."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication

from defenderdoc.domain.records import IncidentRecord
from defenderdoc.gui.context import GuiContext

_CTX = "IncidentDetail"
MASK = "••••••"


def _t(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def render_incident(ctx: GuiContext, record: IncidentRecord, *, discreet: bool) -> str:
    """Every value is escaped: record text can never inject markup or links."""
    d, lang, vocab = record.draft, ctx.language, ctx.services.vocabulary
    esc = html.escape

    def label(vocab_id: str, code: str | None) -> str:
        return esc(vocab(vocab_id).label_for(code, lang)) if code else ""

    people = []
    for victim in d.victims:
        if victim.person_id is None:
            continue
        person = ctx.services.get_person(victim.person_id)
        consent = ", ".join(
            f"{use}: {decision.status}" for use, decision in sorted(person.consents.items())
        )
        people.append(
            f"{esc(person.draft.pseudonym)} ({label('victim_role', victim.role)})"
            f" — <i>{esc(consent) or esc(_t('no consent recorded'))}</i>"
        )
    rows = [
        (
            _t("Date"),
            esc(str(d.start_date or "")) + f" ({label('date_precision', d.date_precision)})",
        ),
        (
            _t("Place"),
            ", ".join(esc(x) for x in (d.place, d.region) if x)
            + (" · " + label("country", d.country) if d.country else ""),
        ),
        (_t("Stage of migration"), label("migration_stage", d.migration_stage)),
        (_t("Setting"), label("setting", d.setting)),
        (_t("Types"), "; ".join(label("incident_type", t) for t in d.types)),
        (_t("Victims"), "<br>".join(people)),
        (
            _t("Perpetrators"),
            "<br>".join(
                label("perpetrator_type", p.perpetrator_type)
                + " — "
                + label("state_link", p.state_link)
                for p in d.perpetrators
            ),
        ),
        (
            _t("Authorities"),
            "<br>".join(
                f"{esc(a.authority)}: {label('authority_response', a.response)}"
                for a in d.authority_actions
            ),
        ),
        (_t("Status"), label("incident_status", d.status)),
    ]
    table = "".join(
        f"<tr><th align='left' valign='top'>{esc(k)}</th><td>{v}</td></tr>" for k, v in rows if v
    )
    narrative = MASK if discreet else esc(d.narrative or "").replace("\n", "<br>")
    return (
        f"<h3>{esc(d.title)}</h3><table cellspacing='6'>{table}</table>"
        f"<h4>{esc(_t('Narrative'))}</h4><p>{narrative}</p>"
    )
